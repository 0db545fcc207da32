import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalizeUsPhone,
  SIGNUP_INTERESTS,
  SIGNUP_LIMITS,
  SignupRequest,
} from '../../../src/shared/schemas/signup.js';
import { ApiError } from '../../../src/shared/schemas/common.js';
import { postSignup, setup, validSignup } from './helpers.js';
import { scalar, sql } from '../support/db.js';

/** The paths zod reports for a body, e.g. `['zip']`. */
function badPaths(body: unknown): string[] {
  const r = SignupRequest.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

test('a complete signup parses and is normalized', () => {
  const out = SignupRequest.parse(
    validSignup({ email: '  ana@example.org ', zip: ' 53703-1234 ', interests: ['canvass', 'canvass', 'rallies'] }),
  );
  assert.equal(out.email, 'ana@example.org');
  assert.equal(out.zip, '53703-1234');
  assert.equal(out.phone, '+16085550123');
  assert.deepEqual(out.interests, ['canvass', 'rallies']);
  assert.equal(out.elapsedMs, 42_000);
  // Parsing the output again changes nothing: a queued signup can be re-validated before it is replayed.
  assert.deepEqual(SignupRequest.parse(out), out);
});

test('only email, ZIP, fill time and submit time are required; consent defaults to no', () => {
  const out = SignupRequest.parse({
    email: 'a@b.org',
    zip: '53703',
    elapsedMs: 9000,
    submittedAt: '2026-10-01T10:00:00Z',
  });
  assert.equal(out.emailOptIn, false);
  assert.equal(out.smsOptIn, false);
  assert.deepEqual(out.interests, []);
  assert.deepEqual(out.answers, {});
  assert.deepEqual(out.attribution, { utm: {} });
  assert.deepEqual(badPaths({}).sort(), ['elapsedMs', 'email', 'submittedAt', 'zip']);
});

test('email', () => {
  for (const email of ['', 'ana', 'ana@', '@example.org', 'ana @example.org', `${'a'.repeat(250)}@example.org`]) {
    assert.deepEqual(badPaths(validSignup({ email })), ['email'], email);
  }
  assert.equal(
    SignupRequest.safeParse(validSignup({ email: '' })).error?.issues[0]?.message,
    'Enter your email address',
  );
  assert.match(SignupRequest.safeParse(validSignup({ email: 'ana' })).error!.issues[0]!.message, /correct format/);
});

test('ZIP: 5 digits or ZIP+4', () => {
  for (const zip of ['53703', '53703-1234']) assert.deepEqual(badPaths(validSignup({ zip })), []);
  for (const zip of ['', '5370', '537031', '53703-12', 'ABCDE', '53703 1234']) {
    assert.deepEqual(badPaths(validSignup({ zip })), ['zip'], zip);
  }
});

test('phone: optional, US formats normalized to E.164', () => {
  const cases: [string, string][] = [
    ['608-555-0123', '+16085550123'],
    ['(608) 555-0123', '+16085550123'],
    ['608.555.0123', '+16085550123'],
    ['+1 608 555 0123', '+16085550123'],
    ['1-608-555-0123', '+16085550123'],
  ];
  for (const [input, e164] of cases) {
    assert.equal(normalizeUsPhone(input), e164, input);
    assert.equal(SignupRequest.parse(validSignup({ phone: input })).phone, e164);
  }
  for (const phone of ['555-0123', '+44 20 7946 0958', '608-155-0123', '108-555-0123', 'call me', '608 555 0123 x2']) {
    assert.deepEqual(badPaths(validSignup({ phone })), ['phone'], phone);
  }
  assert.equal(SignupRequest.parse(validSignup({ phone: '' })).phone, undefined);
  assert.equal(SignupRequest.parse(validSignup({ phone: undefined })).phone, undefined);
});

test('SMS opt-in needs a phone number, reported on the phone field alongside other errors', () => {
  assert.deepEqual(badPaths(validSignup({ smsOptIn: true, phone: '' })), ['phone']);
  assert.deepEqual(badPaths(validSignup({ smsOptIn: true, phone: undefined, zip: '1' })).sort(), ['phone', 'zip']);
  assert.deepEqual(badPaths(validSignup({ smsOptIn: true, phone: '608-555-0123' })), []);
});

test('names: optional, trimmed, bounded', () => {
  const out = SignupRequest.parse(validSignup({ givenName: '  Ana ', familyName: '' }));
  assert.equal(out.givenName, 'Ana');
  assert.equal(out.familyName, undefined);
  const long = 'x'.repeat(SIGNUP_LIMITS.name + 1);
  assert.deepEqual(badPaths(validSignup({ givenName: long, familyName: long })), ['givenName', 'familyName']);
});

test('interests: default ids and partner ids accepted, malformed ids and too many refused', () => {
  assert.deepEqual(badPaths(validSignup({ interests: [...SIGNUP_INTERESTS, 'drive-voters'] })), []);
  assert.deepEqual(badPaths(validSignup({ interests: ['Canvass Neighbours'] })), ['interests.0']);
  const many = Array.from({ length: SIGNUP_LIMITS.interests + 1 }, (_, i) => `choice-${i}`);
  assert.deepEqual(badPaths(validSignup({ interests: many })), ['interests']);
});

test('custom answers: a bounded record of text or picked options', () => {
  assert.deepEqual(badPaths(validSignup({ answers: { 'shirt-size': 'L', languages: ['es', 'en'] } })), []);
  assert.deepEqual(badPaths(validSignup({ answers: { 'Bad Key': 'x' } })), ['answers.Bad Key']);
  assert.deepEqual(badPaths(validSignup({ answers: { why: 'x'.repeat(SIGNUP_LIMITS.answerText + 1) } })), [
    'answers.why',
  ]);
  const tooMany = Object.fromEntries(Array.from({ length: SIGNUP_LIMITS.answers + 1 }, (_, i) => [`q${i}`, 'a']));
  assert.deepEqual(badPaths(validSignup({ answers: tooMany })), ['answers']);
});

test('note: bounded at 1000 characters', () => {
  assert.deepEqual(badPaths(validSignup({ note: 'x'.repeat(SIGNUP_LIMITS.note) })), []);
  assert.deepEqual(badPaths(validSignup({ note: 'x'.repeat(SIGNUP_LIMITS.note + 1) })), ['note']);
});

test('opt-ins are booleans', () => {
  assert.deepEqual(badPaths(validSignup({ emailOptIn: 'yes' as never, smsOptIn: 1 as never })), [
    'emailOptIn',
    'smsOptIn',
  ]);
});

test('attribution is best effort: cut to length or dropped, never a reason to refuse', () => {
  const out = SignupRequest.parse(
    validSignup({
      attribution: {
        source: ` ${'s'.repeat(500)} `,
        utm: { source: 'newsletter', medium: '', campaign: 'fall' },
        pageUrl: 'javascript:alert(1)',
        site: 'pnhp.org',
      },
    }),
  );
  assert.equal(out.attribution.source?.length, SIGNUP_LIMITS.attribution);
  // An empty value counts as absent (it disappears from the JSON sent or stored).
  assert.deepEqual(JSON.parse(JSON.stringify(out.attribution.utm)), { source: 'newsletter', campaign: 'fall' });
  assert.equal(out.attribution.pageUrl, undefined);
  assert.equal(SignupRequest.parse(validSignup()).attribution.pageUrl, 'https://pnhp.org/join');
});

test('fill time and submit time', () => {
  assert.deepEqual(badPaths(validSignup({ elapsedMs: -5 })), ['elapsedMs']);
  assert.deepEqual(badPaths(validSignup({ elapsedMs: '4000' as never })), ['elapsedMs']);
  assert.equal(SignupRequest.parse(validSignup({ elapsedMs: 3500.7 })).elapsedMs, 3501);
  assert.deepEqual(badPaths(validSignup({ submittedAt: 'yesterday' })), ['submittedAt']);
  assert.deepEqual(badPaths(validSignup({ submittedAt: '2026-10-01T10:00:00' })), ['submittedAt']);
});

test('language is en or es when given', () => {
  assert.deepEqual(badPaths(validSignup({ lang: 'fr' as never })), ['lang']);
});

test('POST answers 400 with one entry in `fields` per bad input, and stores nothing', async () => {
  const { app, db } = await setup();
  const res = await postSignup(app, validSignup({ email: 'nope', zip: '123', phone: '12', note: 'x'.repeat(2000) }));
  assert.equal(res.status, 400);
  const body = ApiError.parse(await res.json());
  assert.equal(body.error.code, 'invalid_request');
  assert.deepEqual(body.error.fields?.map((f) => f.path).sort(), ['email', 'note', 'phone', 'zip']);
  assert.ok(body.error.fields?.every((f) => f.message.length > 0));
  assert.equal(await scalar(db, sql`SELECT count(*) FROM signups`), 0);
});

test('POST refuses a body that is not JSON', async () => {
  const { app } = await setup();
  const res = await postSignup(app, '{"email":');
  assert.equal(res.status, 400);
  assert.equal(ApiError.parse(await res.json()).error.code, 'invalid_json');
});

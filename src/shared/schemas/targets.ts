/**
 * Local targets: the officials a partner names itself (mayor, alders, county executive...), which no public data set
 * covers. The same schema checks them wherever they come from: the page config, the rep lookup's `targets`
 * attribute, a backend's `getTargets()` (the reference server's `GET /api/targets`, a static `targets.json`), and the
 * server's organizer writes.
 *
 * A list is checked entry by entry ({@link parseLocalTargets}): one bad entry is reported by its index, id and field,
 * and the others still show, so a typo in one alder's phone number does not hide the mayor.
 */
import * as z from 'zod/mini';
import { IsoDate, boundedText } from './common.js';
import { SourceRef, type Position } from './representative.js';
import { ZIP5_PATTERN } from '../zip.js';

export const TARGET_LEVELS = ['city', 'county', 'state', 'other'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

/**
 * The positions that make sense for a local official: the federal bill's sponsor/cosponsor vocabulary does not
 * apply to a mayor. A subset of POSITIONS, so scripts and letters chosen by stance work for both.
 */
export const TARGET_POSITIONS = ['supports', 'opposes', 'unknown'] as const satisfies readonly Position[];
export type TargetPosition = (typeof TARGET_POSITIONS)[number];

/** Length limits, shared so an editor can set `maxlength` to exactly what the schema accepts. */
export const TARGET_LIMITS = {
  id: 60,
  name: 100,
  title: 120,
  stanceLabel: 120,
  addressLine: 100,
  addressLines: 6,
  phone: 40,
  district: 40,
  coverageEntries: 2000,
  targets: 500,
} as const;

/** `id` as partners write it; the widget and outcomes refer to the target as `local:<id>`. */
export const TARGET_ID_PATTERN = /^[a-z0-9-]{1,60}$/;
export const TARGET_ID_PREFIX = 'local:';

const required = (max: number, what: string) =>
  boundedText(max).check(z.minLength(1, `Give the ${what}`), z.maxLength(max, `At most ${max} characters`));

/** Text in one language for everyone, or per language (`en` is required: it is the fallback). */
export const LocalizedText = (max: number, what: string) =>
  z.union([required(max, what), z.strictObject({ en: required(max, what), es: z.optional(required(max, what)) })], {
    error: `Give the ${what} as text, or per language as {"en": "…", "es": "…"}`,
  });
export type LocalizedText = string | { en: string; es?: string | undefined };

const HttpsUrl = (what: string) => z.url({ protocol: /^https$/, error: `The ${what} must start with https://` });

/** Digits with the usual separators and an optional extension: what a `tel:` link can dial. */
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,30}[0-9](\s*(x|ext\.?)\s*[0-9]{1,6})?$/i;

const Zip5 = z.string().check(z.regex(ZIP5_PATTERN, 'Coverage ZIPs are 5 digits, like 53703'));
const District = required(TARGET_LIMITS.district, 'district');

/**
 * Who a target speaks for. Absent: everyone who looks up (a mayor on a city-only page). `zips`: the visitor's ZIP
 * must be one of them. `districts` with `zipToDistrict`: the partner's table of which districts each ZIP touches
 * (e.g. Madison's alder districts); a ZIP in several districts makes every covered one a candidate.
 */
export const TargetCoverage = z
  .strictObject({
    zips: z.optional(
      z.array(Zip5).check(z.minLength(1, 'List at least one ZIP'), z.maxLength(TARGET_LIMITS.coverageEntries)),
    ),
    districts: z.optional(z.array(District).check(z.minLength(1, 'List at least one district'))),
    /** ZIP → the districts it touches. */
    zipToDistrict: z.optional(
      z
        .record(Zip5, z.array(District).check(z.minLength(1, 'Each ZIP needs at least one district')), {
          error: (issue) => (issue.code === 'invalid_key' ? 'ZIPs in the table are 5 digits, like 53703' : undefined),
        })
        .check(z.refine((t) => Object.keys(t).length <= TARGET_LIMITS.coverageEntries, 'The ZIP table is too long')),
    ),
  })
  .check(
    z.superRefine((coverage, ctx) => {
      const byZip = coverage.zips !== undefined;
      const byDistrict = coverage.districts !== undefined || coverage.zipToDistrict !== undefined;
      const missing =
        byDistrict && !byZip && (!coverage.districts || !coverage.zipToDistrict)
          ? coverage.districts
            ? 'zipToDistrict'
            : 'districts'
          : undefined;
      const message =
        byZip === byDistrict
          ? 'Coverage is {"zips": [...]} or {"districts": [...], "zipToDistrict": {...}}'
          : missing === 'zipToDistrict'
            ? 'Give the ZIP → district table, like {"53703": ["2", "4"]}'
            : missing === 'districts'
              ? 'List the districts this target represents'
              : undefined;
      if (message) ctx.issues.push({ code: 'custom', input: coverage, path: missing ? [missing] : [], message });
    }),
  );
export type TargetCoverage = z.infer<typeof TargetCoverage>;

export const TargetStance = z
  .strictObject({
    position: z.enum(TARGET_POSITIONS, { error: `position is one of ${TARGET_POSITIONS.join(', ')}` }),
    /** The partner's own words for the position ("Signed our pledge"), shown instead of the built-in label. */
    label: z.optional(LocalizedText(TARGET_LIMITS.stanceLabel, 'stance label')),
    /** Where the position is on record; required unless the position is `unknown`. */
    source: z.optional(SourceRef),
    /** When the position was last checked against its source. */
    asOf: IsoDate,
  })
  .check(
    z.superRefine((stance, ctx) => {
      if (stance.position !== 'unknown' && !stance.source) {
        ctx.issues.push({
          code: 'custom',
          input: stance,
          path: ['source'],
          message: 'Say where this position is on record: {"name": "…", "url": "https://…"}',
        });
      }
    }),
  );
export type TargetStance = z.infer<typeof TargetStance>;

export const LocalTarget = z.strictObject({
  id: z.string().check(z.regex(TARGET_ID_PATTERN, 'The id is 1–60 lowercase letters, digits or dashes, like "mayor"')),
  name: required(TARGET_LIMITS.name, 'name'),
  title: LocalizedText(TARGET_LIMITS.title, 'title'),
  level: z.enum(TARGET_LEVELS, { error: `level is one of ${TARGET_LEVELS.join(', ')}` }),
  phone: z.optional(
    z.string().check(z.trim(), z.regex(PHONE_PATTERN, 'Write the phone number with digits, like 608-555-0100')),
  ),
  email: z.optional(z.email('Write a full email address, like mayor@example.org')),
  contactUrl: z.optional(HttpsUrl('contact page address')),
  /** The postal address, one line per entry, for a printed letter. */
  address: z.optional(
    z
      .array(required(TARGET_LIMITS.addressLine, 'address line'))
      .check(z.minLength(1, 'Give at least one address line'), z.maxLength(TARGET_LIMITS.addressLines)),
  ),
  photoUrl: z.optional(HttpsUrl('photo address')),
  coverage: z.optional(TargetCoverage),
  /** Absent: the position is not known (treated as `unknown`). */
  stance: z.optional(TargetStance),
});
export type LocalTarget = z.infer<typeof LocalTarget>;

/** The answer of a backend's `getTargets()`: the REST contract's `GET /targets`, a static host's `targets.json`. */
export const LocalTargetList = z.object({
  targets: z.array(LocalTarget).check(z.maxLength(TARGET_LIMITS.targets)),
  /** When the list was last changed (the reference server says; a static file may). */
  updatedAt: z.optional(z.string()),
});
export type LocalTargetList = z.infer<typeof LocalTargetList>;

/**
 * The console's read of the list (`GET /api/console/targets`): the list, and whether this server refuses writes
 * because M4A_TARGETS_FILE is its source, so the page shows it without edit controls instead of failing on save.
 */
export const ConsoleTargetList = z.extend(LocalTargetList, { readOnly: z.boolean() });
export type ConsoleTargetList = z.infer<typeof ConsoleTargetList>;

/** One entry that could not be used: which (index in the list, its id if it has a readable one), where, and why. */
export interface TargetProblem {
  /** Position in the list; -1 when the list itself is unusable. */
  index: number;
  id?: string;
  /** The field inside the entry, dotted (`coverage.zipToDistrict.53703`); empty for the entry as a whole. */
  path: string;
  message: string;
}

export interface ParsedTargets {
  targets: LocalTarget[];
  problems: TargetProblem[];
}

/**
 * Checks a list of targets entry by entry. Takes the list itself or an object holding it as `targets` (the shape of
 * `GET /api/targets` and `targets.json`). Entries that fail, and later entries reusing an id, are left out and
 * reported; the others are returned in their configured order.
 */
export function parseLocalTargets(input: unknown): ParsedTargets {
  const list = Array.isArray(input) ? input : isRecord(input) ? input['targets'] : undefined;
  if (!Array.isArray(list)) {
    return { targets: [], problems: [{ index: -1, path: '', message: 'Targets are a list: [{"id": …}, …]' }] };
  }
  const targets: LocalTarget[] = [];
  const problems: TargetProblem[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of list.entries()) {
    const raw = isRecord(entry) ? entry['id'] : undefined;
    const id = typeof raw === 'string' && TARGET_ID_PATTERN.test(raw) ? { id: raw } : {};
    if (index >= TARGET_LIMITS.targets) {
      problems.push({ index, ...id, path: '', message: `At most ${TARGET_LIMITS.targets} targets` });
      continue;
    }
    const parsed = LocalTarget.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const path = [...issue.path.map(String), ...(unknownKey ? [unknownKey] : [])].join('.');
      problems.push({ index, ...id, path, message: unknownKey ? `Unknown setting "${unknownKey}"` : issue.message });
    } else if (seen.has(parsed.data.id)) {
      problems.push({ index, ...id, path: 'id', message: `Another target already has the id "${parsed.data.id}"` });
    } else {
      seen.add(parsed.data.id);
      targets.push(parsed.data);
    }
  }
  return { targets, problems };
}

/** `targets.2 ("alder-6").phone: …`: a problem as one line for a console warning or an error body. */
export function describeTargetProblem(problem: TargetProblem, prefix = 'targets'): string {
  const entry = problem.index < 0 ? prefix : `${prefix}.${problem.index}${problem.id ? ` ("${problem.id}")` : ''}`;
  return `${entry}${problem.path ? `.${problem.path}` : ''}: ${problem.message}`;
}

/** The dotted field of a problem (`targets.2.phone`), as the widget's and the server's error fields name it. */
export const targetProblemField = (problem: TargetProblem, prefix = 'targets'): string =>
  [prefix, ...(problem.index < 0 ? [] : [String(problem.index)]), ...(problem.path ? [problem.path] : [])].join('.');

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Domain errors: what stores, services and importers throw when a request cannot be served. They know nothing of
 * HTTP; the one error handler (server/http/problem.ts) turns each kind into a status and the contract's `ApiError`
 * body. `code` is the stable machine-readable `error.code` clients branch on; `fields` names each bad input.
 */
import type * as z from 'zod/mini';
import type { ApiError } from 'm4a-widgets/shared/schemas/common.js';

export type FieldProblem = NonNullable<ApiError['error']['fields']>[number];

export abstract class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input breaks a rule of the contract; `fields` says which input and how to fix it. */
export class InvalidInput extends DomainError {}

/** The thing asked for does not exist (or no longer does). */
export class NotFound extends DomainError {}

/** The request is well-formed but the current state refuses it (full event, imported event...). */
export class Conflict extends DomainError {}

/** The request needs a signed-in console account (or its session ended). */
export class Unauthenticated extends DomainError {}

/** The account is signed in but its role (or a missing second factor) does not allow this. */
export class Forbidden extends DomainError {}

/** The server cannot answer right now (data being imported, upstream down); trying again later may work. */
export class Unavailable extends DomainError {}

/** Where an input as a whole is named when an issue has no path of its own. */
export type InputPlace = '(body)' | '(query)' | '(path)';

/** zod issues as `fields`: one entry per offending path, with its message and the issue's code. */
export function issuesToFields(issues: readonly z.core.$ZodIssue[], place: InputPlace = '(body)'): FieldProblem[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.') || place, message: i.message, code: i.code }));
}

/**
 * Validates with a shared schema; an InvalidInput naming each bad field otherwise. Bodies are summed up by the
 * fields' names; query strings (mostly what a visitor typed: a ZIP, an address) by what to fix.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, raw: unknown, place: InputPlace = '(body)'): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields = issuesToFields(result.error.issues, place);
  const message =
    place === '(query)'
      ? fields.map((f) => f.message).join('. ') + '.'
      : `Invalid ${fields.map((f) => f.path).join(', ')}.`;
  throw new InvalidInput('invalid_request', message, fields);
}

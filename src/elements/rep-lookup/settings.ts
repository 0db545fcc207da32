/**
 * The partner settings of <m4a-rep-lookup>, read by core/attributes.ts. Each bad one is reported (naming the
 * attribute) and ignored, so the widget keeps working with the rest.
 */
import { attributeError, headingLevelAttribute } from '../../core/attributes.js';
import { toWidgetError, type WidgetError } from '../../core/errors.js';
import { IsoDate, Zip, boundedText } from '../../shared/schemas/common.js';
import { parseScripts, type ScriptOverrides } from './scripts.js';

const SOURCE = boundedText(100);

export interface LookupSettingsInput {
  scripts?: string | ScriptOverrides | undefined;
  headingLevel?: string | undefined;
  today?: string | undefined;
  source?: string | undefined;
  zip?: string | undefined;
}

export interface LookupSettings {
  scripts: ScriptOverrides;
  /** Level of the widget's top headings. */
  level: number;
  /** The `zip` to look up at once, when it is a valid one. */
  zip: string | undefined;
  problems: WidgetError[];
}

/** Runs `fn`; a config error it throws is added to `problems` and `fallback` is used instead. */
export function reading(problems: WidgetError[]) {
  return <V>(fn: () => V, fallback: V): V => {
    try {
      return fn();
    } catch (err) {
      problems.push(toWidgetError(err));
      return fallback;
    }
  };
}

export function readSettings(input: LookupSettingsInput): LookupSettings {
  const problems: WidgetError[] = [];
  const read = reading(problems);
  const scripts = read(() => parseScripts(input.scripts), {});
  const level = read(() => headingLevelAttribute(input.headingLevel, 2), 2);
  if (input.today !== undefined && !IsoDate.safeParse(input.today).success) {
    problems.push(attributeError('today', `"${input.today}" is not a date like 2027-01-04`));
  }
  if (input.source !== undefined && !SOURCE.safeParse(input.source).success) {
    problems.push(attributeError('source', 'is at most 100 characters'));
  }
  const zip = input.zip?.trim();
  const zipOk = !!zip && Zip.safeParse(zip).success;
  if (input.zip && !zipOk) problems.push(attributeError('zip', `"${input.zip}" is not a 5-digit ZIP code`));
  return { scripts, level, zip: zipOk ? zip : undefined, problems };
}

/** The date to treat as today, when `today` is a valid one. */
export const validToday = (today: string | undefined) =>
  today && IsoDate.safeParse(today).success ? today : undefined;

/** The campaign slug stored with call outcomes, when `source` is a valid one. */
export function validSource(source: string | undefined): string | undefined {
  const parsed = source ? SOURCE.safeParse(source) : undefined;
  return parsed?.success && parsed.data ? parsed.data : undefined;
}

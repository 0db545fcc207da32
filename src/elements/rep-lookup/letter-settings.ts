/**
 * The write flow's partner settings (`letters`, `handoff`), read with their schemas only on a page that sets one,
 * so a lookup page without them does not carry the schemas. Each bad one is reported and ignored, like the others.
 */
import { jsonAttribute } from '../../core/attributes.js';
import type { WidgetError } from '../../core/errors.js';
import { Handoff, LetterOverrides } from '../../shared/schemas/letters.js';
import { reading } from './settings.js';

export function readLetterSettings(input: {
  letters: string | LetterOverrides | undefined;
  handoff: string | Handoff | undefined;
}): { letters: LetterOverrides; handoff: Handoff; problems: WidgetError[] } {
  const problems: WidgetError[] = [];
  const read = reading(problems);
  return {
    letters: read(() => jsonAttribute('letters', input.letters, LetterOverrides) ?? {}, {}),
    handoff: read(() => jsonAttribute('handoff', input.handoff, Handoff) ?? {}, {}),
    problems,
  };
}

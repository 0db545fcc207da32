/**
 * The partner's `letters` and `handoff` as the element holds them: read by letter-settings.ts (with their schemas,
 * imported only on a page that sets one), each bad one a problem the element shows, a later read superseding an
 * earlier one. `read` settles once the current values are read, so a letter never opens with the wrong ones.
 */
import type { ReactiveControllerHost } from 'lit';
import type { WidgetError } from '../../core/errors.js';
import type { Handoff, LetterOverrides } from '../../shared/schemas/letters.js';

export class LetterConfig {
  letters: LetterOverrides = {};
  handoff: Handoff = {};
  problems: WidgetError[] = [];
  read: Promise<unknown> = Promise.resolve();
  private reads = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Reads both; resolves to their problems (none when a later call superseded this one). */
  update(letters: string | LetterOverrides | undefined, handoff: string | Handoff | undefined): Promise<WidgetError[]> {
    const read = this.parse(letters, handoff);
    this.read = read;
    return read;
  }

  private async parse(
    letters: string | LetterOverrides | undefined,
    handoff: string | Handoff | undefined,
  ): Promise<WidgetError[]> {
    const n = ++this.reads;
    const parse = letters || handoff ? (await import('./letter-settings.js')).readLetterSettings : undefined;
    if (n !== this.reads) return [];
    const settings = parse?.({ letters, handoff }) ?? { letters: {}, handoff: {}, problems: [] };
    this.letters = settings.letters;
    this.handoff = settings.handoff;
    this.problems = settings.problems;
    this.host.requestUpdate();
    return settings.problems;
  }
}

/**
 * The visitor's answers and what they show: answers checked as they are typed, a field's message shown once the
 * visitor leaves the field (and gone as soon as it is fixed), the result following every valid change, and one polite
 * announcement when typing pauses, so a screen reader hears the new totals once instead of at every keystroke.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HouseholdAnswers } from '../../shared/cost/evaluate.js';
import { checkAnswers, emptyAnswers, type AmountField, type CostProblem, type RawAnswers } from './answers.js';

export interface EvaluationOptions {
  /** A field's visible label, for the messages that name it. */
  label: (field: AmountField) => string;
  /** The sentence to announce for the current answers, or undefined while the model is not there. */
  summary: (answers: HouseholdAnswers) => string | undefined;
  /** The first time a result from the visitor's own answers is announced. */
  onFirstResult: () => void;
  /** Pause after the last change before announcing, in ms. */
  delay?: number;
}

export class EvaluationController implements ReactiveController {
  raw: RawAnswers = emptyAnswers();
  /** Problems on screen. */
  problems: CostProblem[] = [];
  /** The last answers without problems: what the result shows. */
  answers: HouseholdAnswers = {};
  /** Text of the polite live region. */
  announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private announced = false;
  /** Whether the visitor has answered anything: nothing is announced (or reported) before that. */
  private touched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EvaluationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** A changed answer; `leaving` when the visitor committed it (change event) rather than typed a character. */
  update<F extends keyof RawAnswers>(field: F, value: RawAnswers[F], leaving: boolean): void {
    this.raw = { ...this.raw, [field]: value };
    this.touched = true;
    this.check(leaving);
  }

  /** Messages again (a language change rewrites the labels they name). */
  recheck(): void {
    this.check(false);
  }

  /** Every answer's message, as if the visitor had left each field (Enter in the form). */
  checkAll(): void {
    this.touched = true;
    this.check(true);
  }

  private check(leaving: boolean): void {
    const { answers, problems } = checkAnswers(this.raw, this.options.label);
    const shown = new Set(this.problems.map((p) => p.field));
    this.problems = leaving ? problems : problems.filter((p) => shown.has(p.field));
    if (!problems.length) this.answers = answers;
    this.host.requestUpdate();
    if (this.touched) this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.problems.length) return;
      const text = this.options.summary(this.answers);
      if (text === undefined || text === this.announcement) return;
      this.announcement = text;
      this.host.requestUpdate();
      if (!this.announced) {
        this.announced = true;
        this.options.onFirstResult();
      }
    }, this.options.delay ?? 800);
  }
}

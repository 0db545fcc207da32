/**
 * Loads the answer's chunk (answer.ts: the cards and their call and write flows) with the first lookup, and makes
 * the flows then; also at once when this device still holds an outcome an earlier visit left, so it is sent.
 */
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Catalog } from '../../core/i18n.js';
import { loadingView } from '../../core/status.js';
import type { RepLookupResult } from '../../shared/schemas/representative.js';
import type { ActionsDeps, LookupActions } from './actions.js';
import type * as AnswerModule from './answer.js';
import type { AnswerContext } from './answer.js';
import type { T } from './format.js';
import { pendingWrites } from './pending.js';

export class AnswerLoader {
  private view: { module: typeof AnswerModule; actions: LookupActions } | undefined;
  private loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly deps: ActionsDeps & {
      hasBackend: () => boolean;
      /** Adds the answer's strings to the element's (`M4aElement.addCatalog`), before the answer is drawn. */
      addCatalog: (catalog: Catalog) => void;
    },
  ) {
    host.addController({
      hostUpdated: () => {
        if (!this.loading && deps.hasBackend() && pendingWrites()) void this.load();
      },
    });
  }

  get actions(): LookupActions | undefined {
    return this.view?.actions;
  }

  load(): Promise<unknown> {
    return (this.loading ??= import('./answer.js').then((module) => {
      this.deps.addCatalog(module.catalog);
      this.view = { module, actions: module.createActions(this.host, this.deps) };
      this.host.requestUpdate();
    }));
  }

  render(r: RepLookupResult, c: Omit<AnswerContext, 'actions'>): TemplateResult {
    const view = this.view;
    return view ? view.module.answerView(r, { ...c, actions: view.actions }) : loadingView(c.t, c.t('lookup.loading'));
  }

  /** The open letter for print media. */
  print(t: T, r: RepLookupResult | undefined, c: Pick<AnswerContext, 'local' | 'settings'>) {
    const view = this.view;
    if (!view) return nothing;
    return view.actions.print(t, view.module.answerTargets(t, r, c.local), c.settings);
  }
}

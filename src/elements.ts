/** Every element class by tag (imports all widget code: for the all-in-one script and `m4a-widgets/define`). */
import { defineElement } from './core/define.js';
import type { Tag } from './core/tags.js';
import { M4aProgramExplainer } from './elements/program-explainer/program-explainer.js';
import { M4aCoverageFaq } from './elements/coverage-faq/coverage-faq.js';
import { M4aSignupForm } from './elements/signup-form/signup-form.js';
import { M4aEventList } from './elements/event-list/event-list.js';
import { M4aRepLookup } from './elements/rep-lookup/rep-lookup.js';
import { M4aCostCalculator } from './elements/cost-calculator/cost-calculator.js';

export const ELEMENTS: Record<Tag, CustomElementConstructor> = {
  'm4a-program-explainer': M4aProgramExplainer,
  'm4a-coverage-faq': M4aCoverageFaq,
  'm4a-signup-form': M4aSignupForm,
  'm4a-event-list': M4aEventList,
  'm4a-rep-lookup': M4aRepLookup,
  'm4a-cost-calculator': M4aCostCalculator,
};

export function defineAll(): void {
  for (const [tag, ctor] of Object.entries(ELEMENTS)) defineElement(tag, ctor);
}

/**
 * The npm entry point: classes, types and helpers, with no side effects. Register elements with
 * `import 'm4a-widgets/define'` (all) or `import 'm4a-widgets/define/event-list.js'` (one); both register the built-in
 * backend types too. Code that defines the classes itself calls `registerBuiltInBackends()` first.
 */
export { M4aElement, THEMES, type Theme } from './core/base-element.js';
export type { Backend, BackendCapabilities, BackendMethod, RequestOptions } from './core/backend.js';
export { configStore, CONFIG_ELEMENT_ID } from './core/config.js';
export { PageConfig, BackendConfig } from './core/config-schema.js';
export { WidgetError, ERROR_KINDS, type ErrorKind, type FieldError } from './core/errors.js';
export { M4aWidgetEvent, M4aErrorEvent, M4aLoadedEvent } from './core/dom-events.js';
export { M4aExplainerCtaEvent } from './elements/program-explainer/dom-events.js';
export { M4aFaqToggleEvent, M4aFaqSearchEvent } from './elements/coverage-faq/dom-events.js';
export { M4aSignupSubmittedEvent, M4aSignupReplayedEvent } from './elements/signup-form/dom-events.js';
export { M4aEventRsvpEvent, M4aEventsFilteredEvent } from './elements/event-list/dom-events.js';
export { M4aLookupDoneEvent, M4aCallOutcomeEvent } from './elements/rep-lookup/dom-events.js';
export { M4aCostResultShownEvent } from './elements/cost-calculator/dom-events.js';
export {
  registerBackend,
  type BackendFactory,
  type BackendRegistration,
  type LazyBackendFactory,
  type OptionsSchema,
} from './core/registry.js';
export { BUILT_IN_BACKENDS, BUILT_IN_BACKEND_TYPES, registerBuiltInBackends } from './backends/index.js';
export { TAGS, type Tag } from './core/tags.js';
export { RestOptions, StaticOptions, MobilizeOptions } from './backends/options.js';
export { M4aProgramExplainer } from './elements/program-explainer/program-explainer.js';
export { M4aCoverageFaq } from './elements/coverage-faq/coverage-faq.js';
export { M4aSignupForm } from './elements/signup-form/signup-form.js';
export { M4aEventList } from './elements/event-list/event-list.js';
export { M4aRepLookup } from './elements/rep-lookup/rep-lookup.js';
export { M4aCostCalculator } from './elements/cost-calculator/cost-calculator.js';
export * from './shared/schemas/index.js';

/** Strings every widget shares (status and error views). Spanish: ./messages.es.ts. */
import type { MessageKey } from './i18n.js';

const en = {
  'status.loading': 'Loading…',
  'status.retry': 'Try again',
  'error.title': 'Something went wrong',
  'error.config.title': 'This widget is not set up correctly',
  'error.config': 'Check the setting “{field}”.',
  'error.details': 'Details',
  'error.offline': 'You seem to be offline. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.http': 'The server had a problem (error {status}). Please try again in a little while.',
  'error.rate-limited': 'Too many requests right now. Please wait a moment and try again.',
  'error.validation': 'Some answers need to be fixed.',
  'error.invalid-response': 'We received data in a form we could not read, so it can’t be shown.',
  'error.unsupported': 'The backend this widget is connected to can’t do this ({feature}).',
  'error.aborted': 'The request was cancelled.',
  'error.no-backend': 'This widget needs a backend. Add a backend-url attribute or a page config block.',
} as const;
export default en;

/** What `t()` takes for the shared strings. */
export type CoreKey = MessageKey<typeof en>;

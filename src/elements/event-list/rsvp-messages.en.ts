/** Strings of the inline RSVP form, loaded with its chunk (rsvp-form.ts) when a form opens or a queued RSVP is sent. Spanish: ./rsvp-messages.es.ts. */
const en = {
  'feature.rsvp': 'RSVP here',

  'rsvp.form.label': 'RSVP for {title}',
  'rsvp.firstName': 'First name',
  'rsvp.lastName': 'Last name (optional)',
  'rsvp.email': 'Email',
  'rsvp.zip': 'ZIP code',
  'rsvp.phone': 'Phone (optional)',
  'rsvp.submit': 'Send RSVP',
  'rsvp.sending': 'Sending…',
  'rsvp.errors.title': 'There is a problem',
  'rsvp.error.prefix': 'Error:',
  'rsvp.error.firstName': 'Enter your first name',
  'rsvp.error.lastName': 'Enter a last name of 100 characters or fewer',
  'rsvp.error.email': 'Enter an email address, like name@example.org',
  'rsvp.error.zip': 'Enter a 5-digit ZIP code, like 53703',
  'rsvp.error.phone': 'Enter a 10-digit phone number, like 608-555-0123',
  'rsvp.sent': 'Thank you! Your RSVP is confirmed.',
  'rsvp.queued':
    'You seem to be offline. Your RSVP is saved on this device and will be sent automatically when you are back online.',
  'rsvp.queued.memory':
    'You seem to be offline. Keep this page open: your RSVP will be sent as soon as the connection is back.',
} as const;
export default en;

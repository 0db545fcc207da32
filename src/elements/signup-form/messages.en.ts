/** Strings of <m4a-signup-form>. Spanish: ./messages.es.ts. */
import type { MessageKey } from '../../core/i18n.js';

const en = {
  'form.label': 'Volunteer signup',
  'field.optional': '{label} (optional)',
  'field.givenName.label': 'First name',
  'field.familyName.label': 'Last name',
  'field.email.label': 'Email address',
  'field.email.hint': 'We’ll send you ways to help. We never share your address.',
  'field.phone.label': 'Phone number',
  'field.phone.hint': 'A US number, like 608-555-0123.',
  'field.zip.label': 'ZIP code',
  'field.zip.hint': 'So we can connect you with people near you. For example, 53703.',
  'field.interests.label': 'How do you want to help?',
  'field.interests.hint': 'Select all that apply.',
  'field.note.label': 'Anything else you want us to know?',
  'field.note.hint': 'For example, languages you speak or when you’re free. Up to {max} characters.',
  'field.emailOptIn.label': 'Email me about volunteer opportunities and campaign news',
  'field.smsOptIn.label': 'Text me about volunteer opportunities and actions',
  'field.smsOptIn.consent':
    'By checking this box, you agree to receive recurring automated text messages from {organization} at the mobile number you entered. Consent is not a condition of signing up. Message frequency varies. Message and data rates may apply. Reply STOP to stop, HELP for help.',
  'field.question.multiple.hint': 'Select all that apply.',
  'organization.default': 'the organizers of this campaign',
  'interest.canvass': 'Knock on doors in my neighborhood',
  'interest.phone-text-bank': 'Call or text people from a phone or text bank',
  'interest.town-halls-panels': 'Go to town halls and panels',
  'interest.rallies': 'Join rallies and demonstrations',
  'interest.contact-legislators': 'Contact my legislators',
  'interest.host-event': 'Host an event',
  'interest.healthcare-union-outreach': 'Reach out to healthcare workers or unions',
  'honeypot.label': 'Leave this field empty',
  submit: 'Sign up',
  submitting: 'Sending your signup…',
  'summary.title': 'There is a problem',
  'error.prefix': 'Error:',
  rejected: 'We couldn’t send your signup.',
  'problem.givenName.required': 'Enter your first name',
  'problem.familyName.required': 'Enter your last name',
  'problem.email.required': 'Enter your email address',
  'problem.email.invalid': 'Enter an email address in the correct format, like name@example.com',
  'problem.phone.required': 'Enter your phone number',
  'problem.phone.invalid': 'Enter a US phone number, like 608-555-0123',
  'problem.phone.sms-needs-phone': 'Enter a mobile number to get text messages, or uncheck the text message box',
  'problem.zip.required': 'Enter your ZIP code',
  'problem.zip.invalid': 'Enter a 5-digit ZIP code, like 53703',
  'problem.interests.required': 'Select at least one way you want to help',
  'problem.note.required': 'Tell us anything else you want us to know',
  'problem.required': 'Answer “{label}”',
  'problem.choice-required': 'Select an answer for “{label}”',
  'problem.too-long': '“{label}” must be {max} characters or fewer',
  'problem.invalid': 'Check your answer to “{label}”',
  'queued.title': 'Your signup is saved',
  'queued.body':
    'We couldn’t reach our server just now, so your signup is saved on this device. We’ll send it automatically as soon as we can, even if you close this page and come back later.',
  'queued.body.memory':
    'We couldn’t reach our server just now. Keep this page open and we’ll keep trying to send your signup.',
  'queued.retry': 'Try sending now',
  'sent.title': 'Thank you for signing up!',
  'sent.body': 'We’ll be in touch soon with ways to help near you.',
  'earlier.pending':
    'A signup saved on this device earlier hasn’t been sent yet. We’re sending it now, so there’s no need to fill in the form again.',
  'earlier.sent': 'Your signup saved on this device earlier has now been sent. Thank you!',
  'earlier.rejected': 'A signup saved on this device earlier couldn’t be accepted. Please fill in the form again.',
} as const;
export default en;

/** What this widget's `t()` takes (besides the shared strings). */
export type SignupKey = MessageKey<typeof en>;

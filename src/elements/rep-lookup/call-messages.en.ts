/** Strings of the call panel, loaded with it (call-panel.ts) when a Call button is first pressed. */
export default {
  'call.heading': 'Call {title} {name}',
  'call.name.label': 'Your name (optional)',
  'call.name.hint': 'Only used to fill in the script below. It is not sent anywhere.',
  'call.script': 'What to say',
  'call.dial': 'Call {phone}',
  'call.no-phone': 'No phone number is listed for this office. Use its contact form instead.',
  'call.outcome': 'How did it go?',
  'call.saving': 'Saving…',
  'call.thanks': 'Thank you! Your call to {name} was counted.',
  'call.thanks.uncounted': 'Thank you for calling {name}!',
  'call.thanks.queued':
    'Thank you! Your call to {name} is saved on this device and will be counted once you are back online.',
  'call.skipped': 'Skipped {name}.',
  'call.next': 'Next: call {name}',
  'call.done': 'That’s everyone on your list. Thank you for making your voice heard!',
  'call.close': 'Close',
  'call.feature': 'recording calls',
  'script.thank':
    'Hello, my name is {visitorName} and I live in {place}. I’m calling about Medicare for All. I want to thank {legislatorTitle} {legislatorName} for supporting {bill}. Please keep pushing to get it passed and to bring more colleagues on board. Thank you!',
  'script.cosponsor':
    'Hello, my name is {visitorName} and I live in {place}. I’m calling about Medicare for All. I’m asking {legislatorTitle} {legislatorName} to cosponsor {bill}. Guaranteed health care for everyone, with no premiums, deductibles or copays, would make a real difference here. Will {legislatorName} cosponsor it? Thank you.',
  'script.support':
    'Hello, my name is {visitorName} and I live in {place}. I’m calling about Medicare for All. I urge {legislatorTitle} {legislatorName} to support {bill}: guaranteed health care for everyone, with no premiums, deductibles or copays. Thank you.',
  'script.reintroduce':
    'Hello, my name is {visitorName} and I live in {place}. I’m calling about Medicare for All. The Medicare for All Act has not been reintroduced in this Congress yet. I’m asking {legislatorTitle} {legislatorName} to cosponsor the Medicare for All Act as soon as it is reintroduced. Guaranteed health care for everyone, with no premiums, deductibles or copays, would make a real difference here. Thank you.',
} as const;

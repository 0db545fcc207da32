/**
 * The built-in letters in English, one per message kind (shared/schemas/letters.ts), with the call scripts' merge
 * fields. The visitor's own sentence and signature follow the body; a partner's `letters` replace any of them.
 */
import type { LetterTemplate, MessageKind } from '../schemas/letters.js';

export const lettersEn: Record<MessageKind, LetterTemplate> = {
  thank: {
    subject: 'Thank you for supporting Medicare for All ({bill})',
    body: `Dear {legislatorTitle} {legislatorName},

I live in {place} and I am writing to thank you for supporting {bill}, the Medicare for All Act. Guaranteed health care for everyone, with no premiums, deductibles or copays, would make a real difference here.

Please keep pushing to get it passed, and bring more of your colleagues on board.`,
  },
  cosponsor: {
    subject: 'Please cosponsor Medicare for All ({bill})',
    body: `Dear {legislatorTitle} {legislatorName},

I live in {place} and I am writing to ask you to cosponsor {bill}, the Medicare for All Act. Guaranteed health care for everyone, with no premiums, deductibles or copays, would make a real difference here.

Will you add your name as a cosponsor?`,
  },
  support: {
    subject: 'Please support Medicare for All',
    body: `Dear {legislatorTitle} {legislatorName},

I live in {place} and I am writing to ask you to support Medicare for All ({bill}): guaranteed health care for everyone, with no premiums, deductibles or copays.

Please tell me where you stand, and stand with the people you represent.`,
  },
  reintroduce: {
    subject: 'Please cosponsor Medicare for All when it is reintroduced',
    body: `Dear {legislatorTitle} {legislatorName},

I live in {place}. The Medicare for All Act has not been reintroduced in this Congress yet. I am writing to ask you to cosponsor it as soon as it is. Guaranteed health care for everyone, with no premiums, deductibles or copays, would make a real difference here.`,
  },
};

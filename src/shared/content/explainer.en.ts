/**
 * Default explainer content, English. Plain language; a point that fits only one of H.R.3069 and S.1506 (119th
 * Congress) names its bill, and a point that states a number links its source (test/shared/content/).
 */
import type { ExplainerContent } from '../schemas/content.js';
import { HOUSE_BILL_URL, review } from './sources.js';

export const explainerEn: ExplainerContent = {
  kind: 'explainer',
  lang: 'en',
  review: review('en'),
  items: [
    {
      id: 'one-program',
      icon: 'shield',
      title: 'One public program for everyone',
      body: 'Medicare for All replaces today’s patchwork of insurance plans with one public health program, run by the federal government, that covers every resident of the United States.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Read the bill (H.R.3069)',
    },
    {
      id: 'comprehensive-care',
      icon: 'stethoscope',
      title: 'All the care you need',
      body: 'Doctor and hospital visits, prescription drugs, mental health, dental, vision, hearing, maternity and long-term care are covered (the Senate bill leaves nursing-home care to Medicaid). You choose your doctors and hospitals: no networks.',
    },
    {
      id: 'no-bills',
      icon: 'wallet',
      title: 'Paid for publicly, not at the doctor’s office',
      body: 'Under the House bill (H.R.3069), no premiums, copays, deductibles or other charges for covered care; the Senate bill (S.1506) allows capped charges for prescription drugs. Care is paid for through taxes instead, which Congress would design.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'What the House bill covers (H.R.3069)',
    },
    {
      id: 'everyone-covered',
      icon: 'people',
      title: 'Everybody in, automatically',
      body: 'Every US resident is covered, whatever their job, income or health; the Department of Health and Human Services (HHS) would define who counts as a resident. You are enrolled automatically, at birth or when you come to live here.',
    },
    {
      id: 'fair-transition',
      icon: 'briefcase',
      title: 'A switch in stages',
      body: 'The House bill (H.R.3069) phases the program in over two years, and the Senate bill (S.1506) over four. An earlier version of the House bill also set aside help for insurance workers whose jobs change.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Read the House bill (H.R.3069)',
    },
  ],
};

/** Default explainer content, English. Plain language, accurate to H.R.3069 / S.1506 (119th Congress). */
import type { ExplainerContent } from '../schemas/content.js';
import { HOUSE_BILL_URL } from './sources.js';

export const explainerEn: ExplainerContent = {
  kind: 'explainer',
  lang: 'en',
  items: [
    {
      id: 'one-program',
      icon: 'shield',
      title: 'One public program for everyone',
      body:
        'Medicare for All replaces today’s patchwork of insurance plans with one public health program, run by the federal government, that covers everyone who lives in the United States.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Read the bill (H.R.3069)',
    },
    {
      id: 'comprehensive-care',
      icon: 'stethoscope',
      title: 'All the care you need',
      body:
        'Doctor and hospital visits, prescription drugs, mental health, dental, vision, hearing, maternity and long-term care are all covered. You choose your doctors and hospitals: no networks.',
    },
    {
      id: 'no-bills',
      icon: 'wallet',
      title: 'Free when you get care',
      body:
        'No premiums, copays, deductibles or surprise bills, ever. Care is paid for publicly instead, and the bill’s sponsors propose funding it with taxes based on ability to pay.',
    },
    {
      id: 'everyone-covered',
      icon: 'people',
      title: 'Everybody in, automatically',
      body:
        'Every US resident is covered, whatever their job, income, health or citizenship. You are enrolled automatically, at birth or when you come to live here.',
    },
    {
      id: 'fair-transition',
      icon: 'briefcase',
      title: 'A fair transition for workers',
      body:
        'The House bill phases the program in over two years. Workers whose jobs change, such as in insurance billing, get help with wages, retirement and job training.',
    },
  ],
};

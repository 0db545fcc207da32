/**
 * Default coverage FAQ, English. Answers describe the Medicare for All Act of 2025 (H.R.3069, Reps. Jayapal and
 * Dingell) and note where the Senate bill (S.1506, Sen. Sanders) differs. Every figure links its source; ids and
 * source URLs are shared with Spanish (test/shared/content/).
 */
import type { FaqContent } from '../schemas/content.js';
import { review, sources, sourceUrl } from './sources.js';

export const faqEn: FaqContent = {
  kind: 'faq',
  lang: 'en',
  review: review('en'),
  items: [
    {
      id: 'cost-to-me',
      category: 'cost',
      question: 'How much would Medicare for All cost me?',
      answer:
        '<p>Under the House bill (H.R.3069), <strong>nothing when you get care</strong>: no premiums, deductibles, copays or other charges for covered care. The Senate bill (S.1506) is the same except that it allows charges for prescription drugs, capped at $200 a year.</p>' +
        '<p>That care is still paid for, through taxes instead of premiums and bills. The House bill does not say which taxes: Congress would design them. Sen. Sanders has published financing options for earlier versions of his bill, such as income-based premiums paid by households and by employers, and higher taxes on the highest incomes and on great wealth.</p>' +
        '<p>A study in <em>The Lancet</em> (Galvani et al., 2020), which modeled the 2017 Senate bill, estimated that the whole system could be paid for with less than employers and households now pay in premiums, together with what governments already spend on health care, and that lower-income households would gain the most.</p>',
      sources: sources('en', 'houseBill', 'senateBill', 'galvani2020'),
    },
    {
      id: 'how-paid-for',
      category: 'cost',
      question: 'How would we pay for it?',
      answer:
        '<p>The House bill (H.R.3069) creates a Universal Medicare Trust Fund. Money the federal government already spends on programs like Medicare and Medicaid goes into it, and Congress provides the rest. The bill itself does not set new taxes; its sponsors propose raising the rest with taxes based on ability to pay.</p>' +
        '<p>One public program also means far less paperwork. A study of 2017 found that administration took <strong>34.2%</strong> of US health spending, compared with 17.0% in Canada’s single-payer system.</p>',
      sources: sources('en', 'houseBill', 'himmelstein2020'),
    },
    {
      id: 'national-cost',
      category: 'cost',
      question: 'Wouldn’t covering everyone cost the country more?',
      answer:
        '<p>The United States already spends more per person on health care than any other country. What one public program would cost depends on how it is designed:</p>' +
        '<ul><li>The Congressional Budget Office (CBO) studied five illustrative single-payer designs in December 2020; they are not H.R.3069 or S.1506 themselves. In 2030, national health spending would range from $0.7 trillion lower to $0.3 trillion higher than under current law.</li>' +
        '<li>The federal government’s share would grow a lot: CBO projects federal support for health care (spending plus tax breaks for health benefits) $1.5 trillion to $3.0 trillion higher in 2030, so the federal government would pay a much larger share of the country’s health spending.</li>' +
        '<li>A study in <em>The Lancet</em>, which modeled the 2017 Senate bill, estimated savings of about 13% of national health spending, more than $450 billion a year (in 2017 dollars).</li></ul>' +
        '<p>In CBO’s analysis, the biggest savings come from lower payment rates to providers and lower administrative costs; more use of care is the biggest added cost.</p>',
      sources: sources('en', 'cbo2020', 'galvani2020'),
    },
    {
      id: 'whats-covered',
      category: 'coverage',
      question: 'What would be covered?',
      answer:
        '<p>All care that is medically necessary, including:</p>' +
        '<ul><li>doctor visits, hospital care and emergency care</li>' +
        '<li>primary and preventive care</li>' +
        '<li>prescription drugs and medical devices</li>' +
        '<li>mental health and substance use treatment</li>' +
        '<li>lab tests and diagnostic care</li>' +
        '<li>reproductive, maternity and newborn care, and gender-affirming care</li>' +
        '<li>dental, vision and hearing care</li>' +
        '<li>rehabilitation and long-term care</li></ul>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'dental-vision-hearing',
      category: 'coverage',
      question: 'Are dental, vision and hearing care covered?',
      answer:
        '<p>Yes. Dental care, vision care and hearing care are covered benefits, with no premiums, deductibles or copays. Today, traditional Medicare leaves most of this care out; under Medicare for All it is part of the standard coverage everyone gets.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'mental-health',
      category: 'coverage',
      question: 'Is mental health care covered?',
      answer:
        '<p>Yes. Mental health care and treatment for substance use are covered like any other care, with no copays. You can see any qualified provider who takes part in the program, so you don’t have to find a therapist who is “in network.”</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'prescriptions',
      category: 'coverage',
      question: 'What about prescription drugs?',
      answer:
        '<p>Prescription drugs are covered. The Department of Health and Human Services would negotiate prices with drug companies for the whole country.</p>' +
        '<p>The House bill (H.R.3069) charges nothing for prescriptions. The Senate bill (S.1506) allows charges for prescription drugs, capped at $200 a year (an amount adjusted over time), with none for people with low incomes.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'long-term-care',
      category: 'coverage',
      question: 'Does it cover long-term care?',
      answer:
        '<p>Yes. The House bill covers long-term care for older people and people with disabilities, putting care at home and in the community first, with no cost to the patient.</p>' +
        '<p>The Senate bill covers long-term care at home and in the community, while nursing-home care stays with Medicaid.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'reproductive-care',
      category: 'coverage',
      question: 'Is reproductive care covered?',
      answer:
        '<p>Yes. Comprehensive reproductive, maternity and newborn care is covered, including contraception and abortion, with no out-of-pocket costs.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'not-covered',
      category: 'coverage',
      question: 'Is anything left out?',
      answer:
        '<p>Care that is not medically necessary, such as purely cosmetic surgery, is not covered. Private insurers and employers may still offer coverage for those extras, as long as it does not duplicate what Medicare for All covers.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'choose-doctor',
      category: 'doctors',
      question: 'Can I choose my own doctor and hospital?',
      answer:
        '<p>Yes. You can go to any doctor, hospital, clinic or other provider that takes part in the program. Because everyone is in the same program, there are <strong>no networks</strong>: you never have to check whether a doctor is “in network” or lose your doctor when you change jobs.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'wait-times',
      category: 'doctors',
      question: 'Would I have to wait longer for care?',
      answer:
        '<p>Today, some people wait or go without care because of cost or their insurance’s rules. Medicare for All removes those cost and network barriers.</p>' +
        '<p>The Congressional Budget Office (CBO), studying illustrative single-payer designs rather than these bills, expects people to use more care once cost is no longer a barrier, and the supply of care to grow too, as providers spend less time and money on administration. It estimates that demand would still grow faster than supply, causing <strong>more congestion: delays, and some care that people would go without</strong>, unless the supply of care grows more than CBO expects.</p>',
      sources: sources('en', 'cbo2020'),
    },
    {
      id: 'employer-insurance',
      category: 'current-coverage',
      question: 'What happens to the insurance I get through work?',
      answer:
        '<p>Once the program starts, employers and insurers may not offer coverage that duplicates it. Instead, you are covered by Medicare for All, and your coverage stays the same if you change jobs, lose your job, start a business or retire.</p>' +
        '<p>Employers and insurers may still offer extra coverage for things the program does not cover.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'medicare-now',
      category: 'current-coverage',
      question: 'I already have Medicare. What changes for me?',
      answer:
        '<p>Under the House bill (H.R.3069), today’s Medicare, including Medicare Advantage plans, ends once Medicare for All is in place, and the people on it move into the new program. Adults 55 and older can join after its first year.</p>' +
        '<p>You would pay no premiums, deductibles or copays for covered care, and you would gain dental, vision, hearing and long-term care, with no gaps left to fill with extra plans.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'medicaid-chip',
      category: 'current-coverage',
      question: 'What about people on Medicaid or CHIP?',
      answer:
        '<p>They move into Medicare for All with the same full benefits as everyone else. Coverage no longer depends on income, state rules or paperwork to stay enrolled.</p>' +
        '<p>Under the Senate bill, Medicaid keeps paying for nursing-home care.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'veterans-ihs',
      category: 'current-coverage',
      question: 'What happens to VA care and the Indian Health Service?',
      answer:
        '<p>They stay. Both bills leave coverage through the Department of Veterans Affairs and the Indian Health Service in place, so veterans and American Indians and Alaska Natives can keep using them; as residents, they are covered by Medicare for All as well.</p>' +
        '<p>TRICARE, the health program for military families, differs by bill: the Senate bill (S.1506) keeps it, and the House bill (H.R.3069) does not mention it.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'insurance-workers',
      category: 'workers',
      question: 'What happens to people who work in health insurance?',
      answer:
        '<p>Private insurers could no longer sell coverage that duplicates Medicare for All, so many jobs in insurance billing and claims would change or end.</p>' +
        '<p>The 2019 version of the House bill (H.R.1384) set aside money during the program’s first five years to help these workers, including wage replacement, retirement benefits, job training and education. The official summary of the 2025 bill (H.R.3069) does not describe this help, so check the bill’s text for what it provides now.</p>',
      sources: sources('en', 'houseBill', 'houseBill2019', 'houseBillText'),
    },
    {
      id: 'who-is-covered',
      category: 'eligibility',
      question: 'Who would be covered?',
      answer:
        '<p>Every resident of the United States. Enrollment is automatic, at birth or when you come to live here. There are no forms to qualify, no income limits and no coverage gaps when your life changes.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'non-citizens',
      category: 'eligibility',
      question: 'Are immigrants and non-citizens covered?',
      answer:
        '<p>Both bills cover every <strong>resident</strong> of the United States, not only citizens. The House bill (H.R.3069, section 102) leaves the rules for who counts as a resident to the Department of Health and Human Services, and it does not mention immigration status.</p>' +
        '<p>So the bill itself does not say whether people without legal status are covered: that would depend on the rules the Department writes.</p>',
      sources: sources('en', 'houseBill', 'houseBillText'),
    },
    {
      id: 'public-option',
      category: 'how-it-works',
      question: 'How is this different from a “public option”?',
      answer:
        '<p>A public option adds one government plan to the private plans people buy today. You would still pay premiums, deductibles and copays, networks would remain, and people who cannot afford a plan could still go without.</p>' +
        '<p>Medicare for All covers <strong>everyone</strong> in one program with no premiums and, under the House bill, no out-of-pocket costs. In the Congressional Budget Office’s analysis of single-payer designs, the biggest savings come from lower administrative costs and lower payment rates to providers.</p>',
      sources: sources('en', 'houseBill', 'himmelstein2020', 'cbo2020'),
    },
    {
      id: 'doctors-paid',
      category: 'how-it-works',
      question: 'How would doctors and hospitals be paid?',
      answer:
        '<p>The program pays them directly, so patients get no bill for covered care. Hospitals, nursing homes and similar institutions get a yearly budget to run on; doctors and other clinicians are paid from one national fee schedule. One set of rules replaces the billing systems of hundreds of insurers.</p>',
      sources: sources('en', 'houseBill'),
    },
    {
      id: 'transition-time',
      category: 'how-it-works',
      question: 'How long would the switch take?',
      answer:
        '<p>Under the House bill (H.R.3069), <strong>two years</strong>:</p>' +
        '<ul><li>After one year, children and young people up to age 18 and adults 55 and older can enroll, and everyone else can buy in.</li>' +
        '<li>After two years, everyone is covered.</li></ul>' +
        '<p>The Senate bill (S.1506) takes <strong>four years</strong>, lowering the Medicare age step by step, to 55, then 45, then 35, with children covered from the first year and everyone in the fourth.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
    {
      id: 'is-it-law',
      category: 'how-it-works',
      question: 'Is Medicare for All the law yet?',
      answer:
        `<p>Not yet. The Medicare for All Act was introduced on April 29, 2025, as <a href="${sourceUrl('houseBill')}">H.R.3069</a> in the House, by Rep. Pramila Jayapal with Rep. Debbie Dingell as co-lead, and as <a href="${sourceUrl('senateBill')}">S.1506</a> in the Senate, by Sen. Bernie Sanders. To become law it must pass both chambers of Congress and be signed by the President.</p>` +
        '<p>The most useful thing you can do is ask your representative and senators to cosponsor it.</p>',
      sources: sources('en', 'houseBill', 'senateBill'),
    },
  ],
};

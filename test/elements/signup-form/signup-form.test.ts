import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/signup-form.js';
import { configStore } from '../../../src/core/config.js';
import { clearDeviceQueue, configureDeviceQueue } from '../../../src/core/device-queue.js';
import type { M4aSignupForm } from '../../../src/elements/signup-form/signup-form.js';
import { $, $$, check, fillValid, signupBucket, submit, text, type } from './support.js';

const mount = (url = signupBucket().url) =>
  fixture<M4aSignupForm>(html`<m4a-signup-form backend-url=${url}></m4a-signup-form>`);
const activeId = (el: M4aSignupForm) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.id ?? el.shadowRoot!.activeElement?.className;

// Test files run in parallel pages of one origin: each keeps its own device queue.
before(() => configureDeviceQueue({ namespace: 'signup-form-test' }));

describe('<m4a-signup-form> form', () => {
  afterEach(async () => {
    configStore.reset();
    await clearDeviceQueue();
  });

  it('shows every default field with a visible label, the right autocomplete and keyboard', async () => {
    const el = await mount();
    const input = (id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
    const label = (id: string) => $(el, `label[for="${id}"]`)?.textContent?.trim();
    expect(label('givenName')).to.equal('First name');
    expect(label('familyName')).to.equal('Last name');
    expect(label('email')).to.equal('Email address');
    expect(label('phone')).to.equal('Phone number (optional)');
    expect(label('zip')).to.equal('ZIP code');
    expect(label('note')).to.equal('Anything else you want us to know? (optional)');
    expect(input('givenName').autocomplete).to.equal('given-name');
    expect(input('familyName').autocomplete).to.equal('family-name');
    expect(input('email')).to.include({ type: 'email', autocomplete: 'email', inputMode: 'email' });
    expect(input('phone')).to.include({ type: 'tel', autocomplete: 'tel-national', inputMode: 'tel' });
    expect(input('zip')).to.include({ autocomplete: 'postal-code', inputMode: 'numeric' });
    expect(input('email').getAttribute('aria-describedby')).to.equal('email-hint');
    expect($$(el, '#interests input[type="checkbox"]')).to.have.length(7);
    expect($(el, '#interests legend')!.textContent).to.contain('How do you want to help?');
    expect(text(el)).to.contain('Knock on doors in my neighborhood');
    expect($<HTMLTextAreaElement>(el, 'textarea#note')!.maxLength).to.equal(1000);
    expect($(el, '[part="notice"]')!.getBoundingClientRect().height, 'no empty notice box').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('stays readable in the dark theme, errors included', async () => {
    const el = await fixture<M4aSignupForm>(
      html`<m4a-signup-form theme="dark" backend-url=${signupBucket().url}></m4a-signup-form>`,
    );
    await submit(el);
    expect($(el, '.error-summary')).to.not.equal(null);
    expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expect(el).to.be.accessible();
  });

  it('shows the SMS consent wording in full next to its checkbox, naming the organization', async () => {
    const el = await fixture<M4aSignupForm>(
      html`<m4a-signup-form backend-url=${signupBucket().url} organization="Wisconsin Health Action"></m4a-signup-form>`,
    );
    const box = el.shadowRoot!.getElementById('smsOptIn') as HTMLInputElement;
    const consent = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(consent.textContent).to.contain('recurring automated text messages from Wisconsin Health Action');
    expect(consent.textContent).to.contain('Reply STOP to stop, HELP for help.');
    expect(consent.closest('.choice')).to.equal(box.closest('.choice'));
  });

  it('hides a honeypot from people: aria-hidden, out of the tab order, no autofill', async () => {
    const el = await mount();
    const hp = $<HTMLInputElement>(el, 'input[name="website"]')!;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.autocomplete).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = hp.closest('.honeypot')!.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
  });

  it('lists every problem in a focused error summary linking to its field, with inline messages', async () => {
    const el = await mount();
    type(el, 'email', 'ana@example');
    type(el, 'zip', '537');
    type(el, 'phone', '555-0123');
    await submit(el);
    const summary = $(el, '.error-summary')!;
    expect(summary).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
    expect(links).to.deep.equal([
      ['#givenName', 'Enter your first name'],
      ['#familyName', 'Enter your last name'],
      ['#email', 'Enter an email address in the correct format, like name@example.com'],
      ['#phone', 'Enter a US phone number, like 608-555-0123'],
      ['#zip', 'Enter a 5-digit ZIP code, like 53703'],
    ]);
    const email = el.shadowRoot!.getElementById('email') as HTMLInputElement;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(el.shadowRoot!.getElementById('email-error')!.textContent!.trim()).to.equal(
      'Error: Enter an email address in the correct format, like name@example.com',
    );
    // Answers are kept.
    expect(email.value).to.equal('ana@example');
    expect((el.shadowRoot!.getElementById('zip') as HTMLInputElement).value).to.equal('537');

    summary.querySelectorAll('a')[3]!.click();
    expect(activeId(el)).to.equal('phone');
    await expect(el).to.be.accessible();
  });

  it('is operable from the keyboard: Enter submits, Tab reaches the summary links, Enter on one focuses its field', async () => {
    const el = await mount();
    el.shadowRoot!.getElementById('givenName')!.focus();
    await sendKeys({ type: 'Ana' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Pérez' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@example.org' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.className).to.contain('error-summary');
    expect([...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '#zip',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('#zip');
    await sendKeys({ press: 'Enter' });
    expect(activeId(el)).to.equal('zip');
    await sendKeys({ type: '53703' });
    expect((el.shadowRoot!.getElementById('zip') as HTMLInputElement).value).to.equal('53703');
  });

  it('asks for a mobile number when text messages are chosen without one', async () => {
    const el = await mount();
    fillValid(el);
    check(el, 'smsOptIn');
    await submit(el);
    expect(el.shadowRoot!.getElementById('phone-error')!.textContent).to.contain(
      'Enter a mobile number to get text messages, or uncheck the text message box',
    );
    expect((el.shadowRoot!.getElementById('smsOptIn') as HTMLInputElement).checked).to.equal(true);
  });

  it('speaks Spanish with lang="es", problems included', async () => {
    const el = await fixture<M4aSignupForm>(
      html`<m4a-signup-form lang="es" backend-url=${signupBucket().url}></m4a-signup-form>`,
    );
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('es');
    expect($(el, 'label[for="email"]')!.textContent).to.equal('Correo electrónico');
    expect($(el, 'label[for="phone"]')!.textContent).to.equal('Número de teléfono (opcional)');
    expect($(el, 'button[type="submit"]')!.textContent).to.equal('Inscribirme');
    expect(text(el)).to.contain('Al marcar esta casilla');
    expect(text(el)).to.contain('los organizadores de esta campaña');
    await expect(el).to.be.accessible();
    type(el, 'email', 'x');
    await submit(el);
    const summary = $(el, '.error-summary')!;
    expect(summary.textContent).to.contain('Hay un problema');
    expect(summary.textContent).to.contain('Ingrese un correo electrónico con el formato correcto');
    expect(summary.textContent).to.contain('Ingrese su código postal');
    await expect(el).to.be.accessible();
  });

  it('works at 320 px wide without sideways scrolling', async () => {
    const el = await fixture<M4aSignupForm>(
      html`<div style="width:320px"><m4a-signup-form backend-url=${signupBucket().url}></m4a-signup-form></div>`,
    );
    const form = el.querySelector('m4a-signup-form')!;
    await form.updateComplete;
    const base = $(form, '[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(320);
    for (const input of $$(form, '.input'))
      expect(input.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    for (const box of $$(form, '.choice input')) expect(box.getBoundingClientRect().width).to.be.at.least(24);
  });
});

describe('<m4a-signup-form> setup (fields)', () => {
  afterEach(async () => {
    configStore.reset();
    await clearDeviceQueue();
  });

  it('hides, requires and relabels fields, and picks and adds choices', async () => {
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form
      backend-url=${signupBucket().url}
      fields=${JSON.stringify({
        phone: { hidden: true },
        note: { hidden: true },
        familyName: { required: false },
        givenName: { label: { en: 'Your name', es: 'Su nombre' } },
        interests: {
          required: true,
          choices: ['canvass', { id: 'nurses', label: { en: 'Nurse outreach', es: 'Alcance a enfermeras' } }],
        },
      })}
    ></m4a-signup-form>`);
    expect(el.shadowRoot!.getElementById('phone')).to.equal(null);
    expect(el.shadowRoot!.getElementById('note')).to.equal(null);
    // Text messages need a number: hidden with the phone.
    expect(el.shadowRoot!.getElementById('smsOptIn')).to.equal(null);
    expect($(el, 'label[for="familyName"]')!.textContent).to.equal('Last name (optional)');
    expect($(el, 'label[for="givenName"]')!.textContent).to.equal('Your name');
    expect($$(el, '#interests label').map((l) => l.textContent)).to.deep.equal([
      'Knock on doors in my neighborhood',
      'Nurse outreach',
    ]);
    type(el, 'email', 'ana@example.org');
    type(el, 'zip', '53703');
    await submit(el);
    expect([...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Answer “Your name”',
      'Select at least one way you want to help',
    ]);
    await expect(el).to.be.accessible();
  });

  it('adds custom text and choice questions, set as a property', async () => {
    const el = await mount();
    el.fields = {
      questions: [
        { id: 'employer', type: 'text', label: 'Where do you work?', required: true },
        {
          id: 'shift',
          type: 'choice',
          label: { en: 'When can you help?', es: '¿Cuándo puede ayudar?' },
          required: true,
          options: [
            { id: 'weekdays', label: 'Weekdays' },
            { id: 'weekends', label: 'Weekends' },
          ],
        },
        {
          id: 'skills',
          type: 'choice',
          multiple: true,
          label: 'Skills',
          options: [
            { id: 'spanish', label: 'Spanish' },
            { id: 'design', label: 'Design' },
          ],
        },
      ],
    };
    await el.updateComplete;
    expect($(el, 'label[for="q-employer"]')!.textContent).to.equal('Where do you work?');
    expect($$(el, '#q-shift input[type="radio"]')).to.have.length(2);
    expect($$(el, '#q-skills input[type="checkbox"]')).to.have.length(2);
    expect($(el, '#q-skills legend')!.textContent).to.equal('Skills (optional)');
    fillValid(el);
    await submit(el);
    expect(
      [...$(el, '.error-summary')!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]),
    ).to.deep.equal([
      ['#q-employer', 'Answer “Where do you work?”'],
      ['#q-shift', 'Select an answer for “When can you help?”'],
    ]);
    $(el, '.error-summary a[href="#q-shift"]')!.click();
    expect(activeId(el)).to.equal('q-shift-0');
    await expect(el).to.be.accessible();
  });

  it('names the attribute and the exact setting when fields is wrong, in the widget’s language', async () => {
    const cases: [string, string][] = [
      ['{"phnoe": {"hidden": true}}', 'fields.phnoe'],
      ['{"email": {"hidden": true}}', 'fields.email.hidden'],
      ['{"interests": {"choices": ["canvass", "knitting"]}}', 'fields.interests.choices.1'],
      [
        '{"questions": [{"id": "a", "type": "choice", "label": "A", "options": [{"id": "x", "label": "X"}]}]}',
        'fields.questions.0.options',
      ],
      ['{"questions": [{"id": "a", "type": "date", "label": "A"}]}', 'fields.questions.0.type'],
      ['{"phone": {"hidden": "yes"}}', 'fields.phone.hidden'],
      ['{not json', 'fields'],
    ];
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const [value, field] of cases) {
        const el = await fixture<M4aSignupForm>(
          html`<m4a-signup-form backend-url="/api" fields=${value}></m4a-signup-form>`,
        );
        const alert = $(el, '[role="alert"]')!;
        expect(alert, value).to.not.equal(null);
        expect(alert.textContent, value).to.contain(`Check the setting “${field}”.`);
        expect($(el, 'form')).to.equal(null);
      }
      const es = await fixture<M4aSignupForm>(
        html`<m4a-signup-form lang="es" backend-url="/api" fields="[1]"></m4a-signup-form>`,
      );
      expect($(es, '[role="alert"]')!.textContent).to.contain('Revise el ajuste “fields”.');
      await expect(es).to.be.accessible();
      const detail = await fixture<M4aSignupForm>(
        html`<m4a-signup-form backend-url="/api" event-detail="everything"></m4a-signup-form>`,
      );
      expect($(detail, '[role="alert"]')!.textContent).to.contain('Check the setting “event-detail”.');
    } finally {
      console.warn = warn;
    }
  });

  it('needs a backend, and says so', async () => {
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form></m4a-signup-form>`);
    expect($(el, '[role="alert"]')!.textContent).to.contain('This widget needs a backend');
    await expect(el).to.be.accessible();
  });

  it('renders hostile partner text inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await fixture<M4aSignupForm>(html`<m4a-signup-form
      backend-url=${signupBucket().url}
      organization=${evil}
      thank-you=${evil}
      fields=${JSON.stringify({ givenName: { label: evil, hint: evil }, questions: [{ id: 'q', type: 'text', label: evil }] })}
    ></m4a-signup-form>`);
    expect($$(el, 'img, script')).to.have.length(0);
    expect(text(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

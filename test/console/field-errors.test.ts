import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { fieldErrors, fieldsNamed, FormErrors } from '../../src/console/field-errors.js';
import { eventFieldOf } from '../../src/console/event-form.js';
import { translator } from '../../src/console/i18n.js';
import en from '../../src/console/messages.en.js';
import es from '../../src/console/messages.es.js';

const English = 'The English words of the server, never shown';

describe('console field errors', () => {
  it('says each field problem in the language of the page, by field and code, never in the server’s words', () => {
    const problems = [
      { path: 'title', message: English, code: 'too_small' },
      { path: 'end', message: English, code: 'custom' },
      { path: 'location.addressLines.0', message: English, code: 'too_big' },
      { path: 'rsvp', message: English, code: 'invalid_value' },
      { path: 'capacity', message: English },
    ];
    expect(fieldErrors(translator('es'), 'event', problems, eventFieldOf)).to.deep.equal([
      { field: 'title', message: es['field.event.title.too_small'] },
      { field: 'end', message: es['field.event.end.custom'] },
      { field: 'address', message: es['issue.too_big'] },
      { field: 'capacity', message: es['field.event.capacity'] },
    ]);
    expect(
      fieldErrors(translator('en'), 'event', [{ path: 'venue', message: English, code: 'new_rule' }], eventFieldOf),
    ).to.deep.equal([{ field: 'venue', message: en['issue.other'] }]);
  });

  it('keeps the first problem of a field, and leaves out inputs the form does not have', () => {
    const problems = [
      { path: 'password', message: English, code: 'common' },
      { path: 'password', message: English, code: 'too_big' },
      { path: 'token', message: English, code: 'too_small' },
    ];
    expect(fieldErrors(translator('en'), 'account', problems, fieldsNamed('name', 'email', 'password'))).to.deep.equal([
      { field: 'password', message: en['field.account.password.common'] },
    ]);
  });

  it('renders the message beside its field, describes the field with it, and focuses the first bad field', async () => {
    const errors = new FormErrors('ln', [{ field: 'email', message: es['field.account.email'] }]);
    const form = await fixture<HTMLFormElement>(html`<form>
      <label>Nombre <input id="ln-name" aria-describedby=${errors.describedBy('name', 'hint')} /></label>
      <label>Correo <input id="ln-email" aria-describedby=${errors.describedBy('email', 'hint')} /></label>
      <p id="hint">Pista</p>
      <div class="beside"></div>
    </form>`);
    render(errors.beside('email'), form.querySelector<HTMLElement>('.beside')!);
    errors.focusFirst(form);
    const email = form.querySelector('#ln-email')!;
    expect(document.activeElement).to.equal(email);
    expect(email.getAttribute('aria-describedby')).to.equal('ln-email-error hint');
    expect(form.querySelector('#ln-name')!.getAttribute('aria-describedby')).to.equal('hint');
    expect(form.querySelector('#ln-email-error')!.textContent).to.equal(es['field.account.email']);
    await expect(form).to.be.accessible();
  });
});

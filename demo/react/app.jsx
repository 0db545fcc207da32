import { useEffect, useState } from 'react';

/** An object passed as the `fields` property (an attribute could only carry it as JSON text). */
const SIGNUP_FIELDS = {
  phone: { hidden: true },
  questions: [{ id: 'employer', type: 'text', label: { en: 'Where do you work?', es: '¿Dónde trabaja?' } }],
};

const LANGS = [
  ['en', 'English'],
  ['es', 'Español'],
];

export function App() {
  const [lang, setLang] = useState('en');
  const [theme, setTheme] = useState('light');
  const [received, setReceived] = useState([]);
  const record = (event) =>
    setReceived((list) => [...list, { type: event.type, detail: JSON.stringify(event.detail) }]);

  // Host analytics style: every widget's errors bubble (and cross shadow roots) up to the document.
  useEffect(() => {
    document.addEventListener('m4a-error', record);
    return () => document.removeEventListener('m4a-error', record);
  }, []);

  return (
    <>
      <p>
        This page is a React 19 app. It renders <code>&lt;m4a-event-list&gt;</code> and{' '}
        <code>&lt;m4a-signup-form&gt;</code>, sets their attributes and properties from React state, and listens to
        their events with React 19&apos;s <code>on&lt;event-name&gt;</code> props on custom elements.
      </p>

      <section aria-labelledby="settings">
        <h2 id="settings">Settings passed from React</h2>
        <fieldset>
          <legend>Language of the widgets</legend>
          {LANGS.map(([value, label]) => (
            <label key={value} style={{ marginInlineEnd: '1rem' }}>
              <input type="radio" name="lang" value={value} checked={lang === value} onChange={() => setLang(value)} />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <p>
          <label>
            Theme{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value)}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
              <option value="auto">Follow the system</option>
            </select>
          </label>
        </p>
      </section>

      <section aria-labelledby="received-heading">
        <h2 id="received-heading">Events React received</h2>
        <p role="status">
          <span data-testid="event-count">{received.length}</span> {received.length === 1 ? 'event' : 'events'} received
        </p>
        <ol data-testid="event-log">
          {received.slice(-5).map((e, i) => (
            <li key={received.length - i}>
              <code>{e.type}</code> <code>{e.detail}</code>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Upcoming events</h2>
        <m4a-event-list
          lang={lang}
          theme={theme}
          page-size="3"
          heading-level="3"
          onm4a-events-filtered={record}
          onm4a-event-rsvp={record}
        ></m4a-event-list>
      </section>

      <section aria-labelledby="signup-heading">
        <h2 id="signup-heading">Volunteer with us</h2>
        <m4a-signup-form
          lang={lang}
          theme={theme}
          source="react-example"
          fields={SIGNUP_FIELDS}
          onm4a-signup-submitted={record}
        ></m4a-signup-form>
      </section>
    </>
  );
}

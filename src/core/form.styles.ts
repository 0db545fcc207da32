import { css } from 'lit';

/** Fields, hints, inline errors, checkboxes, radios and the error summary. Uses the private tokens of theme.ts. */
export const formStyles = css`
  .field {
    margin: 0 0 var(--_m4a-s4);
  }
  .field.has-error {
    padding-inline-start: var(--_m4a-s3);
    border-inline-start: 5px solid var(--_m4a-danger);
  }
  .label,
  .legend {
    display: block;
    margin: 0 0 var(--_m4a-s1);
    padding: 0;
    font-weight: 700;
  }
  .hint {
    display: block;
    margin: 0 0 var(--_m4a-s2);
    color: var(--_m4a-muted);
  }
  .field-error {
    margin: 0 0 var(--_m4a-s2);
    color: var(--_m4a-danger);
    font-weight: 700;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  textarea.input {
    min-height: 6rem;
    resize: vertical;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_m4a-s2);
    min-height: 44px;
    padding: var(--_m4a-s1) 0;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_m4a-accent);
  }
  .choice label {
    padding-top: 0.05em;
    cursor: pointer;
  }
  .choice .hint {
    margin: var(--_m4a-s1) 0 0;
  }
  .error-summary {
    margin: 0 0 var(--_m4a-s4);
    padding: var(--_m4a-s3);
    border: 5px solid var(--_m4a-danger);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-surface);
  }
  .error-summary-title {
    margin: 0 0 var(--_m4a-s2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .error-summary-description {
    margin: 0 0 var(--_m4a-s2);
  }
  .error-summary-list {
    margin: 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .error-summary-list a {
    color: var(--_m4a-danger);
    font-weight: 700;
  }
  .error-summary-list li + li {
    margin-top: var(--_m4a-s1);
  }
`;

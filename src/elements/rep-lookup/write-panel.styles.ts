import { css } from 'lit';

/**
 * The write panel's styles and the print stylesheet, adopted by the widget's shadow root when the panel's chunk
 * loads (write-panel.ts), so the lookup page does not carry them.
 */
export default css`
  .write-panel .field {
    max-width: 40rem;
  }
  .write-panel textarea {
    resize: vertical;
    font: inherit;
  }
  .write-panel .field.invalid .input {
    border-color: var(--_m4a-danger);
  }
  .counter {
    font-variant-numeric: tabular-nums;
  }
  .error-summary {
    padding: var(--_m4a-s3);
    border: 3px solid var(--_m4a-danger);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-surface);
  }
  .error-summary ul {
    margin: var(--_m4a-s1) 0 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .error-summary a {
    color: var(--_m4a-danger);
    font-weight: 600;
  }
  .letter-preview {
    display: grid;
    gap: var(--_m4a-s2);
    padding: var(--_m4a-s2) var(--_m4a-s3);
    border-inline-start: 4px solid var(--_m4a-accent);
    background: var(--_m4a-surface);
  }
  .letter-subject {
    font-weight: 600;
  }
  .letter-body,
  .print-body {
    white-space: pre-line;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2);
  }
  .channels .script-label,
  .channels p {
    flex-basis: 100%;
  }
  .channel-note:empty {
    display: none;
  }
  .print-letter {
    display: none;
  }

  /* On paper: the open letter alone, none of the widget's own chrome. */
  @media print {
    .base {
      display: block;
      padding: 0;
      background: none;
      color: #000;
    }
    .base > :not(.print-letter) {
      display: none !important;
    }
    .print-letter {
      display: grid;
      gap: 1em;
      font: 12pt/1.5 Georgia, 'Times New Roman', serif;
    }
  }
`;

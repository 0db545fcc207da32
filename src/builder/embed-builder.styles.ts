import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .builder {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_m4a-s4);
  }
  @container (min-width: 60rem) {
    .builder {
      grid-template-columns: minmax(20rem, 28rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  h2 {
    margin: 0 0 var(--_m4a-s3);
    font-size: 1.375em;
    line-height: 1.25;
  }
  .settings,
  .output {
    display: grid;
    gap: var(--_m4a-s3);
    min-width: 0;
  }
  .group {
    min-width: 0;
    margin: 0;
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
  }
  .group .group {
    margin-block: var(--_m4a-s2) var(--_m4a-s3);
  }
  legend {
    padding-inline: var(--_m4a-s1);
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: var(--_m4a-s2);
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: var(--_m4a-s2);
    align-items: start;
  }
  .choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_m4a-accent);
  }
  .choice label {
    min-height: 1.5rem;
    cursor: pointer;
  }
  .choice .hint {
    grid-column: 2;
  }
  .group > .choice {
    margin-top: var(--_m4a-s3);
  }
  .subfields:not(:empty) {
    margin-top: var(--_m4a-s3);
  }
  .field {
    margin-block: var(--_m4a-s3) 0;
  }
  .field.invalid {
    padding-inline-start: var(--_m4a-s3);
    border-inline-start: 4px solid var(--_m4a-danger);
  }
  .label {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_m4a-muted);
    font-size: 0.9375em;
  }
  .error {
    margin: var(--_m4a-s1) 0;
    color: var(--_m4a-danger);
    font-weight: 600;
  }
  .field .input {
    margin-top: var(--_m4a-s1);
  }
  .accent-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2);
    margin-top: var(--_m4a-s1);
  }
  .swatch {
    width: 4rem;
    height: 44px;
    padding: 2px;
    border: 2px solid var(--_m4a-border);
    border-radius: calc(var(--_m4a-radius) / 2);
    background: var(--_m4a-surface);
  }
  .notes {
    margin: var(--_m4a-s2) 0 0;
    padding-inline-start: var(--_m4a-s3);
  }
  .notes .warning strong {
    display: block;
    color: var(--_m4a-danger);
  }
  .preview {
    display: grid;
    gap: var(--_m4a-s4);
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: #ffffff;
    color: #1f2328;
    overflow-wrap: break-word;
  }
  .preview.scheme-dark {
    background: #0d1117;
    color: #e6edf3;
  }
  @media (prefers-color-scheme: dark) {
    .preview.scheme-auto {
      background: #0d1117;
      color: #e6edf3;
    }
  }
  .preview-item {
    min-width: 0;
  }
  .preview-label {
    margin: 0 0 var(--_m4a-s2);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .preview > p {
    margin: 0;
  }
  .summary {
    margin-bottom: var(--_m4a-s3);
    padding: var(--_m4a-s3);
    border: 2px solid var(--_m4a-success);
    border-radius: var(--_m4a-radius);
  }
  .summary.has-problems {
    border-color: var(--_m4a-danger);
  }
  .summary-title {
    margin: 0;
    font-weight: 700;
  }
  .summary-list {
    margin: var(--_m4a-s2) 0 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .summary-list a {
    color: var(--_m4a-danger);
    font-weight: 600;
  }
  .snippet {
    margin-top: var(--_m4a-s2);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2) var(--_m4a-s3);
    margin-top: var(--_m4a-s3);
  }
  .copy-status {
    margin: 0;
    font-weight: 600;
  }
  .copy-status.done {
    color: var(--_m4a-success);
  }
  .copy-status.blocked,
  .copy-status.failed {
    color: var(--_m4a-danger);
  }
`;

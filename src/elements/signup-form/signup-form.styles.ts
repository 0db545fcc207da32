import { css } from 'lit';

export const styles = css`
  .form-root {
    padding: var(--_m4a-s3);
    border-radius: var(--_m4a-radius);
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    column-gap: var(--_m4a-s3);
  }
  .input.w-zip {
    max-width: 10em;
  }
  .input.w-phone {
    max-width: 16em;
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s3);
  }
  .actions p {
    margin: 0;
    color: var(--_m4a-muted);
  }
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .notice:not(:empty) {
    margin: 0 0 var(--_m4a-s4);
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-inline-start: 6px solid var(--_m4a-accent);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  .panel {
    padding: var(--_m4a-s4);
    border: 1px solid var(--_m4a-border);
    border-inline-start: 6px solid var(--_m4a-success);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  .panel.queued {
    border-inline-start-color: var(--_m4a-accent);
  }
  .panel-title {
    margin: 0 0 var(--_m4a-s2);
    font-size: 1.4em;
    line-height: 1.25;
  }
  .panel p {
    margin: 0 0 var(--_m4a-s3);
  }
  .panel p:last-child {
    margin-bottom: 0;
  }
  ::slotted([slot='next-steps']) {
    display: block;
    margin-top: var(--_m4a-s3);
  }
`;

import { css } from 'lit';

export default css`
  :host {
    --_m4a-card-min: var(--m4a-rep-lookup-card-min, 16rem) !important;
  }
  .base {
    display: grid;
    gap: var(--_m4a-s3);
    padding: var(--_m4a-s3);
    border-radius: var(--_m4a-radius);
  }
  p {
    margin: 0;
  }
  .group-title,
  .notice-title,
  .subgroup,
  .name,
  .call-heading {
    margin: 0;
    line-height: 1.25;
  }
  .group-title {
    font-size: 1.25em;
  }
  .notice-title,
  .subgroup,
  .name {
    font-size: 1.1em;
  }
  .call-heading {
    font-size: 1em;
  }
  a {
    color: var(--_m4a-accent);
    text-underline-offset: 0.15em;
  }
  .small {
    font-size: 0.875em;
  }
  .muted {
    color: var(--_m4a-muted);
  }
  .icon {
    flex: none;
  }

  /* Form */
  .form {
    display: grid;
    gap: var(--_m4a-s3);
  }
  .fields {
    display: grid;
    gap: var(--_m4a-s3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .field {
    display: grid;
    gap: var(--_m4a-s1);
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--_m4a-muted);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--_m4a-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s2);
  }
  .stats {
    font-weight: 600;
  }

  /* Answer */
  .results {
    display: grid;
    gap: var(--_m4a-s4);
  }
  .split {
    display: grid;
    gap: var(--_m4a-s2);
    justify-items: start;
  }
  .warning-box {
    border-inline-start-color: var(--_m4a-warning);
  }
  .warning {
    color: var(--_m4a-warning);
    font-weight: 600;
  }
  .notes {
    display: grid;
    gap: var(--_m4a-s2);
    margin: 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .notes .button {
    margin-block-start: var(--_m4a-s1);
  }
  .group {
    display: grid;
    gap: var(--_m4a-s3);
  }
  .cards {
    display: grid;
    gap: var(--_m4a-s3);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_m4a-card-min)), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: var(--_m4a-s2);
    align-content: start;
    height: 100%;
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-surface);
    overflow-wrap: anywhere;
  }
  .card.vacant {
    border-style: dashed;
  }
  .card-head {
    display: flex;
    gap: var(--_m4a-s3);
    align-items: flex-start;
  }
  .photo {
    flex: none;
    width: 64px;
    height: 80px;
    border-radius: calc(var(--_m4a-radius) / 2);
    object-fit: cover;
    background: var(--_m4a-raised);
  }
  .initials {
    display: grid;
    place-items: center;
    color: var(--_m4a-muted);
    font-size: 1.5em;
    font-weight: 700;
  }
  .meta {
    font-size: 0.9375em;
  }
  .stance {
    display: grid;
    gap: var(--_m4a-s1);
  }
  .history {
    margin: 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_m4a-s2);
    justify-self: start;
    padding: var(--_m4a-s1) var(--_m4a-s2);
    border: 2px solid currentColor;
    border-radius: var(--_m4a-radius);
    font-weight: 700;
  }
  .badge.positive {
    color: var(--_m4a-success);
  }
  .badge.negative {
    color: var(--_m4a-danger);
  }
  .badge.neutral {
    color: var(--_m4a-muted);
    border-style: dashed;
  }
  .contacts,
  .social {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s1) var(--_m4a-s3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contacts a,
  .social a,
  .offices summary {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .offices summary {
    cursor: pointer;
    color: var(--_m4a-accent);
  }
  .offices ul {
    margin: var(--_m4a-s1) 0 0;
    padding-inline-start: var(--_m4a-s4);
  }
  .call-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2);
  }
  .done-mark {
    color: var(--_m4a-success);
    font-weight: 600;
  }

  /* Call panel */
  .call-panel {
    display: grid;
    gap: var(--_m4a-s3);
    padding: var(--_m4a-s3);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  .call-panel .button {
    justify-self: start;
  }
  .script-label {
    font-weight: 600;
  }
  .script {
    margin: 0;
    padding: var(--_m4a-s2) var(--_m4a-s3);
    border-inline-start: 4px solid var(--_m4a-accent);
    background: var(--_m4a-surface);
    white-space: pre-line;
  }
  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s2);
  }
  .outcomes .script-label {
    flex-basis: 100%;
  }
  .thanks {
    font-weight: 700;
    color: var(--_m4a-success);
  }
  .freshness {
    display: grid;
    gap: var(--_m4a-s1);
    padding-block-start: var(--_m4a-s2);
    border-block-start: 1px solid var(--_m4a-border);
  }
`;

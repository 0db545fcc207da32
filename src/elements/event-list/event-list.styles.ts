import { css } from 'lit';

export const styles = css`
  :host {
    --_el-card-min: var(--m4a-event-card-min-height, 14rem) !important;
  }
  /* The container is the root, not the host: a host page's CSS can make the host inline, where containment fails. */
  .base {
    display: grid;
    gap: var(--_m4a-s3);
    container-type: inline-size;
  }
  .filters {
    display: grid;
    gap: var(--_m4a-s3);
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  .types {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s2);
  }
  .types legend {
    margin-bottom: var(--_m4a-s2);
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_m4a-s1);
    min-height: 32px;
    padding: var(--_m4a-s1) var(--_m4a-s2);
    border: 1px solid var(--_m4a-border);
    border-radius: 999px;
    background: var(--_m4a-surface);
    font-weight: 400;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_m4a-accent);
    box-shadow: inset 0 0 0 1px var(--_m4a-accent);
  }
  .chip input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_m4a-accent);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7.5rem), 1fr));
    gap: var(--_m4a-s2) var(--_m4a-s3);
    max-width: 40rem;
  }
  .more-filters summary {
    width: fit-content;
    padding-block: 0.125rem;
    font-weight: 600;
    cursor: pointer;
  }
  .more-filters[open] summary {
    margin-bottom: var(--_m4a-s2);
  }
  .filters .field {
    display: grid;
    gap: var(--_m4a-s1);
    align-content: start;
    margin: 0;
    /* Date inputs have a wide intrinsic width: let the column shrink to 320 px screens. */
    min-width: 0;
  }
  .problem {
    margin: 0;
    color: var(--_m4a-danger);
    font-weight: 600;
  }
  .filter-actions,
  .suggestions,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2) var(--_m4a-s3);
  }
  .count {
    margin: 0;
    color: var(--_m4a-muted);
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: 3px solid var(--_m4a-focus);
  }
  .events {
    display: grid;
    gap: var(--_m4a-s3);
    margin: 0;
    padding: 0;
    list-style: none;
    transition: opacity 0.2s;
  }
  .events[aria-busy='true'] {
    opacity: 0.55;
  }
  .card,
  .item {
    display: grid;
    gap: var(--_m4a-s2);
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-surface);
    overflow-wrap: anywhere;
  }
  /*
   * Cards far down a long list skip layout and paint until scrolled near, so it renders quickly. Not the first ten:
   * those may be on screen when the list appears, and a card laid out a frame later at its real height would move
   * what is below it.
   */
  li:nth-child(n + 11) > .card,
  li:nth-child(n + 11) > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_el-card-min);
  }
  .card:focus-visible,
  .item:focus-visible {
    outline: 3px solid var(--_m4a-focus);
    outline-offset: 2px;
  }
  .item {
    gap: var(--_m4a-s1);
    padding: var(--_m4a-s2) var(--_m4a-s3);
  }
  li:nth-child(n + 11) > .item {
    contain-intrinsic-size: auto 7rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s1);
    margin: 0;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_m4a-s2);
    border: 1px solid var(--_m4a-accent);
    border-radius: 999px;
    color: var(--_m4a-text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.full {
    border-color: var(--_m4a-danger);
    color: var(--_m4a-danger);
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .item .title {
    font-size: 1.05em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_m4a-s2) var(--_m4a-s3);
    margin: 0;
  }
  .fact {
    display: contents;
  }
  dt {
    color: var(--_m4a-muted);
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .note,
  .visitor-time {
    display: block;
  }
  .zone-note,
  .note {
    color: var(--_m4a-muted);
  }
  .item p {
    margin: 0;
  }
  .description p {
    margin: 0;
  }
  .description p.full {
    white-space: pre-line;
  }
  .link-button {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_m4a-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .link {
    color: var(--_m4a-accent);
  }
  .calendar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s2) var(--_m4a-s3);
    align-items: center;
  }
  .full-note {
    margin: 0;
    font-weight: 600;
  }
  .placeholder {
    min-height: var(--_el-card-min);
    align-content: start;
  }
  .item.placeholder {
    min-height: 7rem;
  }
  .bar {
    display: block;
    height: 0.9rem;
    width: 80%;
    border-radius: 0.25rem;
    background: var(--_m4a-raised);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .bar.short {
    width: 35%;
  }
  .bar.long {
    width: 95%;
    height: 3rem;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
  }
  .rsvp {
    display: grid;
    gap: var(--_m4a-s3);
    flex-basis: 100%;
    justify-items: start;
  }
  .rsvp-form {
    width: 100%;
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  .rsvp-form .field:last-of-type {
    margin-bottom: var(--_m4a-s3);
  }
  .w-short {
    max-width: 10rem;
  }
  .rsvp-done {
    flex-basis: 100%;
    margin: 0;
    padding: var(--_m4a-s2) var(--_m4a-s3);
    border-inline-start: 6px solid var(--_m4a-success);
    background: var(--_m4a-raised);
    font-weight: 600;
  }
  .rsvp-done.queued {
    border-inline-start-color: var(--_m4a-accent);
  }
  .more {
    display: grid;
    justify-items: start;
    gap: var(--_m4a-s2);
  }
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .fact + .fact dt {
      margin-top: var(--_m4a-s2);
    }
  }
`;

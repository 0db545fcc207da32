import { css } from 'lit';

export const styles = css`
  .heading {
    margin: 0 0 var(--_m4a-s3);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .items {
    display: grid;
    gap: var(--_m4a-s3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .title {
    margin: 0 0 var(--_m4a-s1);
    font-size: 1.125em;
    line-height: 1.3;
  }
  .body {
    margin: 0;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    margin-bottom: var(--_m4a-s2);
    border-radius: 50%;
    background: var(--_m4a-surface);
    background: color-mix(in srgb, var(--_m4a-accent) 14%, var(--_m4a-surface));
    color: var(--_m4a-accent);
  }
  .more {
    display: inline-block;
    min-height: 24px;
    margin-top: var(--_m4a-s2);
    padding-block: 2px;
    color: var(--_m4a-accent);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  .more:hover {
    text-decoration-thickness: 2px;
  }
  .cta {
    margin: var(--_m4a-s4) 0 0;
  }
  .page-content {
    margin-top: var(--_m4a-s3);
  }

  /* cards (default): a responsive grid, one column at phone width */
  .layout-cards .items {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--m4a-explainer-card-min-width, 17rem)), 1fr));
  }
  .layout-cards .item {
    padding: var(--_m4a-s4);
    border: 1px solid var(--_m4a-border);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }

  /* list: one item per row, the icon beside the text */
  .layout-list .items {
    gap: 0;
  }
  .layout-list .item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_m4a-s3);
    padding-block: var(--_m4a-s3);
    border-bottom: 1px solid var(--_m4a-border);
  }
  .layout-list .item:first-child {
    padding-top: 0;
  }
  .layout-list .icon {
    grid-row: span 3;
    margin: 0;
  }
  .layout-list .item > :not(.icon) {
    grid-column: 2;
  }

  /* compact: dense text for sidebars, no pictures */
  .layout-compact {
    font-size: 0.9375em;
  }
  .layout-compact .heading {
    font-size: 1.25em;
  }
  .layout-compact .items {
    gap: var(--_m4a-s3);
  }
  .layout-compact .icon {
    display: none;
  }
  .layout-compact .title {
    font-size: 1em;
  }
  .layout-compact .cta {
    margin-top: var(--_m4a-s3);
  }
  .layout-compact .cta .button {
    width: 100%;
  }
`;

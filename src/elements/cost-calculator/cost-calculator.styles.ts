import { css } from 'lit';

// One rule per shared spacing, so each value is written once.
export const styles = css`
  .heading,
  .intro,
  .model-title,
  .headline,
  .chart,
  .table,
  .used,
  .assumptions ul,
  .sources ul,
  .financing {
    margin: 0 0 var(--_m4a-s3);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.25;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--m4a-cost-columns-min, 20rem)), 1fr));
    gap: var(--_m4a-s5);
    align-items: start;
  }
  .section-title,
  .subheading {
    margin: 0 0 var(--_m4a-s2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .subheading {
    margin-top: var(--_m4a-s4);
    font-size: 1.05em;
  }
  .intro,
  .model-title {
    color: var(--_m4a-muted);
  }
  .w-amount {
    max-width: 14rem;
  }
  .w-period {
    max-width: 22rem;
  }
  .field.period {
    margin-top: calc(-1 * var(--_m4a-s2));
  }
  .result {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .headline {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.35;
  }
  .chart,
  .bar-row {
    display: grid;
    gap: var(--_m4a-s2);
  }
  .bar-row {
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_m4a-s1);
  }
  .bar-label {
    font-weight: 600;
  }
  .bar-track {
    display: block;
    width: 100%;
    height: 1.5rem;
    border-radius: calc(var(--_m4a-radius) / 2);
    background: var(--_m4a-raised);
  }
  .bar.today {
    fill: var(--_m4a-muted);
  }
  .bar.model {
    fill: var(--_m4a-accent);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  .table,
  .bar-value {
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    margin-bottom: var(--_m4a-s1);
    font-weight: 700;
    text-align: start;
  }
  .table th,
  .table td {
    padding: var(--_m4a-s1) var(--_m4a-s2);
    border-bottom: 1px solid var(--_m4a-border);
    text-align: end;
    vertical-align: top;
  }
  .table th:first-child {
    padding-inline-start: 0;
    text-align: start;
    font-weight: 400;
  }
  .table thead th,
  .table .total th,
  .table .total td {
    font-weight: 700;
  }
  .used,
  .assumptions ul,
  .sources ul {
    padding-inline-start: var(--_m4a-s4);
  }
  .used li + li,
  .assumptions li + li,
  .sources li + li {
    margin-top: var(--_m4a-s1);
  }
  .financing {
    padding: var(--_m4a-s2) var(--_m4a-s3);
    border-inline-start: 4px solid var(--_m4a-accent);
    background: var(--_m4a-raised);
  }
  .employer p {
    margin: 0 0 var(--_m4a-s2);
  }
  .sources summary {
    min-height: 44px;
    padding: var(--_m4a-s2) 0;
    font-weight: 700;
    cursor: pointer;
  }
  a {
    color: var(--_m4a-accent);
  }
`;

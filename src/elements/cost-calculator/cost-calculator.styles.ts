import { css } from 'lit';

export const styles = css`
  .heading {
    margin: 0 0 var(--_m4a-s3);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--m4a-cost-columns-min, 20rem)), 1fr));
    gap: var(--_m4a-s5);
    align-items: start;
  }
  .section-title {
    margin: 0 0 var(--_m4a-s2);
    font-size: 1.25em;
    line-height: 1.3;
  }
  .subheading {
    margin: var(--_m4a-s4) 0 var(--_m4a-s2);
    font-size: 1.05em;
    line-height: 1.3;
  }
  .intro,
  .model-title {
    margin: 0 0 var(--_m4a-s3);
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
    margin: 0 0 var(--_m4a-s3);
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.35;
  }
  .chart {
    display: grid;
    gap: var(--_m4a-s2);
    margin: 0 0 var(--_m4a-s3);
  }
  .bar-row {
    display: grid;
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
  .bar-value {
    font-variant-numeric: tabular-nums;
  }
  .table {
    width: 100%;
    margin: 0 0 var(--_m4a-s3);
    border-collapse: collapse;
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
    margin: 0 0 var(--_m4a-s3);
    padding-inline-start: var(--_m4a-s4);
  }
  .used li + li,
  .assumptions li + li,
  .sources li + li {
    margin-top: var(--_m4a-s1);
  }
  .financing {
    margin: 0 0 var(--_m4a-s3);
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

import { css } from 'lit';

export const styles = css`
  .heading {
    margin: 0 0 var(--_m4a-s3);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_m4a-s2) var(--_m4a-s3);
    margin-bottom: var(--_m4a-s2);
  }
  .field {
    display: grid;
    flex: 1 1 12rem;
    gap: var(--_m4a-s1);
    min-width: 0;
  }
  .field.grow {
    flex: 2 1 14rem;
  }
  label {
    font-weight: 600;
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_m4a-s2);
  }
  .summary {
    min-height: 1.5em;
    margin: 0 0 var(--_m4a-s2);
    color: var(--_m4a-muted);
  }
  .items {
    border-top: 1px solid var(--_m4a-border);
  }
  .item {
    border-bottom: 1px solid var(--_m4a-border);
  }
  .question {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.35;
  }
  .toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_m4a-s3);
    width: 100%;
    min-height: 44px;
    padding: var(--_m4a-s3) var(--_m4a-s2);
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_m4a-raised);
  }
  .chevron {
    flex: none;
    color: var(--_m4a-accent);
    transition: transform 0.2s ease;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .question-text {
    min-width: 0;
    overflow-wrap: break-word;
  }
  .answer {
    padding: 0 var(--_m4a-s2) var(--_m4a-s3);
    overflow-wrap: break-word;
  }
  .answer[hidden] {
    display: none;
  }
  .answer-body > :first-child {
    margin-top: 0;
  }
  .answer-body p,
  .answer-body ul,
  .answer-body ol {
    margin: 0 0 var(--_m4a-s2);
  }
  .answer a {
    color: var(--_m4a-accent);
    text-underline-offset: 0.15em;
  }
  mark {
    border-radius: 2px;
    background: var(--m4a-faq-mark-color, #fff3a3);
    color: #1f2328;
  }
  .sources-label {
    margin: var(--_m4a-s3) 0 var(--_m4a-s1);
    color: var(--_m4a-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .sources li + li {
    margin-top: var(--_m4a-s1);
  }
  .review {
    margin-top: var(--_m4a-s4);
    padding-top: var(--_m4a-s3);
    border-top: 1px solid var(--_m4a-border);
    color: var(--_m4a-muted);
  }
  .review-date {
    margin: 0 0 var(--_m4a-s1);
    font-size: 0.875em;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_m4a-s2) var(--_m4a-s3);
    margin-top: var(--_m4a-s3);
  }
  .link-button {
    min-height: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_m4a-accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .copied {
    color: var(--_m4a-success);
    font-size: 0.875em;
    font-weight: 600;
  }
  .copy-fallback {
    display: grid;
    flex: 1 1 16rem;
    gap: var(--_m4a-s1);
    font-size: 0.875em;
  }
  .no-results .button {
    margin-top: var(--_m4a-s2);
  }
  .page-content {
    margin-top: var(--_m4a-s3);
  }
  @media (forced-colors: active) {
    mark {
      color: MarkText;
      background: Mark;
      forced-color-adjust: none;
    }
  }
`;

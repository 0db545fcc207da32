/**
 * The theming contract. Public tokens (`--m4a-*`) are set by partners on any ancestor; every widget reads them
 * through private `--_m4a-*` properties whose fallbacks are literal values, so an unstyled page still looks right.
 * `theme="dark"` switches the defaults; `theme="auto"` follows the visitor's system setting.
 *
 * Tokens: --m4a-color-accent, --m4a-color-on-accent, --m4a-color-text, --m4a-color-text-muted, --m4a-color-surface,
 * --m4a-color-surface-raised, --m4a-color-border, --m4a-color-danger, --m4a-color-warning, --m4a-color-success, --m4a-color-focus,
 * --m4a-font-family (default `inherit`), --m4a-font-size, --m4a-line-height, --m4a-radius, --m4a-space-1 … --m4a-space-5,
 * --m4a-max-width.
 */
import { css } from 'lit';

const light = css`
  --_m4a-accent: var(--m4a-color-accent, #1d4ed8);
  --_m4a-on-accent: var(--m4a-color-on-accent, #ffffff);
  --_m4a-text: var(--m4a-color-text, #1f2328);
  --_m4a-muted: var(--m4a-color-text-muted, #57606a);
  --_m4a-surface: var(--m4a-color-surface, #ffffff);
  --_m4a-raised: var(--m4a-color-surface-raised, #f4f6f8);
  --_m4a-border: var(--m4a-color-border, #8c959f);
  --_m4a-danger: var(--m4a-color-danger, #b42318);
  --_m4a-warning: var(--m4a-color-warning, #8a5a00);
  --_m4a-success: var(--m4a-color-success, #1a7f37);
  --_m4a-focus: var(--m4a-color-focus, #0b57d0);
`;

const dark = css`
  --_m4a-accent: var(--m4a-color-accent, #8ab4f8);
  --_m4a-on-accent: var(--m4a-color-on-accent, #0b1d3a);
  --_m4a-text: var(--m4a-color-text, #e6edf3);
  --_m4a-muted: var(--m4a-color-text-muted, #b1bac4);
  --_m4a-surface: var(--m4a-color-surface, #161b22);
  --_m4a-raised: var(--m4a-color-surface-raised, #21262d);
  --_m4a-border: var(--m4a-color-border, #8b949e);
  --_m4a-danger: var(--m4a-color-danger, #ff8a80);
  --_m4a-warning: var(--m4a-color-warning, #f2cc60);
  --_m4a-success: var(--m4a-color-success, #7ee2a8);
  --_m4a-focus: var(--m4a-color-focus, #a8c7fa);
`;

/** Host defaults every widget starts from: tokens, box model, type, and a reset against the host page's CSS. */
export const hostStyles = css`
  :host {
    ${light}
    --_m4a-font: var(--m4a-font-family, inherit);
    --_m4a-size: var(--m4a-font-size, 1rem);
    --_m4a-leading: var(--m4a-line-height, 1.5);
    --_m4a-radius: var(--m4a-radius, 0.5rem);
    --_m4a-s1: var(--m4a-space-1, 0.25rem);
    --_m4a-s2: var(--m4a-space-2, 0.5rem);
    --_m4a-s3: var(--m4a-space-3, 1rem);
    --_m4a-s4: var(--m4a-space-4, 1.5rem);
    --_m4a-s5: var(--m4a-space-5, 2rem);
    display: block;
    box-sizing: border-box;
    max-width: var(--m4a-max-width, none);
    color: var(--_m4a-text);
    font-family: var(--_m4a-font);
    font-size: var(--_m4a-size);
    line-height: var(--_m4a-leading);
    text-align: start;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .surface {
    background: var(--_m4a-surface);
    color: var(--_m4a-text);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_m4a-focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Buttons, inputs and status boxes shared by the widgets, so they look like one family. */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_m4a-s2);
    min-height: 44px;
    padding: var(--_m4a-s2) var(--_m4a-s3);
    border: 2px solid var(--_m4a-accent);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-accent);
    color: var(--_m4a-on-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_m4a-accent);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .input {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: var(--_m4a-s2);
    border: 2px solid var(--_m4a-border);
    border-radius: calc(var(--_m4a-radius) / 2);
    background: var(--_m4a-surface);
    color: var(--_m4a-text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_m4a-danger);
  }
  .status {
    padding: var(--_m4a-s3);
    border: 1px solid var(--_m4a-border);
    border-inline-start: 6px solid var(--_m4a-accent);
    border-radius: var(--_m4a-radius);
    background: var(--_m4a-raised);
  }
  .status.error {
    border-inline-start-color: var(--_m4a-danger);
  }
  .status p {
    margin: 0 0 var(--_m4a-s2);
  }
  .status p:last-child {
    margin-bottom: 0;
  }
`;

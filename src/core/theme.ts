/**
 * The theming contract. Public tokens (`--m4a-*`) are set by partners on any ancestor; every widget reads them
 * through private `--_m4a-*` properties whose fallbacks are literal values, so an unstyled page still looks right.
 * `theme="dark"` switches the defaults; `theme="auto"` follows the visitor's system setting.
 *
 * Tokens: --m4a-color-accent, --m4a-color-on-accent, --m4a-color-text, --m4a-color-text-muted, --m4a-color-surface,
 * --m4a-color-surface-raised, --m4a-color-border, --m4a-color-danger, --m4a-color-warning, --m4a-color-success, --m4a-color-focus,
 * --m4a-font-family (default `inherit`), --m4a-font-size, --m4a-line-height, --m4a-radius, --m4a-space-1 … --m4a-space-5,
 * --m4a-max-width, and --m4a-reserved-height (the space kept while the element loads: core/tags.ts).
 */
import { css } from 'lit';

const light = css`
  --_m4a-accent: var(--m4a-color-accent, #1d4ed8) !important;
  --_m4a-on-accent: var(--m4a-color-on-accent, #ffffff) !important;
  --_m4a-text: var(--m4a-color-text, #1f2328) !important;
  --_m4a-muted: var(--m4a-color-text-muted, #57606a) !important;
  --_m4a-surface: var(--m4a-color-surface, #ffffff) !important;
  --_m4a-raised: var(--m4a-color-surface-raised, #f4f6f8) !important;
  --_m4a-border: var(--m4a-color-border, #8c959f) !important;
  --_m4a-danger: var(--m4a-color-danger, #b42318) !important;
  --_m4a-warning: var(--m4a-color-warning, #8a5a00) !important;
  --_m4a-success: var(--m4a-color-success, #1a7f37) !important;
  --_m4a-focus: var(--m4a-color-focus, #0b57d0) !important;
`;

const dark = css`
  --_m4a-accent: var(--m4a-color-accent, #8ab4f8) !important;
  --_m4a-on-accent: var(--m4a-color-on-accent, #0b1d3a) !important;
  --_m4a-text: var(--m4a-color-text, #e6edf3) !important;
  --_m4a-muted: var(--m4a-color-text-muted, #b1bac4) !important;
  --_m4a-surface: var(--m4a-color-surface, #161b22) !important;
  --_m4a-raised: var(--m4a-color-surface-raised, #21262d) !important;
  --_m4a-border: var(--m4a-color-border, #8b949e) !important;
  --_m4a-danger: var(--m4a-color-danger, #ff8a80) !important;
  --_m4a-warning: var(--m4a-color-warning, #f2cc60) !important;
  --_m4a-success: var(--m4a-color-success, #7ee2a8) !important;
  --_m4a-focus: var(--m4a-color-focus, #a8c7fa) !important;
`;

/**
 * Host defaults every widget starts from: tokens, box model, type, and a reset against the host page's CSS.
 *
 * The host page reaches inside a widget only through the host element: rules that match it (`* { all: unset
 * !important }`) and what it inherits (`body { white-space: nowrap }`). So the private tokens and the text styles
 * are set here with `!important`, which inside a shadow root outranks the page's own `!important`: a page can't
 * recolour, resize or reflow a widget except through the public `--m4a-*` tokens. `display` and `max-width` stay
 * ordinary, so partners can still place or hide the element with their CSS.
 */
export const hostStyles = css`
  :host {
    ${light}
    --_m4a-size: var(--m4a-font-size, 1rem) !important;
    --_m4a-leading: var(--m4a-line-height, 1.5) !important;
    --_m4a-radius: var(--m4a-radius, 0.5rem) !important;
    --_m4a-s1: var(--m4a-space-1, 0.25rem) !important;
    --_m4a-s2: var(--m4a-space-2, 0.5rem) !important;
    --_m4a-s3: var(--m4a-space-3, 1rem) !important;
    --_m4a-s4: var(--m4a-space-4, 1.5rem) !important;
    --_m4a-s5: var(--m4a-space-5, 2rem) !important;
    display: block;
    box-sizing: border-box;
    max-width: var(--m4a-max-width, none);
    color: var(--_m4a-text) !important;
    /* Straight from the token: a private property defaulting to inherit would inherit the page's own --_m4a-font. */
    font-family: var(--m4a-font-family, inherit) !important;
    font-size: var(--_m4a-size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: var(--_m4a-leading) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark !important;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark !important;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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

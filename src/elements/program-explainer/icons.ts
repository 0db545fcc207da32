/** One simple line drawing per explainer icon, drawn on a 24×24 grid in the current text colour. */
import { svg, type SVGTemplateResult } from 'lit';
import type { ExplainerIcon } from '../../shared/schemas/content.js';

const PATHS: Record<ExplainerIcon, SVGTemplateResult> = {
  people: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/><circle cx="17" cy="9" r="2.5"/><path d="M16.5 13.6a5.5 5.5 0 0 1 5 5.4"/>`,
  stethoscope: svg`<path d="M5 3H4v6a5 5 0 0 0 10 0V3h-1"/><path d="M9 14v2a4 4 0 0 0 8 0v-3"/><circle cx="17" cy="11" r="2"/>`,
  heart: svg`<path d="M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.4 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z"/>`,
  pill: svg`<rect x="3" y="8.5" width="18" height="7" rx="3.5" transform="rotate(-45 12 12)"/><path d="M9.5 9.5l5 5"/>`,
  wallet: svg`<path d="M4 7h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h11v3"/><circle cx="16" cy="13.5" r="1.2"/>`,
  shield: svg`<path d="M12 3l7.5 3v5.5c0 4.6-3.2 8.2-7.5 9.5-4.3-1.3-7.5-4.9-7.5-9.5V6z"/><path d="M9 12l2 2 4-4"/>`,
  briefcase: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v2M3 13h18"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.01"/>`,
};

export function icon(name: ExplainerIcon): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.8"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}

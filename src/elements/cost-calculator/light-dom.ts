/**
 * A partner's model written inside the element as `<script type="application/json">…</script>` (inert: browsers
 * never run a script of that type). It is checked with the same schema as a `src` file, so mistakes get the same
 * message naming the field.
 */
import { ContentError } from '../../core/content-source.js';

/** The parsed JSON, or `undefined` when the element has no such child. */
export function readModelPage(host: HTMLElement): unknown {
  const script = [...host.children].find(
    (el): el is HTMLScriptElement => el.localName === 'script' && el.getAttribute('type') === 'application/json',
  );
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch {
    // Shown as "the HTML written inside this widget could not be read", like unreadable explainer HTML.
    throw new ContentError('page', 'the <script type="application/json"> inside the element is not valid JSON');
  }
}

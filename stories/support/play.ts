/**
 * Helpers for the "main flow" stories: their play functions use Storybook's instrumented `userEvent` and `expect`,
 * so each step shows in the Interactions panel. Widgets render in shadow DOM, which the testing-library queries
 * don't enter, so steps address nodes inside the widget's shadow root.
 */
import { expect, waitFor } from 'storybook/test';

/** The widget's shadow root once it is defined and has rendered. */
export async function widgetRoot(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  await customElements.whenDefined(tag);
  const el = canvas.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await expect(el).toBeTruthy();
  await el!.updateComplete;
  return el!.shadowRoot!;
}

/** The node matching `selector` inside `root`, waited for (widgets load their content asynchronously). */
export async function inside<T extends Element = HTMLElement>(root: ShadowRoot, selector: string): Promise<T> {
  await waitFor(() => expect(root.querySelector(selector)).toBeTruthy(), { timeout: 5000 });
  return root.querySelector(selector) as T;
}

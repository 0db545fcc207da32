/**
 * Registration that tolerates a second copy of the library on the page: a tag that is already defined is left
 * alone (with one warning if another copy's class holds it), never an "already defined" error.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`m4a-widgets: <${tag}> is already defined by another copy of the library; keeping that one.`);
  }
}

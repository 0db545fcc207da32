/**
 * `${attributes(list)}` on an element: sets exactly these attributes (true = boolean attribute) and removes the
 * ones a previous render set and this one does not, so the preview elements carry the snippet's attributes, no more.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class AttributesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_list: ReadonlyArray<readonly [string, string | true]>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [list]: [ReadonlyArray<readonly [string, string | true]>]): typeof noChange {
    const el = part.element;
    const next = new Set<string>();
    for (const [name, value] of list) {
      next.add(name);
      const text = value === true ? '' : value;
      if (el.getAttribute(name) !== text) el.setAttribute(name, text);
    }
    for (const name of this.previous) if (!next.has(name)) el.removeAttribute(name);
    this.previous = next;
    return noChange;
  }
}

export const attributes = directive(AttributesDirective);

/**
 * The language lifecycle every element of ours shares, the widgets (M4aElement) and the embed builder: the `lang`
 * attribute is observed, the language is resolved (the element's `lang`, else the page's language, see i18n.ts) at
 * each update, and rendering waits until that language's strings are loaded, so nothing flashes in English.
 */
import { LitElement } from 'lit';
import type { Lang } from '../shared/schemas/common.js';
import { isLoaded, loadCatalogs, resolveLang, type Catalog } from './i18n.js';

export abstract class LocalizedElement extends LitElement {
  /** The language this element shows now. */
  protected resolvedLang: Lang = 'en';

  /** The element's strings, looked up in this order. */
  protected abstract get catalogs(): Catalog[];

  /** The language to show when the element has no `lang` of its own, before the document's (none by default). */
  protected get configuredLang(): Lang | undefined {
    return undefined;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** Holds rendering until the strings of the element's language are loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    const lang = resolveLang(this.getAttribute('lang'), this.configuredLang);
    const catalogs = this.catalogs;
    if (!isLoaded(catalogs, lang)) await loadCatalogs(catalogs, lang);
    this.resolvedLang = lang;
    super.scheduleUpdate();
  }
}

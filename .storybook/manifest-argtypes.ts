/**
 * Controls and Docs tables from custom-elements.json, limited to what a partner sets: the public attributes and
 * properties (the analyzer config already drops private, protected, static and `@internal` members), the events,
 * slots, parts and every CSS custom property, global tokens included. Storybook's own reader lists both `time-zone`
 * and `timeZone` for one setting; here each setting is one row keyed by its property (the name the stories' args
 * use) and shown by its attribute (the name a partner writes in HTML).
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

export interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  readonly?: boolean;
}

export interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: (ManifestItem & { fieldName?: string })[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export function declarationOf(manifest: Manifest, tag: string): ManifestDeclaration | undefined {
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
}

/** Values a setting takes: a union of string literals, else the backticked words its description opens with. */
export function choicesOf(item: ManifestItem): string[] | undefined {
  const literals = [...(item.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  if (literals.length) return literals;
  const lead = item.description?.match(/^`[a-z-]+`[^.:]*/)?.[0];
  const words = lead ? [...lead.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!) : [];
  return words.length ? words : undefined;
}

// Object forms throughout: Storybook expands the string shorthand in stories' argTypes, not in extracted ones.
function settingControl(item: ManifestItem): InputType['control'] {
  const type = item.type?.text ?? 'string';
  if (type === 'boolean') return { type: 'boolean' };
  if (choicesOf(item)) return { type: 'select' };
  if (/^(unknown|object)|\bScriptOverrides\b/.test(type)) return { type: 'object' };
  return { type: 'text' };
}

/** `m4a-signup-submitted` → `onM4aSignupSubmitted`, the arg the Actions panel logs the event under. */
export const actionArgOf = (event: string) =>
  `on${event.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;

const table = (category: string, item: ManifestItem) => ({
  category,
  ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
  ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
});

/** Colour tokens get a colour picker, the others a text field; none has a value until the designer sets one. */
function tokenArgType(item: ManifestItem): InputType {
  return {
    name: item.name,
    description: item.description ?? '',
    control: /-color(-|$)/.test(item.name) ? { type: 'color' } : { type: 'text' },
    table: { category: 'css custom properties', ...(item.default ? { defaultValue: { summary: item.default } } : {}) },
  };
}

export function publicArgTypes(manifest: Manifest, tag: string): ArgTypes {
  const d = declarationOf(manifest, tag);
  if (!d) return {};
  const argTypes: ArgTypes = {
    lang: {
      name: 'lang',
      description: "The HTML `lang` attribute: `en` or `es`; by default the page's language (`<html lang>`).",
      control: { type: 'select' },
      options: ['', 'en', 'es'],
      table: { category: 'attributes', type: { summary: 'string' } },
    },
  };
  for (const m of d.members ?? []) {
    if (m.kind !== 'field' || m.readonly) continue;
    const attribute = d.attributes?.find((a) => a.fieldName === m.name)?.name;
    const choices = choicesOf(m);
    argTypes[m.name] = {
      name: attribute ?? m.name,
      description:
        attribute && attribute !== m.name ? `${m.description ?? ''}\n\nProperty: \`${m.name}\`` : (m.description ?? ''),
      control: settingControl(m),
      ...(choices ? { options: ['', ...choices] } : {}),
      table: table(attribute ? 'attributes' : 'properties', m),
    };
  }
  for (const e of d.events ?? []) {
    argTypes[actionArgOf(e.name)] = { name: actionArgOf(e.name), action: e.name, table: { disable: true } };
    argTypes[e.name] = { name: e.name, description: e.description ?? '', control: false, table: table('events', e) };
  }
  for (const s of d.slots ?? []) {
    const name = s.name || '(default)';
    argTypes[`slot:${name}`] = { name, description: s.description ?? '', control: false, table: { category: 'slots' } };
  }
  for (const p of d.cssParts ?? []) {
    argTypes[`part:${p.name}`] = {
      name: `::part(${p.name})`,
      description: p.description ?? '',
      control: false,
      table: { category: 'css shadow parts' },
    };
  }
  for (const p of d.cssProperties ?? []) argTypes[p.name] = tokenArgType(p);
  return argTypes;
}

/** The summary and the longer description, as the Docs page's opening text. */
export function descriptionOf(manifest: Manifest, tag: string): string {
  const d = declarationOf(manifest, tag);
  return [d?.summary, d?.description].filter(Boolean).join('\n\n');
}

/**
 * A story's own argTypes (a narrower `options` list, say) are merged over these, and Storybook names each of them
 * by its key: the attribute name and category the table shows are put back.
 */
export function keepManifestNames(manifest: Manifest) {
  return (context: { component?: unknown; argTypes: ArgTypes }): ArgTypes => {
    const ours = typeof context.component === 'string' ? publicArgTypes(manifest, context.component) : {};
    return Object.fromEntries(
      Object.entries(context.argTypes).map(([key, argType]) => {
        const own = ours[key];
        return [
          key,
          own
            ? { ...argType, name: own.name, table: { ...own.table, ...argType.table, category: own.table?.category } }
            : argType,
        ];
      }),
    );
  };
}

/** The tokens every widget reads (the global ones), as controls for a story that shows all the widgets. */
export function globalTokenArgTypes(manifest: Manifest): ArgTypes {
  const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const first = widgets[0]?.cssProperties ?? [];
  const shared = first.filter((p) => widgets.every((w) => w.cssProperties?.some((q) => q.name === p.name)));
  return Object.fromEntries(
    shared.map((p) => [p.name, tokenArgType({ ...p, description: 'Global theme token, read by every widget.' })]),
  );
}

import { readFileSync } from 'node:fs';

// custom-elements.json: the elements' JSDoc (summary, slots, parts, CSS properties, events) and attributes. Tags are
// registered through `defineElement('m4a-…', Class)` in src/define/*.ts; the plugin below reads those calls.
function defineElementTags() {
  const tags = new Map();
  return {
    name: 'define-element-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (tag && cls && ts.isStringLiteral(tag) && ts.isIdentifier(cls)) tags.set(cls.getText(), tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          // `dispatchEvent(new SomeEvent())` is listed with no name; the named @fires entries describe it.
          if (d.events) d.events = d.events.filter((e) => e.name);
          const tag = tags.get(d.name);
          if (d.kind !== 'class' || !tag) continue;
          d.customElement = true;
          d.tagName = tag;
          mod.exports = [
            ...(mod.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name: d.name, module: mod.path } },
          ];
        }
      }
    },
  };
}

// The manifest is the public API (Storybook's controls and docs, editors, the npm package): private and protected
// members, `#fields` and statics (Lit's `styles`, a widget's `catalog`) are internals, never set by a partner.
// `@internal` / `@ignore` members are already left out by the analyzer itself.
function publicMembersOnly() {
  const internal = (m) => m.privacy === 'private' || m.privacy === 'protected' || m.static || m.name.startsWith('#');
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) if (d.members) d.members = d.members.filter((m) => !internal(m));
      }
    },
  };
}

// Every widget reads the global tokens of src/core/theme.ts (and the reserved height of src/core/tags.ts), so each
// element's `cssProperties` lists them with their light and dark defaults, read from those files: the CSS stays
// the one source of the defaults. A widget's own @cssprop text wins where it names a global token.
function globalTokens() {
  const theme = readFileSync(new URL('./src/core/theme.ts', import.meta.url), 'utf8');
  const tags = readFileSync(new URL('./src/core/tags.ts', import.meta.url), 'utf8');
  const tokens = new Map();
  for (const [, name, value] of theme.matchAll(/var\((--m4a-[a-z0-9-]+),\s*([^)]+)\)/g)) {
    const token = tokens.get(name);
    if (!token) tokens.set(name, { name, default: value.trim() });
    else if (token.default !== value.trim()) token.dark = value.trim();
  }
  const reserved = (tag) => tags.match(new RegExp(`'${tag}':\\s*(\\d+)`))?.[1];
  const describe = (t) => (t.dark ? `Global theme token (dark theme default \`${t.dark}\`).` : 'Global theme token.');
  return {
    name: 'global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.customElement) continue;
          const own = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
          const globals = [...tokens.values()].map((t) => ({
            name: t.name,
            description: own.get(t.name)?.description ?? describe(t),
            default: own.get(t.name)?.default ?? t.default,
          }));
          const height = reserved(d.tagName);
          globals.push({
            name: '--m4a-reserved-height',
            description: 'Global token: the space kept while the widget loads, so the page below does not move.',
            ...(height ? { default: `${height}px` } : {}),
          });
          const names = new Set(globals.map((g) => g.name));
          d.cssProperties = [...(d.cssProperties ?? []).filter((p) => !names.has(p.name)), ...globals];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.*.ts'],
  litelement: true,
  // Tags first: the token plugin adds to custom elements only.
  plugins: [defineElementTags(), publicMembersOnly(), globalTokens()],
};

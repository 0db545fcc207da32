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
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: d.name, module: mod.path } }];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.*.ts'],
  litelement: true,
  plugins: [defineElementTags()],
};

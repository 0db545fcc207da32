// Editor autocompletion from custom-elements.json: VS Code's HTML custom data (tags, attributes, their values and
// docs). Point VS Code at it with "html.customData": ["./node_modules/m4a-widgets/dist/vscode.html-custom-data.json"].
import { readFileSync, writeFileSync } from 'node:fs';

export function vscodeCustomData(manifest) {
  const tags = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      tags.push({
        name: d.tagName,
        description: [d.summary, d.description].filter(Boolean).join('\n\n'),
        attributes: (d.attributes ?? []).map((a) => {
          const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
          return { name: a.name, description: a.description ?? '', ...(values.length ? { values } : {}) };
        }),
      });
    }
  }
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const data = vscodeCustomData(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify(data, null, 2) + '\n');
  console.log(`editor data for ${data.tags.length} elements in dist/vscode.html-custom-data.json`);
}

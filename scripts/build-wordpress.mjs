// The WordPress plugin (wordpress/m4a-widgets/) as an installable zip: its own sources, plus what is generated from
// the embed builder's model so the blocks and shortcodes offer exactly the builder's options (block.json files and
// widgets.json), the Spanish .po/.mo (the plugin's own strings and the builder's labels) and the drop-in files.
// Runs after the drop-in is built: node --conditions=m4a-source --import tsx scripts/build-wordpress.mjs
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { zipSync } from 'fflate';
import gettext from 'gettext-parser';
import { BACKEND_TYPES, LANG_CHOICES, THEMES, WIDGETS, canDo } from '../src/builder/model.ts';
import { TAGS } from '../src/core/tags.ts';
import en from '../src/builder/messages.en.ts';
import es from '../src/builder/messages.es.ts';

const SOURCE = 'wordpress/m4a-widgets';
const OUT = 'dist/wordpress/m4a-widgets';
const ZIP = 'dist/wordpress/m4a-widgets.zip';
const TEXT_DOMAIN = 'm4a-widgets';
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');
const { po, mo } = gettext;

const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const slug = (tag) => tag.replace(/^m4a-/, '');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** English labels used by the plugin, each of which gets its Spanish translation from the builder's catalog. */
const used = new Map();
const label = (key) => {
  const text = en[key];
  if (text === undefined) throw new Error(`src/builder/messages.en.ts has no ${key}`);
  used.set(text, es[key] ?? text);
  return text;
};
const optionalLabel = (key) => (key in en ? label(key) : undefined);

/** One block attribute per builder option, typed so WordPress itself drops values the option does not allow. */
function blockAttribute(option) {
  switch (option.kind) {
    case 'choice':
      return { type: 'string', enum: [...option.values], default: option.initial };
    case 'text':
      return { type: 'string', default: '' };
    case 'flag':
      return { type: 'boolean', default: false };
    case 'many':
      return { type: 'array', items: { type: 'string', enum: [...option.values] }, default: [] };
  }
  throw new Error(`unknown option kind ${option.kind}`);
}

function optionModel(tag, option) {
  const key = `option.${tag}.${option.attr}`;
  const out = { attr: option.attr, kind: option.kind, label: label(key) };
  const hint = optionalLabel(`${key}.hint`);
  if (hint) out.hint = hint;
  if (option.kind === 'choice' || option.kind === 'many') {
    out.values = Object.fromEntries(option.values.map((v) => [v, optionalLabel(`${key}.${v}`) ?? v]));
  }
  if (option.kind === 'choice') out.initial = option.initial;
  if (option.kind === 'text') {
    out.maxLength = option.maxLength;
    if (option.inputMode) out.inputMode = option.inputMode;
    if (option.pairedWith) out.pairedWith = option.pairedWith;
  }
  return out;
}

function widgetModel(tag) {
  const info = WIDGETS[tag];
  return {
    tag,
    block: `${TEXT_DOMAIN}/${slug(tag)}`,
    shortcode: `m4a_${slug(tag).replaceAll('-', '_')}`,
    title: label(`widget.${tag}`),
    description: label(`widget.${tag}.hint`),
    needsBackend: info.needs.length > 0,
    // Which backend types can give this widget what it needs (the builder's own rule, canDo).
    backends: BACKEND_TYPES.filter((type) => info.needs.every((m) => canDo(type, m))),
    options: info.options.map((o) => optionModel(tag, o)),
  };
}

function blockJson(widget) {
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    // 2, not 3: the WordPress this plugin is tested with (Debian's 6.1) knows 2; 3 (6.3+) would also move the editor
    // into an iframe, where the loader would have to be enqueued separately.
    apiVersion: 2,
    name: widget.block,
    version,
    title: widget.title,
    category: 'widgets',
    icon: 'heart',
    description: widget.description,
    keywords: ['medicare', 'm4a', slug(widget.tag).replace('-', ' ')],
    textdomain: TEXT_DOMAIN,
    attributes: Object.fromEntries(WIDGETS[widget.tag].options.map((o) => [o.attr, blockAttribute(o)])),
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: 'm4a-widgets-editor',
  };
}

/** Labels of the settings page that the builder also shows, keyed as the plugin's PHP asks for them. */
function settingsLabels() {
  const keys = [
    'backend.legend',
    'field.backend.url.rest',
    'field.backend.url.rest.hint',
    'field.backend.url.static',
    'field.backend.url.static.hint',
    'field.backend.organizationId',
    'field.backend.organizationId.hint',
    'lang.legend',
    'theme.legend',
    'problem.needs-backend',
    'problem.cannot',
    'problem.paired',
    ...BACKEND_TYPES.flatMap((t) => [`backend.${t}`, `backend.${t}.hint`]),
    ...LANG_CHOICES.map((l) => `lang.${l}`),
    ...THEMES.map((t) => `theme.${t}`),
  ];
  return Object.fromEntries(keys.map((k) => [k, label(k)]));
}

// --- gettext: .po written here, parsed and compiled to .mo by gettext-parser ---

const poString = (s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;

/** Every msgctxt + msgid of a .po file, as keys of the form `context\u0004id`. */
function poKeys(text) {
  const { translations } = po.parse(text);
  return Object.entries(translations).flatMap(([context, byId]) =>
    Object.keys(byId)
      .filter((id) => id !== '')
      .map((id) => `${context}\u0004${id}`),
  );
}

/** The plugin's own Spanish .po with the builder's labels and the blocks' titles appended. */
function spanishPo(widgets) {
  const own = readFileSync(join(SOURCE, 'languages', `${TEXT_DOMAIN}-es_ES.po`), 'utf8');
  const known = new Set(poKeys(own));
  const extra = [];
  const add = (id, str, context) => {
    if (known.has(`${context ?? ''}\u0004${id}`)) return;
    known.add(`${context ?? ''}\u0004${id}`);
    extra.push(`${context ? `msgctxt ${poString(context)}\n` : ''}msgid ${poString(id)}\nmsgstr ${poString(str)}\n`);
  };
  for (const [id, str] of used) add(id, str);
  // register_block_type_from_metadata() translates these with a context.
  for (const w of widgets) {
    add(w.title, used.get(w.title), 'block title');
    add(w.description, used.get(w.description), 'block description');
  }
  return `${own.trimEnd()}\n\n# Generated by scripts/build-wordpress.mjs from src/builder/messages.{en,es}.ts\n\n${extra.join('\n')}`;
}

// --- the build ---

export function buildWordPress() {
  const widgets = TAGS.map(widgetModel);
  const model = {
    version,
    backendTypes: BACKEND_TYPES,
    langs: LANG_CHOICES,
    themes: THEMES,
    labels: settingsLabels(),
    widgets,
  };
  rmSync(OUT, { recursive: true, force: true });
  cpSync(SOURCE, OUT, { recursive: true });
  const write = (path, data) => {
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), data);
  };
  write('widgets.json', JSON.stringify(model, null, 2) + '\n');
  for (const w of widgets) write(`blocks/${slug(w.tag)}/block.json`, JSON.stringify(blockJson(w), null, 2) + '\n');
  const poText = spanishPo(widgets);
  write(`languages/${TEXT_DOMAIN}-es_ES.po`, poText);
  write(`languages/${TEXT_DOMAIN}-es_ES.mo`, mo.compile(po.parse(poText)));
  // The ES drop-in and the classic loader (both load assets/chunks/), and the all-in-one script for completeness.
  const shipped = [
    'm4a-widgets.js',
    'm4a-widgets.js.map',
    'm4a-widgets.iife.js',
    'm4a-widgets.all.iife.js',
    'm4a-widgets.all.iife.js.map',
  ];
  for (const f of shipped) {
    write(`assets/${f}`, readFileSync(join('dist', f)));
  }
  cpSync('dist/chunks', join(OUT, 'assets/chunks'), { recursive: true });
  const entries = files(OUT).sort();
  // A fixed timestamp, so the same sources give the same zip.
  const tree = Object.fromEntries(
    entries.map((f) => [
      `m4a-widgets/${relative(OUT, f).split('\\').join('/')}`,
      [readFileSync(f), { level: 9, mtime: ZIP_TIME }],
    ]),
  );
  writeFileSync(ZIP, zipSync(tree));
  console.log(`WordPress plugin: ${ZIP} (${entries.length} files, ${widgets.length} blocks and shortcodes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildWordPress();

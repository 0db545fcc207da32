// The WordPress plugin (wordpress/m4a-widgets/) as an installable zip: its own sources, plus what is generated from
// the embed builder's model so the blocks and shortcodes offer exactly the builder's options (block.json files and
// widgets.json), the Spanish .po/.mo (the plugin's own strings and the builder's labels) and the drop-in files.
// Runs after the drop-in is built: node --conditions=m4a-source --import tsx scripts/build-wordpress.mjs
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { BACKEND_TYPES, LANG_CHOICES, THEMES, WIDGETS, canDo } from '../src/builder/model.ts';
import { TAGS } from '../src/core/tags.ts';
import en from '../src/builder/messages.en.ts';
import es from '../src/builder/messages.es.ts';

const SOURCE = 'wordpress/m4a-widgets';
const OUT = 'dist/wordpress/m4a-widgets';
const ZIP = 'dist/wordpress/m4a-widgets.zip';
const TEXT_DOMAIN = 'm4a-widgets';

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
    'backend.legend', 'field.backend.url.rest', 'field.backend.url.rest.hint', 'field.backend.url.static',
    'field.backend.url.static.hint', 'field.backend.organizationId', 'field.backend.organizationId.hint',
    'lang.legend', 'theme.legend', 'problem.needs-backend', 'problem.cannot', 'problem.paired',
    ...BACKEND_TYPES.flatMap((t) => [`backend.${t}`, `backend.${t}.hint`]),
    ...LANG_CHOICES.map((l) => `lang.${l}`),
    ...THEMES.map((t) => `theme.${t}`),
  ];
  return Object.fromEntries(keys.map((k) => [k, label(k)]));
}

// --- gettext: a small .po reader and .mo writer (GNU format, no hash table, which readers may omit) ---

const poString = (s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
const unquote = (s) => JSON.parse(s.replace(/\\(?!["\\nt])/g, '\\\\'));

/** Entries of a .po file: { context, id, str }; the header is the entry with an empty id. */
export function parsePo(text) {
  const entries = [];
  let entry = {};
  let field;
  const flush = () => {
    if (entry.id !== undefined) entries.push({ context: entry.context, id: entry.id, str: entry.str ?? '' });
    entry = {};
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const m = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && entry.str !== undefined)) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[m[1]];
      entry[field] = unquote(m[2]);
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line);
    } else if (line === '' || line.startsWith('#')) {
      if (entry.str !== undefined) flush();
      field = undefined;
    }
  }
  flush();
  return entries;
}

export function writeMo(entries) {
  const key = (e) => (e.context ? `${e.context}\u0004${e.id}` : e.id);
  const list = entries.filter((e) => e.str !== '').sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const ids = list.map((e) => Buffer.from(key(e)));
  const strs = list.map((e) => Buffer.from(e.str));
  const n = list.length;
  const headerSize = 28;
  const tables = headerSize + n * 16;
  const out = [];
  const head = Buffer.alloc(tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(headerSize, 12);
  head.writeUInt32LE(headerSize + n * 8, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(tables, 24);
  let offset = tables;
  const place = (bufs, table) =>
    bufs.forEach((b, i) => {
      head.writeUInt32LE(b.length, table + i * 8);
      head.writeUInt32LE(offset, table + i * 8 + 4);
      out.push(b, Buffer.alloc(1));
      offset += b.length + 1;
    });
  place(ids, headerSize);
  place(strs, headerSize + n * 8);
  return Buffer.concat([head, ...out]);
}

/** The plugin's own Spanish .po with the builder's labels and the blocks' titles appended. */
function spanishPo(widgets) {
  const own = readFileSync(join(SOURCE, 'languages', `${TEXT_DOMAIN}-es_ES.po`), 'utf8');
  const known = new Set(parsePo(own).map((e) => `${e.context ?? ''}\u0004${e.id}`));
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

// --- zip (deflate, fixed timestamps so the same sources give the same file) ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBuf = Buffer.from(name);
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0x0800, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt16LE(0, 6);
    common.writeUInt16LE(0x21, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(nameBuf.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBuf, packed]);
    // Comment length, disk, internal and external attributes (none: "made by" MS-DOS, so no Unix modes), offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    centrals.push(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0]), common, tail, nameBuf]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
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
  const po = spanishPo(widgets);
  write(`languages/${TEXT_DOMAIN}-es_ES.po`, po);
  write(`languages/${TEXT_DOMAIN}-es_ES.mo`, writeMo(parsePo(po)));
  for (const f of ['m4a-widgets.js', 'm4a-widgets.js.map', 'm4a-widgets.iife.js', 'm4a-widgets.iife.js.map']) {
    write(`assets/${f}`, readFileSync(join('dist', f)));
  }
  cpSync('dist/chunks', join(OUT, 'assets/chunks'), { recursive: true });
  const entries = files(OUT)
    .sort()
    .map((f) => ({ name: `m4a-widgets/${relative(OUT, f).split('\\').join('/')}`, data: readFileSync(f) }));
  writeFileSync(ZIP, zip(entries));
  console.log(`WordPress plugin: ${ZIP} (${entries.length} files, ${widgets.length} blocks and shortcodes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildWordPress();

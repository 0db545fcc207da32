/**
 * The built Storybook as a designer opens it: its index.json has a Docs page for every widget of the manifest, and
 * the controls of every story (its argTypes, read from Storybook's own store in the browser) hold no private or
 * protected member. Which members are internal is read from the TypeScript sources (the element's class and the
 * classes it extends), not from the manifest, which is the very thing filtered.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ts from 'typescript';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/e2e.js';
import { ensureStorybook, serveStatic } from '../support/storybook.js';

interface Declaration {
  name: string;
  tagName?: string;
}

const ENTRIES = ensureStorybook();
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const WIDGETS = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Every class of src/elements and src/core: its superclass and the names of its private and protected members. */
function classes(): Map<string, { base?: string; internal: string[] }> {
  const found = new Map<string, { base?: string; internal: string[] }>();
  for (const file of [...sources('src/elements'), ...sources('src/core')]) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    source.forEachChild(function visit(node) {
      if (ts.isClassDeclaration(node) && node.name) {
        const base = node.heritageClauses
          ?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)
          ?.types[0]?.expression.getText();
        const internal = node.members
          .filter((m) => {
            const modifiers = ts.canHaveModifiers(m) ? (ts.getModifiers(m) ?? []) : [];
            const hidden = modifiers.some(
              (x) => x.kind === ts.SyntaxKind.PrivateKeyword || x.kind === ts.SyntaxKind.ProtectedKeyword,
            );
            return hidden || (m.name !== undefined && ts.isPrivateIdentifier(m.name));
          })
          .map((m) => m.name?.getText() ?? '')
          .filter(Boolean);
        found.set(node.name.text, { ...(base ? { base } : {}), internal });
      }
      node.forEachChild(visit);
    });
  }
  return found;
}

/** The private and protected member names of `className` and of every class it extends. */
function internalMembers(className: string, all = classes()): string[] {
  const c = all.get(className);
  return c ? [...c.internal, ...(c.base ? internalMembers(c.base, all) : [])] : [];
}

interface LoadedStory {
  id: string;
  component: string | undefined;
  argTypes: Record<string, { name: string }>;
}

describe("the built Storybook's index and controls", () => {
  let browser: Browser;
  let site: { url: string; server: Server };
  let page: Page;
  let loaded: LoadedStory[];

  before(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveStatic()]);
    page = await browser.newPage();
    const first = ENTRIES.find((e) => e.type === 'story')!;
    await page.goto(`${site.url}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=story`);
    await page.waitForFunction(
      () =>
        (window as unknown as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } }).__STORYBOOK_PREVIEW__
          ?.storyStoreValue,
    );
    loaded = await page.evaluate(
      async (ids) => {
        const store = (
          window as unknown as {
            __STORYBOOK_PREVIEW__: { storyStoreValue: { loadStory(o: { storyId: string }): Promise<LoadedStory> } };
          }
        ).__STORYBOOK_PREVIEW__.storyStoreValue;
        const out = [];
        for (const id of ids) {
          const s = await store.loadStory({ storyId: id });
          const argTypes = Object.fromEntries(Object.entries(s.argTypes).map(([k, v]) => [k, { name: v.name }]));
          out.push({ id, component: typeof s.component === 'string' ? s.component : undefined, argTypes });
        }
        return out;
      },
      ENTRIES.filter((e) => e.type === 'story').map((e) => e.id),
    );
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => site?.server.close(r));
  });

  it('has a widget for every tag of the manifest (six)', () => {
    assert.deepEqual(WIDGETS.map((d) => d.tagName).sort(), [
      'm4a-cost-calculator',
      'm4a-coverage-faq',
      'm4a-event-list',
      'm4a-program-explainer',
      'm4a-rep-lookup',
      'm4a-signup-form',
    ]);
  });

  for (const widget of WIDGETS) {
    it(`has a Docs page for <${widget.tagName}>`, () => {
      const titles = new Set(
        loaded.filter((s) => s.component === widget.tagName).map((s) => ENTRIES.find((e) => e.id === s.id)!.title),
      );
      assert.ok(titles.size > 0, `no story renders <${widget.tagName}>`);
      const docs = ENTRIES.filter((e) => e.type === 'docs' && titles.has(e.title) && e.tags?.includes('autodocs'));
      assert.equal(docs.length, 1, `one autodocs entry for ${[...titles].join(', ')}`);
    });

    it(`shows no private or protected member of <${widget.tagName}> as a control`, () => {
      const internal = new Set(internalMembers(widget.name));
      // The check has teeth: the classes do have internals (tasks, controllers, state).
      assert.ok(internal.size >= 5, `${widget.name} has private/protected members: ${[...internal].join(', ')}`);
      const stories = loaded.filter((s) => s.component === widget.tagName);
      for (const story of stories) {
        const shown = Object.entries(story.argTypes).flatMap(([key, t]) => [key, t.name]);
        assert.deepEqual(
          shown.filter((n) => internal.has(n)),
          [],
          `${story.id} lists internals as controls`,
        );
        for (const attribute of ['theme', 'backend', 'lang'])
          assert.ok(attribute in story.argTypes, `${story.id} has ${attribute}`);
      }
    });
  }
});

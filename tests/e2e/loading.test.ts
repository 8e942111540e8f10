import { readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesOf, firstScreen, gzipBytes as gzip, readManifest, type Manifest } from '../../scripts/lib/manifest';
import type { RunningServer } from '../../scripts/serve';
import type { Locale } from '../../src/engine/types';
import { launchBrowser, serve } from './harness';
import { quiz } from './quiz-driver';

// What each visitor downloads, and when: the parts of src/parts.ts, whose files the build lists
// in dist/widget/manifest.json. The first screen must show with nothing else; the rest arrives
// when the list says. The three size figures are measured here by what the browser fetched.

let browser: Browser;
let server: RunningServer;
let manifest: Manifest;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve()]);
  manifest = readManifest();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Bytes (gzip) of the loader and the widget files fetched. */
const bytes = (files: Iterable<string>) => gzip('dist/treatment-quiz.js') + [...files].reduce((sum, f) => sum + gzip(`dist/widget/${f}`), 0);
const partFiles = (name: string) => manifest.parts[name]!.files;

/** A page with one quiz, served from the test server. */
const pageWith = (quizTag: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Quiz</title><script src="/dist/treatment-quiz.js" async></script></head><body>${quizTag}</body></html>`;

interface Visit {
  readonly page: Page;
  /** Widget files requested, in order. */
  readonly files: string[];
  /** Releases the files held back until the first screen showed. */
  readonly release: () => Promise<void>;
  readonly close: () => Promise<void>;
}

/**
 * Opens `html` holding back every widget file but `allowed` until the quiz's first screen is
 * up: it shows, so it needed nothing else.
 */
async function visit(html: string, allowed: readonly string[]): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const files: string[] = [];
  const held: Route[] = [];
  let holding = true;
  await page.route(`${server.url}/page.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.route(/\/dist\/widget\/[^/]+$/, (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    files.push(file);
    if (holding && !allowed.includes(file)) held.push(route);
    else void route.continue();
  });
  await page.goto(`${server.url}/page.html`);
  await page.waitForFunction(() => !!document.querySelector('treatment-quiz, [data-treatment-quiz]')?.shadowRoot?.querySelector('h2'));
  const release = async () => {
    holding = false;
    await Promise.all(held.splice(0).map((r) => r.continue()));
  };
  return { page, files, release, close: () => context.close() };
}

describe('what a visitor downloads', () => {
  for (const [locale, other] of [['en', 'es'], ['es', 'en']] as [Locale, Locale][]) {
    it(`on a plain ${locale} page: the first screen shows with its own files only, then the questions arrive`, async () => {
      const first = firstScreen(manifest, locale);
      const v = await visit(pageWith(`<treatment-quiz locale="${locale}"></treatment-quiz>`, locale), first);
      try {
        // It showed while every other file was held back: it needs the entry and this
        // language's words, all of them, and nothing else. (The intro may already have asked
        // for the questions, which are held.)
        const served = [...new Set(v.files.filter((f) => first.includes(f)))];
        expect(served.sort()).toEqual([...first].sort());
        expect(v.files).not.toContain(partFiles(`words-${other}`)[0]);
        const size = bytes(served);
        console.log(`first screen, plain ${locale} page: ${size} B gzip (goal 16,384 B, CI budget 24,576 B)`);
        expect(size).toBeLessThanOrEqual(24 * 1024);
        // Right after it: the questions, their words and the face drawing; nothing for the result or settings.
        await v.release();
        for (const f of filesOf(manifest, locale, 'after-first-screen')) await expect.poll(() => v.files.includes(f), { message: f }).toBe(true);
        for (const name of ['settings', 'theme', 'result', 'practices', `quiz-words-${other}`]) expect(v.files, name).not.toContain(partFiles(name)[0]);
      } finally {
        await v.close();
      }
    });
  }

  it('on the demo page with its config: the settings before the first paint, the result and practices on the way to it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('request', (r) => {
      const m = /\/dist\/widget\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
      if (m?.[1]) files.add(m[1]);
    });
    try {
      await page.goto(server.url + '/');
      await page.waitForFunction(() => !!document.querySelector('treatment-quiz')?.shadowRoot?.querySelector('h2'));
      const settings = [...firstScreen(manifest), ...filesOf(manifest, 'en', 'settings')];
      for (const f of settings) expect(files, f).toContain(f);
      console.log(`first screen, page with settings: ${bytes(new Set(settings))} B gzip (goal 20,480 B)`);
      expect(files).not.toContain(partFiles('practices')[0]);
      const q = quiz(page, 'en');
      await q.start();
      await q.chooseAreas(['cheeks']); // no "when" question for cheeks: on to the safety step
      // The last question fetches the result page and its parts, so they are there when the visitor is.
      for (const name of ['result', 'result-words-en', 'part-words-en', 'practices', 'share']) await expect.poll(() => files.has(partFiles(name)[0]!), { message: name }).toBe(true);
      expect(files).not.toContain(partFiles('lead-form')[0]);
      await q.answerSafety([]);
      // Practices listed with their booking links: everything up to here is what a visitor fetched.
      await page.locator('treatment-quiz').getByRole('link', { name: /^Book/ }).first().waitFor();
      console.log(`up to the result with practices: ${bytes(files)} B gzip (goal 46,080 B)`);
    } finally {
      await context.close();
    }
  });

  it('without the widget/ folder beside the script: one console error, naming an address it tried', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // The owner uploaded treatment-quiz.js to /kit/ but not the widget/ folder beside it.
      await page.route(`${server.url}/kit/treatment-quiz.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync('dist/treatment-quiz.js', 'utf8') }));
      await page.route(`${server.url}/kit/page.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kit</title><script src="/kit/treatment-quiz.js" async></script></head><body><treatment-quiz config="/demo/quiz-config.json"></treatment-quiz></body></html>',
        }),
      );
      const tried = new Set<string>();
      const answered = new Set<string>();
      page.on('request', (r) => void (r.url().includes('/kit/widget/') && tried.add(r.url())));
      page.on('response', (r) => void (r.url().includes('/kit/widget/') && answered.add(r.url())));
      const errors: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      await page.goto(`${server.url}/kit/page.html`);

      const ours = () => errors.filter((e) => !e.startsWith('Failed to load resource'));
      await expect.poll(() => ours().length).toBeGreaterThan(0);
      await expect.poll(() => answered.size > 1 && answered.size === tried.size).toBe(true);
      // Every import of those files has failed by the time a later import of them has: the
      // loader's handlers ran first, so any further error of its own would be in by now.
      // (A string: vitest would rewrite an import() written in a function.)
      await page.evaluate(`Promise.allSettled(${JSON.stringify([...tried])}.map((u) => import(u)))`);

      expect(ours()).toHaveLength(1);
      const named = /^treatment-quiz: could not load (\S+); is the widget\/ folder next to the script\?/.exec(ours()[0]!)?.[1];
      expect(tried).toContain(named);
      // The browser adds its own "404" line per file; no script can take those away.
      expect(errors.length - 1).toBe(tried.size);
    } finally {
      await context.close();
    }
  });
});

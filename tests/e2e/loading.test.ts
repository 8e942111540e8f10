import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve';
import { launchBrowser, serve } from './harness';
import { quiz } from './quiz-driver';

// What each visitor downloads: the first screen only, then each part when it is needed. The
// build's manifest (dist/widget/manifest.json) names the files by the source module they carry.

interface ChunkInfo {
  readonly entry: boolean;
  readonly module: string | null;
  readonly imports: readonly string[];
}

let browser: Browser;
let server: RunningServer;
let manifest: Record<string, ChunkInfo>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve()]);
  manifest = JSON.parse(readFileSync('dist/widget/manifest.json', 'utf8')) as Record<string, ChunkInfo>;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The widget files a page requested, by file name. */
function watchWidgetFiles(page: Page): Set<string> {
  const files = new Set<string>();
  page.on('request', (r) => {
    const m = /\/dist\/widget\/([^/?#]+)$/.exec(new URL(r.url()).pathname);
    if (m?.[1]) files.add(m[1]);
  });
  return files;
}

const fileOf = (module: string) => Object.keys(manifest).find((f) => manifest[f]!.module === module);

async function open(path: string): Promise<{ page: Page; files: Set<string>; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const files = watchWidgetFiles(page);
  await page.goto(server.url + path);
  await page.waitForFunction(() => !!document.querySelector('treatment-quiz')?.shadowRoot?.querySelector('h2'));
  return { page, files, close: () => context.close() };
}

describe('what a visitor downloads', () => {
  it('on a page without settings: the first screen, then the face drawing for the next step; no validator, theme checks or result page', async () => {
    const { files, close } = await open('/tests/e2e/pages/clean.html');
    try {
      const entry = Object.keys(manifest).find((f) => manifest[f]!.entry)!;
      expect(files.has(entry)).toBe(true);
      for (const lazy of ['src/config/validate.ts', 'src/ui/theme/index.ts', 'src/ui/Result.tsx', 'src/ui/practices/Practices.tsx']) {
        expect(fileOf(lazy), lazy).toBeTruthy();
        expect(files.has(fileOf(lazy)!), lazy).toBe(false);
      }
      // Nor anything the validator needs (the schema and valibot): only the first screen.
      const firstScreen = new Set<string>();
      const visit = (f: string) => {
        if (firstScreen.has(f)) return;
        firstScreen.add(f);
        for (const d of manifest[f]!.imports) visit(d);
      };
      visit(entry);
      // The intro preloads the areas step's face drawing (a file of its own, not part of the first screen).
      const drawing = fileOf('src/ui/face-map/FaceDrawing.tsx')!;
      expect(firstScreen.has(drawing)).toBe(false);
      await expect.poll(() => files.has(drawing)).toBe(true);
      const withDrawing = new Set(firstScreen);
      const add = (f: string) => {
        withDrawing.add(f);
        for (const d of manifest[f]!.imports) add(d);
      };
      add(drawing);
      await expect.poll(() => files.size).toBe(withDrawing.size);
      expect([...files].sort()).toEqual([...withDrawing].sort());
    } finally {
      await close();
    }
  });

  it('on the demo page with its config: the validator, then the result page and practices on the way to the result', async () => {
    const { page, files, close } = await open('/');
    try {
      expect(files.has(fileOf('src/config/validate.ts')!)).toBe(true);
      expect(files.has(fileOf('src/ui/practices/Practices.tsx')!)).toBe(false);
      const q = quiz(page, 'en');
      await q.start();
      await q.chooseAreas(['cheeks']); // no "when" question for cheeks: on to the safety step
      // The safety step preloads the result page, so it is there when the visitor is.
      await expect.poll(() => files.has(fileOf('src/ui/Result.tsx')!)).toBe(true);
      expect(files.has(fileOf('src/ui/practices/Practices.tsx')!)).toBe(true);
      expect(files.has(fileOf('src/ui/leads/LeadForm.tsx')!)).toBe(false);
    } finally {
      await close();
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

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
});

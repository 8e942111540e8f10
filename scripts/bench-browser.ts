import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { startServer as serve } from './serve';

// The widget in headless Chromium, as a visitor gets it: how soon it paints, what it downloads,
// whether it moves the page, whether memory grows as it comes and goes (first render, long
// tasks and round trips, with their goals: bench-first-screen.ts). Prints figures (it is a benchmark, not a test). `tsx scripts/bench-browser.ts`, or
// through `npm run bench` via the exported section. TQ_WIDGET=path measures another build.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = 5;

export interface Figure {
  readonly label: string;
  readonly value: string;
  readonly goal?: { readonly text: string; readonly met: boolean };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function widgetPath(): string {
  return process.env.TQ_WIDGET || resolve(ROOT, 'dist/treatment-quiz.js');
}

// Runs before the page's scripts: notes when the quiz's shadow root first holds the quiz and
// the next frame after it, and collects layout shifts from the start.
const PROBE = `(() => {
  const w = window;
  w.__bench = { rendered: 0, painted: 0, shifts: [] };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const seen = () => {
      if (w.__bench.rendered || !root.querySelector('.tq h2')) return false;
      w.__bench.rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => { w.__bench.painted = performance.now(); console.debug('tq:bench-painted'); }, 0));
      return true;
    };
    new MutationObserver((_, obs) => { if (seen()) obs.disconnect(); }).observe(root, { childList: true, subtree: true });
    return root;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.__bench.shifts.push({
        value: e.value, recent: e.hadRecentInput, start: e.startTime,
        sources: (e.sources || []).map((s) => s.node ? (s.node.nodeName + (s.node.id ? '#' + s.node.id : '')) : '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

interface Probe {
  readonly rendered: number;
  readonly painted: number;
  readonly shifts: { value: number; recent: boolean; start: number; sources: string[] }[];
}

interface LoadRun {
  readonly toRender: number;
  readonly toPaint: number;
  readonly scriptEval: number;
  /** Script start -> the config file fully received (NaN without one). */
  readonly configReady: number;
  /** Widget files (paths under /dist/) requested before the quiz first rendered. */
  readonly files: string[];
  readonly cls: number;
  readonly shiftSources: string[];
}

/** Counts a page's requests in flight: `idle()` resolves when none is. */
function watchRequests(page: Page): { idle: () => Promise<void>; isIdle: () => boolean } {
  let pending = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    if (--pending === 0) waiting.splice(0).forEach((resolve) => resolve());
  };
  page.on('request', () => pending++).on('requestfinished', done).on('requestfailed', done);
  return {
    idle: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    isIdle: () => pending === 0,
  };
}

/** One cold load of a page: the marks the instrumented bundle sets, plus the probe's notes. */
async function loadOnce(browser: Browser, url: string, cpuSlowdown: number): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.addInitScript(PROBE);
    const requests = watchRequests(page);
    // Told by a console message, not by polling: polling runs the harness's script on the main thread.
    const painted = page.waitForEvent('console', { predicate: (m) => m.text() === 'tq:bench-painted', timeout: 60_000 });
    await page.goto(url, { waitUntil: 'load' });
    await painted;
    // Let late shifts and tasks land: every request answered (the config's theme, lazy parts),
    // fonts loaded, and two frames to lay them out, until that starts no new request.
    do {
      await requests.idle();
      await page.evaluate(() => document.fonts.ready.then(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
    } while (!requests.isIdle());
    const r = await page.evaluate(() => {
      const b = (window as unknown as { __bench: Probe }).__bench;
      const start = performance.getEntriesByName('tq:script-start')[0]?.startTime ?? NaN;
      const end = performance.getEntriesByName('tq:script-end')[0]?.startTime ?? NaN;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      // The owner's config file, when the page names one: the quiz waits for it.
      const config = resources.find((e) => e.name.endsWith('.json'));
      // Every widget file fetched before the first render. (No named helper functions in
      // here: tsx would wrap them in a __name() call that does not exist in the page.)
      return {
        b,
        start,
        end,
        configEnd: config ? config.responseEnd : NaN,
        beforeRender: resources
          .filter((e) => e.startTime < b.rendered)
          .map((e) => new URL(e.name).pathname)
          .filter((path) => path.startsWith('/dist/')),
      };
    });
    return {
      toRender: r.b.rendered - r.start,
      toPaint: r.b.painted - r.start,
      scriptEval: r.end - r.start,
      configReady: r.configEnd - r.start,
      files: r.beforeRender,
      cls: r.b.shifts.filter((s) => !s.recent).reduce((sum, s) => sum + s.value, 0),
      shiftSources: r.b.shifts.filter((s) => !s.recent).flatMap((s) => s.sources),
    };
  } finally {
    await context.close();
  }
}

/**
 * JS heap after 1, 50, 300 and 500 mount/destroy cycles, each after a full garbage collection.
 * The first few hundred cycles also grow V8's feedback and optimised code (it levels off), so
 * the leak signal is the slope once warm (cycles 300 to 500), not the first difference.
 */
async function heapCycles(page: Page): Promise<{ after1: number; after50: number; after300: number; after500: number; mounted: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycles = (n: number) =>
    page.evaluate(async (count) => {
      const w = window as unknown as { TreatmentQuiz: { mount: (el: Element, o?: unknown) => { destroy(): void } } };
      const frame = document.getElementById('frame') as Element;
      for (let i = 0; i < count; i++) {
        const el = document.createElement('div');
        frame.append(el);
        const h = w.TreatmentQuiz.mount(el, { locale: i % 2 ? 'es' : 'en', storageKey: 'bench' });
        await new Promise((r) => requestAnimationFrame(r));
        // Use it a little, so its signals and effects run.
        el.shadowRoot?.querySelector<HTMLButtonElement>('.intro button')?.click();
        await new Promise((r) => requestAnimationFrame(r));
        el.shadowRoot?.querySelector<HTMLInputElement>('#tq-area-forehead')?.click();
        await new Promise((r) => requestAnimationFrame(r));
        h.destroy();
        el.remove();
        sessionStorage.clear();
      }
    }, n);
  await cycles(1);
  const after1 = await heap();
  await cycles(49);
  const after50 = await heap();
  await cycles(250);
  const after300 = await heap();
  await cycles(200);
  const after500 = await heap();
  // For scale: one live quiz.
  await page.evaluate(() => {
    const w = window as unknown as { TreatmentQuiz: { mount: (el: Element) => unknown } };
    const el = document.createElement('div');
    document.getElementById('frame')?.append(el);
    w.TreatmentQuiz.mount(el);
  });
  await page.waitForFunction(() => !!document.querySelector('#frame > div:last-child')?.shadowRoot?.querySelector('.tq h2'));
  const mounted = (await heap()) - after500;
  return { after1, after50, after300, after500, mounted };
}

export async function browserFigures(): Promise<Figure[]> {
  const file = widgetPath();
  if (!existsSync(file)) throw new Error(`${file} not found: run npm run build first`);
  const bundle = readFileSync(file, 'utf8');
  // The same bundle with a mark at its first and last statement.
  const marked = `performance.mark('tq:script-start');\n${bundle}\n;performance.mark('tq:script-end');`;
  const server = await serve({
    routes: {
      '/dist/treatment-quiz.js': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(marked);
      },
    },
  });
  const browser = await launchBrowser();
  const figures: Figure[] = [];
  try {
    for (const [name, path, slowdown] of [
      ['demo page', '/', 1],
      ['demo page, CPU 4x slower (mid-range phone)', '/', 4],
      ['page without a config URL', '/tests/e2e/pages/clean.html', 1],
    ] as const) {
      const runs: LoadRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, `${server.url}${path}`, slowdown));
      const render = median(runs.map((r) => r.toRender));
      const cls = Math.max(...runs.map((r) => r.cls));
      const sources = [...new Set(runs.flatMap((r) => r.shiftSources))];
      figures.push(
        // First render and long tasks, with their goals, are in bench-first-screen.ts.
        { label: `${name}: script start -> quiz in the DOM (median of ${RUNS})`, value: ms(render) },
        { label: `${name}: script start -> next frame painted (median)`, value: ms(median(runs.map((r) => r.toPaint))) },
        { label: `${name}: loader script evaluation (median)`, value: ms(median(runs.map((r) => r.scriptEval))) },
        { label: `${name}: widget files downloaded before the first render`, value: firstScreen(runs[0]?.files ?? []) },
        ...(runs.some((r) => !Number.isNaN(r.configReady)) ? [{ label: `${name}: script start -> config file received (median; the quiz waits for it)`, value: ms(median(runs.map((r) => r.configReady))) }] : []),
        { label: `${name}: cumulative layout shift (worst of ${RUNS})${sources.length ? `; shifted: ${sources.join(', ')}` : ''}`, value: cls.toFixed(4), goal: { text: '0', met: cls === 0 } },
      );
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/tests/e2e/pages/spa.html`);
    await page.waitForFunction(() => 'TreatmentQuiz' in window);
    const heap = await heapCycles(page);
    await context.close();
    const signed = (n: number) => `${n >= 0 ? '+' : ''}${kb(n)}`;
    const perCycle = (heap.after500 - heap.after300) / 200;
    figures.push(
      { label: 'JS heap after 1 mount/destroy cycle (after GC)', value: kb(heap.after1) },
      { label: 'JS heap after 50 mount/destroy cycles (after GC)', value: `${kb(heap.after50)} (${signed(heap.after50 - heap.after1)}: mostly JIT warm-up)` },
      { label: 'JS heap after 300 and 500 cycles (after GC)', value: `${kb(heap.after300)}, ${kb(heap.after500)}` },
      { label: 'heap growth per cycle once warm (cycles 300-500)', value: `${(perCycle / 1024).toFixed(2)} KB`, goal: { text: 'no growth (< 0.25 KB a cycle: nothing retained per quiz)', met: perCycle < 256 } },
      { label: 'one live quiz, for scale', value: kb(heap.mounted) },
    );
  } finally {
    await browser.close();
    await server.close();
  }
  const all = widgetFiles();
  const total = all.reduce((sum, f) => sum + gzipOf(f), 0);
  figures.push({ label: `every widget file (${all.length}, including parts loaded only when needed)`, value: `${kb(total)} gzip` });
  return figures;
}

const gzipOf = (distPath: string): number => gzipSync(readFileSync(resolve(ROOT, distPath.replace(/^\//, ''))), { level: 9 }).length;

/** "3 files, 15.2 KB gzip" for the widget files a page fetched (sizes from the build on disk). */
function firstScreen(paths: readonly string[]): string {
  const unique = [...new Set(paths)];
  const bytes = unique.reduce((sum, p) => sum + (p === '/dist/treatment-quiz.js' ? gzipSync(readFileSync(widgetPath()), { level: 9 }).length : gzipOf(p)), 0);
  const names = unique.map((p) => p.split('/').pop()).join(', ');
  return `${unique.length} files (${names}), ${kb(bytes)} gzip; goal <= 16 KB, budget 24 KB`;
}

/** The loader and every JavaScript file under dist/widget/. */
function widgetFiles(): string[] {
  const dir = resolve(ROOT, 'dist/widget');
  const walk = (d: string, rel: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(resolve(d, e.name), `${rel}/${e.name}`) : e.name.endsWith('.js') ? [`${rel}/${e.name}`] : []));
  return ['/dist/treatment-quiz.js', ...(existsSync(dir) ? walk(dir, '/dist/widget') : [])];
}

/** The section shape scripts/bench.ts uses. */
export const browserBench = { title: 'Widget in the browser (headless Chromium)', run: browserFigures };

function print(figures: readonly Figure[]): void {
  console.log(`\n${browserBench.title}`);
  for (const f of figures) {
    const goal = f.goal ? `  [goal ${f.goal.text}: ${f.goal.met ? 'met' : 'NOT met'}]` : '';
    console.log(`  ${f.label}: ${f.value}${goal}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  browserFigures().then(print, (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

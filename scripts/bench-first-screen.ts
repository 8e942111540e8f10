import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { startServer as serve } from './serve';
import { RUNS, type Figure, ms, spread, firstScreenFiles } from './bench-stats';

// The first screen's speed in headless Chromium, each figure beside its goal (issue 13):
//   first render    the loader starting to run -> the quiz's first screen in its shadow root;
//   longest task    the longest main-thread task from navigation to the first screen's frame;
//   round trips     sequential waves of requests before the first screen (HTML -> ... -> quiz).
// The plain page is demo/preload.html: as written (the modulepreload snippet) and, served at
// /bench/classic.html, the same page without the hint (the classic script tag alone).
// `npm run bench -- first` runs this and the breakdown of the first render (bench-breakdown.ts).

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PRELOAD_PAGE = '/demo/preload.html';
const CLASSIC_PAGE = '/bench/classic.html';
const HINT = /\s*<link rel="modulepreload"[^>]*>/g;

// Runs before the page's scripts. Notes when a shadow root first holds the quiz's heading and the
// frame after it, and the long tasks until then: PerformanceObserver 'longtask' where the browser
// has it, else (or with TQ_BENCH_NO_LONGTASK=1) the gaps between back-to-back MessageChannel
// messages, which only a busy main thread can stretch. Also times each constructable stylesheet
// parse and the custom element's define (which upgrades, mounts and renders the quiz in one go).
const probe = (forceFallback: boolean) => `(() => {
  const w = window;
  const b = w.__bench = { rendered: 0, painted: 0, longTasks: [], method: '', sheets: [], define: null };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, obs) => {
      if (b.rendered || !root.querySelector('.tq h2')) return;
      b.rendered = performance.now();
      performance.mark('tq:rendered');
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { b.painted = performance.now(); console.debug('tq:bench-painted'); }, 0));
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function (text) {
    const t = performance.now();
    try { return replaceSync.call(this, text); } finally { b.sheets.push({ start: t, ms: performance.now() - t, chars: String(text).length }); }
  };
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (...args) {
    const t = performance.now();
    try { return define.apply(this, args); } finally { if (!b.define) b.define = { start: t, ms: performance.now() - t }; }
  };
  const types = (w.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (!${forceFallback} && types.includes('longtask')) {
    b.method = 'longtask';
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } else {
    b.method = 'message gaps';
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (now - last >= 50) b.longTasks.push({ start: last, duration: now - last });
      last = now;
      if (!b.painted) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  }
})();`;

interface Probe {
  readonly rendered: number;
  readonly painted: number;
  readonly longTasks: readonly { start: number; duration: number }[];
  readonly method: string;
  readonly sheets: readonly { start: number; ms: number; chars: number }[];
  readonly define: { start: number; ms: number } | null;
}

interface Request {
  readonly url: string;
  /** CDP monotonic seconds. */
  readonly start: number;
  end: number;
  readonly wave: number;
}

/**
 * Every request of a page with its wave: 1 for the page itself, else one more than the request
 * that caused it (the initiator's URL: the parser's document, the importing script), or, when
 * Chromium names no initiator, one more than the latest wave already fully received when it
 * started.
 */
async function watchWaves(cdp: CDPSession): Promise<{ requests: Request[]; toWall: (t: number) => number }> {
  const requests: Request[] = [];
  const byId = new Map<string, Request>();
  let offset = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (byId.has(e.requestId) || !/^https?:/.test(e.request.url)) return;
    offset = e.wallTime - e.timestamp;
    const i = e.initiator;
    const cause = i.url || i.stack?.callFrames.find((f) => f.url)?.url || i.stack?.parent?.callFrames.find((f) => f.url)?.url;
    const parent = cause ? requests.find((r) => r.url === cause) : undefined;
    const wave = !requests.length
      ? 1
      : parent
        ? parent.wave + 1
        : 1 + Math.max(0, ...requests.filter((r) => r.end <= e.timestamp).map((r) => r.wave));
    const r: Request = { url: e.request.url, start: e.timestamp, end: Infinity, wave };
    requests.push(r);
    byId.set(e.requestId, r);
  });
  const finish = (e: { requestId: string; timestamp: number }) => {
    const r = byId.get(e.requestId);
    if (r) r.end = e.timestamp;
  };
  cdp.on('Network.loadingFinished', finish).on('Network.loadingFailed', finish);
  return { requests, toWall: (t) => (t + offset) * 1000 };
}

interface Run {
  readonly toRender: number;
  /** Long tasks from the loader's start to the first screen's frame (0: none >= 50 ms). */
  readonly longestTask: number;
  /** The host page's own, from navigation until the loader starts. */
  readonly longestPageTask: number;
  readonly method: string;
  /** The waves of requests started before the first render, as file names per wave. */
  readonly waves: readonly string[][];
  readonly probe: Probe;
  readonly marks: Readonly<Record<string, number>>;
  /** Resource timing of every file the page fetched, by file name (page clock, ms). */
  readonly files: readonly { name: string; start: number; end: number }[];
}

/** Work around one measured load (the breakdown traces it). */
interface Hooks {
  readonly before?: (page: Page) => Promise<void>;
  readonly after?: (page: Page) => Promise<void>;
}

/** One cold load (a fresh context: no cache, no compiled code kept) until the first screen's frame. */
async function loadOnce(browser: Browser, url: string, slowdown: number, hooks: Hooks = {}): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(probe(process.env.TQ_BENCH_NO_LONGTASK === '1'));
    const net = await watchWaves(cdp);
    await hooks.before?.(page);
    // Told by a console message, not by polling the page: polling would run the harness's own
    // script on the main thread being measured.
    const painted = page.waitForEvent('console', { predicate: (m) => m.text() === 'tq:bench-painted', timeout: 60_000 });
    await page.goto(url, { waitUntil: 'commit' });
    await painted;
    const r = await page.evaluate(() => ({
      b: (window as unknown as { __bench: Probe }).__bench,
      origin: performance.timeOrigin,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      files: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        name: e.name.split('/').pop() ?? e.name,
        start: e.startTime,
        end: e.responseEnd,
      })),
    }));
    await hooks.after?.(page);
    const start = r.marks['tq:script-start'] ?? NaN;
    const renderWall = r.origin + r.b.rendered;
    const before = net.requests.filter((q) => net.toWall(q.start) < renderWall);
    const waves: string[][] = [];
    for (const q of before) (waves[q.wave - 1] ??= []).push(q === net.requests[0] ? 'page' : (new URL(q.url).pathname.split('/').pop() ?? q.url));
    // Up to the frame that shows the first screen: the widget's tasks (ending after the loader
    // starts) and the page's own before it (parsing and styling the host page, not ours to fix).
    const tasks = r.b.longTasks.filter((t) => t.start < r.b.painted && t.start + t.duration > start);
    const pageTasks = r.b.longTasks.filter((t) => t.start + t.duration <= start);
    return {
      toRender: r.b.rendered - start,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
      longestPageTask: Math.max(0, ...pageTasks.map((t) => t.duration)),
      method: r.b.method,
      waves,
      probe: r.b,
      marks: r.marks,
      files: r.files,
    };
  } finally {
    await context.close();
  }
}

/** The loader with a mark at its first statement (when "the widget script starts running"). */
function markedLoader(): string {
  return `performance.mark('tq:script-start');\n${readFileSync(resolve(ROOT, 'dist/treatment-quiz.js'), 'utf8')}\n;performance.mark('tq:script-end');`;
}

const wavesText = (waves: readonly string[][]) => `${waves.length} (${waves.map((w) => [...new Set(w)].join(', ')).join(' -> ')})`;

export async function firstScreenFigures(): Promise<Figure[]> {
  const preloadHtml = readFileSync(resolve(ROOT, PRELOAD_PAGE.slice(1)), 'utf8');
  if (!preloadHtml.match(HINT)) throw new Error(`${PRELOAD_PAGE} has no <link rel="modulepreload">`);
  const js = { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' };
  const server = await serve({
    routes: {
      '/dist/treatment-quiz.js': (_req, res) => void res.writeHead(200, js).end(markedLoader()),
      [CLASSIC_PAGE]: (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(preloadHtml.replace(HINT, '')),
    },
  });
  const browser = await launchBrowser();
  const figures: Figure[] = [];
  try {
    await loadOnce(browser, server.url + CLASSIC_PAGE, 1); // the browser's own start-up, not measured
    const runs = async (path: string, slowdown: number) => {
      const out: Run[] = [];
      for (let i = 0; i < RUNS; i++) out.push(await loadOnce(browser, server.url + path, slowdown));
      return out;
    };
    const classic = await runs(CLASSIC_PAGE, 1);
    const preload = await runs(PRELOAD_PAGE, 1);
    const demo4x = await runs('/', 4);
    const method = [...new Set([...classic, ...demo4x].map((r) => r.method))].join(', ');
    const long = (n: number) => (n ? ms(n) : 'none >= 50');
    const task = (name: string, rs: readonly Run[]) => {
      const s = spread(rs.map((r) => r.longestTask));
      const own = spread(rs.map((r) => r.longestPageTask));
      return {
        label: `longest main-thread task, loader starts -> first screen's frame, ${name} (${method}; median / worst of ${RUNS}; the host page's own before it: ${long(own.median)} / ${long(own.worst)})`,
        value: `${long(s.median)} / ${long(s.worst)}`,
        goal: { text: 'none over 50 ms', met: s.worst <= 50 },
      };
    };
    // The goal is for the preload snippet: the script tag alone needs the loader before it can
    // know the files (3 by design; the snippet is how a page gets 2 and keeps the loader).
    const waves = (name: string, rs: readonly Run[], goal: boolean) => {
      const worst = rs.reduce((a, b) => (b.waves.length > a.waves.length ? b : a));
      return {
        label: `round trips before the first screen, ${name} (worst of ${RUNS})`,
        value: wavesText(worst.waves),
        ...(goal ? { goal: { text: '2: HTML, then everything in parallel', met: worst.waves.length <= 2 } } : {}),
      };
    };
    const render = (name: string, rs: readonly Run[], goal: boolean) => {
      const s = spread(rs.map((r) => r.toRender));
      return {
        label: `first render, loader starts -> first screen in the shadow root, ${name} (median / worst of ${RUNS})`,
        value: `${ms(s.median)} / ${ms(s.worst)}`,
        ...(goal ? { goal: { text: '<= 50 ms (median)', met: s.median <= 50 } } : {}),
      };
    };
    figures.push(
      render('plain page, classic script tag', classic, true),
      render('plain page, script tag + modulepreload', preload, false),
      task('plain page', classic),
      task('demo page (config file) at 4x CPU slowdown', demo4x),
      waves('classic script tag (3 by design: the loader first)', classic, false),
      waves('script tag + modulepreload snippet', preload, true),
      { label: 'first-screen files (dist/widget/manifest.json)', value: firstScreenFiles(ROOT).join(', ') },
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** The section shape scripts/bench.ts uses. */
export const firstScreenBench = { title: 'First screen speed (headless Chromium)', run: firstScreenFigures };

export { loadOnce, markedLoader, CLASSIC_PAGE, PRELOAD_PAGE, HINT, type Run };

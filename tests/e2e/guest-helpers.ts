import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve';
import { launchBrowser, serve, watchProblems } from './harness';

export { comparePixels, decodePng, type Image, type PixelDiff } from './guest-png';

// Shared plumbing for the guest-* tests: the widget as a guest on pages we make hostile.
// One browser per test file, one context per test.

type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface Guest {
  readonly browser: Browser;
  readonly server: RunningServer;
  readonly url: (path: string) => string;
  close(): Promise<void>;
}

/**
 * Starts the browser and the static server. TQ_WIDGET=/path/to/treatment-quiz.js serves
 * that file as /dist/treatment-quiz.js (handy while another build is running).
 */
export async function startGuest(routes: Record<string, Route> = {}): Promise<Guest> {
  const widget = process.env.TQ_WIDGET;
  const all: Record<string, Route> = { ...routes };
  if (widget) {
    all['/dist/treatment-quiz.js'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(widget));
    };
  }
  const [browser, server] = await Promise.all([launchBrowser(), serve({ routes: all })]);
  return {
    browser,
    server,
    url: (path) => `${server.url}${path}`,
    async close() {
      await Promise.all([browser.close(), server.close()]);
    },
  };
}

export interface GuestPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors so far. */
  readonly problems: string[];
  /** Console warnings so far. */
  readonly warnings: string[];
  /** Every request the page made. */
  readonly requests: { method: string; url: string }[];
}

export async function openPage(guest: Guest, path: string, options: BrowserContextOptions & { init?: string } = {}): Promise<GuestPage> {
  const { init, ...contextOptions } = options;
  const context = await guest.browser.newContext({ viewport: { width: 1280, height: 1000 }, reducedMotion: 'reduce', ...contextOptions });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = watchProblems(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const requests: { method: string; url: string }[] = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(guest.url(path));
  return { context, page, problems, warnings, requests };
}

/** The quiz's root inside a host element's shadow root (Playwright CSS pierces open roots). */
export const quizIn = (page: Page, hostSelector: string): Locator => page.locator(`${hostSelector} .tq`);

export async function waitForQuiz(page: Page, hostSelector: string): Promise<Locator> {
  const root = quizIn(page, hostSelector);
  await root.locator('h2').first().waitFor({ state: 'visible', timeout: 15_000 });
  return root;
}

/** The current step, from the step element's class ("step intro", "step result", …). */
export async function stepOf(root: Locator): Promise<string> {
  const cls = (await root.locator('.step').first().getAttribute('class')) ?? '';
  if (cls.includes('intro')) return 'intro';
  if (cls.includes('result')) return 'result';
  if (await root.locator('#tq-flag-none').count()) return 'safety';
  if (await root.locator('[id^="tq-area-"]').count()) return 'areas';
  if (await root.locator('[role="radiogroup"]').count()) return 'appearance';
  return cls;
}

/**
 * Goes through the quiz by its native inputs (ids are stable; labels change with locale and
 * owner copy): forehead lines seen with expression, plus lips; 22 or older, no health flags.
 */
export async function completeQuiz(root: Locator, steps: { onStep?: (step: string) => Promise<void> } = {}): Promise<void> {
  const at = async (step: string) => {
    await expect.poll(() => stepOf(root)).toBe(step);
    await steps.onStep?.(step);
  };
  await at('intro');
  await root.locator('.intro button.primary').click();
  await at('areas');
  await root.locator('#tq-area-forehead').check();
  await root.locator('#tq-area-lips').check();
  await root.locator('button[type="submit"]').click();
  await at('appearance');
  await root.locator('#tq-forehead-with-expression').check();
  await root.locator('button[type="submit"]').click();
  await at('safety');
  await root.locator('#tq-age-22-or-older').check();
  await root.locator('#tq-flag-none').check();
  await root.locator('button[type="submit"]').click();
  await at('result');
}

// ---- Leak accounting --------------------------------------------------------------------

/**
 * Runs before any page script: counts listeners on window/document, pending timers and
 * animation frames, and live observers, so a test can compare them before mounting and
 * after destroying. Read with `window.__guestLeaks()`.
 */
export const LEAK_PROBE = `(() => {
  const listeners = new Set();
  const keyOf = (t, type, fn, capture) => ({ t, type, fn, capture: !!capture });
  const find = (k) => [...listeners].find((e) => e.t === k.t && e.type === k.type && e.fn === k.fn && e.capture === k.capture);
  const watched = (t) => t === window || t === document || t === document.documentElement || t === document.body;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (watched(this) && fn) {
      const capture = typeof opts === 'boolean' ? opts : !!(opts && opts.capture);
      const k = keyOf(this, type, fn, capture);
      if (!find(k)) {
        listeners.add(k);
        if (opts && typeof opts === 'object') {
          if (opts.once) {
            const self = this;
            add.call(this, type, function onceGone() { listeners.delete(find(k)); remove.call(self, type, onceGone, capture); }, { capture, once: true });
          }
          if (opts.signal) opts.signal.addEventListener('abort', () => listeners.delete(find(k)), { once: true });
        }
      }
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    if (watched(this) && fn) {
      const capture = typeof opts === 'boolean' ? opts : !!(opts && opts.capture);
      const e = find(keyOf(this, type, fn, capture));
      if (e) listeners.delete(e);
    }
    return remove.call(this, type, fn, opts);
  };
  const timers = new Set();
  const st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
  const raf = window.requestAnimationFrame, caf = window.cancelAnimationFrame;
  window.setTimeout = function (fn, ms, ...rest) {
    const id = st.call(window, (...a) => { timers.delete('t' + id); if (typeof fn === 'function') fn(...a); }, ms, ...rest);
    timers.add('t' + id);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete('t' + id); return ct.call(window, id); };
  window.setInterval = function (...a) { const id = si.apply(window, a); timers.add('i' + id); return id; };
  window.clearInterval = function (id) { timers.delete('i' + id); return ci.call(window, id); };
  window.requestAnimationFrame = function (fn) {
    const id = raf.call(window, (t) => { timers.delete('r' + id); fn(t); });
    timers.add('r' + id);
    return id;
  };
  window.cancelAnimationFrame = function (id) { timers.delete('r' + id); return caf.call(window, id); };
  const observers = new Set();
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const Base = window[name];
    if (!Base) continue;
    const Wrapped = class extends Base {
      observe(...a) { observers.add(this); return super.observe(...a); }
      disconnect() { observers.delete(this); return super.disconnect(); }
    };
    Object.defineProperty(window, name, { value: Wrapped, writable: true, configurable: true });
  }
  const baseline = new Set(Object.getOwnPropertyNames(window));
  Object.defineProperty(window, '__guestLeaks', {
    enumerable: false,
    value: () => ({
      listeners: [...listeners].map((e) => (e.t === window ? 'window' : e.t === document ? 'document' : 'element') + ':' + e.type).sort(),
      timers: [...timers].sort(),
      observers: observers.size,
      globals: Object.getOwnPropertyNames(window).filter((n) => !baseline.has(n) && !n.startsWith('__guest')).sort(),
    }),
  });
})();`;

export interface Leaks {
  readonly listeners: string[];
  readonly timers: string[];
  readonly observers: number;
  readonly globals: string[];
}

export const leaks = (page: Page): Promise<Leaks> => page.evaluate(() => (window as unknown as { __guestLeaks: () => Leaks }).__guestLeaks());

/** Resolves once the page has drawn two more frames: layout and effects of what just happened are done. */
export const nextFrames = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/**
 * A server route that answers only when the test says so: a slow or hung server without a
 * clock. `requested` resolves once the page has asked; `answer()` sends the response (to
 * requests waiting now and any later ones). Never answered, it hangs until the server closes.
 */
export function heldRoute(body: string): { route: Route; requested: Promise<void>; answer: () => void } {
  let asked!: () => void;
  const requested = new Promise<void>((r) => (asked = r));
  const waiting: ServerResponse[] = [];
  let open = false;
  const send = (res: ServerResponse) => void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
  return {
    requested,
    route: (_req, res) => {
      if (open) send(res);
      else waiting.push(res);
      asked();
    },
    answer: () => {
      open = true;
      waiting.splice(0).forEach(send);
    },
  };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser';
import { startServer as serve } from './serve';
import { CLASSIC_PAGE, HINT, PRELOAD_PAGE, loadOnce, markedLoader, type Run } from './bench-first-screen';
import { type Figure, firstScreenFiles, ms, spread } from './bench-stats';

// Where the first render's time goes, on the plain page with the classic script tag. Two views of
// the same cold loads: marks at the start and end of each first-screen file's evaluation (the
// files are served with them added) and the probe's timings of the custom element's define (which
// mounts and renders) and of each stylesheet parse; and a Chromium trace of the main thread,
// its time summed by kind of work between the loader's first statement and the first render.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TRACED_RUNS = 5;
const OFF_THREAD = '(beside the main thread) parse + compile on a worker as the files stream in';
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'loading'];

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** The kind of main-thread work a trace event is, by its name. */
function kindOf(name: string): string {
  if (/compile|parse(?!HTML|AuthorStyleSheet)|deserialize|CodeCache/i.test(name)) return 'JS parse + compile';
  if (/GC|Scavenge|MarkCompact|Sweep|Finalize/i.test(name)) return 'garbage collection';
  if (/UpdateLayoutTree|RecalculateStyles|StyleSheet|InvalidateStyle/i.test(name)) return 'style (recalc, sheet parse outside JS)';
  if (/^(Layout|UpdateLayout|LayoutInvalidation)/.test(name)) return 'layout';
  if (/Paint|Layerize|Composite|Commit|UpdateLayer|HitTest|IntersectionObserver/.test(name)) return 'paint + composite';
  if (/ParseHTML/.test(name)) return 'HTML parse';
  if (/Resource|Network|Loader|Navigation|Receive|Fetch|SendRequest/i.test(name)) return 'network bookkeeping';
  if (/evaluate|FunctionCall|v8\.run|V8\.Execute|callFunction|EventDispatch|TimerFire|Microtask|FireAnimationFrame|RunMicrotasks|v8\./i.test(name)) return 'JS execution';
  return 'other (task overhead)';
}

/**
 * Main-thread time between two user-timing marks, by kind: each complete event's self time (its
 * duration less its children's), clipped to the window, and the rest of the window as idle.
 */
function mainThreadKinds(events: readonly TraceEvent[], from: string, to: string): Map<string, number> | undefined {
  const mark = (name: string) => events.find((e) => e.name === name && /^[IRnbe]$/.test(e.ph));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) return undefined;
  const main = events.filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === 'X' && e.dur !== undefined && e.ts < b.ts && e.ts + e.dur! > a.ts);
  main.sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + e.dur!, b.ts) - Math.max(e.ts, a.ts));
  const kinds = new Map<string, number>();
  const stack: { e: TraceEvent; self: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    kinds.set(kindOf(top.e.name), (kinds.get(kindOf(top.e.name)) ?? 0) + top.self);
  };
  let busy = 0;
  for (const e of main) {
    while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= e.ts) pop();
    if (stack.length) stack[stack.length - 1]!.self -= clip(e);
    else busy += clip(e);
    stack.push({ e, self: clip(e) });
  }
  while (stack.length) pop();
  kinds.set('idle (waiting for the network and off-thread compile)', b.ts - a.ts - busy);
  // The module files are compiled while they stream in, on a worker thread of the same process.
  const offThread = events.filter((e) => e.pid === a.pid && e.tid !== a.tid && e.ph === 'X' && e.name === 'v8.parseOnBackground' && e.ts < b.ts && e.ts >= a.ts);
  kinds.set(OFF_THREAD, offThread.reduce((sum, e) => sum + (e.dur ?? 0), 0));
  for (const [k, us] of kinds) kinds.set(k, us / 1000);
  return kinds;
}

export async function breakdownFigures(): Promise<Figure[]> {
  const files = firstScreenFiles(ROOT);
  const js = { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' };
  const marked = (f: string) => `performance.mark('tq:eval-start:${f}');\n${readFileSync(resolve(ROOT, 'dist/widget', f), 'utf8')}\n;performance.mark('tq:eval-end:${f}');`;
  const html = readFileSync(resolve(ROOT, PRELOAD_PAGE.slice(1)), 'utf8').replace(HINT, '');
  const server = await serve({
    routes: {
      '/dist/treatment-quiz.js': (_req, res) => void res.writeHead(200, js).end(markedLoader()),
      [CLASSIC_PAGE]: (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html),
      ...Object.fromEntries(files.map((f) => [`/dist/widget/${f}`, (_req: unknown, res: import('node:http').ServerResponse) => void res.writeHead(200, js).end(marked(f))])),
    },
  });
  const browser = await launchBrowser();
  const runs: { run: Run; kinds?: Map<string, number> }[] = [];
  try {
    await loadOnce(browser, server.url + CLASSIC_PAGE, 1);
    for (let i = 0; i < TRACED_RUNS; i++) {
      let trace: Buffer | undefined;
      const run = await loadOnce(browser, server.url + CLASSIC_PAGE, 1, {
        before: (page) => browser.startTracing(page, { categories: CATEGORIES }),
        after: async () => void (trace = await browser.stopTracing()),
      });
      const events = (JSON.parse(trace!.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      runs.push({ run, kinds: mainThreadKinds(events, 'tq:script-start', 'tq:rendered') });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const med = (f: (r: Run) => number) => spread(runs.map((x) => f(x.run))).median;
  const mark = (r: Run, name: string) => r.marks[name] ?? NaN;
  const first = files[files.length - 1]!; // the deepest import evaluates first
  const figures: Figure[] = [
    { label: `first render, loader starts -> first screen (median of ${TRACED_RUNS}, traced)`, value: ms(med((r) => r.toRender)) },
    { label: '  loader evaluation', value: ms(med((r) => mark(r, 'tq:script-end') - mark(r, 'tq:script-start'))) },
    { label: `  loader end -> ${first} starts evaluating (its import()s: request, download, parse + compile)`, value: ms(med((r) => mark(r, `tq:eval-start:${first}`) - mark(r, 'tq:script-end'))) },
  ];
  const timing = (r: Run, f: string) => r.files.find((x) => x.name === f);
  for (const f of files) {
    figures.push({
      label: `    ${f}: requested -> received, after the loader starts`,
      value: `${ms(med((r) => (timing(r, f)?.start ?? NaN) - mark(r, 'tq:script-start')))} -> ${ms(med((r) => (timing(r, f)?.end ?? NaN) - mark(r, 'tq:script-start')))}`,
    });
  }
  for (const f of [...files].reverse()) {
    figures.push({ label: `  ${f} top-level evaluation`, value: ms(med((r) => mark(r, `tq:eval-end:${f}`) - mark(r, `tq:eval-start:${f}`))) });
  }
  const sheetsInDefine = (r: Run) => r.probe.sheets.filter((s) => r.probe.define && s.start >= r.probe.define.start && s.start <= r.probe.define.start + r.probe.define.ms);
  figures.push(
    { label: '    of which customElements.define (upgrade, mount, first render)', value: ms(med((r) => r.probe.define?.ms ?? NaN)) },
    {
      label: '      of which constructable stylesheet parse (replaceSync)',
      value: `${ms(med((r) => sheetsInDefine(r).reduce((s, x) => s + x.ms, 0)))} (${runs[0]?.run.probe.sheets.map((s) => `${(s.chars / 1024).toFixed(1)} KB`).join(' + ')} of CSS)`,
    },
    { label: '  last file evaluated -> first screen seen', value: ms(med((r) => r.probe.rendered - mark(r, `tq:eval-end:${files[0]}`))) },
  );
  const kinds = runs.map((x) => x.kinds).filter((k): k is Map<string, number> => !!k);
  if (kinds.length) {
    const names = [...new Set(kinds.flatMap((k) => [...k.keys()]))];
    const rows = names.map((n) => [n, spread(kinds.map((k) => k.get(n) ?? 0)).median] as const).sort((a, b) => b[1] - a[1]);
    figures.push({ label: `main thread from loader start to first render, by kind (trace, median of ${kinds.length})`, value: '' });
    for (const [n, v] of rows) if (v >= 0.05) figures.push({ label: `  ${n}`, value: ms(v) });
  } else {
    figures.push({ label: 'main-thread trace', value: 'not available (no user-timing marks in the trace)' });
  }
  return figures;
}

/** The section shape scripts/bench.ts uses. */
export const breakdownBench = { title: 'Where the first render goes (plain page, classic script tag)', run: breakdownFigures };

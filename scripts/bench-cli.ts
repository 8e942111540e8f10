import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { APPEARANCES, AREA_IDS, SAFETY_FLAGS, type Answers } from '../src/engine/types';

// `treatment-quiz recommend` as a pipeline runs it: the built CLI in its own process, JSON
// Lines in, recommendations out. Lines per second with a fast reader; peak memory (the
// process's maxRSS) with a fast reader and with one that takes output at half that speed,
// which is where output without backpressure piles up; and one long line. TQ_CLI=path
// measures another build.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LINES = 300_000;
const LONG_LINE = 64 << 20;

interface Figure {
  readonly label: string;
  readonly value: string;
  readonly goal?: { readonly text: string; readonly met: boolean };
}

interface Run {
  readonly seconds: number;
  readonly outBytes: number;
  readonly maxRssMb: number;
  readonly code: number | null;
}

/** A fixed, varied stream of answers as JSON Lines (an LCG, so every run measures the same work). */
function* answerLines(count: number): Generator<string> {
  let seed = 42;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const batch: string[] = [];
  for (let i = 0; i < count; i++) {
    const areas = [...new Set(Array.from({ length: 1 + next(4) }, () => AREA_IDS[next(AREA_IDS.length)]!))];
    const answers: Answers = {
      areas,
      appearance: Object.fromEntries(areas.map((a) => [a, APPEARANCES[next(APPEARANCES.length)]!])),
      safety: next(3) === 0 ? [SAFETY_FLAGS[next(SAFETY_FLAGS.length)]!] : [],
    };
    batch.push(JSON.stringify(answers));
    if (batch.length === 1000) yield `${batch.splice(0).join('\n')}\n`;
  }
  if (batch.length) yield `${batch.join('\n')}\n`;
}

// Loaded into the CLI's process: reports its peak resident memory as it exits.
const REPORT_RSS = `data:text/javascript,${encodeURIComponent('process.on("exit",()=>process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`))')}`;

/** Runs `recommend` on `input`; `bytesPerSecond` limits how fast its output is read. */
function runCli(cli: string, input: Iterable<string>, bytesPerSecond = Infinity): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', REPORT_RSS, cli, 'recommend'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const start = performance.now();
    let outBytes = 0;
    let stderr = '';
    Readable.from(input).pipe(child.stdin).on('error', () => {});
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      // A slow reader: pause whenever we are ahead of the allowed rate.
      const ahead = (outBytes / bytesPerSecond) * 1000 - (performance.now() - start);
      if (ahead > 1) {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), ahead);
      }
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const rss = /maxrss (\d+)/.exec(stderr);
      if (!rss) return fail(new Error(`recommend reported no memory figure (exit ${code}):\n${stderr.slice(0, 2000)}`));
      done({ seconds: (performance.now() - start) / 1000, outBytes, maxRssMb: Number(rss[1]) / 1024, code });
    });
  });
}

export async function cliFigures(): Promise<Figure[]> {
  const cli = process.env.TQ_CLI || resolve(ROOT, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} not found: run npm run build first`);
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const mb = (n: number) => `${n.toFixed(0)} MB`;

  const fast = await runCli(cli, answerLines(LINES));
  if (fast.code !== 0) throw new Error(`recommend failed (exit ${fast.code})`);
  const rate = LINES / fast.seconds;
  const slow = await runCli(cli, answerLines(LINES), fast.outBytes / fast.seconds / 2);

  const json = JSON.stringify({ areas: ['lips', 'temples'], safety: ['blood-thinners'] });
  const long = await runCli(cli, [`${json.slice(0, -1)}${' '.repeat(LONG_LINE - json.length)}}\n`]);

  return [
    { label: `recommend, ${int(LINES)} lines (${mb(fast.outBytes / 2 ** 20)} out), fast reader: lines/second`, value: int(rate), goal: { text: '>= 20,000', met: rate >= 20_000 } },
    { label: 'recommend, same input, fast reader: peak memory (RSS)', value: mb(fast.maxRssMb), goal: { text: '<= 150 MB', met: fast.maxRssMb <= 150 } },
    { label: 'recommend, same input, reader at half that speed: peak memory (RSS)', value: mb(slow.maxRssMb), goal: { text: '<= 150 MB (output waits for the reader)', met: slow.maxRssMb <= 150 } },
    { label: `recommend, one ${LONG_LINE >> 20} MB line`, value: `${long.seconds.toFixed(2)} s, ${mb(long.maxRssMb)} peak`, goal: { text: '< 5 s', met: long.seconds < 5 } },
  ];
}

/** The section shape scripts/bench.ts uses. */
export const cliBench = { title: 'The recommend command (built CLI, JSON Lines through pipes)', run: cliFigures };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cliFigures().then(
    (figures) => {
      console.log(`\n${cliBench.title}`);
      for (const f of figures) console.log(`  ${f.label}: ${f.value}${f.goal ? `  [goal ${f.goal.text}: ${f.goal.met ? 'met' : 'NOT met'}]` : ''}`);
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createDirectoryBuilder, CSV_COLUMNS, formatProblem, MAX_FEATURED, MAX_LISTED, MAX_SHARDS, WIDE_SHARDS } from '../match/build-directory';
import type { CliIo, ExitCode } from './io';
import { foreignFiles, MANIFEST, publish, stageShards } from './shard-files';
import { zipTable } from './zip-table';

export const DIRECTORY_USAGE = `Usage: treatment-quiz directory build <practices.csv> --out <folder>

Validates a CSV of practices and writes a static directory any web host or CDN can serve:
  <folder>/index.json   shard list and featured practices (the widget's directory.indexUrl)
  <folder>/871.json     practices located in or serving ZIP3 871, one file per ZIP3

CSV: RFC 4180 (quote values holding commas, quotes or line breaks; double a quote inside
quotes). The first line names the columns, in any order:
  ${CSV_COLUMNS.join(', ')}
Required: id, name, url, phone. Lists (zipPrefixes, cities, offers) are separated by ";".
offers: neuromodulator;filler. featured: true/false (the first ${MAX_FEATURED} go in the index).
Every practice needs a zip or zipPrefixes. A 1- or 2-digit zipPrefixes copies the practice
into every ZIP3 under it: past ${WIDE_SHARDS} shards that is a warning, past ${MAX_SHARDS} a problem.

Several locations: one row per location, the practice's id repeated on rows one after the
other. The first row gives the practice (name, url, phone, ...); each row gives a location:
location (its name), address, city, state, zip, lat, lng, and phone or bookingUrl when it
has its own. On later rows leave name, url, zipPrefixes, cities, offers, featured empty.

Any bad row fails the build, with every problem listed by line and column (the first
${MAX_LISTED.toLocaleString('en-US')}, then a count); nothing is written then. The folder may hold other files: the build
replaces only files it wrote before (listed in ${MANIFEST}) and stops rather than
overwrite any other.

Exit codes: 0 built, 1 the CSV has problems, 2 bad usage, unreadable file or a folder
holding files of the same names.
`;

function parseArgs(args: readonly string[]): { csv: string; out: string } | string {
  const [sub, ...rest] = args;
  if (sub !== 'build') return sub === undefined ? 'missing subcommand "build"' : `unknown subcommand "${sub}" (expected "build")`;
  let csv: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--out' || a === '-o') {
      out = rest[++i];
      if (out === undefined) return '--out needs a folder';
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('-')) return `unknown option "${a}"`;
    else if (csv === undefined) csv = a;
    else return `expected one CSV file (got "${csv}" and "${a}")`;
  }
  if (!csv) return 'missing the CSV file';
  if (!out) return 'missing --out <folder>';
  return { csv, out };
}

// 64 KB pieces stay in V8's young generation; 1 MB ones are "large objects", freed only by a
// full GC, and a million-row file left hundreds of MB of them waiting.
const READ_CHUNK = 64 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function unreadable(csv: string): string | undefined {
  try {
    return statSync(csv).isDirectory() ? 'it is a folder' : undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : String(e);
  }
}

/** `treatment-quiz directory build practices.csv --out dir/`: streams the CSV, so its size does not matter. */
export async function runDirectory(args: readonly string[], io: CliIo): Promise<ExitCode> {
  if (args.some((a) => a === '--help' || a === '-h' || a === 'help')) {
    io.stdout.write(DIRECTORY_USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`treatment-quiz directory: ${parsed}\n\n${DIRECTORY_USAGE}`);
    return 2;
  }
  const why = unreadable(parsed.csv);
  if (why) {
    io.stderr.write(`${parsed.csv}: cannot read the CSV: ${why}\n`);
    return 2;
  }
  const started = performance.now();
  const out = resolve(parsed.out);
  const created = !existsSync(out);
  mkdirSync(out, { recursive: true });
  const staged = stageShards(out);
  const discard = () => rmSync(created ? out : staged.dir, { recursive: true, force: true });
  const builder = createDirectoryBuilder(staged, { centroid: zipTable() });
  try {
    for await (const chunk of createReadStream(parsed.csv, { encoding: 'utf8', highWaterMark: READ_CHUNK })) builder.push(chunk as string);
  } catch (e) {
    discard();
    io.stderr.write(`${parsed.csv}: cannot read the CSV: ${String(e)}\n`);
    return 2;
  }
  const result = builder.end();
  const sizes = staged.finish();
  for (const w of result.warnings.slice(0, 20)) io.stderr.write(`${parsed.csv}: warning: ${formatProblem(w)}\n`);
  if (result.warnings.length > 20) io.stderr.write(`${parsed.csv}: ${plural(result.warnings.length - 20, 'more warning')} like these\n`);
  if (result.problems.length) {
    discard();
    for (const p of result.problems) io.stderr.write(`${parsed.csv}: ${formatProblem(p)}\n`);
    const total = result.problems.length + result.unlisted;
    io.stderr.write(`${plural(total, 'problem')}${result.unlisted ? ` (the first ${result.problems.length.toLocaleString('en-US')} listed)` : ''}; nothing was written.\n`);
    return 1;
  }

  const { index } = result;
  const indexBody = JSON.stringify(index);
  writeFileSync(join(staged.dir, 'index.json'), indexBody);
  const files = [...sizes.keys(), 'index.json'];
  const clash = foreignFiles(out, files);
  if (clash.length) {
    discard();
    io.stderr.write(
      `${parsed.out}: ${clash.slice(0, 5).join(', ')}${clash.length > 5 ? ` and ${clash.length - 5} more` : ''} ${clash.length === 1 ? 'is' : 'are'} not from an earlier directory build; ` +
        'give the directory a folder of its own. Nothing was written.\n',
    );
    return 2;
  }
  publish(out, staged.dir, files);

  // Sizes without gzipping every shard again (a million practices make ~300 MB of JSON):
  // the mean in bytes, and the largest shard, the one that matters, also gzipped.
  let largest = ['', 0] as [string, number];
  let total = 0;
  for (const [f, n] of sizes) {
    total += n;
    if (n > largest[1]) largest = [f, n];
  }
  const largestGz = largest[0] ? gzipSync(readFileSync(join(out, largest[0]))).length : 0;
  const ms = performance.now() - started;
  io.stdout.write(
    `${plural(index.count, 'practice')} in ${plural(sizes.size, 'shard')} written to ${parsed.out} (${ms.toFixed(0)} ms)\n` +
      `  largest shard ${largest[0] || '-'}: ${kb(largest[1])}, ${kb(largestGz)} gzip; mean ${kb(total / Math.max(1, sizes.size))}; index.json ${kb(gzipSync(indexBody).length)} gzip\n`,
  );
  return 0;
}

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDirectory, CSV_COLUMNS, formatProblem, MAX_FEATURED } from '../match/build-directory';
import type { CliIo, ExitCode } from './io';

export const DIRECTORY_USAGE = `Usage: treatment-quiz directory build <practices.csv> --out <folder>

Validates a CSV of practices and writes a static directory any web host or CDN can serve:
  <folder>/index.json   shard list and featured practices (the widget's directory.indexUrl)
  <folder>/871.json     practices located in or serving ZIP3 871, one file per ZIP3

CSV: RFC 4180 (quote values holding commas, quotes or line breaks; double a quote inside
quotes). The first line names the columns, in any order:
  ${CSV_COLUMNS.join(', ')}
Required: id, name, url, phone. Lists (zipPrefixes, cities, offers) are separated by ";".
offers: neuromodulator;filler. featured: true/false (the first ${MAX_FEATURED} go in the index).
Every practice needs a zip or zipPrefixes. Any bad row fails the build, with every problem
listed by line and column; nothing is written then. Old shard files in the folder are replaced.

Exit codes: 0 built, 1 the CSV has problems, 2 bad usage or unreadable file.
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

/** `treatment-quiz directory build practices.csv --out dir/` */
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
  let text: string;
  try {
    text = await readFile(parsed.csv, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr.write(`${parsed.csv}: cannot read the CSV: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(e)}\n`);
    return 2;
  }
  const started = performance.now();
  const result = buildDirectory(text);
  if (!result.ok) {
    for (const p of result.problems) io.stderr.write(`${parsed.csv}: ${formatProblem(p)}\n`);
    io.stderr.write(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was written.\n`);
    return 1;
  }
  const { index, shards } = result.directory;
  // Synchronous writes: a thousand small files go several times faster than awaiting each.
  mkdirSync(parsed.out, { recursive: true });
  // Replace a previous build's shards (only files this command writes), so none go stale.
  for (const f of readdirSync(parsed.out)) if (/^\d{3}\.json$/.test(f)) rmSync(join(parsed.out, f));
  let largest = 0;
  let total = 0;
  for (const [key, list] of shards) {
    const body = JSON.stringify(list);
    const gz = gzipSync(body).length;
    largest = Math.max(largest, gz);
    total += gz;
    writeFileSync(join(parsed.out, `${key}.json`), body);
  }
  const indexBody = JSON.stringify(index);
  writeFileSync(join(parsed.out, 'index.json'), indexBody);
  const ms = performance.now() - started;
  io.stdout.write(
    `${index.count} practices in ${shards.size} shards written to ${parsed.out} (${ms.toFixed(0)} ms)\n` +
      `  shard gzip: largest ${(largest / 1024).toFixed(1)} KB, mean ${(total / Math.max(1, shards.size) / 1024).toFixed(1)} KB; index.json ${(gzipSync(indexBody).length / 1024).toFixed(1)} KB gzip\n`,
  );
  return 0;
}

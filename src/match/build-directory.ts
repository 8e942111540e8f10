import * as v from 'valibot';
import { practiceSchema, type Practice } from '../config/schema';
import { describeValue } from '../config/validate';
import { parseCsv } from './csv';
import { DIRECTORY_VERSION, type DirectoryIndex, type ShardInfo } from './directory';

// CSV -> static directory shards. Pure (text in, files out) so the CLI, tests and the bench
// share it. Every bad row is reported with its line and column; a CSV with any problem builds
// nothing, because a practice silently missing from a directory is worse than a failed build.

/** Column names are the config's practice keys; list values are separated by ";". */
export const CSV_COLUMNS = ['id', 'name', 'url', 'phone', 'address', 'city', 'state', 'zip', 'lat', 'lng', 'zipPrefixes', 'cities', 'offers', 'featured', 'bookingUrl'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['id', 'name', 'url', 'phone'];
const LISTS: ReadonlySet<Column> = new Set(['zipPrefixes', 'cities', 'offers']);

export interface DirectoryProblem {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

export interface BuiltDirectory {
  readonly index: DirectoryIndex;
  /** Shard key (ZIP3) -> its practices. */
  readonly shards: ReadonlyMap<string, readonly Practice[]>;
}

export type DirectoryBuild = { readonly ok: true; readonly directory: BuiltDirectory } | { readonly ok: false; readonly problems: readonly DirectoryProblem[] };

export const formatProblem = (p: DirectoryProblem): string => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;

const split = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);

function cell(column: Column, raw: string, problems: DirectoryProblem[], line: number): unknown {
  const s = raw.trim();
  if (s === '') return undefined;
  if (LISTS.has(column)) return split(s);
  if (column === 'lat' || column === 'lng') {
    const n = Number(s);
    if (!Number.isFinite(n)) problems.push({ line, column, message: `must be a number such as ${column === 'lat' ? '35.0844' : '-106.6504'} (got ${describeValue(s)})` });
    return Number.isFinite(n) ? n : undefined;
  }
  if (column === 'featured') {
    const b = ({ true: true, yes: true, '1': true, false: false, no: false, '0': false } as Record<string, boolean>)[s.toLowerCase()];
    if (b === undefined) problems.push({ line, column, message: `must be true or false (got ${describeValue(s)})` });
    return b;
  }
  return s;
}

/** The shards a practice belongs in: its own ZIP3 and every ZIP3 its service area names. */
export function shardKeysOf(p: Practice): string[] {
  const keys = new Set<string>();
  if (p.zip) keys.add(p.zip.slice(0, 3));
  for (const pre of p.serviceArea?.zipPrefixes ?? []) {
    if (pre.length >= 3) keys.add(pre.slice(0, 3));
    else for (let i = 0; i < 10 ** (3 - pre.length); i++) keys.add(pre + String(i).padStart(3 - pre.length, '0'));
  }
  return [...keys].sort();
}

function toPractice(row: Partial<Record<Column, unknown>>): Record<string, unknown> {
  const { zipPrefixes, cities, ...rest } = row;
  const p: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(rest)) if (val !== undefined) p[k] = val;
  if (zipPrefixes !== undefined || cities !== undefined) {
    p.serviceArea = { ...(zipPrefixes !== undefined ? { zipPrefixes } : {}), ...(cities !== undefined ? { cities } : {}) };
  }
  return p;
}

const columnOf = (issue: v.BaseIssue<unknown>): string | undefined => {
  const keys = (issue.path ?? []).map((x) => x.key);
  if (keys[0] === 'serviceArea') return typeof keys[1] === 'string' ? keys[1] : undefined;
  return typeof keys[0] === 'string' ? keys[0] : undefined;
};

export function buildDirectory(csv: string): DirectoryBuild {
  const { records, problems: csvProblems } = parseCsv(csv);
  const problems: DirectoryProblem[] = csvProblems.map((p) => ({ line: p.line, message: p.message }));
  const [header, ...rows] = records;
  if (!header) return { ok: false, problems: [...problems, { line: 1, message: `the file is empty; the first line must name the columns, e.g. ${REQUIRED.join(',')}` }] };

  const names = header.fields.map((f) => f.trim());
  names.forEach((n, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(n)) problems.push({ line: header.line, column: n || `#${i + 1}`, message: `is not a known column (known: ${CSV_COLUMNS.join(', ')})` });
    else if (names.indexOf(n) !== i) problems.push({ line: header.line, column: n, message: 'appears twice' });
  });
  for (const r of REQUIRED) if (!names.includes(r)) problems.push({ line: header.line, column: r, message: 'is a required column and is missing' });
  if (problems.length) return { ok: false, problems };

  const practices: Practice[] = [];
  const seen = new Map<string, number>();
  for (const rec of rows) {
    if (rec.fields.length !== names.length) {
      problems.push({ line: rec.line, message: `has ${rec.fields.length} fields but the header has ${names.length} (a comma inside a value needs "quotes")` });
      continue;
    }
    const rowProblems: DirectoryProblem[] = [];
    const row: Partial<Record<Column, unknown>> = {};
    names.forEach((n, i) => (row[n as Column] = cell(n as Column, rec.fields[i]!, rowProblems, rec.line)));
    const result = v.safeParse(practiceSchema, toPractice(row));
    if (!result.success) {
      for (const issue of result.issues) {
        const column = columnOf(issue);
        if (!rowProblems.some((p) => p.column === column)) rowProblems.push({ line: rec.line, ...(column ? { column } : {}), message: `${issue.message} (got ${describeValue(issue.input)})` });
      }
    }
    // Checks across columns, on the raw row so a row with other problems still gets them all.
    const has = (c: Column) => row[c] !== undefined;
    const reported = (c: Column) => rowProblems.some((x) => x.column === c);
    if (!reported('lat') && !reported('lng') && has('lat') !== has('lng')) rowProblems.push({ line: rec.line, column: has('lat') ? 'lng' : 'lat', message: 'lat and lng go together: give both or neither' });
    if (!reported('zip') && !reported('zipPrefixes') && !has('zip') && !has('zipPrefixes')) rowProblems.push({ line: rec.line, column: 'zip', message: 'needs a zip or zipPrefixes so visitors can find the practice' });
    const id = typeof row.id === 'string' ? row.id : undefined;
    const first = id === undefined ? undefined : seen.get(id);
    if (id !== undefined && first !== undefined) rowProblems.push({ line: rec.line, column: 'id', message: `"${id}" is already used on line ${first}; ids must be unique` });
    else if (id !== undefined) seen.set(id, rec.line);
    if (result.success && !rowProblems.length) practices.push(result.output);
    problems.push(...rowProblems);
  }
  if (!practices.length && !problems.length) problems.push({ line: header.line, message: 'the file has a header but no practices' });
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };

  const shards = new Map<string, Practice[]>();
  for (const p of practices) {
    for (const k of shardKeysOf(p)) {
      const list = shards.get(k);
      if (list) list.push(p);
      else shards.set(k, [p]);
    }
  }
  const info: Record<string, ShardInfo> = {};
  for (const k of [...shards.keys()].sort()) info[k] = shardInfo(shards.get(k)!);
  return {
    ok: true,
    directory: { index: { version: DIRECTORY_VERSION, count: practices.length, shards: info, featured: practices.filter((p) => p.featured).slice(0, MAX_FEATURED) }, shards },
  };
}

// The index travels to every visitor; a few featured practices are enough for the fallback.
export const MAX_FEATURED = 20;

const round2 = (n: number) => Math.round(n * 100) / 100;

function shardInfo(list: readonly Practice[]): ShardInfo {
  let minLat = Infinity, minLng = Infinity, maxLat = -Infinity, maxLng = -Infinity;
  for (const p of list) {
    if (p.lat === undefined || p.lng === undefined) continue;
    minLat = Math.min(minLat, p.lat);
    maxLat = Math.max(maxLat, p.lat);
    minLng = Math.min(minLng, p.lng);
    maxLng = Math.max(maxLng, p.lng);
  }
  // Rounded outward to 0.01° (~1 km) so the box still contains every practice.
  return minLat === Infinity ? [list.length] : [list.length, Math.floor(minLat * 100) / 100, Math.floor(minLng * 100) / 100, Math.ceil(maxLat * 100) / 100, Math.ceil(maxLng * 100) / 100].map((n, i) => (i ? round2(n) : n)) as unknown as ShardInfo;
}

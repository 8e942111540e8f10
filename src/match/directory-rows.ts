import * as v from 'valibot';
import { locationSchema, practiceSchema, type Practice, type PracticeLocation } from './practice-schema';
import { describeValue } from '../guard/describe-value';
import type { CsvRecord } from './csv';

// CSV rows -> practices, checked with the config's own rules. A practice with several
// locations has one row per location, its id repeated on rows that follow one another; the
// practice's own columns are given on its first row (later rows leave them empty or repeat them).

/** Column names are the config's practice keys, plus `location` (a location's name); lists are separated by ";". */
export const CSV_COLUMNS = ['id', 'name', 'url', 'phone', 'location', 'address', 'city', 'state', 'zip', 'lat', 'lng', 'zipPrefixes', 'cities', 'offers', 'featured', 'bookingUrl'] as const;
export type Column = (typeof CSV_COLUMNS)[number];
export const REQUIRED: readonly Column[] = ['id', 'name', 'url', 'phone'];
const LISTS: ReadonlySet<Column> = new Set(['zipPrefixes', 'cities', 'offers']);
/** The same for every location of a practice: on its first row only (or repeated). */
const PRACTICE_COLUMNS: readonly Column[] = ['name', 'url', 'zipPrefixes', 'cities', 'offers', 'featured'];
const PLACE_KEYS = ['address', 'city', 'state', 'zip', 'lat', 'lng'] as const;
export const MAX_LOCATIONS = 100;

export interface DirectoryProblem {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

export const formatProblem = (p: DirectoryProblem): string => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;

type Row = Partial<Record<Column, unknown>>;

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

/** The practice a first row describes, in the config's shape (`location` aside). */
function toPractice(row: Row): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  for (const k in row) if (row[k as Column] !== undefined && k !== 'zipPrefixes' && k !== 'cities' && k !== 'location') p[k] = row[k as Column];
  if (row.zipPrefixes !== undefined || row.cities !== undefined) {
    p.serviceArea = { ...(row.zipPrefixes !== undefined ? { zipPrefixes: row.zipPrefixes } : {}), ...(row.cities !== undefined ? { cities: row.cities } : {}) };
  }
  return p;
}

const columnOf = (issue: v.BaseIssue<unknown>): string | undefined => {
  const keys = (issue.path ?? []).map((x) => x.key);
  if (keys[0] === 'serviceArea') return typeof keys[1] === 'string' ? keys[1] : undefined;
  return typeof keys[0] === 'string' ? keys[0] : undefined;
};

function issues(result: v.SafeParseResult<v.GenericSchema>, line: number, problems: DirectoryProblem[], rename?: Readonly<Record<string, string>>): void {
  if (result.success) return;
  for (const issue of result.issues) {
    const key = columnOf(issue);
    const column = key && rename?.[key] ? rename[key] : key;
    if (!problems.some((p) => p.column === column)) problems.push({ line, ...(column ? { column } : {}), message: `${issue.message} (got ${describeValue(issue.input)})` });
  }
}

/** The object schema inside locationSchema (its cross-field checks are made here, per column). */
const locationEntries = locationSchema.pipe[0];

interface Group {
  readonly id: string;
  readonly line: number;
  readonly raw: readonly string[];
  practice?: Practice;
  locations: PracticeLocation[];
  named: boolean;
  /** Some row gave a zip or zipPrefixes (or one that was reported as wrong). */
  hasZip: boolean;
  broken: boolean;
}

export interface RowReader {
  /** The header record; false when it has problems (rows cannot be read then). */
  header(rec: CsvRecord): boolean;
  row(rec: CsvRecord): void;
  /** Ends the last practice. */
  end(): void;
}

/**
 * Reads rows into practices, calling `onPractice` for each valid one (with the line of its first
 * row) and `onProblem` for every problem. Holds one practice at a time plus the ids seen.
 */
export function createRowReader(onPractice: (p: Practice, line: number) => void, onProblem: (p: DirectoryProblem) => void): RowReader {
  let names: Column[] = [];
  let group: Group | undefined;
  // Ids seen, with their first line: copied into short strings of their own, so a million ids
  // do not keep the file's text alive (a slice of a string can hold on to all of it).
  const seen = new Map<string, number>();
  const own = (s: string) => Buffer.from(s, 'latin1').toString('latin1');

  function close(): void {
    const g = group;
    group = undefined;
    if (!g) return;
    if (!g.hasZip) onProblem({ line: g.line, column: 'zip', message: 'needs a zip or zipPrefixes so visitors can find the practice' });
    if (!g.hasZip || g.broken || !g.practice) return;
    if (!g.named && g.locations.length === 1) return onPractice(g.practice, g.line);
    const first = g.locations[0]!;
    if (!(first.zip || first.city || first.lat !== undefined)) {
      onProblem({ line: g.line, column: 'zip', message: 'needs a zip, a city, or lat and lng, so visitors can find this location' });
      return;
    }
    const p: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(g.practice)) if (!(PLACE_KEYS as readonly string[]).includes(k)) p[k] = val;
    p.locations = g.locations;
    const r = v.safeParse(practiceSchema, p);
    if (r.success) return onPractice(r.output, g.line);
    const problems: DirectoryProblem[] = [];
    issues(r, g.line, problems);
    problems.forEach(onProblem);
  }

  return {
    header(rec) {
      names = rec.fields.map((f) => f.trim()) as Column[];
      let ok = true;
      names.forEach((n, i) => {
        if (!(CSV_COLUMNS as readonly string[]).includes(n)) onProblem({ line: rec.line, column: n || `#${i + 1}`, message: `is not a known column (known: ${CSV_COLUMNS.join(', ')})` });
        else if (names.indexOf(n) !== i) onProblem({ line: rec.line, column: n, message: 'appears twice' });
        else return;
        ok = false;
      });
      for (const r of REQUIRED) {
        if (!names.includes(r)) {
          onProblem({ line: rec.line, column: r, message: 'is a required column and is missing' });
          ok = false;
        }
      }
      return ok;
    },

    row(rec) {
      const line = rec.line;
      if (rec.fields.length !== names.length) {
        onProblem({ line, message: `has ${rec.fields.length} fields but the header has ${names.length} (a comma inside a value needs "quotes")` });
        return;
      }
      const problems: DirectoryProblem[] = [];
      const row: Row = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = cell(names[i]!, rec.fields[i]!, problems, line);
      const id = typeof row.id === 'string' ? row.id : '';
      const has = (c: Column) => row[c] !== undefined;
      const reported = (c: Column) => problems.some((x) => x.column === c);
      // Checks across columns, on the raw row so a row with other problems still gets them all.
      const crossChecks = () => {
        if (!reported('lat') && !reported('lng') && has('lat') !== has('lng')) problems.push({ line, column: has('lat') ? 'lng' : 'lat', message: 'lat and lng go together: give both or neither' });
      };

      if (group && id && id === group.id) {
        // Another location of the practice on the rows above.
        const g = group;
        for (const c of PRACTICE_COLUMNS) {
          const i = names.indexOf(c);
          const raw = i < 0 ? '' : rec.fields[i]!.trim();
          if (raw && raw !== g.raw[i]!.trim()) problems.push({ line, column: c, message: `differs from line ${g.line}, this practice's first row: leave it empty on its other locations, or repeat it` });
        }
        if (g.locations.length >= MAX_LOCATIONS) problems.push({ line, message: `is location ${g.locations.length + 1} of "${id}"; a practice may have at most ${MAX_LOCATIONS}` });
        const place: Record<string, unknown> = {};
        for (const k of [...PLACE_KEYS, 'phone', 'bookingUrl'] as const) if (row[k] !== undefined) place[k] = row[k];
        if (row.location !== undefined) place.name = row.location;
        // Its phone and booking page are the practice's unless the row gives its own.
        if (place.phone === g.practice?.phone) delete place.phone;
        if (place.bookingUrl === g.practice?.bookingUrl) delete place.bookingUrl;
        const r = v.safeParse(locationEntries, place);
        issues(r, line, problems, { name: 'location' });
        crossChecks();
        g.hasZip ||= has('zip');
        if (!problems.length && !(place.zip || place.city || place.lat !== undefined)) problems.push({ line, column: 'zip', message: 'needs a zip, a city, or lat and lng, so visitors can find this location' });
        if (problems.length) g.broken = true;
        else if (r.success) {
          g.locations.push(r.output);
          g.named = true;
        }
        problems.forEach(onProblem);
        return;
      }

      close();
      const first = id ? seen.get(id) : undefined;
      if (first !== undefined) problems.push({ line, column: 'id', message: `"${id}" is already used on line ${first}; ids must be unique (a practice's locations go on rows one after the other)` });
      else if (id) seen.set(own(id), line);
      // A location row away from its practice's rows: the misplaced id is the one problem.
      const stray = first !== undefined && !has('name') && !has('url') && !has('phone');
      const r = v.safeParse(practiceSchema, toPractice(row));
      if (!stray) issues(r, line, problems);
      crossChecks();
      let name: string | undefined;
      if (typeof row.location === 'string') {
        const n = v.safeParse(locationEntries.entries.name, row.location);
        if (n.success) name = n.output;
        else problems.push({ line, column: 'location', message: `${n.issues[0].message} (got ${describeValue(row.location)})` });
      }
      const practice = r.success ? r.output : undefined;
      const place: PracticeLocation = {};
      if (practice) for (const k of PLACE_KEYS) if (practice[k] !== undefined) (place as Record<string, unknown>)[k] = practice[k];
      if (name) (place as { name?: string }).name = name;
      group = {
        id,
        line,
        raw: rec.fields,
        locations: [place],
        named: !!name,
        hasZip: has('zip') || has('zipPrefixes') || reported('zip') || reported('zipPrefixes'),
        broken: problems.length > 0 || !practice || !id,
      };
      if (practice) group.practice = practice;
      problems.forEach(onProblem);
    },

    end: close,
  };
}

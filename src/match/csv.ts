// RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes
// may hold commas, line breaks and doubled quotes (""). Used by the directory build (node),
// which streams files of a million rows: createCsvReader takes the text in chunks.

export interface CsvRecord {
  /** 1-based line where the record starts (records may span lines inside quotes). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface CsvParse {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

interface Scanned {
  /** Characters read: the rest is a record that may continue in the next piece of text. */
  readonly used: number;
  readonly line: number;
  /** The unread record ends inside quotes (so more text without a quote cannot end it). */
  readonly quoted: boolean;
}

/**
 * Scans records from `s`, numbering lines from `line`. Unless `final`, a record is taken only
 * once its line break is in `s`: the rest waits for more text. Blank lines are skipped.
 */
function scan(s: string, line: number, final: boolean, onRecord: (r: CsvRecord) => void, onProblem: (p: CsvProblem) => void): Scanned {
  const n = s.length;
  let i = 0;
  // Scans with charCodeAt and slices whole runs: per-character string building is ~10x slower
  // on a 100k-row directory.
  while (i < n) {
    const begin = i;
    const start = line;
    const fields: string[] = [];
    // Held until the record is complete: an unfinished one is read again with more text.
    const problems: CsvProblem[] = [];
    for (;;) {
      let field: string;
      if (s.charCodeAt(i) === QUOTE) {
        field = '';
        const open = i;
        let from = ++i;
        let closed = false;
        let lines = 0;
        while (i < n) {
          const c = s.charCodeAt(i);
          if (c === QUOTE) {
            field += s.slice(from, i);
            if (s.charCodeAt(i + 1) === QUOTE) {
              field += '"';
              i += 2;
              from = i;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === LF) lines++;
          i++;
        }
        if (!closed) {
          if (!final) return { used: begin, line: start, quoted: true };
          // A quote that never closes would swallow the rest of the file: report it and end the
          // field at its own line, so the rows after it are still checked.
          problems.push({ line, message: 'a quoted field is never closed (missing ")' });
          const eol = s.indexOf('\n', open);
          i = eol < 0 ? n : s.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
          field = s.slice(open + 1, i);
        } else {
          line += lines;
          if (i < n && s.charCodeAt(i) !== COMMA && s.charCodeAt(i) !== LF && s.charCodeAt(i) !== CR) {
            problems.push({ line, message: 'text after a closing quote (quote the whole field and double any " inside it)' });
            const from2 = i;
            while (i < n && s.charCodeAt(i) !== COMMA && s.charCodeAt(i) !== LF && s.charCodeAt(i) !== CR) i++;
            field += s.slice(from2, i);
          }
        }
      } else {
        const from = i;
        let stray = false;
        for (let c = s.charCodeAt(i); i < n && c !== COMMA && c !== LF && c !== CR; c = s.charCodeAt(++i)) if (c === QUOTE) stray = true;
        if (stray) problems.push({ line, message: 'a quote inside an unquoted field (quote the whole field and double any " inside it)' });
        field = s.slice(from, i);
      }
      fields.push(field);
      if (s.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      let j = i;
      if (s.charCodeAt(j) === CR) j++;
      if (s.charCodeAt(j) === LF) j++;
      else if (j >= n && !final) return { used: begin, line: start, quoted: false };
      i = j;
      line++;
      break;
    }
    for (const p of problems) onProblem(p);
    if (!(fields.length === 1 && fields[0] === '')) onRecord({ line: start, fields });
  }
  return { used: n, line, quoted: false };
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // spreadsheet BOM

/** Parses CSV text into records; never throws. Blank lines are skipped, not counted as records. */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  scan(stripBom(text), 1, true, (r) => records.push(r), (p) => problems.push(p));
  return { records, problems };
}

export interface CsvReader {
  /** Takes the next piece of text (any size, cut anywhere). */
  push(chunk: string): void;
  /** The file has ended: reads what is left. */
  end(): void;
}

/**
 * Reads CSV text in chunks, calling back for each record and problem in file order, holding
 * only the last unfinished record (read again, with the next chunk, from its start).
 */
export function createCsvReader(onRecord: (r: CsvRecord) => void, onProblem: (p: CsvProblem) => void): CsvReader {
  let carry = '';
  let quoted = false;
  let line = 1;
  let first = true;
  return {
    push(chunk) {
      if (first && chunk) {
        chunk = stripBom(chunk);
        first = false;
      }
      const text = carry + chunk;
      // Inside an open quote, text without a quote cannot end the record: wait, do not re-read
      // (a field that never closes would otherwise be re-read with every chunk).
      if (quoted && !chunk.includes('"')) {
        carry = text;
        return;
      }
      const r = scan(text, line, false, onRecord, onProblem);
      carry = r.used ? text.slice(r.used) : text;
      line = r.line;
      quoted = r.quoted;
    },
    end() {
      if (carry) line = scan(carry, line, true, onRecord, onProblem).line;
      carry = '';
    },
  };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvReader, parseCsv, type CsvParse, type CsvProblem, type CsvRecord } from '../../src/match/csv';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits fields on commas and records on LF or CRLF', () => {
    expect(fields('a,b\r\n1,2\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const r = parseCsv('name,address\n"Glow, LLC","12 ""Old"" Rd\nSuite 4"\nnext,row\n');
    expect(r.records.map((x) => x.fields)).toEqual([['name', 'address'], ['Glow, LLC', '12 "Old" Rd\nSuite 4'], ['next', 'row']]);
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 4]);
    expect(r.problems).toEqual([]);
  });

  it('keeps empty fields and skips blank lines', () => {
    expect(fields('a,,c\n\n,\n')).toEqual([['a', '', 'c'], ['', '']]);
  });

  it('ignores a spreadsheet byte-order mark', () => {
    expect(fields('\uFEFFid,name\n')).toEqual([['id', 'name']]);
  });

  it('reports a quote that is never closed, with its line, and still reads the rows after it', () => {
    const r = parseCsv('a,b\n1,"open\n2,3\n');
    expect(r.problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
    expect(r.records.map((x) => [x.line, ...x.fields])).toEqual([[1, 'a', 'b'], [2, '1', 'open'], [3, '2', '3']]);
  });

  it('reports stray quotes in and after fields', () => {
    expect(parseCsv('a,b\n1,ab"c\n').problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('quote inside an unquoted field') });
    expect(parseCsv('a,b\n1,"ab"c\n').problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('after a closing quote') });
  });
});

function readInPieces(text: string, cuts: readonly number[]): CsvParse {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const reader = createCsvReader((r) => records.push(r), (p) => problems.push(p));
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, Math.max(at, c)));
    at = Math.max(at, c);
  }
  reader.push(text.slice(at));
  reader.end();
  return { records, problems };
}

describe('createCsvReader (streamed)', () => {
  it('reads a file cut into pieces anywhere exactly as the whole text', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ',', '"', '""', '\n', '\r\n', '\r', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(60), { maxLength: 8 }), (t, cuts) => {
        expect(readInPieces(t, cuts)).toEqual(parseCsv(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('drops the byte-order mark only at the start of the file', () => {
    expect(readInPieces('\uFEFFid\n\uFEFFx\n', [1, 4]).records.map((r) => r.fields)).toEqual([['id'], ['\uFEFFx']]);
  });
});

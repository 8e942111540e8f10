import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/match/csv';

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

  it('reports a quote that is never closed, with its line', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([{ line: 2, message: expect.stringContaining('never closed') }]);
  });

  it('reports stray quotes in and after fields', () => {
    expect(parseCsv('a,b\n1,ab"c\n').problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('quote inside an unquoted field') });
    expect(parseCsv('a,b\n1,"ab"c\n').problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('after a closing quote') });
  });
});

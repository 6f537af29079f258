/**
 * The CSV that exports write (src/format/csv.ts): one line per cell, how it is written and what a
 * reader (csv-parse) gets back. Cells are quoted per RFC 4180 (inner quotes doubled) when they
 * hold a comma, a quote or a line break, and also a semicolon, a tab, or leading or trailing
 * white space; cells that look like formulas get a `'` in front, which is all a reader sees
 * beyond the cell itself.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvStream, safeCell } from '../../src/format/csv.ts';

async function* one<T>(row: T): AsyncIterable<T> {
  yield row;
}

/** The CSV of one row, the cell between two plain ones, so its boundaries show. */
async function written(cell: string | null): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of csvStream(['first', 'cell', 'last'], one(cell), (c) => ['a', safeCell(c), 'z'])) chunks.push(Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV cells', () => {
  it.each<[string, string | null, string, 'as is' | 'escaped']>([
    ['plain text', 'Laptop 7', 'Laptop 7', 'as is'],
    ['nothing', null, '', 'as is'],
    ['an empty string', '', '', 'as is'],
    ['a comma', 'Doe, Jane', '"Doe, Jane"', 'as is'],
    ['a semicolon', 'a;b', '"a;b"', 'as is'],
    ['a tab inside', 'a\tb', '"a\tb"', 'as is'],
    ['a quote', 'the "big" one', '"the ""big"" one"', 'as is'],
    ['only a quote', '"', '""""', 'as is'],
    ['a line feed', 'line\nbreak', '"line\nbreak"', 'as is'],
    ['a carriage return', 'line\rbreak', '"line\rbreak"', 'as is'],
    ['CR LF at the end', 'line\r\n', '"line\r\n"', 'as is'],
    ['a leading space', ' padded', '" padded"', 'as is'],
    ['a trailing space', 'padded ', '"padded "', 'as is'],
    ['only spaces', '   ', '"   "', 'as is'],
    ['a leading space before a formula', ' =1+1', '" =1+1"', 'as is'],
    ['a formula', '=1+1', "'=1+1", 'escaped'],
    ['a formula with quotes and semicolons', '=HYPERLINK("http://x";"y")', '"\'=HYPERLINK(""http://x"";""y"")"', 'escaped'],
    ['a plus', '+33 1 23', "'+33 1 23", 'escaped'],
    ['a minus', '-2', "'-2", 'escaped'],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)", 'escaped'],
    ['a leading tab', '\t=1', '"\'\t=1"', 'escaped'],
    ['a leading carriage return', '\r=1', '"\'\r=1"', 'escaped'],
    ['everything at once', ' "a";\tb,\nc ', '" ""a"";\tb,\nc "', 'as is'],
  ])('%s', async (_what, cell, cellCsv, formula) => {
    const csv = await written(cell);
    expect(csv).toBe(`first,cell,last\na,${cellCsv},z\n`);
    const records = parse(csv, { relax_column_count: false }) as string[][];
    expect(records).toHaveLength(2);
    const read = records[1]!;
    expect(read).toHaveLength(3);
    expect([read[0], read[2]]).toEqual(['a', 'z']);
    expect(read[1]).toBe(formula === 'escaped' ? `'${cell}` : (cell ?? ''));
  });
});

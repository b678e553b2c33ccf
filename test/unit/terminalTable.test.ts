import Table from 'cli-table3';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { PLAIN_CELL, plainTable, ROWS_PER_PIECE, terminalTable } from '../../src/reporters/shared/terminalTable.js';

/** The table as cli-table3 draws it in one piece. */
function whole(head: string[], rows: string[][]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns: ['left', 'right', 'left'] });
  for (const row of rows) table.push(row);
  return table.toString();
}

describe('a long terminal table, drawn in pieces', () => {
  it('is the same as the table drawn whole, wide, coloured and multi-line cells included', () => {
    const rows = Array.from({ length: ROWS_PER_PIECE * 2 + 37 }, (_, i) => [
      `plans/${i}.yaml`,
      // The widest cell of a column is in the last piece, so the widths must come from all pieces.
      i === ROWS_PER_PIECE * 2 + 20 ? '€ 1.234.567.890,12' : `€ ${i}.000`,
      i % 50 === 0
        ? `\u001b[31mrood ${i}\u001b[39m`
        : i % 77 === 0
          ? `twee\nregels ${i}`
          : i % 91 === 0
            ? `Zürich 東京 ${i}`
            : `titel ${i}`,
    ]);
    const head = ['Plan', 'Bedrag', 'Titel'];
    const pieces = terminalTable(head, rows, ['left', 'right', 'left']);
    expect(pieces).toBe(whole(head, rows));
    expect(pieces.split('\n').filter((l) => l.startsWith('┌')).length).toBe(1);
  });
});

/** cli-table3's own drawing, with the options terminalTable gives it. */
function drawn(head: string[], rows: string[][], colAligns: ('left' | 'right')[]): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true }, colAligns });
  for (const row of rows) table.push(row);
  return table.toString();
}

/** Every character PLAIN_CELL accepts (all are in the Basic Multilingual Plane). */
const plainCharacters = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter(
  (c) => !/[\ud800-\udfff]/.test(c) && PLAIN_CELL.test(c),
);

describe('a table of plain cells, drawn without cli-table3', () => {
  it('accepts only characters that cli-table3 measures as one column', () => {
    expect(plainCharacters.length).toBeGreaterThan(500);
    for (const c of plainCharacters) expect([c, stringWidth(c)]).toEqual([c, 1]);
    // What it must leave to cli-table3: colour codes, line breaks, tabs, wide, combining and emoji characters.
    for (const c of ['\u001b', '\n', '\r', '\t', '東', '\u0301', '©', '®', '\u00ad', '\u200b', '\ufffd', '😀'])
      expect(PLAIN_CELL.test(c)).toBe(false);
  });

  it('is drawn byte for byte as cli-table3 draws it', () => {
    const cell = fc.stringMatching(/^[ -~\u00e9\u00fc\u2013\u2026\u20ac]{0,12}$/);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.record({
            head: fc.oneof(fc.constant([] as string[]), fc.array(cell, { minLength: columns, maxLength: columns })),
            rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 8 }),
            aligns: fc.array(fc.constantFrom('left' as const, 'right' as const), { minLength: columns, maxLength: columns }),
          }),
        ),
        ({ head, rows, aligns }) => {
          // A table without a head or rows has no columns: cli-table3 draws it.
          fc.pre(head.length > 0 || rows.length > 0);
          const colAligns = head.length > 0 ? aligns : [];
          const plain = plainTable(head, rows, colAligns);
          expect(plain).not.toBeNull();
          expect(plain).toBe(drawn(head, rows, colAligns));
          expect(terminalTable(head, rows, colAligns)).toBe(plain);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves coloured, multi-line, wide and ragged tables to cli-table3', () => {
    expect(plainTable(['a'], [['\u001b[31mrood\u001b[39m']], ['left'])).toBeNull();
    expect(plainTable(['a'], [['twee\nregels']], ['left'])).toBeNull();
    expect(plainTable(['a'], [['東京']], ['left'])).toBeNull();
    expect(plainTable(['a', 'b'], [['een']], ['left', 'left'])).toBeNull();
    expect(plainTable([], [], [])).toBeNull();
  });

  it('draws a long table in one piece, as cli-table3 draws it whole', () => {
    const rows = Array.from({ length: ROWS_PER_PIECE * 3 + 5 }, (_, i) => [
      `plans/${i}.yaml`,
      i === 400 ? '€ 1.234.567.890,12' : `€ ${i}.000`,
      `titel ${i}`,
    ]);
    const head = ['Plan', 'Bedrag', 'Titel'];
    expect(terminalTable(head, rows, ['left', 'right', 'left'])).toBe(whole(head, rows));
  });
});

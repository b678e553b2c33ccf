import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { ROWS_PER_PIECE, terminalTable } from '../../src/reporters/shared/terminalTable.js';

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
      i % 50 === 0 ? `\u001b[31mrood ${i}\u001b[39m` : i % 77 === 0 ? `twee\nregels ${i}` : i % 91 === 0 ? `Zürich 東京 ${i}` : `titel ${i}`,
    ]);
    const head = ['Plan', 'Bedrag', 'Titel'];
    const pieces = terminalTable(head, rows, ['left', 'right', 'left']);
    expect(pieces).toBe(whole(head, rows));
    expect(pieces.split('\n').filter((l) => l.startsWith('┌')).length).toBe(1);
  });
});

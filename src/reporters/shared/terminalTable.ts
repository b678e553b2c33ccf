import Table from 'cli-table3';
import type { Align } from './markdownTable.js';

/**
 * Rows per cli-table3 table: its layout takes time quadratic in the rows, so a long table (the
 * activities of thousands of plans) is drawn in pieces of the same column widths and joined.
 */
export const ROWS_PER_PIECE = 200;

/**
 * A terminal table with plain borders; cli-table3's own colours are switched off so that colour
 * comes only from the caller's chalk instance (and so respects --no-color and NO_COLOR).
 */
export function terminalTable(head: string[], rows: string[][], align: Align[] = []): string {
  const aligns = head.map((_, i) => align[i] ?? 'left');
  if (rows.length <= ROWS_PER_PIECE) return draw(head, rows, aligns);
  const pieces: string[][][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) pieces.push(rows.slice(i, i + ROWS_PER_PIECE));
  // The widths cli-table3 would choose for the whole table: the widest of each piece's columns,
  // read from the top border of the piece drawn on its own.
  const widths = head.map(() => 0);
  pieces.forEach((piece, i) => {
    const top = draw(i === 0 ? head : [], piece, aligns).split('\n', 1)[0]!;
    for (const [c, segment] of top.slice(1, -1).split('┬').entries()) widths[c] = Math.max(widths[c]!, segment.length);
  });
  const drawn = pieces.map((piece, i) => draw(i === 0 ? head : [], piece, aligns, widths).split('\n'));
  // Each piece but the last loses its bottom border, each but the first its top border.
  return drawn.map((lines, i) => lines.slice(i === 0 ? 0 : 1, i === drawn.length - 1 ? lines.length : -1).join('\n')).join('\n');
}

function draw(head: string[], rows: string[][], colAligns: Align[], colWidths?: number[]): string {
  const table = new Table({
    head,
    style: { head: [], border: [], compact: true },
    colAligns,
    ...(colWidths === undefined ? {} : { colWidths }),
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

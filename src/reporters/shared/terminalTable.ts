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
  const plain = plainTable(head, rows, aligns);
  if (plain !== null) return plain;
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

/**
 * Characters that cli-table3 measures as one column each (through string-width: no control,
 * combining, wide or emoji character) and that need no handling of their own: printable ASCII,
 * Latin-1 and Latin Extended letters, the dashes, quotes and ellipsis of Dutch text, and the euro
 * sign. `test/unit/terminalTable.test.ts` checks each of them against string-width.
 */
export const PLAIN_CELL = /^[ -~\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac]*$/;

/**
 * The table drawn as cli-table3 draws it (compact, padding of one space, no colours), byte for
 * byte, when every cell is one line of plain characters (`PLAIN_CELL`), every row has a cell for
 * every column and there is a column at all; null otherwise, for cli-table3 to draw. cli-table3
 * measures each cell's width by stripping colour codes with a regular expression made anew for each
 * call (totals of 1,000 plans: a third of the run in drawing its terminal table); for plain cells
 * the width is the length.
 */
export function plainTable(head: string[], rows: string[][], aligns: Align[]): string | null {
  const columns = head.length > 0 ? head.length : (rows[0]?.length ?? 0);
  if (columns === 0) return null;
  const widths = new Array<number>(columns).fill(0);
  const measure = (row: string[]): boolean => {
    if (row.length !== columns) return false;
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      if (typeof cell !== 'string' || !PLAIN_CELL.test(cell)) return false;
      if (cell.length > widths[c]!) widths[c] = cell.length;
    }
    return true;
  };
  if (head.length > 0 && !measure(head)) return null;
  for (const row of rows) if (!measure(row)) return null;
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const line = (row: string[]) => {
    let out = '│';
    for (let c = 0; c < columns; c++) {
      const cell = row[c]!;
      const fill = ' '.repeat(widths[c]! - cell.length);
      out += ' ' + (aligns[c] === 'right' ? fill + cell : cell + fill) + ' │';
    }
    return out;
  };
  const out = [rule('┌', '┬', '┐')];
  if (head.length > 0) {
    out.push(line(head));
    if (rows.length > 0) out.push(rule('├', '┼', '┤'));
  }
  for (const row of rows) out.push(line(row));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

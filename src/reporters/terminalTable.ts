import Table from 'cli-table3';
import type { Align } from './markdownTable.js';

/**
 * A terminal table with plain borders; cli-table3's own colours are switched off so that colour
 * comes only from the caller's chalk instance (and so respects --no-color and NO_COLOR).
 */
export function terminalTable(head: string[], rows: string[][], align: Align[] = []): string {
  const table = new Table({
    head,
    style: { head: [], border: [], compact: true },
    colAligns: head.map((_, i) => align[i] ?? 'left'),
  });
  for (const row of rows) table.push(row);
  return table.toString();
}

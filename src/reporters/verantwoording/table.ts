import type { Verantwoording } from '../../core/buildVerantwoording.js';
import { Chalk } from 'chalk';
import type { ReporterOptions } from '../shared/options.js';
import { renderTerminal, type Cell } from '../shared/tableSpec.js';
import { verantwoordingBlocks, type VerantwoordingBlock } from './blocks.js';

const text = (c: Cell) => (typeof c === 'string' ? c : c.text);

/** The account for the terminal: headings, fields and tables, the assessment in colour where allowed. */
export function verantwoordingTable(account: Verantwoording, options: ReporterOptions): string {
  return blocksTable(verantwoordingBlocks(account, options.lang), options);
}

/** Blocks for the terminal. */
export function blocksTable(blocks: VerantwoordingBlock[], options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = (c: Cell) =>
    typeof c === 'string' || c.tone === undefined ? text(c) : { bad: chalk.red, warn: chalk.yellow, good: chalk.green }[c.tone](c.text);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(chalk.bold(b.level <= 2 ? b.text.toUpperCase() : b.text));
    else if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'fields') out.push(b.fields.map(([k, v]) => `${k}: ${paint(v)}`).join('\n'));
    else out.push(renderTerminal(b.spec, options.color));
  }
  return out.join('\n\n') + '\n';
}

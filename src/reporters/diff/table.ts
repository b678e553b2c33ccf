import { Chalk } from 'chalk';
import type { DiffReport } from '../../core/diffPlans.js';
import { diffBlocks, type DiffBlock } from './blocks.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderTerminal } from '../shared/tableSpec.js';

/** A diff for the terminal: the summary line, then per file its tables and lists. */
export function diffTable(report: DiffReport, options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const render = (block: DiffBlock): string => {
    switch (block.kind) {
      case 'summary':
        return block.text;
      case 'heading':
        return `${chalk.bold(block.text)}\n${'='.repeat(block.text.length)}`;
      case 'paragraph':
        return block.text;
      case 'table':
        return renderTerminal(block.spec, options.color);
      case 'list':
        return `${chalk.bold(block.title)}\n${block.items.map((item) => `  • ${item}`).join('\n')}`;
    }
  };
  return diffBlocks(report, options.lang).map(render).join('\n\n') + '\n';
}

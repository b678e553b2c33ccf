import { Chalk } from 'chalk';
import type { Report } from '../../core/buildReport.js';
import type { ReporterOptions } from '../shared/options.js';
import { reportBlocks, type Block } from './blocks.js';
import { renderTerminal } from '../shared/tableSpec.js';

/** A year's report for the terminal: headings, text, and tables. */
export function reportTable(report: Report, options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const render = (block: Block): string => {
    switch (block.kind) {
      case 'heading': {
        if (block.level === 1) return `${chalk.bold(block.text)}\n${'='.repeat(block.text.length)}`;
        if (block.level === 2) return `${chalk.bold(block.text)}\n${'-'.repeat(block.text.length)}`;
        return chalk.bold(block.text);
      }
      case 'paragraph':
        return block.text;
      case 'fields':
        return block.fields.map(([label, value]) => `${chalk.dim(`${label}:`)} ${value}`).join('\n');
      case 'list':
        return block.items.map((item) => `  • ${item}`).join('\n');
      case 'table':
        return renderTerminal(block.spec, options.color);
      case 'charts':
        return '';
    }
  };
  return (
    reportBlocks(report, options.lang)
      .map(render)
      .filter((text) => text !== '')
      .join('\n\n') + '\n'
  );
}

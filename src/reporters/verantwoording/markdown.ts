import type { Verantwoording } from '../../core/buildVerantwoording.js';
import { escapeMarkdown, escapeMarkdownLines } from '../shared/markdownTable.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderMarkdown, type Cell } from '../shared/tableSpec.js';
import { verantwoordingBlocks, type VerantwoordingBlock } from './blocks.js';

const text = (c: Cell) => (typeof c === 'string' ? c : c.text);

/** The account as Markdown: a heading per plan and activity, the three questions under each activity. */
export function verantwoordingMarkdown(account: Verantwoording, options: ReporterOptions): string {
  return blocksMarkdown(verantwoordingBlocks(account, options.lang));
}

/** Blocks as Markdown: a table goes one level below the heading before it. */
export function blocksMarkdown(blocks: VerantwoordingBlock[]): string {
  let level = 1;
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      level = b.level;
      out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
    } else if (b.kind === 'paragraph') out.push(escapeMarkdownLines(b.text.split(/\r?\n/)));
    else if (b.kind === 'fields') out.push(b.fields.map(([k, v]) => `- **${escapeMarkdown(k)}:** ${escapeMarkdown(text(v))}`).join('\n'));
    else out.push(renderMarkdown(b.spec, Math.min(level + 1, 6)));
  }
  return out.join('\n\n') + '\n';
}

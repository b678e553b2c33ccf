import type { DiffReport } from '../../core/diffPlans.js';
import { diffBlocks, type DiffBlock } from './blocks.js';
import { escapeMarkdown, markdownTable } from '../shared/markdownTable.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderMarkdown, type Cell } from '../shared/tableSpec.js';

/** Wraps Markdown in a collapsed `<details>` block; the blank lines let GitHub render the inside. */
function collapsed(title: string, count: number, body: string): string {
  return `<details>\n<summary>${escapeMarkdown(title)} (${count})</summary>\n\n${body}\n\n</details>`;
}

/**
 * A diff as Markdown, ready to post as a pull-request comment: the one-line summary first, then
 * per file its tables; long tables and lists are collapsed. Plan text is escaped.
 */
export function diffMarkdown(report: DiffReport, options: ReporterOptions): string {
  const render = (block: DiffBlock): string => {
    switch (block.kind) {
      case 'summary':
        return `**jaarplan diff:** ${escapeMarkdown(block.text)}`;
      case 'heading':
        return `## ${escapeMarkdown(block.text)}`;
      case 'paragraph':
        return escapeMarkdown(block.text);
      case 'table': {
        // A comment renders HTML: markdownTable escapes `<` in a cell, so plan text cannot open a tag (or close the <details>).
        const cell = (c: Cell) => (typeof c === 'string' ? c : c.text);
        const spec = { ...block.spec, rows: block.spec.rows.map((r) => r.map(cell)) };
        if (!block.collapse) return renderMarkdown(spec, 3);
        return collapsed(spec.title, spec.rows.length, markdownTable(spec.head, spec.rows, spec.align));
      }
      case 'list': {
        // "1. Title" at the start of a list item would open a numbered list inside it.
        const items = block.items.map((item) => `- ${escapeMarkdown(item).replace(/^(\d+)\./, '$1\\.')}`).join('\n');
        return block.collapse ? collapsed(block.title, block.items.length, items) : `### ${escapeMarkdown(block.title)}\n\n${items}`;
      }
    }
  };
  return diffBlocks(report, options.lang).map(render).join('\n\n') + '\n';
}

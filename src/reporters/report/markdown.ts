import type { Report } from '../../core/buildReport.js';
import { escapeMarkdown, escapeMarkdownLineStart, escapeMarkdownLines } from '../shared/markdownTable.js';
import { mermaidSources } from './mermaid.js';
import type { ReporterOptions } from '../shared/options.js';
import { planTextParts } from './planText.js';
import { reportBlocks, type Block } from './blocks.js';
import { renderMarkdown } from '../shared/tableSpec.js';

/**
 * Plan text as Markdown: its paragraphs, and the lists it writes out as real lists. A list of plan
 * text is marked with `*` (or `1.`), and the next one with `+` (or `1)`): a list marked differently
 * from the one after it cannot merge with it, such as the `-` list of fields below a description.
 */
export function planTextMarkdown(text: string): string {
  let lists = 0;
  return planTextParts(text)
    .map((part) => {
      if (part.kind === 'paragraph') return escapeMarkdownLines(part.lines);
      const alternate = lists++ % 2 === 1;
      return part.items
        .map((item, i) => {
          const marker = part.ordered ? `${part.start + i}${alternate ? ')' : '.'}` : alternate ? '+' : '*';
          return `${marker} ${escapeMarkdownLines(item.split('\n'), ' '.repeat(marker.length + 1))}`;
        })
        .join('\n');
    })
    .join('\n\n');
}

/** A year's report as Markdown; plan text is escaped so it cannot inject markup. */
export function reportMarkdown(report: Report, options: ReporterOptions): string {
  const render = (block: Block): string => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'paragraph':
        return planTextMarkdown(block.text);
      case 'fields':
        return block.fields.map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n');
      case 'list':
        return block.items.map((item) => `- ${escapeMarkdownLineStart(item)}`).join('\n');
      case 'table':
        return renderMarkdown(block.spec, 3);
      case 'charts':
        return mermaidSources(block.totals, options.lang);
    }
  };
  return reportBlocks(report, options.lang).map(render).join('\n\n') + '\n';
}

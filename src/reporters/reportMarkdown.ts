import type { Report } from '../core/buildReport.js';
import { escapeMarkdown } from './markdownTable.js';
import { mermaidSources } from './mermaidSources.js';
import type { ReporterOptions } from './options.js';
import { reportBlocks, type Block } from './reportBlocks.js';
import { renderMarkdown } from './tableSpec.js';

/** A year's report as Markdown; plan text is escaped so it cannot inject markup. */
export function reportMarkdown(report: Report, options: ReporterOptions): string {
  const render = (block: Block): string => {
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
      case 'paragraph':
        return escapeMarkdown(block.text);
      case 'fields':
        return block.fields.map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n');
      case 'list':
        return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
      case 'table':
        return renderMarkdown(block.spec, 3);
      case 'charts':
        return mermaidSources(block.totals, options.lang);
    }
  };
  return reportBlocks(report, options.lang).map(render).join('\n\n') + '\n';
}

/** Column alignment in a Markdown table. */
export type Align = 'left' | 'right';

const escapeCell = (text: string) => text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', '<br>');

/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a title cannot break it. */
export function markdownTable(head: string[], rows: string[][], align: Align[] = []): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (align[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** Escapes text for Markdown prose, so plan text cannot inject markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

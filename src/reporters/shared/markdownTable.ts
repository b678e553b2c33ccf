/** Column alignment in a Markdown table. */
export type Align = 'left' | 'right';

/**
 * The characters that open inline markup in CommonMark or GFM: code, emphasis, links and images,
 * raw HTML and autolinks, strikethrough, table cells, headings, quotes; `&` only where it would
 * start a character reference.
 */
const INLINE = /[\\`*_{}[\]<>#|~]|&(?=#?[A-Za-z0-9]+;)/g;

/** Text with its inline markup characters escaped, in one line. */
function escapeInline(text: string): string {
  return text.replace(/\s*(?:\r\n?|\n)\s*/g, ' ').replace(INLINE, '\\$&');
}

/** A cell is inline text: one line, with `|` and every markup character escaped. */
const escapeCell = escapeInline;

/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a title cannot break it. */
export function markdownTable(head: string[], rows: string[][], align: Align[] = []): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (align[i] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/**
 * Escapes text for Markdown prose, so plan text cannot inject markup: a heading, a field's value,
 * anything after other text on its line. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text.trim());
}

/**
 * Escapes text that starts a line of a Markdown block (a paragraph line, a list item's text):
 * besides the inline markup, what would open a list, a heading underline or a thematic break there
 * (`-`, `+`, `=`, `1.`, `1)`).
 */
export function escapeMarkdownLineStart(text: string): string {
  return escapeMarkdown(text)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Plan text as Markdown lines that stay text: each line escaped on its own, joined by soft line
 * breaks, so the text reads as one paragraph (or one list item, with `indent` before the lines after
 * the first) whatever it contains.
 */
export function escapeMarkdownLines(lines: string[], indent = ''): string {
  return lines.map((line, i) => (i === 0 ? '' : indent) + escapeMarkdownLineStart(line)).join('\n');
}

import type { Lang } from '../../../i18n/lang.js';
import type { Cell, TableSpec } from '../tableSpec.js';
import { escapeHtml } from './escapeHtml.js';
import { stackedTableStyles, styles } from './styles.js';

/**
 * Plan text as HTML text. `€ 5.000` keeps the sign and the number on one line; a long word with
 * slashes may break after a slash, so it cannot push a table wider than a phone.
 */
export const htmlText = (value: string) =>
  escapeHtml(value)
    .replace(/€ (?=[-+]?\d)/g, '€&nbsp;')
    .replaceAll('/', '/<wbr>');

/** Tables with this many columns or more are shown row by row on a screen too narrow for them. */
export const STACK_FROM = 4;

/**
 * A table with a caption and header cells with a scope. A wide table also gives each cell its
 * column's name (`data-label`), which the style sheet shows beside the value when the screen is too
 * narrow for the columns and each row is shown as a block. An empty cell (no budget lines) reads
 * `emptyText`: a lone dash is read out as nothing, or as "dash".
 */
export function htmlTable(spec: TableSpec, emptyText: string): string {
  const columns = spec.head.length;
  const stacked = columns >= STACK_FROM;
  const cls = (i: number) => (spec.align[i] === 'right' ? ' class="num"' : '');
  const label = (i: number) => (stacked && spec.head[i] ? ` data-label="${escapeHtml(spec.head[i]!)}"` : '');
  const head = spec.head.map((h, i) => (h === '' ? '<td></td>' : `<th scope="col"${cls(i)}>${htmlText(h)}</th>`)).join('');
  const cell = (c: Cell, i: number) => {
    const content =
      typeof c === 'string'
        ? htmlText(c)
        : c.empty
          ? htmlText(emptyText)
          : c.tone
            ? `<span class="tone-${c.tone}">${htmlText(c.text)}</span>`
            : htmlText(c.text);
    // The first cell names the row, so a screen reader can say which row a number belongs to.
    return i === 0 ? `<th scope="row"${cls(i)}>${content}</th>` : `<td${cls(i)}${label(i)}>${content}</td>`;
  };
  const rows = spec.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  const open = stacked ? `<table class="stack-${columns}">` : '<table>';
  return `${open}\n<caption>${htmlText(spec.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** One standalone page: the style sheet inline, no scripts, nothing loaded from elsewhere. */
export function htmlPage(page: { lang: Lang; title: string; body: string; footer: string }): string {
  const columns = [...page.body.matchAll(/<table class="stack-(\d+)">/g)].map((m) => Number(m[1]));
  return `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jaarplan">
<title>${escapeHtml(page.title)}</title>
<style>${styles}${stackedTableStyles(columns)}</style>
</head>
<body>
<main>
${page.body}
</main>
<footer><p>${htmlText(page.footer)}</p></footer>
</body>
</html>
`;
}

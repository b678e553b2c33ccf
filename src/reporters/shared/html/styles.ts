/**
 * The page's only style sheet, inline so the page stands alone. Colours keep at least 4.5:1 against
 * white (WCAG AA); narrow screens get one column; print gives A4 pages that do not cut a table,
 * a chart or a list of fields in two where that can be avoided.
 */
export const styles = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4d4d4d; --line: #c4c4c4; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #ffffff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 2rem; }
h1, h2 { color: var(--accent); line-height: 1.25; }
h1 { font-size: 1.8rem; margin: 1rem 0 .75rem; padding-bottom: .3rem; border-bottom: 3px solid var(--accent); }
h2 { font-size: 1.4rem; margin: 2.25rem 0 .5rem; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .25rem; }
section.plan + section.plan, section.overview + section.plan, section.combined { margin-top: 4rem; }
p, li, dd, td, th { overflow-wrap: break-word; }
p.text, ul.text > li, ol.text > li { white-space: pre-line; }
p.text { margin: .5rem 0; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.fields > div { display: contents; }
dl.fields dt { font-weight: 600; color: var(--muted); }
dl.fields dd { margin: 0; }
ul { padding-left: 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.5rem; font-size: .95rem; }
caption { text-align: left; font-weight: 700; font-size: 1.05rem; padding: .25rem 0 .4rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th, thead td { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.tone-bad { color: #a61b1b; font-weight: 600; }
.tone-warn { color: #7a4f00; font-weight: 600; }
.tone-good { color: #1d6a2f; font-weight: 600; }
.legend { list-style: none; padding: 0; margin: .25rem 0 .75rem; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; font-size: .9rem; }
.swatch { display: inline-block; width: 1.1em; height: 1em; margin-right: .4em; vertical-align: -.15em; border: 1px solid #4a4a4a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.swatch.eigen { background: #1f5fa8; }
.swatch.cofinanciering { background: #a34f00; }
.swatch.neutral { background: #33566e; }
.swatch.unknown { border-style: dashed; background: repeating-linear-gradient(45deg, #4a4a4a 0 2px, #ffffff 2px 5px); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 1.25rem 2.5rem; margin-bottom: 1rem; }
figure { margin: 0; }
figcaption { font-weight: 700; margin-bottom: .35rem; }
svg.chart { display: block; width: 100%; max-width: 440px; height: auto; }
svg.chart text { fill: var(--ink); font-family: inherit; }
svg.chart .amount { font-weight: 600; }
footer { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 1rem .75rem 1.5rem; }
  h1 { font-size: 1.45rem; }
  h2 { font-size: 1.2rem; }
  dl.fields { grid-template-columns: 1fr; gap: 0; }
  dl.fields dd { margin-bottom: .4rem; }
  table { font-size: .8rem; }
  th, td { padding: .3rem .2rem; hyphens: auto; }
}
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  body { font-size: 10pt; }
  main, footer { max-width: none; padding: 0; }
  h1, h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  table, figure, dl.fields, li, tr { break-inside: avoid; page-break-inside: avoid; }
  section.plan + section.plan, section.overview + section.plan, section.combined { margin-top: 0; break-before: page; page-break-before: always; }
  .charts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 4mm 8mm; }
  h2 { margin-top: 1.5rem; }
  footer { margin-top: 8mm; }
}
`;

/** About the width a column of amounts needs, so a table of n columns fits from n times this on. */
const COLUMN_REM = 7.5;

/**
 * The rules that show a wide table row by row where the screen is too narrow for its columns: each
 * row a block, the row's name on top, each value after its column's name. The header row is hidden
 * from the eye only; the table stays a table for a screen reader. The width at which a table of n
 * columns switches grows with n, so a table with many years is stacked on wider screens too.
 */
export function stackedTableStyles(columns: number[]): string {
  return [...new Set(columns)]
    .sort((a, b) => a - b)
    .map((n) => {
      const t = `table.stack-${n}`;
      return `
@media (max-width: ${n * COLUMN_REM}rem) {
  ${t}, ${t} > caption, ${t} > tbody, ${t} > tbody > tr, ${t} > tbody > tr > th, ${t} > tbody > tr > td { display: block; }
  ${t} > thead, ${t} > thead > tr, ${t} > thead > tr > * { display: block; }
  ${t} > thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  ${t} > tbody > tr { padding: .4rem 0; border-bottom: 1px solid var(--line); }
  ${t} > tbody > tr > th { font-weight: 600; border: 0; padding: 0 0 .15rem; }
  ${t} > tbody > tr > td { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; border: 0; padding: .05rem 0 .05rem .75rem; text-align: right; }
  ${t} > tbody > tr > td::before { content: attr(data-label); content: attr(data-label) / ""; flex: none; max-width: 50%; text-align: left; color: var(--muted); }
  ${t} > tbody > tr > td:empty { display: none; }
}`;
    })
    .join('');
}

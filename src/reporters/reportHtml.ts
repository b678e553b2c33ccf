import type { Report } from '../core/buildReport.js';
import type { Totals } from '../core/computeTotals.js';
import { chartLabels } from '../i18n/html.js';
import { labels } from '../i18n/labels.js';
import { formatSum } from './formatSum.js';
import { barChart, type BarItem } from './html/barChart.js';
import { escapeHtml } from './html/escapeHtml.js';
import { styles } from './html/styles.js';
import type { ReporterOptions } from './options.js';
import { reportBlocks, type Block } from './reportBlocks.js';
import type { Cell, TableSpec } from './tableSpec.js';

/**
 * Plan text as HTML text. `€ 5.000` keeps the sign and the number on one line; a path may break
 * after a slash, so a long file name cannot push a table wider than a phone.
 */
const text = (value: string) => escapeHtml(value).replace(/€ (?=-?\d)/g, '€&nbsp;').replaceAll('/', '/<wbr>');

function table(spec: TableSpec, noLines: (value: string) => string): string {
  const cls = (i: number) => (spec.align[i] === 'right' ? ' class="num"' : '');
  const head = spec.head.map((h, i) => (h === '' ? '<td></td>' : `<th scope="col"${cls(i)}>${text(h)}</th>`)).join('');
  const cell = (c: Cell, i: number) => {
    const content = typeof c === 'string' ? text(spec.align[i] === 'right' ? noLines(c) : c) : `<span class="tone-${c.tone}">${text(c.text)}</span>`;
    // The first cell names the row, so a screen reader can say which row a number belongs to.
    return i === 0 ? `<th scope="row"${cls(i)}>${content}</th>` : `<td${cls(i)}>${content}</td>`;
  };
  const rows = spec.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${text(spec.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** Draws the charts of one set of totals; `next` numbers them so their ids are unique on the page. */
function charts(totals: Totals, options: ReporterOptions, level: number, next: () => number): string {
  const { lang } = options;
  const c = chartLabels[lang];
  const l = labels[lang];
  const several = totals.plans.length > 1;
  const amount = (sum: Totals['total']) => (sum.lines === 0 ? c.noLines : formatSum(sum, lang));
  const ofPlan = (plan: string, label: string) => (several ? `${label} (${plan.split('/').pop()})` : label);
  const chart = (title: string, items: BarItem[]) =>
    `<figure>\n<figcaption>${text(title)}</figcaption>\n${barChart({ id: `chart-${next()}`, title, note: c.chartNote, items })}\n</figure>`;
  const swatch = (kind: string, label: string) => `<li><span class="swatch ${kind}" aria-hidden="true"></span>${text(label)}</li>`;
  const figures = [
    chart(
      c.perSoort,
      (['eigen', 'cofinanciering'] as const).map((soort) => ({ label: l.soort[soort], sum: totals.bySoort[soort], amount: amount(totals.bySoort[soort]), tone: soort })),
    ),
    chart(
      c.perSource,
      totals.sources.map((s) => ({ label: `${s.naam} (${s.code})`, sum: s.sum, amount: amount(s.sum), tone: s.soort })),
    ),
    chart(
      c.perSection,
      totals.sections.map((s) => ({ label: ofPlan(s.plan, s.titel), sum: s.sum, amount: amount(s.sum), tone: 'neutral' as const })),
    ),
    chart(
      c.perActivity,
      totals.activities.map((a) => ({ label: ofPlan(a.plan, `${a.nr}. ${a.titel}`), sum: a.sum, amount: amount(a.sum), tone: 'neutral' as const })),
    ),
  ];
  return [
    `<h${level}>${text(c.charts)}</h${level}>`,
    `<ul class="legend">${swatch('eigen', l.soort.eigen)}${swatch('cofinanciering', l.soort.cofinanciering)}${swatch('neutral', `${l.soort.eigen} + ${l.soort.cofinanciering}`)}${swatch('unknown', c.legendUnknown)}</ul>`,
    `<div class="charts">\n${figures.join('\n')}\n</div>`,
  ].join('\n');
}

/**
 * A year's report as one standalone HTML page: no scripts and nothing loaded from elsewhere, so it
 * can be published or mailed as it is. It has the Markdown report's content, with the tables as
 * real tables and the money drawn as inline SVG charts. Every piece of plan text is escaped.
 */
export function reportHtml(report: Report, options: ReporterOptions): string {
  const { lang } = options;
  const c = chartLabels[lang];
  // A lone dash for "no budget lines" is read out as nothing, or as "dash": on the page, say it in words.
  const noLines = (value: string) => (value === labels[lang].noLines ? c.noLines : value);
  let chartCount = 0;
  const next = () => ++chartCount;
  // The charts' heading goes one level below the heading before it, so no level is skipped.
  let lastLevel = 1;
  const render = (block: Block): string => {
    switch (block.kind) {
      case 'heading':
        lastLevel = block.level;
        return `<h${block.level}>${text(block.text)}</h${block.level}>`;
      case 'paragraph':
        return block.text
          .split(/\n\s*\n/)
          .map((p) => `<p class="text">${text(p.trim())}</p>`)
          .join('\n');
      case 'fields':
        return `<dl class="fields">\n${block.fields.map(([label, value]) => `<div><dt>${text(label)}</dt><dd>${text(label === labels[lang].meta.budget ? noLines(value) : value)}</dd></div>`).join('\n')}\n</dl>`;
      case 'list':
        return `<ul>\n${block.items.map((item) => `<li>${text(item)}</li>`).join('\n')}\n</ul>`;
      case 'table':
        return table(block.spec, noLines);
      case 'charts':
        return charts(block.totals, options, Math.min(lastLevel + 1, 6), next);
    }
  };

  // Each plan, and the combined totals, is a section that starts with its level-1 heading.
  const sections: string[][] = [];
  const blocks = reportBlocks(report, lang);
  const firsts = blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []));
  const combinedAt = report.entries.length > 1 ? firsts.at(-1) : undefined;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' && block.level === 1) sections.push([i === combinedAt ? 'combined' : 'plan']);
    sections.at(-1)!.push(render(block));
  });
  const body = sections.map(([kind, ...html]) => `<section class="${kind}">\n${html.join('\n')}\n</section>`).join('\n');
  const title = report.entries.length === 1 ? report.entries[0]!.plan.titel : c.pageTitle(report.year);

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jaarplan">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
${body}
</main>
<footer><p>${text(c.footer)}</p></footer>
</body>
</html>
`;
}

import type { Report } from '../../core/buildReport.js';
import type { Totals } from '../../core/computeTotals.js';
import { chartLabels } from '../../i18n/html.js';
import { labels } from '../../i18n/labels.js';
import { formatSum } from '../shared/formatSum.js';
import { barChart, type BarItem } from '../shared/html/barChart.js';
import { htmlPage, htmlTable, htmlText as text } from '../shared/html/page.js';
import type { ReporterOptions } from '../shared/options.js';
import { planTextParts } from './planText.js';
import { publicPlanNames, reportBlocks, type Block } from './blocks.js';
import type { PlanNames } from '../totals/tables.js';

/** Plan text as HTML: its paragraphs, and the lists it writes out as lists; every word escaped. */
function planTextHtml(value: string): string {
  return planTextParts(value)
    .map((part) => {
      if (part.kind === 'paragraph') return `<p class="text">${text(part.lines.join('\n'))}</p>`;
      const items = part.items.map((item) => `<li>${text(item)}</li>`).join('\n');
      if (!part.ordered) return `<ul class="text">\n${items}\n</ul>`;
      return `<ol class="text"${part.start === 1 ? '' : ` start="${part.start}"`}>\n${items}\n</ol>`;
    })
    .join('\n');
}

/** Draws the charts of one set of totals; `next` numbers them so their ids are unique on the page. */
function charts(totals: Totals, options: ReporterOptions, names: PlanNames, level: number, next: () => number): string {
  const { lang } = options;
  const c = chartLabels[lang];
  const l = labels[lang];
  const several = totals.plans.length > 1;
  const amount = (sum: Totals['total']) => (sum.lines === 0 ? c.noLines : formatSum(sum, lang));
  const ofPlan = (plan: string, label: string) => (several ? `${label} (${names.of(plan)})` : label);
  const chart = (title: string, items: BarItem[]) =>
    `<figure>\n<figcaption>${text(title)}</figcaption>\n${barChart({ id: `chart-${next()}`, title, note: c.chartNote, items })}\n</figure>`;
  const swatch = (kind: string, label: string) => `<li><span class="swatch ${kind}" aria-hidden="true"></span>${text(label)}</li>`;
  const figures = [
    chart(
      c.perSoort,
      (['eigen', 'cofinanciering'] as const).map((soort) => ({
        label: l.soort[soort],
        sum: totals.bySoort[soort],
        amount: amount(totals.bySoort[soort]),
        tone: soort,
      })),
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
      totals.activities.map((a) => ({
        label: ofPlan(a.plan, `${a.nr}. ${a.titel}`),
        sum: a.sum,
        amount: amount(a.sum),
        tone: 'neutral' as const,
      })),
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
 * real tables and the money drawn as inline SVG charts. Every piece of plan text is escaped. It is
 * written for residents: plans are named by their wijk, not by file, and the points of attention are
 * said in plain words, without file, line or code.
 */
export function reportHtml(report: Report, options: ReporterOptions): string {
  const { lang } = options;
  const c = chartLabels[lang];
  const names = publicPlanNames(report, lang);
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
        return planTextHtml(block.text);
      case 'fields':
        // A lone dash for "no budget lines" is read out as nothing, or as "dash": on the page, say it in words.
        return `<dl class="fields">\n${block.fields.map(([label, value, empty]) => `<div><dt>${text(label)}</dt><dd>${text(empty ? c.noLines : value)}</dd></div>`).join('\n')}\n</dl>`;
      case 'list':
        return `<ul>\n${block.items.map((item) => `<li>${text(item)}</li>`).join('\n')}\n</ul>`;
      case 'table':
        return htmlTable(block.spec, c.noLines);
      case 'charts':
        return charts(block.totals, options, names, Math.min(lastLevel + 1, 6), next);
    }
  };

  // Each plan, and the combined totals, is a section that starts with the heading that opens it.
  const sections: string[][] = [];
  for (const block of reportBlocks(report, lang, { public: true })) {
    if (block.kind === 'heading' && block.section) sections.push([block.section]);
    sections.at(-1)!.push(render(block));
  }
  const body = sections.map(([kind, ...html]) => `<section class="${kind}">\n${html.join('\n')}\n</section>`).join('\n');
  const title = report.entries.length === 1 ? report.entries[0]!.plan.titel : c.pageTitle(report.year);

  return htmlPage({ lang, title, body, footer: c.footer });
}

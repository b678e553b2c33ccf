import type { YearsReport } from '../../core/buildYearsReport.js';
import { chartLabels } from '../../i18n/html.js';
import { dataLabels } from '../../i18n/data.js';
import { groupTables } from '../totalsBy/tables.js';
import { htmlPage, htmlTable, htmlText } from '../shared/html/page.js';
import type { ReporterOptions } from '../shared/options.js';
import { yearTables } from '../totalsYears/tables.js';

/**
 * `report --years A-B --format html`: the years side by side as one standalone page in the style of
 * the year's page (no scripts, nothing loaded from elsewhere): each year's total, then the years per
 * source, per wijk and per theme, as real tables that a phone shows row by row. No file is named.
 */
export function yearsReportHtml(report: YearsReport, options: ReporterOptions): string {
  const { lang } = options;
  const c = chartLabels[lang];
  const all = [groupTables(report.perYear, lang), ...report.comparisons.map((x) => yearTables(x, lang))];
  const title = dataLabels[lang].yearsReportTitle(report.first, report.last, [...new Set(report.plans.map((p) => p.gemeente))].join(', '));
  const tables = all.flatMap((p) => p.tables).map((spec) => htmlTable(spec, c.noLines));
  const notes = [...new Set(all.flatMap((p) => p.notes))].map((n) => `<p class="note">${htmlText(n)}</p>`);
  const body = `<section class="years">\n<h1>${htmlText(title)}</h1>\n${[...tables, ...notes].join('\n')}\n</section>`;
  return htmlPage({ lang, title, body, footer: c.footer });
}

import { centsToEuros } from '../../core/amount.js';
import type { Report } from '../../core/buildReport.js';
import type { Totals } from '../../core/computeTotals.js';
import type { Plan } from '../../core/plan.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import type { ReporterOptions } from './options.js';
import { toCsv, type CsvCell } from './toCsv.js';

/**
 * Every budget line of the plans as one CSV row, for spreadsheets: plan, year, municipality, wijk,
 * section, activity, status, source, kind, amount and spent. An amount the plan does not give is an
 * empty cell, never 0; so is spending not yet given. Activities without budget lines have no row.
 */
export function budgetLinesCsv(plans: Plan[], options: ReporterOptions): string {
  const l = labels[options.lang];
  const d = dataLabels[options.lang];
  const c = d.csv;
  const rows: CsvCell[][] = [
    [c.plan, c.jaar, c.gemeente, c.wijk, c.onderdeel, c.nr, c.activiteit, c.status, c.broncode, c.bron, c.soort, c.bedrag, c.besteed],
  ];
  for (const plan of plans) {
    for (const section of plan.onderdelen) {
      for (const activity of section.activiteiten) {
        for (const line of activity.dekking) {
          const source = plan.bronnen.find((s) => s.code === line.bron);
          rows.push([
            plan.path,
            String(plan.jaar),
            plan.gemeente,
            plan.wijk ?? l.meta.cityWide,
            section.titel,
            String(activity.nr),
            activity.titel,
            activity.status === undefined ? null : d.status[activity.status],
            line.bron,
            source?.naam ?? null,
            source ? l.soort[source.soort] : null,
            line.bedrag === null ? null : centsToEuros(line.bedrag),
            line.besteed === undefined ? null : centsToEuros(line.besteed),
          ]);
        }
      }
    }
  }
  return toCsv(rows, options.lang);
}

/** `totals --format csv`: the budget lines of the plans totalled. */
export function totalsCsv(totals: Totals, options: ReporterOptions): string {
  return budgetLinesCsv(totals.plans, options);
}

/** `report --format csv`: the budget lines of the year's plans, city-wide plan first. */
export function reportCsv(report: Report, options: ReporterOptions): string {
  return budgetLinesCsv(
    report.entries.map((e) => e.plan),
    options,
  );
}

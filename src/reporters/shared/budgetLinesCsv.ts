import { moneyWords } from '../../i18n/money.js';
import { centsToEuros } from '../../core/amount.js';
import type { Report } from '../../core/buildReport.js';
import type { Totals } from '../../core/computeTotals.js';
import type { Plan } from '../../core/plan.js';
import { declaredSource } from '../../core/planIdentity.js';
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
  const m = moneyWords[options.lang];
  // Plans with a funding table, income or reserves get a column that says what each line is, and a
  // row for each of those lines; the CSV of plans without them is as it was.
  const kinds = plans.some((p) => p.financiering.length > 0 || p.baten.length > 0 || p.reserves.length > 0);
  const rows: CsvCell[][] = [
    [
      c.plan,
      c.jaar,
      c.gemeente,
      c.wijk,
      c.onderdeel,
      c.nr,
      c.activiteit,
      c.status,
      c.broncode,
      c.bron,
      c.soort,
      c.bedrag,
      c.besteed,
      ...(kinds ? [m.lineKind.head] : []),
    ],
  ];
  const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : centsToEuros(cents));
  for (const plan of plans) {
    const where = [plan.path, String(plan.jaar), plan.gemeente, plan.wijk ?? l.meta.cityWide];
    const sourceCells = (code: string | null | undefined): CsvCell[] => {
      const source = declaredSource(plan.bronnen, code);
      return [source?.code ?? code ?? null, source?.naam ?? null, source ? l.soort[source.soort] : null];
    };
    for (const line of plan.financiering) {
      rows.push([
        ...where,
        m.lineKind.financiering,
        null,
        null,
        null,
        ...sourceCells(line.bron),
        euros(line.bedrag),
        euros(line.besteed),
        m.lineKind.financiering,
      ]);
    }
    for (const section of plan.onderdelen) {
      for (const activity of section.activiteiten) {
        for (const line of activity.dekking) {
          rows.push([
            plan.path,
            String(plan.jaar),
            plan.gemeente,
            plan.wijk ?? l.meta.cityWide,
            section.titel,
            String(activity.nr),
            activity.titel,
            activity.status === undefined ? null : d.status[activity.status],
            ...sourceCells(line.bron),
            line.bedrag === null ? null : centsToEuros(line.bedrag),
            line.besteed === undefined ? null : centsToEuros(line.besteed),
            ...(kinds ? [m.lineKind.verdeling] : []),
          ]);
        }
      }
    }
    for (const line of plan.baten) {
      rows.push([
        ...where,
        m.lineKind.baten,
        null,
        line.omschrijving,
        null,
        ...sourceCells(line.bron),
        euros(line.bedrag),
        euros(line.realisatie),
        m.lineKind.baten,
      ]);
    }
    for (const line of plan.reserves) {
      rows.push([
        ...where,
        m.lineKind[line.mutatie],
        null,
        line.omschrijving,
        null,
        null,
        null,
        null,
        euros(line.bedrag),
        euros(line.realisatie),
        m.lineKind[line.mutatie],
      ]);
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

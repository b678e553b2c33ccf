import { centsToEuros } from '../../core/amount.js';
import type { YearComparison } from '../../core/compareYears.js';
import { spending, type Sum } from '../../core/sum.js';
import type { GroupTotals } from '../../core/groupTotals.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import { groupName, hasNaam, naamHeader, seriesYears } from '../totalsBy/tables.js';
import type { ReporterOptions } from './options.js';
import { toCsv, type CsvCell } from './toCsv.js';

/** A sum's known amount for a spreadsheet: empty when every line is unknown, never a zero that is not one. */
function amountCell(sum: Sum): CsvCell {
  return sum.lines > 0 && sum.unknownLines === sum.lines ? null : centsToEuros(sum.known);
}

/**
 * `totals --by X --format csv`: a row per group with its amount and how many lines lack one (a
 * partial amount is only honest next to that count); with spending, also spent and remaining.
 */
export function groupsCsv(g: GroupTotals, options: ReporterOptions): string {
  const l = labels[options.lang];
  const d = dataLabels[options.lang];
  const naam = hasNaam(g.by);
  const jaren = g.by === 'taakveld';
  const head: CsvCell[] = [
    d.byHeader[g.by],
    ...(naam ? [naamHeader(g.by, options.lang)] : []),
    ...(jaren ? [d.taakveldJaren] : []),
    d.csv.bedrag,
    d.csv.unknownLines,
    ...(g.hasSpent ? [d.spent, d.csv.unknownSpent, d.remaining] : []),
  ];
  const row = (label: string, naamCell: string, sum: Sum, spent: Sum, years: readonly number[] = []): CsvCell[] => {
    const { remaining } = spending(sum, spent);
    return [
      label,
      ...(naam ? [naamCell] : []),
      ...(jaren ? [seriesYears(years)] : []),
      amountCell(sum),
      String(sum.unknownLines),
      ...(g.hasSpent ? [amountCell(spent), String(spent.unknownLines), remaining === null ? null : centsToEuros(remaining)] : []),
    ];
  };
  return toCsv(
    [
      head,
      ...g.groups.map((x) => row(groupName(g.by, x.key, options.lang), x.naam ?? '', x.sum, x.spent, x.taakveld?.years)),
      row(l.total, '', g.total, g.spent),
    ],
    options.lang,
  );
}

/**
 * `totals --years A-B --format csv`: a row per group; per year its amount and its lines without an
 * amount (empty for a year without any plan), then the change against the year before (empty when
 * unknown), then the total.
 */
export function yearsCsv(y: YearComparison, options: ReporterOptions): string {
  const l = labels[options.lang];
  const d = dataLabels[options.lang];
  const naam = hasNaam(y.by);
  const head: CsvCell[] = [
    d.byHeader[y.by],
    ...(naam ? [naamHeader(y.by, options.lang)] : []),
    ...y.years.flatMap((year) => [String(year), d.withoutAmount(String(year))]),
    ...y.years.slice(1).map((year) => d.delta(year)),
    l.total,
    d.withoutAmount(l.total),
  ];
  const rows = [...y.rows, y.total].map((r, i): CsvCell[] => [
    i === y.rows.length ? l.total : groupName(y.by, r.key, options.lang),
    ...(naam ? [r.naam ?? ''] : []),
    // A year without any plan is not known: empty cells, not zero.
    ...r.perYear.flatMap((sum, j) => (y.missing.includes(y.years[j]!) ? [null, null] : [amountCell(sum), String(sum.unknownLines)])),
    ...r.deltas.map((change) => (change === null ? null : centsToEuros(change))),
    amountCell(r.total),
    String(r.total.unknownLines),
  ]);
  return toCsv([head, ...rows], options.lang);
}

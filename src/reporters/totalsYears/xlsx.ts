import type { YearComparison } from '../../core/compareYears.js';
import { computeTotals } from '../../core/computeTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { wordsOf } from '../shared/xlsx/budgetWorkbook.js';
import { addYearsSheet, groupedWorkbook } from '../shared/xlsx/groupSheets.js';

/** `totals --years A-B --format xlsx`: the years side by side on a sheet beside the budget workbook. */
export async function yearsXlsx(c: YearComparison, options: ReporterOptions): Promise<Uint8Array> {
  const words = wordsOf(options);
  const years = `${c.years[0]}–${c.years[c.years.length - 1]}`;
  return groupedWorkbook(
    c.plans,
    words.totalsTitle(years),
    years,
    words,
    () => computeTotals(c.plans),
    (wb, sheets, taken) => addYearsSheet(wb, years, c, sheets, words, taken),
    options,
  );
}

import type { YearsReport } from '../../core/buildYearsReport.js';
import { computeTotals } from '../../core/computeTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { wordsOf } from '../shared/xlsx/budgetWorkbook.js';
import { addGroupSheet, addYearsSheet, groupedWorkbook } from '../shared/xlsx/groupSheets.js';

/** `report --years A-B --format xlsx`: each year's total, and the years side by side per source, wijk and theme. */
export async function yearsReportXlsx(report: YearsReport, options: ReporterOptions): Promise<Uint8Array> {
  const words = wordsOf(options);
  const years = `${report.first}–${report.last}`;
  return groupedWorkbook(
    report.plans,
    words.totalsTitle(years),
    years,
    words,
    () => computeTotals(report.plans),
    (wb, sheets, taken) => {
      addGroupSheet(wb, 'year', report.perYear, sheets, words, taken);
      for (const c of report.comparisons) addYearsSheet(wb, c.by, c, sheets, words, taken);
    },
    options,
  );
}

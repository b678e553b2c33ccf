import { computeTotals } from '../../core/computeTotals.js';
import type { GroupTotals } from '../../core/groupTotals.js';
import type { ReporterOptions } from '../shared/options.js';
import { wordsOf, yearsOf } from '../shared/xlsx/budgetWorkbook.js';
import { addGroupSheet, groupedWorkbook } from '../shared/xlsx/groupSheets.js';

/** `totals --by X --format xlsx`: the groups on a sheet beside the budget workbook. */
export async function groupXlsx(groups: GroupTotals, options: ReporterOptions): Promise<Uint8Array> {
  const words = wordsOf(options);
  const years = yearsOf(groups.plans);
  return groupedWorkbook(
    groups.plans,
    words.totalsTitle(years),
    years,
    words,
    () => computeTotals(groups.plans),
    (wb, sheets, taken) => addGroupSheet(wb, groups.by, groups, sheets, words, taken),
    options,
  );
}

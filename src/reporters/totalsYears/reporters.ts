import type { YearComparison } from '../../core/compareYears.js';
import { toYearsJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderTablesMarkdown, renderTablesTerminal } from '../shared/tableSpec.js';
import { yearTables } from './tables.js';

/** `totals --years A-B` as a terminal table. */
export function yearsTable(y: YearComparison, options: ReporterOptions): string {
  return renderTablesTerminal(yearTables(y, options.lang), options.color);
}

/** `totals --years A-B` as Markdown. */
export function yearsMarkdown(y: YearComparison, options: ReporterOptions): string {
  return renderTablesMarkdown(yearTables(y, options.lang));
}

/** `totals --years A-B` as the documented JSON contract. */
export function yearsJson(y: YearComparison, _options: ReporterOptions): string {
  return JSON.stringify(toYearsJson(y), null, 2) + '\n';
}

import type { GroupTotals } from '../../core/groupTotals.js';
import { toGroupsJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderTablesMarkdown, renderTablesTerminal } from '../shared/tableSpec.js';
import { groupTables } from './tables.js';

/** `totals --by X` as a terminal table. */
export function groupTable(g: GroupTotals, options: ReporterOptions): string {
  return renderTablesTerminal(groupTables(g, options.lang), options.color);
}

/** `totals --by X` as Markdown. */
export function groupMarkdown(g: GroupTotals, options: ReporterOptions): string {
  return renderTablesMarkdown(groupTables(g, options.lang));
}

/** `totals --by X` as the documented JSON contract. */
export function groupJson(g: GroupTotals, _options: ReporterOptions): string {
  return JSON.stringify(toGroupsJson(g), null, 2) + '\n';
}

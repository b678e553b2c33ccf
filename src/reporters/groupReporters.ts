import type { YearComparison } from '../core/compareYears.js';
import type { GroupTotals } from '../core/groupTotals.js';
import { groupTables } from './groupTables.js';
import { escapeMarkdown } from './markdownTable.js';
import { toGroupsJson, toYearsJson } from './jsonContract.js';
import type { ReporterOptions } from './options.js';
import { renderMarkdown, renderTerminal, type TableSpec } from './tableSpec.js';
import { yearTables } from './yearTables.js';

type Tables = { tables: TableSpec[]; notes: string[] };

const terminal = (t: Tables, options: ReporterOptions) =>
  [...t.tables.map((s) => renderTerminal(s, options.color)), ...t.notes].join('\n\n') + '\n';

const markdown = (t: Tables) => [...t.tables.map((s) => renderMarkdown(s, 2)), ...t.notes.map((n) => `_${escapeMarkdown(n)}_`)].join('\n\n') + '\n';

/** `totals --by X` as a terminal table. */
export function groupTable(g: GroupTotals, options: ReporterOptions): string {
  return terminal(groupTables(g, options.lang), options);
}

/** `totals --by X` as Markdown. */
export function groupMarkdown(g: GroupTotals, options: ReporterOptions): string {
  return markdown(groupTables(g, options.lang));
}

/** `totals --by X` as the documented JSON contract. */
export function groupJson(g: GroupTotals, _options: ReporterOptions): string {
  return JSON.stringify(toGroupsJson(g), null, 2) + '\n';
}

/** `totals --years A-B` as a terminal table. */
export function yearsTable(y: YearComparison, options: ReporterOptions): string {
  return terminal(yearTables(y, options.lang), options);
}

/** `totals --years A-B` as Markdown. */
export function yearsMarkdown(y: YearComparison, options: ReporterOptions): string {
  return markdown(yearTables(y, options.lang));
}

/** `totals --years A-B` as the documented JSON contract. */
export function yearsJson(y: YearComparison, _options: ReporterOptions): string {
  return JSON.stringify(toYearsJson(y), null, 2) + '\n';
}


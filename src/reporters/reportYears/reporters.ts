import type { YearsReport } from '../../core/buildYearsReport.js';
import { dataLabels } from '../../i18n/data.js';
import { budgetLinesCsv } from '../shared/budgetLinesCsv.js';
import { groupTables } from '../totalsBy/tables.js';
import { escapeMarkdown } from '../shared/markdownTable.js';
import { toYearsReportJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';
import { renderMarkdown, renderTerminal, type TableSpec } from '../shared/tableSpec.js';
import { yearTables } from '../totalsYears/tables.js';

function parts(report: YearsReport, options: ReporterOptions): { title: string; tables: TableSpec[]; notes: string[] } {
  const all = [groupTables(report.perYear, options.lang), ...report.comparisons.map((c) => yearTables(c, options.lang))];
  return {
    title: dataLabels[options.lang].yearsReportTitle(
      report.first,
      report.last,
      [...new Set(report.plans.map((p) => p.gemeente))].join(', '),
    ),
    tables: all.flatMap((p) => p.tables),
    // The notes are the same for every table that has them; say each once.
    notes: [...new Set(all.flatMap((p) => p.notes))],
  };
}

/** `report --years A-B` for the terminal. */
export function yearsReportTable(report: YearsReport, options: ReporterOptions): string {
  const p = parts(report, options);
  return (
    [`${p.title}\n${'='.repeat(p.title.length)}`, ...p.tables.map((t) => renderTerminal(t, options.color)), ...p.notes].join('\n\n') + '\n'
  );
}

/** `report --years A-B` as Markdown. */
export function yearsReportMarkdown(report: YearsReport, options: ReporterOptions): string {
  const p = parts(report, options);
  return (
    [`# ${escapeMarkdown(p.title)}`, ...p.tables.map((t) => renderMarkdown(t, 2)), ...p.notes.map((n) => `_${escapeMarkdown(n)}_`)].join(
      '\n\n',
    ) + '\n'
  );
}

/** `report --years A-B --format json`. */
export function yearsReportJson(report: YearsReport, _options: ReporterOptions): string {
  return JSON.stringify(toYearsReportJson(report), null, 2) + '\n';
}

/** `report --years A-B --format csv`: the budget lines of every plan of those years. */
export function yearsReportCsv(report: YearsReport, options: ReporterOptions): string {
  return budgetLinesCsv(report.plans, options);
}

import type { Lang } from '../../i18n/lang.js';
import { reportOf, type ReportablePlan } from '../../core/buildReport.js';
import type { Reporter, TextFormats } from '../registry.js';
import { reportCsv } from '../shared/budgetLinesCsv.js';
import { withFindings } from '../shared/findingsOnTop.js';
import { reportHtml } from './html.js';
import type { reportFormats } from './index.js';
import { reportJson } from './json.js';
import { reportMarkdown } from './markdown.js';
import { reportTable } from './table.js';
import type { Report } from '../../core/buildReport.js';

export type { ReportablePlan };

/** The formats the library renders: those of the command that its registry declares text (a workbook is written by the command, to a file). */
export type ReportFormat = TextFormats<typeof reportFormats>;

// The library renders without waiting, so it holds every report format at once: the same functions
// as the command's registry (report/index.ts) loads one by one, checked by the registries' test.
const reportReporters = {
  table: reportTable,
  markdown: reportMarkdown,
  json: reportJson,
  csv: reportCsv,
  html: reportHtml,
} satisfies Record<ReportFormat, Reporter<Report>>;

/** How to render a report. */
export interface RenderReportOptions {
  /** The year reported; by default the year of the first plan. */
  year?: number;
  /** The format; `table` by default, as on the command line. */
  format?: ReportFormat;
  /** The language of words and amounts; `nl` by default. */
  lang?: Lang;
  /** ANSI colours in the `table` format; off by default, since a library does not know its terminal. */
  color?: boolean;
}

/**
 * Renders the report of one year's plans, exactly as `jaarplan report` prints it: the errors of a
 * plan whose budget rules fail on top. Throws when a plan cannot be counted (see `core/countable.ts`)
 * or none is given: a report of a plan that cannot be read would mislead.
 */
export function renderReport(plans: ReportablePlan[], options: RenderReportOptions = {}): string {
  const format = options.format ?? 'table';
  const report = reportOf(plans, options.year);
  const findings = plans.flatMap((p) => p.diagnostics.filter((d) => d.severity === 'error'));
  const shown = { lang: options.lang ?? 'nl', color: options.color ?? false, ...(findings.length === 0 ? {} : { findings }) };
  return withFindings(format, reportReporters[format](report, shown), shown) as string;
}

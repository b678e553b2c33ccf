import type { Lang } from '../core/amount.js';
import { reportOf, type ReportablePlan } from '../core/buildReport.js';
import { reportReporters } from './index.js';

export type { ReportablePlan };

/** A report format: `table` for a terminal, `markdown`, or `json` (the documented contract). */
export type ReportFormat = keyof typeof reportReporters;

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
 * Renders the report of one year's plans, exactly as `jaarplan report` prints it. Throws when a
 * plan has errors or none is given: a report of a broken plan would mislead.
 */
export function renderReport(plans: ReportablePlan[], options: RenderReportOptions = {}): string {
  const format = options.format ?? 'table';
  return reportReporters[format](reportOf(plans, options.year), { lang: options.lang ?? 'nl', color: options.color ?? false });
}

import type { Lang } from '../core/amount.js';
import { buildReport, type Report } from '../core/buildReport.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../core/plan.js';
import { reportReporters } from './index.js';

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

/** A plan to report: a loaded plan whose checks found no errors, with its warnings. */
export interface ReportablePlan {
  /** The typed plan; null when its shape was wrong, which a report refuses. */
  plan: Plan | null;
  /** Its diagnostics, shown as points of attention. */
  diagnostics: Diagnostic[];
  /** The file, as shown to the user. */
  path?: string;
}

/**
 * The report of one year's plans, as `jaarplan report` builds it before choosing a format. Throws
 * when a plan has errors or none is given: a report of a broken plan would mislead.
 */
export function reportOf(plans: ReportablePlan[], year?: number): Report {
  const usable: { plan: Plan; diagnostics: Diagnostic[] }[] = [];
  for (const p of plans) {
    if (p.plan === null || p.diagnostics.some((d) => d.severity === 'error')) throw new Error(`renderReport: ${p.path ?? 'a plan'} has errors; report only plans without errors`);
    usable.push({ plan: p.plan, diagnostics: p.diagnostics });
  }
  if (usable.length === 0) throw new Error('renderReport: no plans given');
  return buildReport(year ?? usable[0]!.plan.jaar, usable);
}

/**
 * Renders the report of one year's plans, exactly as `jaarplan report` prints it. Throws when a
 * plan has errors or none is given: a report of a broken plan would mislead.
 */
export function renderReport(plans: ReportablePlan[], options: RenderReportOptions = {}): string {
  const format = options.format ?? 'table';
  return reportReporters[format](reportOf(plans, options.year), { lang: options.lang ?? 'nl', color: options.color ?? false });
}

import type { Report } from '../../core/buildReport.js';
import { jsonDiagnostic, toJsonPlan, toTotalsJson, type ReportJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';

/** The report contract: the year's combined totals, and each plan with its totals and warnings. */
export function toReportJson(report: Report, options: ReporterOptions): ReportJson {
  return {
    year: report.year,
    ...toTotalsJson(report.combined),
    reports: report.entries.map((e) => ({
      plan: toJsonPlan(e.plan),
      totals: toTotalsJson(e.totals),
      diagnostics: e.diagnostics.map((d) => jsonDiagnostic(d, options.lang)),
      // The account's assessment only once spending is given, as the spending fields of the totals.
      ...(e.assessment === null ? {} : { assessment: { ...e.assessment } }),
    })),
  };
}

/** A year's report as the documented JSON contract. */
export function reportJson(report: Report, options: ReporterOptions): string {
  return JSON.stringify(toReportJson(report, options), null, 2) + '\n';
}

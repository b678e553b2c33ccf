import type { Report } from '../core/buildReport.js';
import type { YearComparison } from '../core/compareYears.js';
import type { Totals } from '../core/computeTotals.js';
import type { GroupTotals } from '../core/groupTotals.js';
import { reportCsv, totalsCsv } from './budgetLinesCsv.js';
import { groupJson, groupMarkdown, groupTable, yearsJson, yearsMarkdown, yearsTable } from './groupReporters.js';
import { groupsCsv, yearsCsv } from './groupsCsv.js';
import type { DiffReport } from '../core/diffPlans.js';
import { diffJson } from './diffJson.js';
import { diffMarkdown } from './diffMarkdown.js';
import { diffTable } from './diffTable.js';
import type { ReporterOptions } from './options.js';
import { reportHtml } from './reportHtml.js';
import { reportJson } from './reportJson.js';
import { reportMarkdown } from './reportMarkdown.js';
import { reportTable } from './reportTable.js';
import { totalsJson } from './totalsJson.js';
import { totalsMarkdown } from './totalsMarkdown.js';
import { totalsTable } from './totalsTable.js';
import { validateGithub } from './validateGithub.js';
import { validateJson } from './validateJson.js';
import { validateJunit } from './validateJunit.js';
import { validateSarif } from './validateSarif.js';
import { validateText } from './validateText.js';
import type { ValidationResult } from './validationResult.js';

/** A reporter: a pure function from a result to the text to print. */
export type Reporter<T> = (result: T, options: ReporterOptions) => string;

/** The formats of `validate`. */
export const validateReporters = {
  text: validateText,
  json: validateJson,
  github: validateGithub,
  junit: validateJunit,
  sarif: validateSarif,
} satisfies Record<string, Reporter<ValidationResult>>;

/** The formats of `totals`. */
export const totalsReporters = {
  table: totalsTable,
  markdown: totalsMarkdown,
  json: totalsJson,
  csv: totalsCsv,
} satisfies Record<string, Reporter<Totals>>;

/** The formats of `report`. */
export const reportReporters = {
  table: reportTable,
  markdown: reportMarkdown,
  json: reportJson,
  csv: reportCsv,
  html: reportHtml,
} satisfies Record<string, Reporter<Report>>;

/** The formats of `totals --by`: the same as those of `totals`. */
export const groupReporters = {
  table: groupTable,
  markdown: groupMarkdown,
  json: groupJson,
  csv: groupsCsv,
} satisfies Record<keyof typeof totalsReporters, Reporter<GroupTotals>>;

/** The formats of `totals --years`: the same as those of `totals`. */
export const yearsReporters = {
  table: yearsTable,
  markdown: yearsMarkdown,
  json: yearsJson,
  csv: yearsCsv,
} satisfies Record<keyof typeof totalsReporters, Reporter<YearComparison>>;

/** The formats of `diff`. */
export const diffReporters = { table: diffTable, markdown: diffMarkdown, json: diffJson } satisfies Record<string, Reporter<DiffReport>>;

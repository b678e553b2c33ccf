import type { Report } from '../core/buildReport.js';
import type { Totals } from '../core/computeTotals.js';
import type { DiffReport } from '../core/diffPlans.js';
import { diffJson } from './diffJson.js';
import { diffMarkdown } from './diffMarkdown.js';
import { diffTable } from './diffTable.js';
import type { CheckedFile } from '../load/parsePlan.js';
import type { ReporterOptions } from './options.js';
import { reportJson } from './reportJson.js';
import { reportMarkdown } from './reportMarkdown.js';
import { reportTable } from './reportTable.js';
import { totalsJson } from './totalsJson.js';
import { totalsMarkdown } from './totalsMarkdown.js';
import { totalsTable } from './totalsTable.js';
import { validateJson } from './validateJson.js';
import { validateText } from './validateText.js';

/** A reporter: a pure function from a result to the text to print. */
export type Reporter<T> = (result: T, options: ReporterOptions) => string;

/** The formats of `validate`. */
export const validateReporters = { text: validateText, json: validateJson } satisfies Record<string, Reporter<CheckedFile[]>>;

/** The formats of `totals`. */
export const totalsReporters = {
  table: totalsTable,
  markdown: totalsMarkdown,
  json: totalsJson,
} satisfies Record<string, Reporter<Totals>>;

/** The formats of `report`. */
export const reportReporters = {
  table: reportTable,
  markdown: reportMarkdown,
  json: reportJson,
} satisfies Record<string, Reporter<Report>>;

/** The formats of `diff`. */
export const diffReporters = { table: diffTable, markdown: diffMarkdown, json: diffJson } satisfies Record<string, Reporter<DiffReport>>;

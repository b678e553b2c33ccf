// The library API: the same functions the command line is built on, for websites and dashboards
// that read plans without starting a process. Everything exported here is public and semver-bound.

/** Reads and checks one plan file. */
export { loadPlan, type LoadPlanOptions } from './node/loadPlan.js';
/** Checks a plan given as text or bytes. */
export { validatePlan } from './load/validatePlan.js';
/** Finds, reads and checks every plan under files and folders, as `jaarplan validate` does. */
export { readPlans } from './node/readPlans.js';
/** Totals per source, kind of source, section and activity. */
export { computeTotals } from './core/computeTotals.js';
/** Renders a year's report as a terminal page, Markdown or JSON. */
export { renderReport, type RenderReportOptions, type ReportablePlan, type ReportFormat } from './reporters/report/render.js';
/** Whether a checked plan has an error. */
export { hasErrors, type CheckedFile } from './load/parsePlan.js';
/** A diagnostic's message in Dutch or English. */
export { messageOf } from './i18n/messages.js';
/** Amounts: read as written in a plan, and formatted the Dutch or English way. */
export { parseAmount, type Cents } from './core/amount.js';
export { formatMoney, type Lang } from './i18n/lang.js';
/** The JSON contract's builders, for the same JSON the command line prints. */
export { toReportJson } from './reporters/report/json.js';
export { toTotalsJson, toValidateJson, JSON_CONTRACT_VERSION, JSON_OUTPUTS } from './reporters/jsonContract.js';
/** The account of a year (`jaarplan verantwoording`): the model, and its JSON contract. */
export {
  buildVerantwoording,
  targetMet,
  type Verantwoording,
  type VerantwoordingActivity,
  type Light,
  type LightReason,
} from './core/buildVerantwoording.js';
export { toVerantwoordingJson } from './reporters/verantwoording/json.js';
export type { VerantwoordingJson, JsonVerantwoordingActivity, JsonDeviatingLine, JsonMoney } from './reporters/jsonContract.js';
/** The known failures (a missing or unreadable file) that the loaders throw. */
export { JaarplanError, type FailureCode } from './errors.js';
/** Where the plan schema is, for editors and other validators. */
export { schemaUrl, planSchema } from './load/schema.js';

import type { CheckedFile } from './load/parsePlan.js';

export type {
  Plan,
  Source,
  BudgetLine,
  Activity,
  Section,
  Results,
  ResultPoint,
  Soort,
  Thema,
  Indicator,
  ActivityVerantwoording,
} from './core/plan.js';
export type { PlanIdentity } from './core/planIdentity.js';
export type { Diagnostic, Code, Severity, Span } from './core/diagnostic.js';
export type { Totals, Sum, SourceTotal, SectionTotal, ActivityTotal } from './core/computeTotals.js';
export type { JsonDiagnostic, JsonPlan, JsonSum, ReportJson, TotalsJson, ValidateJson } from './reporters/jsonContract.js';

/** A plan file, read and checked: its diagnostics, and the typed plan when it has no errors. */
export type LoadedPlan = CheckedFile;

/**
 * The names of the verantwoording before 2.0.0, kept for one major version.
 * @deprecated Use buildVerantwoording, toVerantwoordingJson, Verantwoording, VerantwoordingJson and their kin.
 */
export { buildVerantwoording as buildAccount } from './core/buildVerantwoording.js';
/** @deprecated Use toVerantwoordingJson. */
export { toVerantwoordingJson as toAccountJson } from './reporters/verantwoording/json.js';
/** @deprecated Use the verantwoording names. */
export type { Verantwoording as Account, VerantwoordingActivity as AccountActivity } from './core/buildVerantwoording.js';
/** @deprecated Use ActivityVerantwoording. */
export type { ActivityVerantwoording as ActivityAccount } from './core/plan.js';
/** @deprecated Use VerantwoordingJson and JsonVerantwoordingActivity. */
export type { VerantwoordingJson as AccountJson, JsonVerantwoordingActivity as JsonAccountActivity } from './reporters/jsonContract.js';

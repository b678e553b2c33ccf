import type { Report } from '../core/buildReport.js';
import type { DiffReport } from '../core/diffPlans.js';
import type { YearComparison } from '../core/compareYears.js';
import type { Totals } from '../core/computeTotals.js';
import type { GroupTotals } from '../core/groupTotals.js';
import type { diffReporters, groupReporters, Reporter, reportReporters, totalsReporters, validateReporters, yearsReporters } from './index.js';
import type { ValidationResult } from './validationResult.js';

/** Loads one reporter when it is chosen. */
export type ReporterLoader<T> = () => Promise<Reporter<T>>;

// The commands load only the reporter asked for: a JSON run never loads chalk or cli-table3, and
// `validate` never loads the table code. Each table is typed by the formats in index.ts, so a
// format added there does not compile until it has a line here too.

/** The formats of `validate`, each loaded on demand. */
export const validateLoaders = {
  text: async () => (await import('./validateText.js')).validateText,
  json: async () => (await import('./validateJson.js')).validateJson,
  github: async () => (await import('./validateGithub.js')).validateGithub,
  junit: async () => (await import('./validateJunit.js')).validateJunit,
  sarif: async () => (await import('./validateSarif.js')).validateSarif,
} satisfies Record<keyof typeof validateReporters, ReporterLoader<ValidationResult>>;

/** The formats of `totals`, each loaded on demand. */
export const totalsLoaders = {
  table: async () => (await import('./totalsTable.js')).totalsTable,
  markdown: async () => (await import('./totalsMarkdown.js')).totalsMarkdown,
  json: async () => (await import('./totalsJson.js')).totalsJson,
  csv: async () => (await import('./budgetLinesCsv.js')).totalsCsv,
} satisfies Record<keyof typeof totalsReporters, ReporterLoader<Totals>>;

/** The formats of `totals --by`, each loaded on demand. */
export const groupLoaders = {
  table: async () => (await import('./groupReporters.js')).groupTable,
  markdown: async () => (await import('./groupReporters.js')).groupMarkdown,
  json: async () => (await import('./groupReporters.js')).groupJson,
  csv: async () => (await import('./groupsCsv.js')).groupsCsv,
} satisfies Record<keyof typeof groupReporters, ReporterLoader<GroupTotals>>;

/** The formats of `totals --years`, each loaded on demand. */
export const yearsLoaders = {
  table: async () => (await import('./groupReporters.js')).yearsTable,
  markdown: async () => (await import('./groupReporters.js')).yearsMarkdown,
  json: async () => (await import('./groupReporters.js')).yearsJson,
  csv: async () => (await import('./groupsCsv.js')).yearsCsv,
} satisfies Record<keyof typeof yearsReporters, ReporterLoader<YearComparison>>;

/** The formats of `report`, each loaded on demand. */
export const reportLoaders = {
  table: async () => (await import('./reportTable.js')).reportTable,
  markdown: async () => (await import('./reportMarkdown.js')).reportMarkdown,
  json: async () => (await import('./reportJson.js')).reportJson,
  csv: async () => (await import('./budgetLinesCsv.js')).reportCsv,
  html: async () => (await import('./reportHtml.js')).reportHtml,
} satisfies Record<keyof typeof reportReporters, ReporterLoader<Report>>;

/** The formats of `diff`, each loaded on demand. */
export const diffLoaders = {
  table: async () => (await import('./diffTable.js')).diffTable,
  markdown: async () => (await import('./diffMarkdown.js')).diffMarkdown,
  json: async () => (await import('./diffJson.js')).diffJson,
} satisfies Record<keyof typeof diffReporters, ReporterLoader<DiffReport>>;

import type { Report } from '../../core/buildReport.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan report --year N`; `--years` (yearsReport/) offers the same. */
export const reportFormats = {
  table: async () => (await import('./table.js')).reportTable,
  markdown: async () => (await import('./markdown.js')).reportMarkdown,
  json: async () => (await import('./json.js')).reportJson,
  csv: async () => (await import('../shared/budgetLinesCsv.js')).reportCsv,
  html: async () => (await import('./html.js')).reportHtml,
  xlsx: async () => (await import('./xlsx.js')).reportXlsx,
} satisfies Registry<Report>;

/** A format of `report`. */
export type ReportFormat = keyof typeof reportFormats;

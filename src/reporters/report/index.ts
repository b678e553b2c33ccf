import type { Report } from '../../core/buildReport.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan report --year N`; `--years` (yearsReport/) offers the same. */
export const reportFormats = {
  table: textFormat(async () => (await import('./table.js')).reportTable),
  markdown: textFormat(async () => (await import('./markdown.js')).reportMarkdown),
  json: textFormat(async () => (await import('./json.js')).reportJson),
  csv: textFormat(async () => (await import('../shared/budgetLinesCsv.js')).reportCsv),
  html: textFormat(async () => (await import('./html.js')).reportHtml),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).reportXlsx),
} satisfies Registry<Report>;

/** A format of `report`. */
export type ReportFormat = keyof typeof reportFormats;

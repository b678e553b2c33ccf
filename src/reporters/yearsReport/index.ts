import type { YearsReport } from '../../core/buildYearsReport.js';
import type { ReportFormat } from '../report/index.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan report --years A-B`: the same as those of `report`. */
export const yearsReportFormats = {
  table: async () => (await import('./reporters.js')).yearsReportTable,
  markdown: async () => (await import('./reporters.js')).yearsReportMarkdown,
  json: async () => (await import('./reporters.js')).yearsReportJson,
  csv: async () => (await import('./reporters.js')).yearsReportCsv,
  html: async () => (await import('./html.js')).yearsReportHtml,
  xlsx: async () => (await import('./xlsx.js')).yearsReportXlsx,
} satisfies Record<ReportFormat, Registry<YearsReport>[string]>;

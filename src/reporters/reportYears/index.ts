import type { YearsReport } from '../../core/buildYearsReport.js';
import type { ReportFormat } from '../report/index.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan report --years A-B`: the same as those of `report`. */
export const reportYearsFormats = {
  table: textFormat(async () => (await import('./reporters.js')).yearsReportTable),
  markdown: textFormat(async () => (await import('./reporters.js')).yearsReportMarkdown),
  json: textFormat(async () => (await import('./reporters.js')).yearsReportJson),
  csv: textFormat(async () => (await import('./reporters.js')).yearsReportCsv),
  html: textFormat(async () => (await import('./html.js')).yearsReportHtml),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).yearsReportXlsx),
} satisfies Record<ReportFormat, Registry<YearsReport>[string]>;

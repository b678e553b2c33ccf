import type { VerantwoordingYears } from '../../core/buildVerantwoordingYears.js';
import type { VerantwoordingFormat } from '../verantwoording/index.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording --years A-B`: the same as those of `verantwoording`. */
export const verantwoordingYearsFormats = {
  table: textFormat(async () => (await import('./reporters.js')).verantwoordingYearsTable),
  markdown: textFormat(async () => (await import('./reporters.js')).verantwoordingYearsMarkdown),
  html: textFormat(async () => (await import('./reporters.js')).verantwoordingYearsHtml),
  json: textFormat(async () => (await import('./reporters.js')).verantwoordingYearsJson),
  csv: textFormat(async () => (await import('./reporters.js')).verantwoordingYearsCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).verantwoordingYearsXlsx),
} satisfies Record<VerantwoordingFormat, Registry<VerantwoordingYears>[string]>;

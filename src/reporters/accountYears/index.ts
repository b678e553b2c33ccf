import type { AccountYears } from '../../core/buildAccountYears.js';
import type { AccountFormat } from '../account/index.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording --years A-B`: the same as those of `verantwoording`. */
export const accountYearsFormats = {
  table: textFormat(async () => (await import('./reporters.js')).accountYearsTable),
  markdown: textFormat(async () => (await import('./reporters.js')).accountYearsMarkdown),
  html: textFormat(async () => (await import('./reporters.js')).accountYearsHtml),
  json: textFormat(async () => (await import('./reporters.js')).accountYearsJson),
  csv: textFormat(async () => (await import('./reporters.js')).accountYearsCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).accountYearsXlsx),
} satisfies Record<AccountFormat, Registry<AccountYears>[string]>;

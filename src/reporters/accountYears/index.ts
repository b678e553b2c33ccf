import type { AccountYears } from '../../core/buildAccountYears.js';
import type { AccountFormat } from '../account/index.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording --years A-B`: the same as those of `verantwoording`. */
export const accountYearsFormats = {
  table: async () => (await import('./reporters.js')).accountYearsTable,
  markdown: async () => (await import('./reporters.js')).accountYearsMarkdown,
  html: async () => (await import('./reporters.js')).accountYearsHtml,
  json: async () => (await import('./reporters.js')).accountYearsJson,
  csv: async () => (await import('./reporters.js')).accountYearsCsv,
  xlsx: async () => (await import('./xlsx.js')).accountYearsXlsx,
} satisfies Record<AccountFormat, Registry<AccountYears>[string]>;

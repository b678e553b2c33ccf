import type { Account } from '../../core/buildAccount.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording`. */
export const accountFormats = {
  table: async () => (await import('./table.js')).accountTable,
  markdown: async () => (await import('./markdown.js')).accountMarkdown,
  html: async () => (await import('./html.js')).accountHtml,
  json: async () => (await import('./json.js')).accountJson,
  csv: async () => (await import('./csv.js')).accountCsv,
  xlsx: async () => (await import('./xlsx.js')).accountXlsx,
} satisfies Registry<Account>;

/** A format of `verantwoording`. */
export type AccountFormat = keyof typeof accountFormats;

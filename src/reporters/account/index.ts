import type { Account } from '../../core/buildAccount.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording`. */
export const accountFormats = {
  table: textFormat(async () => (await import('./table.js')).accountTable),
  markdown: textFormat(async () => (await import('./markdown.js')).accountMarkdown),
  html: textFormat(async () => (await import('./html.js')).accountHtml),
  json: textFormat(async () => (await import('./json.js')).accountJson),
  csv: textFormat(async () => (await import('./csv.js')).accountCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).accountXlsx),
} satisfies Registry<Account>;

/** A format of `verantwoording`. */
export type AccountFormat = keyof typeof accountFormats;

import type { Verantwoording } from '../../core/buildVerantwoording.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan verantwoording`. */
export const verantwoordingFormats = {
  table: textFormat(async () => (await import('./table.js')).verantwoordingTable),
  markdown: textFormat(async () => (await import('./markdown.js')).verantwoordingMarkdown),
  html: textFormat(async () => (await import('./html.js')).verantwoordingHtml),
  json: textFormat(async () => (await import('./json.js')).verantwoordingJson),
  csv: textFormat(async () => (await import('./csv.js')).verantwoordingCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).verantwoordingXlsx),
} satisfies Registry<Verantwoording>;

/** A format of `verantwoording`. */
export type VerantwoordingFormat = keyof typeof verantwoordingFormats;

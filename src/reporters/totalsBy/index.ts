import type { GroupTotals } from '../../core/groupTotals.js';
import { textFormat, binaryFormat, type Registry } from '../registry.js';
import type { TotalsFormat } from '../totals/index.js';

/** The formats of `jaarplan totals --by X`: the same as those of `totals`. */
export const totalsByFormats = {
  table: textFormat(async () => (await import('./reporters.js')).groupTable),
  markdown: textFormat(async () => (await import('./reporters.js')).groupMarkdown),
  json: textFormat(async () => (await import('./reporters.js')).groupJson),
  csv: textFormat(async () => (await import('../shared/totalsByCsv.js')).groupsCsv),
  xlsx: binaryFormat(async () => (await import('./xlsx.js')).groupXlsx),
} satisfies Record<TotalsFormat, Registry<GroupTotals>[string]>;

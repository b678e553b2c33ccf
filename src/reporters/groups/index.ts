import type { GroupTotals } from '../../core/groupTotals.js';
import type { Registry } from '../registry.js';
import type { TotalsFormat } from '../totals/index.js';

/** The formats of `jaarplan totals --by X`: the same as those of `totals`. */
export const groupFormats = {
  table: async () => (await import('./reporters.js')).groupTable,
  markdown: async () => (await import('./reporters.js')).groupMarkdown,
  json: async () => (await import('./reporters.js')).groupJson,
  csv: async () => (await import('../shared/groupsCsv.js')).groupsCsv,
  xlsx: async () => (await import('./xlsx.js')).groupXlsx,
} satisfies Record<TotalsFormat, Registry<GroupTotals>[string]>;

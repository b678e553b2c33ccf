import type { DiffReport } from '../../core/diffPlans.js';
import type { Registry } from '../registry.js';

/** The formats of `jaarplan diff`. */
export const diffFormats = {
  table: async () => (await import('./table.js')).diffTable,
  markdown: async () => (await import('./markdown.js')).diffMarkdown,
  json: async () => (await import('./json.js')).diffJson,
} satisfies Registry<DiffReport>;

/** A format of `diff`. */
export type DiffFormat = keyof typeof diffFormats;

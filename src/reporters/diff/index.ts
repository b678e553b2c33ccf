import type { DiffReport } from '../../core/diffPlans.js';
import { textFormat, type Registry } from '../registry.js';

/** The formats of `jaarplan diff`. */
export const diffFormats = {
  table: textFormat(async () => (await import('./table.js')).diffTable),
  markdown: textFormat(async () => (await import('./markdown.js')).diffMarkdown),
  json: textFormat(async () => (await import('./json.js')).diffJson),
} satisfies Registry<DiffReport>;

/** A format of `diff`. */
export type DiffFormat = keyof typeof diffFormats;

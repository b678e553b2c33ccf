import type { ExportFiles, ExportInput } from './exportInput.js';

export type { ExportFiles, ExportInput };

/** The export formats, each loaded when it is chosen. */
export const exportFormats = {
  datapackage: async () => (await import('./datapackage.js')).datapackage,
} satisfies Record<string, () => Promise<(input: ExportInput) => ExportFiles>>;

/** An export format. */
export type ExportFormat = keyof typeof exportFormats;

import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The check fixtures. */
export const checks = fileURLToPath(new URL('../fixtures/checks/', import.meta.url));

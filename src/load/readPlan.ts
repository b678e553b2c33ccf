import { readFile } from 'node:fs/promises';
import { JaarplanError } from '../errors.js';
import type { CheckedFile } from './parsePlan.js';
import { validatePlan } from './validatePlan.js';

/** Reads and checks one plan file; a file that cannot be read at all is a JaarplanError (exit 2). */
export async function readPlan(file: string, displayPath: string): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JaarplanError('path-not-found', { path: displayPath });
    throw new JaarplanError('path-unreadable', { path: displayPath, reason: code ?? String(error) });
  }
  return validatePlan(bytes, displayPath);
}

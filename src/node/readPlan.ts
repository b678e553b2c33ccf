import { readFileSync } from 'node:fs';
import type { CheckOptions } from '../core/checkAccount.js';
import { finding } from '../core/diagnostic.js';
import { errnoOf } from './errno.js';
import type { PlanFileRef } from './findPlanFiles.js';
import { parsePlan, type CheckedFile, type ReadOptions } from '../load/parsePlan.js';

/** Reads standard input whole. */
export type StdinReader = () => Promise<Uint8Array>;

/**
 * Reads and checks one plan file. A file that cannot be read (it vanished after it was found, or
 * may not be read) becomes an `unreadable-file` diagnostic, so the other files are still checked.
 * `seen` is given the bytes that are checked.
 */
export async function readPlan(
  ref: PlanFileRef,
  readStdin?: StdinReader,
  seen?: (bytes: Uint8Array) => void,
  checks: CheckOptions = {},
  options: ReadOptions = {},
): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    // Synchronous: one small file at a time, and the promise-based readFile costs more than the read.
    bytes = ref.file === '-' ? await (readStdin ?? noStdin)() : readFileSync(ref.file);
  } catch (error) {
    const reason = errnoOf(error);
    return {
      path: ref.display,
      diagnostics: [
        { ...finding('unreadable-file', '', { reason }), file: ref.display, line: 1, column: 1, endLine: 1, endColumn: 1 },
      ],
      plan: null,
      jaar: null,
      source: null,
    };
  }
  seen?.(bytes);
  return parsePlan(bytes, ref.display, checks, options);
}

async function noStdin(): Promise<Uint8Array> {
  throw Object.assign(new Error('standard input is not available'), { code: 'ENOSTDIN' });
}

/** Whether a file could not be read at all (an I/O failure, exit 2). */
export function isUnreadable(file: CheckedFile): boolean {
  return file.diagnostics.some((d) => d.code === 'unreadable-file');
}

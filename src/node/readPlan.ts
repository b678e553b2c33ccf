import { readFileSync } from 'node:fs';
import { finding } from '../core/diagnostic.js';
import { errnoOf } from './errno.js';
import { readShared } from './readShared.js';
import type { PlanFileRef } from './findPlanFiles.js';
import { parsePlan, type CheckedFile, type ReadOptions } from '../load/parsePlan.js';

/** Reads standard input whole. */
export type StdinReader = () => Promise<Uint8Array>;

/** How one plan file is read: the reader's options, and what the caller wants besides. */
export interface ReadPlanOptions extends ReadOptions {
  /** Reads standard input, for the file `-`. */
  readStdin?: StdinReader;
  /** Is given the bytes that are checked (to hash them for the result cache). */
  seen?: (bytes: Uint8Array) => void;
  /**
   * Read the file into one buffer kept for every call (`readShared`): for many files in a row, which
   * then allocate and collect no buffer each. The bytes are done with when this returns.
   */
  shared?: boolean;
}

/**
 * Reads and checks one plan file. A file that cannot be read (it vanished after it was found, or
 * may not be read) becomes an `unreadable-file` diagnostic, so the other files are still checked.
 */
export async function readPlan(ref: PlanFileRef, options: ReadPlanOptions = {}): Promise<CheckedFile> {
  const { readStdin, seen, shared, ...read } = options;
  let bytes: Uint8Array;
  try {
    // Synchronous: one small file at a time, and the promise-based readFile costs more than the read.
    bytes = ref.file === '-' ? await (readStdin ?? noStdin)() : shared ? readShared(ref.file) : readFileSync(ref.file);
  } catch (error) {
    const reason = errnoOf(error);
    return {
      path: ref.display,
      diagnostics: [{ ...finding('unreadable-file', '', { reason }), file: ref.display, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      plan: null,
      jaar: null,
      source: null,
    };
  }
  seen?.(bytes);
  return parsePlan(bytes, ref.display, read);
}

async function noStdin(): Promise<Uint8Array> {
  throw Object.assign(new Error('standard input is not available'), { code: 'ENOSTDIN' });
}

/** Whether a file could not be read at all (an I/O failure, exit 2). */
export function isUnreadable(file: CheckedFile): boolean {
  return file.diagnostics.some((d) => d.code === 'unreadable-file');
}

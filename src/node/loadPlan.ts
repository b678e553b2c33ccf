import { resolve } from 'node:path';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { JaarplanError } from '../errors.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlan } from './readPlan.js';

/** Where to read a plan from, and how to name it. */
export interface LoadPlanOptions {
  /** The folder a relative path starts from; the process's working folder by default. */
  cwd?: string;
  /** How diagnostics name the file; the path as given by default. */
  displayPath?: string;
  /** What the checks are told (the config's threshold for differences). */
  checks?: CheckOptions;
}

/**
 * Reads and checks one plan file. Problems in the plan become diagnostics; only a file that cannot
 * be read at all throws (a JaarplanError with code `path-not-found` or `path-unreadable`).
 */
export async function loadPlan(file: string, options: LoadPlanOptions = {}): Promise<CheckedFile> {
  const path = options.displayPath ?? file;
  const checked = await readPlan({ file: resolve(options.cwd ?? process.cwd(), file), display: path }, { checks: options.checks ?? {} });
  const failed = checked.diagnostics.find((d) => d.code === 'unreadable-file');
  if (failed?.code === 'unreadable-file') {
    if (failed.args.reason === 'ENOENT') throw new JaarplanError('path-not-found', { path });
    throw new JaarplanError('path-unreadable', { path, reason: failed.args.reason });
  }
  return checked;
}

import type { Io } from '../io.js';
import { readPlans } from '../load/readPlans.js';
import { validateReporters } from '../reporters/index.js';
import { reporterOptions, type GlobalOptions } from './common.js';

/** The options of `validate`. */
export interface ValidateOptions extends GlobalOptions {
  /** Output format. */
  format: keyof typeof validateReporters;
  /** Warnings fail too. */
  strict: boolean;
}

/** `jaarplan validate [paths...]`: exit 0 clean, 1 with errors (or warnings under --strict). */
export async function validateCommand(paths: string[], options: ValidateOptions, io: Io): Promise<number> {
  const files = await readPlans(paths.length > 0 ? paths : ['plans'], io.cwd);
  io.stdout(validateReporters[options.format](files, reporterOptions(options, io)));
  const diagnostics = files.flatMap((f) => f.diagnostics);
  const failing = diagnostics.some((d) => d.severity === 'error' || (options.strict && d.severity === 'warning'));
  return failing ? 1 : 0;
}

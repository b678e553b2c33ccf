import type { ConfigProblem } from './node/loadConfig.js';
import type { GitFailureArgs } from './node/git.js';
import type { OutputFailureArgs } from './node/writeOutput.js';

/** The arguments of each known failure; wording is made per language in src/i18n. */
export interface FailureArgs extends OutputFailureArgs, GitFailureArgs {
  'path-not-found': { path: string };
  'path-unreadable': { path: string; reason: string };
  'no-plans': { paths: string[] };
  'no-plan-for-year': { year: number; dir: string };
  'invalid-year': { value: string };
  'invalid-option': { option: string; value: string; allowed: string[] };
  'config-invalid': { path: string; problems: ConfigProblem[] };
  'unmatched-pattern': { patterns: string[] };
  'output-without-format': Record<string, never>;
  'several-to-stdout': { formats: string[] };
  'invalid-years': { value: string };
  'year-required': Record<string, never>;
  /** `--plans` and plans as arguments, naming different plans. */
  'plans-twice': { plans: string; paths: string[] };
  /** A binary format (xlsx) was asked for without --out: it is never written to a terminal. */
  'binary-needs-out': Record<string, never>;
  'no-plan-for-years': { first: number; last: number; dir: string };
  'file-exists': { path: string };
  'write-failed': { path: string; reason: string };
  'out-folder-not-empty': { path: string };
  'invalid-wijk': { value: string };
  'option-needs': { option: string; needs: string };
  'unknown-code': { code: string; suggestion?: string };
  'report-plan-has-errors': { path: string | null };
  'report-no-plans': Record<string, never>;
}

/** A failure's stable code. */
export type FailureCode = keyof FailureArgs;

/**
 * A known failure of usage or input: printed as one clear line, exit code 2. Anything else that is
 * thrown is a bug and shows its stack.
 */
export class JaarplanError<C extends FailureCode = FailureCode> extends Error {
  /** The failure's code. */
  readonly code: C;
  /** What the message is made from. */
  readonly args: FailureArgs[C];

  constructor(code: C, args: FailureArgs[C]) {
    super(`${code}: ${JSON.stringify(args)}`);
    this.name = 'JaarplanError';
    this.code = code;
    this.args = args;
  }
}

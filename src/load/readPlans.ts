import { JaarplanError } from '../errors.js';
import { findPlanFiles } from './findPlanFiles.js';
import type { CheckedFile } from './parsePlan.js';
import { readPlan, type StdinReader } from './readPlan.js';

/** What to read: paths, folders, glob patterns or `-`, and how to treat standard input. */
export interface ReadRequest {
  /** Files, folders, glob patterns, or `-` for standard input. */
  paths: string[];
  /** The folder relative paths start from. */
  cwd: string;
  /** Reads standard input, for `-`. */
  readStdin?: StdinReader;
  /** The name standard input is shown (and checked) as. */
  stdinName?: string;
}

/** The files read, and the glob patterns that matched nothing. */
export interface ReadResult {
  /** Every plan found, read and checked. */
  files: CheckedFile[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

/** Finds, reads and checks every plan; none found at all is a JaarplanError. */
export async function readPlans(request: ReadRequest): Promise<ReadResult> {
  const { refs, unmatched } = await findPlanFiles(request.paths, request.cwd, request.stdinName);
  if (refs.length === 0) throw new JaarplanError('no-plans', { paths: request.paths });
  const files: CheckedFile[] = [];
  // One at a time: plans are small, and this keeps memory flat for large folders.
  for (const ref of refs) files.push(await readPlan(ref, request.readStdin));
  return { files, unmatched };
}

/** The year of a file: its `jaar`, or when that cannot be read, a year in its file name. */
export function yearOf(file: CheckedFile): number | null {
  if (file.jaar !== null) return file.jaar;
  const m = /(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/.exec(file.path.split('/').pop() ?? '');
  return m ? Number(m[1]) : null;
}

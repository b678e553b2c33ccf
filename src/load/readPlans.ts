import { JaarplanError } from '../errors.js';
import { findPlanFiles } from './findPlanFiles.js';
import type { CheckedFile } from './parsePlan.js';
import { loadPlan } from './loadPlan.js';

/** Finds, reads and checks every plan under the given paths; none found is a JaarplanError. */
export async function readPlans(paths: string[], cwd: string): Promise<CheckedFile[]> {
  const refs = await findPlanFiles(paths, cwd);
  if (refs.length === 0) throw new JaarplanError('no-plans', { paths });
  const files: CheckedFile[] = [];
  // One at a time: plans are small, and this keeps memory flat for large folders.
  for (const ref of refs) files.push(await loadPlan(ref.file, { displayPath: ref.display }));
  return files;
}

/** The year of a file: its `jaar`, or when that cannot be read, a year in its file name. */
export function yearOf(file: CheckedFile): number | null {
  if (file.jaar !== null) return file.jaar;
  const m = /(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/.exec(file.path.split('/').pop() ?? '');
  return m ? Number(m[1]) : null;
}

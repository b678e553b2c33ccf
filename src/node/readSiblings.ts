import { isAbsolute, relative, resolve, sep } from 'node:path';
import { findPlanFiles, type PlanFileRef } from './findPlanFiles.js';
import { isPattern } from './globPattern.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlans } from './readPlans.js';

/** The plans folder: what `validate` reads by default, and what the pre-commit hook watches. */
export const PLANS_FOLDER = 'plans';

const isWithin = (file: string, folder: string) => {
  const rel = relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * isWithin for paths made by resolve(), asked for thousands of files: where paths are compared as
 * they are spelt (not on Windows), a normalised path lies in a folder when it starts with it.
 */
const isBelow = (file: string, folder: string) =>
  process.platform === 'win32' ? isWithin(file, folder) : file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The other plans of the plans folder, when some of the files read lie in it but not all of its
 * plans were given (pre-commit passes only the staged files): read so that a staged plan is still
 * compared with the plans beside it. Files outside the plans folder (examples, fixtures, a draft
 * somewhere else) are only compared with each other. Unreadable siblings are left out: they are
 * not what was asked about.
 */
export async function readSiblings(files: CheckedFile[], given: string[], cwd: string): Promise<CheckedFile[]> {
  const folder = resolve(cwd, PLANS_FOLDER);
  // The folder itself (or one around it) was given: every plan in it was read already.
  for (const p of given) if (p !== '-' && !(await isPattern(p)) && isWithin(folder, resolve(cwd, p))) return [];
  const read = new Set(files.map((f) => resolve(cwd, f.path)));
  if (![...read].some((file) => isBelow(file, folder))) return [];
  let refs: PlanFileRef[];
  try {
    refs = (await findPlanFiles([folder], cwd)).refs;
  } catch {
    return [];
  }
  const others = refs.filter((r) => !read.has(r.file)).map((r) => r.file);
  if (others.length === 0) return [];
  const siblings = await readPlans({ paths: others, cwd, diagnosticsOnly: true });
  return siblings.files;
}

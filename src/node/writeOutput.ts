import { realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { JaarplanError } from '../errors.js';
import { writeFileAtomically, type FileContent } from './writeFile.js';

/** The arguments of the failures of `--out`; wording is made per language in src/i18n/output.ts. */
export interface OutputFailureArgs {
  /** The target is a plan, a YAML file or a file under a plans folder: writing it would destroy input. */
  'out-protected': { path: string; reason: 'yaml' | 'input' | 'plans-folder' };
}

/** What `--out` must never overwrite: the plans read, and the folders they were read from. */
export interface OutputGuard {
  /** The working folder that relative paths start from. */
  cwd: string;
  /** The input files (plans), relative to `cwd` or absolute. */
  inputs: string[];
  /** The folders of plans given, relative to `cwd` or absolute. */
  folders: string[];
}

const YAML_FILE = /\.ya?ml$/i;

/** Resolves symbolic links where the path exists, so a link to a plan is seen as the plan. */
async function real(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

const isInside = (folder: string, file: string) => {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
};

/** Throws out-protected when `target` is input: a YAML file, a plan read, or under a plans folder. */
export async function checkOutputTarget(target: string, guard: OutputGuard): Promise<string> {
  const absolute = resolve(guard.cwd, target);
  const actual = await real(absolute);
  if (YAML_FILE.test(absolute) || YAML_FILE.test(actual)) {
    throw new JaarplanError('out-protected', { path: target, reason: 'yaml' });
  }
  for (const input of guard.inputs) {
    const file = await real(resolve(guard.cwd, input));
    if (file === actual || resolve(guard.cwd, input) === absolute) {
      throw new JaarplanError('out-protected', { path: target, reason: 'input' });
    }
  }
  // The target's folder may not exist yet; compare it with links resolved as far as they go.
  const actualDir = join(await real(dirname(absolute)), basename(absolute));
  for (const folder of guard.folders) {
    const dir = await real(resolve(guard.cwd, folder));
    if (isInside(dir, actualDir) || isInside(dir, actual)) {
      throw new JaarplanError('out-protected', { path: target, reason: 'plans-folder' });
    }
  }
  return absolute;
}

/**
 * Writes `content` to `target` all at once (see writeFileAtomically), replacing a file that is there
 * but never input (see checkOutputTarget). Content in pieces is written as they are made, and
 * still appears whole.
 */
export async function writeOutput(target: string, content: FileContent, guard: OutputGuard): Promise<void> {
  const absolute = await checkOutputTarget(target, guard);
  await writeFileAtomically(absolute, content, { shown: target, overwrite: true });
}

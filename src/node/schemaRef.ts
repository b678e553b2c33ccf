import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where a repository keeps the schema: its own copy, or the one the installed package ships. */
const CANDIDATES = ['schemas/jaarplan.schema.json', 'node_modules/jaarplan/schemas/jaarplan.schema.json'];

/**
 * The folder that a new plan's modeline may point into: the plan's repository (the nearest folder
 * with `.git`), or outside git the nearest project (a folder with `package.json`); undefined when
 * neither is there, and then every folder above the plan's is the user's own.
 */
function projectRoot(planFolder: string): string | undefined {
  for (const marker of ['.git', 'package.json']) {
    let folder = planFolder;
    for (;;) {
      if (existsSync(join(folder, marker))) return folder;
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  return undefined;
}

/**
 * The schema path to put in a new plan's modeline, relative to the plan's folder: the nearest copy
 * in the folder or above it, within the plan's repository (its own, or the installed package's), so
 * the path works in every clone. Undefined when the repository has no copy: a path out of it (to
 * wherever this program is installed) would work on one machine only, so the plan gets no modeline
 * and the editors page says how to map the schema instead.
 */
export function schemaRefFor(planFolder: string): string | undefined {
  const top = projectRoot(planFolder);
  let folder = planFolder;
  for (;;) {
    for (const candidate of CANDIDATES) {
      const path = join(folder, candidate);
      if (existsSync(path)) return toRef(relative(planFolder, path));
    }
    if (folder === top) return undefined;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function toRef(path: string): string {
  return path.split('\\').join('/');
}

import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaUrl } from '../load/schema.js';

/** Where a repository keeps the schema: its own copy, or the one the installed package ships. */
const CANDIDATES = ['schemas/jaarplan.schema.json', 'node_modules/jaarplan/schemas/jaarplan.schema.json'];

/**
 * The schema path to put in a new plan's modeline, relative to the plan's folder: the nearest copy
 * in the folder or above it (a repository's own, or the installed package's), so the path still works
 * in a colleague's clone; else the copy this program ships.
 */
export function schemaRefFor(planFolder: string): string {
  let folder = planFolder;
  for (;;) {
    for (const candidate of CANDIDATES) {
      const path = join(folder, candidate);
      if (existsSync(path)) return toRef(relative(planFolder, path));
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return toRef(relative(planFolder, fileURLToPath(schemaUrl)));
}

function toRef(path: string): string {
  return path.split('\\').join('/');
}

import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { JaarplanError } from '../errors.js';

/** A plan file to read: where it is, and how to name it to the user. */
export interface PlanFileRef {
  /** Absolute path. */
  file: string;
  /** Path relative to the working folder, with forward slashes. */
  display: string;
}

const PLAN_FILE = /\.ya?ml$/i;

/**
 * Expands files and folders into plan files: a folder gives every `*.yaml`/`*.yml` below it (hidden
 * folders and node_modules skipped), sorted; a file is taken as named. A path that does not exist is
 * a JaarplanError (exit 2).
 */
export async function findPlanFiles(paths: string[], cwd: string): Promise<PlanFileRef[]> {
  const found = new Map<string, PlanFileRef>();
  const add = (file: string) => {
    if (!found.has(file)) found.set(file, { file, display: displayPath(file, cwd) });
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new JaarplanError('path-not-found', { path });
      throw new JaarplanError('path-unreadable', { path, reason: code ?? String(error) });
    }
    if (info.isDirectory()) {
      for (const file of await walk(absolute, path)) add(file);
    } else {
      add(absolute);
    }
  }
  return [...found.values()];
}

async function walk(dir: string, shown: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new JaarplanError('path-unreadable', { path: shown, reason: code ?? String(error) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, join(shown, entry.name))));
    else if (entry.isFile() && PLAN_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || rel.startsWith('..') ? file : rel;
  return shown.split('\\').join('/');
}

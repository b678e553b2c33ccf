import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { JaarplanError } from '../errors.js';
import { errnoOf, isMissing, readFailure } from './errno.js';
import { expandPattern, isPattern } from './globPattern.js';

/** A plan file to read: where it is, and how to name it to the user; `file` is `-` for standard input. */
export interface PlanFileRef {
  /** Absolute path, or `-` for standard input. */
  file: string;
  /** Path relative to the working folder, with forward slashes. */
  display: string;
}

/** The plan files that paths and patterns stand for, and the patterns that matched nothing. */
export interface FoundPlans {
  /** The files, in the order given; within a folder or pattern, sorted. */
  refs: PlanFileRef[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

const PLAN_FILE = /\.ya?ml$/i;
const SKIPPED = (name: string) => name.startsWith('.') || name === 'node_modules';

/**
 * Expands paths into plan files: a folder gives every `*.yaml`/`*.yml` below it (hidden folders and
 * node_modules skipped, symbolic links followed once); a glob pattern such as `"plans/**\/20*.yaml"`
 * is expanded here, so it works quoted and on every shell; `-` is standard input, shown as
 * `stdinName`; a file is taken as named. A path that does not exist is a JaarplanError (exit 2).
 */
export async function findPlanFiles(paths: string[], cwd: string, stdinName = '<stdin>'): Promise<FoundPlans> {
  const found = new Map<string, PlanFileRef>();
  const inCwd = resolve(cwd) + sep;
  const unmatched: string[] = [];
  const add = (file: string) => {
    if (!found.has(file)) found.set(file, { file, display: displayPath(file, cwd, inCwd) });
  };
  for (const path of paths) {
    if (path === '-') {
      found.set('-', { file: '-', display: stdinName });
      continue;
    }
    const absolute = resolve(cwd, path);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (error) {
      if (isMissing(error) && (await isPattern(path))) {
        const matches = await expandPattern(path, cwd);
        if (matches.length === 0) unmatched.push(path);
        for (const match of matches.sort()) add(resolve(match));
        continue;
      }
      throw readFailure(path, error);
    }
    if (info.isDirectory()) {
      for (const file of await walk(absolute, path, new Set())) add(file);
    } else {
      add(absolute);
    }
  }
  return { refs: [...found.values()], unmatched };
}

async function walk(dir: string, shown: string, seen: Set<string>): Promise<string[]> {
  // A folder reached twice through symbolic links (a loop) is read once.
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new JaarplanError('path-unreadable', { path: shown, reason: errnoOf(error) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (SKIPPED(entry.name)) continue;
    // dir is absolute and normalised, and a name has no separator: join()'s normalising is not needed.
    const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => null); // a dangling link is skipped
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) files.push(...(await walk(full, join(shown, entry.name), seen)));
    else if (isFile && PLAN_FILE.test(entry.name)) files.push(full);
  }
  return files;
}

/**
 * The path as shown: relative to the working folder when inside it. `inCwd` is the working folder
 * resolved, with a separator: a file found below it (files are absolute and normalised) is shown
 * without it, as relative() would, without its cost for every one of thousands of files.
 */
function displayPath(file: string, cwd: string, inCwd: string): string {
  const rel = file.startsWith(inCwd) && file.length > inCwd.length ? file.slice(inCwd.length) : relative(cwd, file);
  const shown = rel === '' || rel.startsWith('..') ? file : rel;
  return shown.split('\\').join('/');
}

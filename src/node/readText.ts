import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errnoOf, readFailure } from './errno.js';

/** Reads a file the user named as text; a failure is `path-not-found` or `path-unreadable`. */
export async function readText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw readFailure(path, error);
  }
}

/** Reads a file's bytes, or null when there is no file there; any other failure is `path-unreadable`. */
export async function readBytesIfThere(path: string, cwd: string): Promise<Uint8Array | null> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw readFailure(path, error);
  }
}

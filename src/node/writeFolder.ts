import { mkdir, readdir, rmdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { JaarplanError } from '../errors.js';
import { errnoOf, isMissing } from './errno.js';
import { writeFileAtomically } from './writeFile.js';

/**
 * Writes a set of files into a folder that is new or empty, each file all at once, and the file
 * named `last` after the others (the one that makes the folder what it is, such as a package's
 * `datapackage.json`). A folder that has anything in it is refused (`out-folder-not-empty`); when a
 * write fails, the files already written are removed again, and a folder made here too, so nothing
 * half-written stays behind.
 */
export async function writeFolder(folder: string, shown: string, files: Record<string, string>, last: string): Promise<void> {
  let made = false;
  try {
    const entries = await readdir(folder);
    if (entries.length > 0) throw new JaarplanError('out-folder-not-empty', { path: shown });
  } catch (error) {
    if (error instanceof JaarplanError) throw error;
    if (!isMissing(error)) throw new JaarplanError('write-failed', { path: shown, reason: errnoOf(error) });
    await mkdir(folder, { recursive: true }).catch((e: unknown) => {
      throw new JaarplanError('write-failed', { path: shown, reason: errnoOf(e) });
    });
    made = true;
  }
  const names = [...Object.keys(files).filter((n) => n !== last), ...(last in files ? [last] : [])];
  const written: string[] = [];
  try {
    for (const name of names) {
      await writeFileAtomically(join(folder, name), files[name]!, { shown: join(shown, name), overwrite: false });
      written.push(name);
    }
  } catch (error) {
    for (const name of written) await unlink(join(folder, name)).catch(() => undefined);
    if (made) await rmdir(folder).catch(() => undefined);
    throw error;
  }
}

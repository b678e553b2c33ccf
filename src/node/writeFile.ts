import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { JaarplanError } from '../errors.js';
import { cannotLink, errnoOf, isMissing, writeFailure } from './errno.js';

/** How a file is written. */
export interface WriteFileOptions {
  /** The path as shown to the user, for messages. */
  shown: string;
  /** Replace a file that is there (`--out`), or refuse to (`init`: never over a plan). */
  overwrite: boolean;
  /** Make the folder first when it is missing. */
  makeFolder?: boolean;
}

/** Whether something is at the path; a path that runs through a file is not there (and cannot be written). */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** What a file is written from: text, bytes, or text in pieces made one at a time. */
export type FileContent = string | Uint8Array | Iterable<string>;

/** The failure of making the content itself (a bug), told apart from the failure to write it. */
class ContentFailure {
  constructor(readonly error: unknown) {}
}

/**
 * The one way jaarplan writes a file: all at once. The text goes into a temporary file beside the
 * target, flushed to disk, which then takes the target's place: renamed over it when overwriting
 * (keeping the permissions of the file replaced), or linked into place when not, since a link fails
 * if the name was taken meanwhile where a rename would overwrite (a file system without hard links
 * falls back to a rename after a last check). A reader never sees half a file, and a failure leaves
 * the target as it was and no temporary file behind. Failures are `file-exists` or `write-failed`.
 * Text in pieces goes into the temporary file as each piece is made, so a long text is never held
 * whole, and the target still changes only when the last piece is on disk.
 */
export async function writeFileAtomically(path: string, text: FileContent, options: WriteFileOptions): Promise<void> {
  const fail = (error: unknown): never => {
    throw writeFailure(options.shown, error);
  };
  const folder = dirname(path);
  const cannotWrite = (error: unknown) => new JaarplanError('write-failed', { path: options.shown, reason: errnoOf(error) });
  // A taken name while making the folder is a file where a folder should be: not the target.
  if (options.makeFolder) {
    await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw cannotWrite(error);
    });
  }
  const existing = options.overwrite ? await stat(path).catch(() => null) : null;
  const mode = existing?.isFile() ? existing.mode & 0o777 : 0o644;
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const removeTemporary = () => unlink(temporary).catch(() => undefined);

  try {
    const handle = await open(temporary, 'wx', mode);
    try {
      if (typeof text === 'string' || text instanceof Uint8Array) await handle.writeFile(text, 'utf8');
      else for (const piece of pieces(text)) await handle.writeFile(piece, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removeTemporary();
    if (error instanceof ContentFailure) throw error.error;
    // A taken name here is the temporary file's, or a file where a folder should be: not the target.
    throw cannotWrite(error);
  }

  if (options.overwrite) {
    await rename(temporary, path).catch(async (error: unknown) => {
      await removeTemporary();
      fail(error);
    });
    return;
  }
  try {
    await link(temporary, path);
  } catch (error) {
    if (!cannotLink(error) || (await exists(path))) {
      await removeTemporary();
      fail(cannotLink(error) ? Object.assign(new Error('exists'), { code: 'EEXIST' }) : error);
    }
    await rename(temporary, path).catch(async (e: unknown) => {
      await removeTemporary();
      fail(e);
    });
    return;
  }
  await removeTemporary();
}

/** The pieces of a text; a failure to make one is the content's, not the file system's. */
function* pieces(text: Iterable<string>): Generator<string> {
  const iterator = text[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new ContentFailure(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

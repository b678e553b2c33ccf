import { JaarplanError } from '../errors.js';

// The node world reports failures as errno codes. They are read here, in one place, and turned into
// the project's known failures; no other file looks at `error.code`.

/** The errno code of a failed file operation (`ENOENT`, `EACCES`, …), or the error as text. */
export function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? String(error);
}

/** Whether a path is not there: no such file, or a path that runs through a file. */
export function isMissing(error: unknown): boolean {
  const code = errnoOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Whether a name was taken: the target of an exclusive create or a link exists. */
export function isTaken(error: unknown): boolean {
  return errnoOf(error) === 'EEXIST';
}

/** Whether the file system cannot make a hard link here (some network and FAT file systems). */
export function cannotLink(error: unknown): boolean {
  const code = errnoOf(error);
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV';
}

/** The failure to read a path the user named: not found, or unreadable with the reason. */
export function readFailure(path: string, error: unknown): JaarplanError {
  return isMissing(error)
    ? new JaarplanError('path-not-found', { path })
    : new JaarplanError('path-unreadable', { path, reason: errnoOf(error) });
}

/** The failure to write a path the user named. */
export function writeFailure(path: string, error: unknown): JaarplanError {
  return isTaken(error) ? new JaarplanError('file-exists', { path }) : new JaarplanError('write-failed', { path, reason: errnoOf(error) });
}

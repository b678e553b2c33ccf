import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { JaarplanError } from '../errors.js';

/**
 * Writes a file whole or not at all: to a temporary file in the same folder, then renamed over the
 * target, so a reader never sees half a report and a failure leaves nothing behind. Refuses to
 * overwrite a YAML file or any of the given input files (exit 2).
 */
export async function writeAtomic(path: string, text: string, cwd: string, inputs: string[] = []): Promise<void> {
  const target = resolve(cwd, path);
  if (/\.ya?ml$/i.test(target) || inputs.some((input) => resolve(cwd, input) === target)) {
    throw new JaarplanError('output-is-input', { path });
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new JaarplanError('output-unwritable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

import { closeSync, openSync, readSync } from 'node:fs';

/** The buffer files are read into; it grows to the largest file read. */
let shared = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's bytes, read into one buffer kept for every call: valid only until the next call, so
 * the caller must be done with them (or copy them) before it reads another file. For many small
 * files in a row (`validate --cache` hashing each), this saves allocating a buffer for each and
 * collecting them. Throws as readFileSync does.
 */
export function readShared(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === shared.length) {
        const larger = Buffer.allocUnsafe(shared.length * 2);
        shared.copy(larger, 0, 0, length);
        shared = larger;
      }
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) return shared.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

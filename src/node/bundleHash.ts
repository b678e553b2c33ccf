// The SHA-256 of the bundled scripts, written at build time (scripts/bundle.mjs) into
// dist/bundle/hashes.json beside them, so that a start need not hash 1.9 MB of code to name its code
// cache. A record is trusted only while it still describes the file: its size must be the one
// recorded, and the file may not have been modified after the record was written (its mtime not
// later than that of hashes.json). A bundle edited or rebuilt without its record is hashed at run
// time instead, as if there were no record. Only Node's built-in modules are used here: this runs
// before the CLI is loaded.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The name of the record, in the folder of the scripts it describes. */
export const HASHES_FILE = 'hashes.json';

/** One script's record: the SHA-256 of its bytes, as hex, and their number. */
export interface BundleRecord {
  sha256: string;
  size: number;
}

/**
 * The recorded SHA-256 of `file`, when hashes.json beside it has one that still holds: the same
 * size, and the file not modified after the record. Undefined otherwise (no record, a damaged one,
 * or one older than the file).
 */
export function recordedHash(file: string, size?: number): string | undefined {
  try {
    const records = join(dirname(file), HASHES_FILE);
    const written = statSync(records, { bigint: true }).mtimeNs;
    const stat = statSync(file, { bigint: true });
    const record: unknown = (JSON.parse(readFileSync(records, 'utf8')) as Record<string, unknown>)[basename(file)];
    if (!isRecord(record) || record.size !== Number(stat.size) || (size !== undefined && size !== record.size)) return undefined;
    return stat.mtimeNs <= written ? record.sha256 : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is BundleRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.sha256 === 'string' && /^[0-9a-f]{64}$/.test(r.sha256) && typeof r.size === 'number';
}

/**
 * The SHA-256 of a bundled script as hex: the recorded one when it holds, else computed from its
 * bytes (`bytes`, when the caller has read them already).
 */
export function bundleHash(file: string, bytes?: Uint8Array): string {
  return (
    recordedHash(file, bytes?.length) ??
    createHash('sha256')
      .update(bytes ?? readFileSync(file))
      .digest('hex')
  );
}

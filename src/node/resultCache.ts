import { createHash, hash as hashOnce } from 'node:crypto';
import { existsSync, readFileSync, type BigIntStats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSha256 } from '#plan-validator';
import { bundleHash } from './bundleHash.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readShared } from './readShared.js';
import { writeFileAtomically } from './writeFile.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';

/**
 * `validate --cache`: what each file's own checks found, kept in one file between runs, so a file
 * that has not changed is not parsed again. An entry holds for one file (its absolute path) with
 * one content (the SHA-256 of its bytes as they were parsed). The whole cache holds for one build
 * of the checks only: its key is a hash of the CLI's code, the package version and the schema, so a
 * cache written by another version is never read. What the cache holds comes before the
 * configuration (severities are applied to it on every run), and the checks across files (two plans
 * with one identity, one wijk spelt two ways) always run again. A cache that cannot be read, is
 * damaged or has another key is ignored and replaced.
 *
 * As git's index does, an entry also keeps the file's stat (size, modification and change times
 * in nanoseconds, inode and device) as it was when its content was hashed. A file whose stat is
 * the same is not read again; any other file is read and hashed, and the content hash decides. A
 * file changed twice within one tick of the file system's clock, the second time after it was
 * hashed, keeps its stat: so a stat is only trusted for a file whose times were well before the
 * run that hashed it ("racily clean" files, in git's words, are read again by the next run).
 */
export interface ResultCache {
  /**
   * The result kept for this file, if it has the content it was kept for: trusted by `stat` (the
   * file's stat, taken now, or undefined when it could not be) when that is the same as kept, else
   * by the hash of the file's bytes, read now. The result is the one stored, not a copy: not to
   * be changed.
   */
  lookup(file: string, stat: BigIntStats | undefined): CheckedFile | undefined;
  /**
   * Keeps the result of this file, with the hash of the content it was read from and the file's
   * stat taken before it was read (undefined when it could not be).
   */
  store(file: string, hash: string, stat: BigIntStats | undefined, result: CheckedFile): void;
  /**
   * Writes the cache, atomically, when something was stored; entries of files that no longer exist
   * are then dropped.
   */
  save(): Promise<void>;
}

/** The file's cache format; a change to it makes older caches be ignored. */
const FORMAT = 2;

/**
 * One file's result, as `readPlans` keeps it (`kept`): with the lines of its text that can be shown
 * and every other line empty, so a hit needs neither the file's bytes nor its text.
 */
interface Entry {
  /** The SHA-256 of the bytes the result was read from. */
  hash: string;
  /** The file's stat when it was hashed (see `statKey`), or null when it is not to be trusted. */
  stat: string | null;
  result: CheckedFile;
}

/**
 * How long before a run a file must have been changed for its stat to be trusted, in nanoseconds.
 * A file's times are taken from a clock that lags the system's by up to a tick and are cut to the
 * file system's precision (two seconds on FAT), so a file changed during a run can keep a time
 * that far before the run began.
 */
export const RACY_WINDOW = 3_000_000_000n;

/** The moment now, in nanoseconds since 1970, as file times are given. */
export function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/** A file's stat as an entry keeps it: one string, compared whole. */
export function statKey(stat: BigIntStats): string {
  return `${stat.size}/${stat.mtimeNs}/${stat.ctimeNs}/${stat.ino}/${stat.dev}`;
}

/** Whether a file's last change (of content or of its inode) was before `limit`. */
function changedBefore(stat: BigIntStats, limit: bigint): boolean {
  return stat.mtimeNs < limit && stat.ctimeNs < limit;
}

/**
 * The SHA-256 of a file's bytes, as an entry's content hash. Not a cheaper hash: plans come from
 * pull requests, and MD5 and SHA-1 collisions can be made, so a file with mistakes could be given
 * the clean result of a twin made for it. Hashing 5 KB with SHA-256 takes about as long as making
 * the hash object, which the one-shot `hash` leaves out.
 */
export function contentHash(bytes: Uint8Array): string {
  return hashOnce('sha256', bytes, 'hex');
}

let ownKey: string | undefined;

/**
 * The key of this build and of what the checks are told: the package version, the schema's hash,
 * the CLI's bundled code (the entry points name their chunks by content hash, so they change with
 * any code they load), and the config's settings that change what a file's checks find (the
 * threshold for differences; severities are applied on every run and need no key).
 */
export function cacheKey(checks: CheckOptions = {}): string {
  return createHash('sha256')
    .update(buildKey())
    .update(`\n${JSON.stringify(checks)}`)
    .digest('hex');
}

function buildKey(): string {
  if (ownKey !== undefined) return ownKey;
  const hash = createHash('sha256').update(`jaarplan cache ${FORMAT}\n${schemaSha256}\n`);
  const pkg = new URL('../../package.json', import.meta.url);
  hash.update(existsSync(pkg) ? readFileSync(pkg) : 'missing').update('\n');
  // The bundled scripts by the hashes recorded when they were built (hashed here when the record
  // does not hold): reading and hashing 1.9 MB of code took longer than a run's own lookups.
  for (const part of ['../../dist/bundle/cli.cjs', '../../dist/bundle/planWorker.js']) {
    const file = fileURLToPath(new URL(part, import.meta.url));
    hash.update(`${part}\n${existsSync(file) ? bundleHash(file) : 'missing'}\n`);
  }
  ownKey = hash.digest('hex');
  return ownKey;
}

/**
 * Opens the cache at `location` (an absolute path). A missing, unreadable or damaged file, or one
 * written by another build, gives an empty cache; that is never an error. `shown` names the file in
 * messages. `now` gives the moment the run begins, before any file is looked at (for tests).
 */
export function openResultCache(location: string, shown: string, key = cacheKey(), now = nowNs): ResultCache {
  // Taken before any file is looked at: a stat is trusted only for files changed well before it.
  const began = now();
  const { entries, checked } = readEntries(location, key);
  // A kept stat is trusted for files changed well before the run that kept it (none without that
  // moment); a stat is kept for files changed well before this run.
  const trusted = checked === undefined ? -1n : checked - RACY_WINDOW;
  const keepable = began - RACY_WINDOW;
  // Files seen this run: they need no second look when the cache is written.
  const present = new Set<string>();
  let changed = false;
  /** The stat to keep for a file hashed in this run: none when it was changed too close to the run. */
  const keptStat = (stat: BigIntStats | undefined) => (stat !== undefined && changedBefore(stat, keepable) ? statKey(stat) : null);
  return {
    lookup(file, stat) {
      if (stat === undefined || !Object.hasOwn(entries, file)) return undefined;
      present.add(file);
      const entry = entries[file];
      // Checked as it is used: a damaged entry is a miss, and is replaced.
      if (!isEntry(entry)) return undefined;
      if (entry.stat === statKey(stat) && changedBefore(stat, trusted)) return entry.result;
      let bytes: Uint8Array;
      try {
        bytes = readShared(file);
      } catch {
        return undefined; // Unreadable: parsing it reports why.
      }
      if (entry.hash !== contentHash(bytes)) return undefined;
      // The same content with another stat (touched, copied back, or hashed too soon after a
      // change): the stat is kept, so the next run need not read the file.
      const now = keptStat(stat);
      if (now !== entry.stat) {
        entries[file] = { ...entry, stat: now };
        changed = true;
      }
      return entry.result;
    },
    store(file, hash, stat, result) {
      entries[file] = { hash, stat: keptStat(stat), result };
      present.add(file);
      changed = true;
    },
    async save() {
      if (!changed) return;
      const kept: Record<string, unknown> = {};
      for (const file of Object.keys(entries)) if (present.has(file) || existsSync(file)) kept[file] = entries[file];
      const text = JSON.stringify({ format: FORMAT, key, checked: String(began), entries: kept });
      await writeFileAtomically(location, text, { shown, overwrite: true, makeFolder: true });
    },
  };
}

/**
 * The entries of the cache at `location`, as read (each is checked when it is used), and the
 * moment the run that wrote them began; none for a cache that cannot be read or is another's.
 */
function readEntries(location: string, key: string): { entries: Record<string, unknown>; checked: bigint | undefined } {
  const none = { entries: {}, checked: undefined };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(location, 'utf8'));
  } catch {
    return none;
  }
  if (!isObject(data) || data.format !== FORMAT || data.key !== key || !isObject(data.entries)) return none;
  // A moment that cannot be read leaves every stat untrusted: each file is then read and hashed.
  const checked = typeof data.checked === 'string' && /^\d{1,30}$/.test(data.checked) ? BigInt(data.checked) : undefined;
  return { entries: data.entries, checked };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of an entry, checked field by field: a damaged entry is left out, not trusted. */
function isEntry(value: unknown): value is Entry {
  // A hash that is not 64 hex digits never equals a file's, so its entry is never used.
  if (!isObject(value) || typeof value.hash !== 'string' || !(value.stat === null || typeof value.stat === 'string')) return false;
  const r = value.result;
  return (
    isObject(r) &&
    typeof r.path === 'string' &&
    Array.isArray(r.diagnostics) &&
    r.diagnostics.every(
      (d) =>
        isObject(d) &&
        typeof d.code === 'string' &&
        typeof d.severity === 'string' &&
        typeof d.file === 'string' &&
        typeof d.line === 'number' &&
        typeof d.column === 'number',
    ) &&
    r.plan === null &&
    (r.jaar === null || typeof r.jaar === 'number') &&
    (r.source === null || typeof r.source === 'string') &&
    (r.identity === undefined ||
      r.identity === null ||
      (isObject(r.identity) && typeof r.identity.jaar === 'number' && typeof r.identity.gemeente === 'string' && isObject(r.identity.at)))
  );
}

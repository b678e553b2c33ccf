import { createHash, hash as hashOnce } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSha256 } from '#plan-validator';
import { bundleHash } from './bundleHash.js';
import { sourceOf, type CheckedFile } from '../load/parsePlan.js';
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
 */
export interface ResultCache {
  /** The result kept for this file with these bytes, if any; the bytes are not kept. */
  lookup(file: string, bytes: Uint8Array): CheckedFile | undefined;
  /** Keeps the result of this file with this content. */
  store(file: string, hash: string, result: CheckedFile): void;
  /**
   * Writes the cache, atomically, when something was stored; entries of files that no longer exist
   * are then dropped.
   */
  save(): Promise<void>;
}

/** The file's cache format; a change to it makes older caches be ignored. */
const FORMAT = 1;

/**
 * One file's result. Its text is not kept: a hit has the same bytes, and the text is made from
 * them again, as the parser made it.
 */
interface Entry {
  hash: string;
  result: CheckedFile;
  hasSource: boolean;
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
 * messages.
 */
export function openResultCache(location: string, shown: string, key = cacheKey()): ResultCache {
  const entries = readEntries(location, key);
  let changed = false;
  return {
    lookup(file, bytes) {
      const entry = entries.get(file);
      if (entry === undefined || entry.hash !== contentHash(bytes)) return undefined;
      return { ...entry.result, source: entry.hasSource ? sourceOf(bytes) : null };
    },
    store(file, hash, result) {
      entries.set(file, { hash, result: { ...result, source: null }, hasSource: result.source !== null });
      changed = true;
    },
    async save() {
      if (!changed) return;
      const kept: Record<string, Entry> = {};
      for (const [file, entry] of entries) if (existsSync(file)) kept[file] = entry;
      await writeFileAtomically(location, JSON.stringify({ format: FORMAT, key, entries: kept }), {
        shown,
        overwrite: true,
        makeFolder: true,
      });
    },
  };
}

function readEntries(location: string, key: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(location, 'utf8'));
  } catch {
    return entries;
  }
  if (!isObject(data) || data.format !== FORMAT || data.key !== key || !isObject(data.entries)) return entries;
  for (const [file, entry] of Object.entries(data.entries)) {
    if (isEntry(entry)) entries.set(file, entry);
  }
  return entries;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape of an entry, checked field by field: a damaged entry is left out, not trusted. */
function isEntry(value: unknown): value is Entry {
  // A hash that is not 64 hex digits never equals a file's, so its entry is never used.
  if (!isObject(value) || typeof value.hash !== 'string' || typeof value.hasSource !== 'boolean') return false;
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
        typeof d.line === 'number' &&
        typeof d.column === 'number',
    ) &&
    r.plan === null &&
    (r.jaar === null || typeof r.jaar === 'number') &&
    r.source === null &&
    (r.identity === undefined ||
      r.identity === null ||
      (isObject(r.identity) && typeof r.identity.jaar === 'number' && typeof r.identity.gemeente === 'string' && isObject(r.identity.at)))
  );
}

import { statSync, type BigIntStats } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { yearsInFileName } from '../core/checkPlan.js';
import { JaarplanError } from '../errors.js';
import { findPlanFiles, type PlanFileRef } from './findPlanFiles.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { placeFinding } from '../core/diagnostic.js';
import { isUnreadable, readPlan, type StdinReader } from './readPlan.js';
import type { ResultCache } from './resultCache.js';

/** What to read: paths, folders, glob patterns or `-`, and how to treat standard input. */
export interface ReadRequest {
  /** Files, folders, glob patterns, or `-` for standard input. */
  paths: string[];
  /** The folder relative paths start from. */
  cwd: string;
  /** Reads standard input, for `-`. */
  readStdin?: StdinReader;
  /** The name standard input is shown (and checked) as. */
  stdinName?: string;
  /** Keep only what a validation report shows: no typed plans (validate never uses them). */
  diagnosticsOnly?: boolean;
  /** Worker threads to read with besides this one; by default chosen from the files and cores. */
  workers?: number;
  /** What the checks are told (the config's threshold for differences). */
  checks?: CheckOptions;
  /**
   * Results kept from earlier runs (`validate --cache`): a file whose content has one is not parsed
   * again, and every file parsed is stored in it. Only with `diagnosticsOnly`; standard input is
   * always read.
   */
  cache?: ResultCache;
}

/** The files read, and the glob patterns that matched nothing. */
export interface ReadResult {
  /** Every plan found, read and checked. */
  files: CheckedFile[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

/**
 * From this many files on, worker threads may read too, where there are cores to spare. Each thread
 * warms up its own compiled code, which is most of the time of a few thousand plans since the fast
 * reader, and V8 compiles and collects on threads of its own: on two cores a worker did not pay
 * even for 5,000 plans (test/bench/threshold.mjs; docs/performance.md).
 */
export const WORKER_THRESHOLD = 2000;

/**
 * From this many files on, the fast reader for clean plans (`load/fastPlan.ts`) is loaded and
 * tried first. For one file, loading it costs more than it saves (and a single plan on the command
 * line or in an editor is as likely as not to have findings); from two clean files on it pays,
 * measured with fresh processes (see docs/performance.md).
 */
export const FAST_THRESHOLD = 2;

/** Set to `0`, every file is read by the full reader (to compare, or to rule the fast reader out). */
export const FAST_READER_VARIABLE = 'JAARPLAN_FAST_READER';

/** Whether to try the fast reader for this many files. */
function fastFor(count: number): boolean {
  return count >= FAST_THRESHOLD && process.env[FAST_READER_VARIABLE] !== '0';
}

/** Finds, reads and checks every plan; none found at all is a JaarplanError. */
export async function readPlans(request: ReadRequest): Promise<ReadResult> {
  const { refs, unmatched } = await findPlanFiles(request.paths, request.cwd, request.stdinName);
  if (refs.length === 0) throw new JaarplanError('no-plans', { paths: request.paths });
  if (request.cache && request.diagnosticsOnly) return { files: await readCached(refs, request.cache, request), unmatched };
  const workers = refs.some((r) => r.file === '-') ? 0 : (request.workers ?? defaultWorkers(refs.length));
  const options = {
    diagnosticsOnly: request.diagnosticsOnly === true,
    workers,
    hashes: false,
    checks: request.checks ?? {},
    fast: fastFor(refs.length),
  };
  const { files } = await readAll(refs, options, request.readStdin);
  return { files, unmatched };
}

/**
 * Reads with a cache. Each file's stat is taken first; the cache trusts an unchanged stat, and
 * reads and hashes the file otherwise (see `ResultCache`). A hit is the result as it was kept, with
 * the lines it can show, so it is neither decoded nor cut down again. Only the other files are
 * parsed, and their results are stored under the hash of the bytes the parser was given and the
 * stat taken before (a file changed between the two is stored with its new content and an older
 * stat, which the next run does not trust), so an entry never describes other bytes than its hash.
 */
async function readCached(refs: PlanFileRef[], cache: ResultCache, request: ReadRequest): Promise<CheckedFile[]> {
  const files = new Array<CheckedFile>(refs.length);
  const missed: number[] = [];
  const stats = new Array<BigIntStats | undefined>(refs.length);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const stat = ref.file === '-' ? undefined : statOf(ref.file);
    const hit = stat === undefined ? undefined : cache.lookup(ref.file, stat);
    // The path as shown depends on the folder the command runs in.
    if (hit) files[i] = hit.path === ref.display ? hit : rename(hit, ref.display);
    else {
      stats[i] = stat;
      missed.push(i);
    }
  }
  if (missed.length === 0) return files;
  const missedRefs = missed.map((i) => refs[i]!);
  const workers = missedRefs.some((r) => r.file === '-') ? 0 : (request.workers ?? defaultWorkers(missedRefs.length));
  const options = { diagnosticsOnly: true, workers, hashes: true, checks: request.checks ?? {}, fast: fastFor(missedRefs.length) };
  const read = await readAll(missedRefs, options, request.readStdin);
  read.files.forEach((file, j) => {
    const i = missed[j]!;
    files[i] = file;
    const hash = read.hashes[j];
    if (hash !== undefined && refs[i]!.file !== '-' && !isUnreadable(file)) cache.store(refs[i]!.file, hash, stats[i], file);
  });
  return files;
}

/** A file's stat in nanoseconds; a missing file has none. */
const STAT = { bigint: true, throwIfNoEntry: false } as const;

/** A file's stat for the cache, or undefined when it cannot be taken (reading it says why). */
function statOf(file: string): BigIntStats | undefined {
  try {
    return statSync(file, STAT);
  } catch {
    return undefined;
  }
}

/** A cached result for a file now shown under another name (the command runs from another folder). */
function rename(file: CheckedFile, path: string): CheckedFile {
  return { ...file, path, diagnostics: file.diagnostics.map((d) => ({ ...d, file: path })) };
}

function defaultWorkers(count: number): number {
  // One core for this thread and one for V8's compiler and collector threads; the rest may read.
  return count < WORKER_THRESHOLD ? 0 : Math.max(0, Math.min(availableParallelism() - 2, 6));
}

/**
 * What is kept of a checked file once it is read: of the source only the lines a diagnostic may
 * show (see `shownLines`), none for a file without diagnostics, and the plan only when the command
 * uses plans. Thousands of files then take little more memory than one, also when most of them have
 * findings, as real plans do.
 */
export function kept(file: CheckedFile, diagnosticsOnly: boolean): CheckedFile {
  const source = file.diagnostics.length === 0 || file.source === null ? null : shownLines(file.source, file);
  const plan = diagnosticsOnly ? null : file.plan;
  if (source === file.source && plan === file.plan) return file;
  // A name or title read from the YAML may be a slice of the file's text, which V8 then keeps whole
  // behind it: with the plan not kept, the identity and the diagnostics' arguments get strings of
  // their own (5,000 plans kept 36 MB of heap with the slices of clean plans' identities, 19 MB
  // without; with most plans warning about an activity by its title, the titles kept 17 MB).
  if (plan !== null) return { ...file, source, plan };
  const identity = file.identity ? ownStrings(file.identity) : file.identity;
  const diagnostics = file.diagnostics.map((d) => placeFinding(d, d.file, d, { args: ownStrings(d.args) }));
  return { ...file, diagnostics, source, plan, ...(identity === undefined ? {} : { identity }) };
}

/**
 * A copy of plain data whose strings are strings of their own, not slices of a larger text (V8
 * makes a slice of a substring of 13 characters or more).
 */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return (value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8')) as T;
  if (Array.isArray(value)) return value.map(ownStrings) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = ownStrings((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

/**
 * The source with only the lines that can be shown left in: those the diagnostics point at, and the
 * line of the plan's identity, where the checks across plans (`duplicate-plan`, `wijk-spelling`)
 * place theirs. Every other line is left empty, so line numbers and columns stay as they were and
 * an excerpt of a kept line is the same. A string of its own: a slice would keep the whole text.
 * (5,000 plans with warnings kept 22 MB of text whole, a few hundred kilobytes so.)
 */
export function shownLines(source: string, file: Pick<CheckedFile, 'diagnostics' | 'identity'>): string {
  const wanted = new Set<number>();
  for (const d of file.diagnostics) wanted.add(d.line);
  if (file.identity) wanted.add(file.identity.at.line);
  const lines = [...wanted].sort((a, b) => a - b);
  // Walked from line to line with indexOf; only the wanted lines are cut out, the lines between
  // them are their line feeds alone.
  let shown = '';
  let line = 1;
  let start = 0;
  for (const want of lines) {
    let feeds = 0;
    while (line < want && start !== -1) {
      const end = source.indexOf('\n', start);
      start = end === -1 ? -1 : end + 1;
      if (end !== -1) feeds++;
      line++;
    }
    if (start === -1) {
      // A wanted line past the last one (a place at the end of a file without a last line feed).
      shown += '\n'.repeat(feeds);
      break;
    }
    const end = source.indexOf('\n', start);
    const text = source.slice(start, end === -1 ? source.length : end);
    // Lines are split at a line feed with or without a carriage return before it, as excerpts split them.
    shown += '\n'.repeat(feeds) + (end !== -1 && text.endsWith('\r') ? text.slice(0, -1) : text);
    if (end === -1) {
      start = -1;
      break;
    }
    start = end;
  }
  // The line feeds after the last wanted line, so that the text has as many lines as the source.
  let rest = 0;
  for (let i = start === -1 ? -1 : source.indexOf('\n', start); i !== -1; i = source.indexOf('\n', i + 1)) rest++;
  shown += '\n'.repeat(rest);
  // A string of its own: a slice would keep the whole text.
  return Buffer.from(shown, 'utf8').toString('utf8');
}

/** What a plan-reading worker is given. */
export interface WorkerTask {
  /** All files to read, in order. */
  refs: PlanFileRef[];
  /** The index of the next file to read, shared by all threads (an Int32Array of one element). */
  next: SharedArrayBuffer;
  /** Whether to drop the typed plans. */
  diagnosticsOnly: boolean;
  /** What the checks are told. */
  checks: CheckOptions;
  /** Whether to send back the content hash of each file's bytes as parsed. */
  hashes: boolean;
  /** Whether to try the fast reader for clean plans first. */
  fast: boolean;
}

/** What a worker sends back for a file: its index, its result and, when asked for, its content hash. */
export type WorkerResult = [number, CheckedFile, string | undefined];

// The worker is always the built bundle (scripts/bundle.mjs), also when the tests run the sources.
const workerUrl = new URL('../../dist/bundle/planWorker.js', import.meta.url);

/**
 * Reads every file, in this thread and in `workers` worker threads. The threads take the next file
 * from a shared counter, so a slow file holds up no one; results are put back in the files' order,
 * so the output does not depend on which thread read what.
 */
async function readAll(
  refs: PlanFileRef[],
  options: { diagnosticsOnly: boolean; workers: number; hashes: boolean; checks: CheckOptions; fast: boolean },
  readStdin?: StdinReader,
): Promise<{ files: CheckedFile[]; hashes: (string | undefined)[] }> {
  const files = new Array<CheckedFile>(refs.length);
  const hashes = new Array<string | undefined>(refs.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const task: WorkerTask = {
    refs,
    next,
    diagnosticsOnly: options.diagnosticsOnly,
    hashes: options.hashes,
    checks: options.checks,
    fast: options.fast,
  };
  const threads = Array.from({ length: options.workers }, () => runWorker(task, files, hashes));
  const hash = options.hashes ? (await import('./resultCache.js')).contentHash : undefined;
  const read = options.fast ? { clean: (await import('../load/fastPlan.js')).readClean } : {};
  try {
    for (let i = Atomics.add(counter, 0, 1); i < refs.length; i = Atomics.add(counter, 0, 1)) {
      const file = await readPlan(refs[i]!, {
        ...read,
        shared: true,
        checks: options.checks,
        ...(readStdin ? { readStdin } : {}),
        ...(hash ? { seen: (bytes: Uint8Array) => (hashes[i] = hash(bytes)) } : {}),
      });
      files[i] = kept(file, options.diagnosticsOnly);
    }
  } catch (error) {
    // Stop the workers from taking further files, and wait for them before failing.
    Atomics.store(counter, 0, refs.length);
    await Promise.allSettled(threads);
    throw error;
  }
  await Promise.all(threads);
  return { files, hashes };
}

async function runWorker(task: WorkerTask, files: CheckedFile[], hashes: (string | undefined)[]): Promise<void> {
  // Loaded only when there are enough files for threads: a run on one plan does without.
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    // A small young generation: plans are small, and V8's default lets each thread's memory grow
    // by tens of megabytes of garbage before it collects (5,000 plans: 154 MB peak, 127 MB with this).
    const worker = new Worker(workerUrl, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (results: WorkerResult[]) => {
      for (const [i, file, hash] of results) {
        files[i] = file;
        hashes[i] = hash;
      }
      resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`plan reader stopped with code ${code}`))));
  });
}

/** The year of a file: its `jaar`, or when that cannot be read, a year in its file name. */
export function yearOf(file: CheckedFile): number | null {
  if (file.jaar !== null) return file.jaar;
  return yearsInFileName(file.path.split('/').pop() ?? '')[0] ?? null;
}

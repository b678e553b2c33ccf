import { availableParallelism } from 'node:os';
import type { CheckOptions } from '../core/checkAccount.js';
import { yearsInFileName } from '../core/checkPlan.js';
import { JaarplanError } from '../errors.js';
import { findPlanFiles, type PlanFileRef } from './findPlanFiles.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlan, type StdinReader } from './readPlan.js';

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
}

/** The files read, and the glob patterns that matched nothing. */
export interface ReadResult {
  /** Every plan found, read and checked. */
  files: CheckedFile[];
  /** Glob patterns that matched no file. */
  unmatched: string[];
}

/**
 * From this many files on, a second thread pays for its start and its own cold compilation of the
 * YAML parser; measured with test/bench/threshold.mjs (see docs/performance.md).
 */
export const WORKER_THRESHOLD = 500;

/** Finds, reads and checks every plan; none found at all is a JaarplanError. */
export async function readPlans(request: ReadRequest): Promise<ReadResult> {
  const { refs, unmatched } = await findPlanFiles(request.paths, request.cwd, request.stdinName);
  if (refs.length === 0) throw new JaarplanError('no-plans', { paths: request.paths });
  const workers = refs.some((r) => r.file === '-') ? 0 : (request.workers ?? defaultWorkers(refs.length));
  const files = await readAll(refs, { diagnosticsOnly: request.diagnosticsOnly === true, workers, checks: request.checks ?? {} }, request.readStdin);
  return { files, unmatched };
}

function defaultWorkers(count: number): number {
  return count < WORKER_THRESHOLD ? 0 : Math.min(availableParallelism() - 1, 7);
}

/**
 * What is kept of a checked file once it is read: the source only where a diagnostic may show a
 * line of it, and the plan only when the command uses plans. Thousands of files then take little
 * more memory than one.
 */
export function kept(file: CheckedFile, diagnosticsOnly: boolean): CheckedFile {
  const source = file.diagnostics.length === 0 ? null : file.source;
  const plan = diagnosticsOnly ? null : file.plan;
  return source === file.source && plan === file.plan ? file : { ...file, source, plan };
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
}

// The worker is always the built bundle (scripts/bundle.mjs), also when the tests run the sources.
const workerUrl = new URL('../../dist/bundle/planWorker.js', import.meta.url);

/**
 * Reads every file, in this thread and in `workers` worker threads. The threads take the next file
 * from a shared counter, so a slow file holds up no one; results are put back in the files' order,
 * so the output does not depend on which thread read what.
 */
async function readAll(
  refs: PlanFileRef[],
  options: { diagnosticsOnly: boolean; workers: number; checks: CheckOptions },
  readStdin?: StdinReader,
): Promise<CheckedFile[]> {
  const files = new Array<CheckedFile>(refs.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const task: WorkerTask = { refs, next, diagnosticsOnly: options.diagnosticsOnly, checks: options.checks };
  const threads = Array.from({ length: options.workers }, () => runWorker(task, files));
  try {
    for (let i = Atomics.add(counter, 0, 1); i < refs.length; i = Atomics.add(counter, 0, 1)) {
      files[i] = kept(await readPlan(refs[i]!, readStdin, options.checks), options.diagnosticsOnly);
    }
  } catch (error) {
    // Stop the workers from taking further files, and wait for them before failing.
    Atomics.store(counter, 0, refs.length);
    await Promise.allSettled(threads);
    throw error;
  }
  await Promise.all(threads);
  return files;
}

async function runWorker(task: WorkerTask, files: CheckedFile[]): Promise<void> {
  // Loaded only when there are enough files for threads: a run on one plan does without.
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    // A small young generation: plans are small, and V8's default lets each thread's memory grow
    // by tens of megabytes of garbage before it collects (5,000 plans: 154 MB peak, 127 MB with this).
    const worker = new Worker(workerUrl, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on('message', (results: [number, CheckedFile][]) => {
      for (const [i, file] of results) files[i] = file;
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

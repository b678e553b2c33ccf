import { resolve } from 'node:path';
import { diffFile, diffReport, diffSide, type DiffSide, type FailOn, type FileDiff } from '../core/diffPlans.js';
import { JaarplanError } from '../errors.js';
import { diffLabels } from '../i18n/diff.js';
import type { Io } from '../io.js';
import { assertRepository, changedPlanFiles, mergeBase, readAtRevision, resolveRevision, revisionOrNull } from '../node/git.js';
import { parsePlan } from '../load/parsePlan.js';
import { loadPlan } from '../node/loadPlan.js';
import { readBytesIfThere } from '../node/readText.js';
import { exists } from '../node/writeFile.js';
import { diffFormats, type DiffFormat } from '../reporters/diff/index.js';
import { reporterOptions, type GlobalOptions } from './common.js';
import { loadSettings, type Settings } from '../node/loadSettings.js';

/** The options of `diff`. */
export interface DiffOptions extends GlobalOptions {
  /** Output format. */
  format: DiffFormat;
  /** Compare every changed plan between this revision and the working tree. */
  base?: string;
  /** The folder of plans that `--base` looks in. */
  plans: string;
  /** Exit 1 when the budget changed this way. */
  failOn?: FailOn;
  /** An explicit config file. */
  config?: string;
}

/**
 * A side read from bytes (named `revision:path` at a revision, as git names it), or absent. Every
 * side is read once with the config's threshold for differences and given its severities, so what
 * an edit introduced or resolved (and whether it introduced an error) is counted as validate would
 * count it.
 */
function side(bytes: Uint8Array | null, path: string, revision: string | null, settings: Settings): DiffSide {
  const shown = revision === null ? path : `${revision}:${path}`;
  return settings.severities(diffSide(shown, revision, bytes === null ? null : parsePlan(bytes, shown, { checks: settings.checks })));
}

/** A side read from a plan file on disk, which must be there. */
async function fileSide(path: string, cwd: string, settings: Settings): Promise<DiffSide> {
  return settings.severities(diffSide(path, null, await loadPlan(path, { cwd, checks: settings.checks })));
}

const workingTreeBytes = readBytesIfThere;

/** Every plan under `--plans` that changed between `base` and the working tree. */
async function diffBase(base: string, dir: string, cwd: string, settings: Settings): Promise<FileDiff[]> {
  await assertRepository(cwd);
  const commit = await resolveRevision(base, cwd);
  const files: FileDiff[] = [];
  for (const path of await changedPlanFiles(commit, dir, cwd)) {
    const before = side(await readAtRevision(commit, path, cwd), path, base, settings);
    const after = side(await workingTreeBytes(path, cwd), path, null, settings);
    files.push(diffFile(path, before, after));
  }
  return files;
}

/**
 * One path at two revisions, as git reads ranges: an empty end means HEAD, and `A...B` compares B
 * with the common ancestor of A and B (what a pull request shows).
 */
async function diffRange(range: string, path: string, cwd: string, settings: Settings): Promise<FileDiff[]> {
  const symmetric = range.includes('...');
  const [from, to] = range.split(symmetric ? '...' : '..', 2).map((r) => (r === '' ? 'HEAD' : r)) as [string, string];
  await assertRepository(cwd);
  const b = await resolveRevision(to, cwd);
  const a = symmetric ? await mergeBase(await resolveRevision(from, cwd), b, cwd) : await resolveRevision(from, cwd);
  const [oldBytes, newBytes] = [await readAtRevision(a, path, cwd), await readAtRevision(b, path, cwd)];
  if (oldBytes === null && newBytes === null) throw new JaarplanError('git-path-missing', { path, revisions: [from, to] });
  return [diffFile(path, side(oldBytes, path, from, settings), side(newBytes, path, to, settings))];
}

/** One path at a revision against the working tree, as `git diff REV -- PATH` compares them. */
async function diffRevision(revision: string, commit: string, path: string, cwd: string, settings: Settings): Promise<FileDiff[]> {
  const [oldBytes, newBytes] = [await readAtRevision(commit, path, cwd), await workingTreeBytes(path, cwd)];
  if (oldBytes === null && newBytes === null) throw new JaarplanError('git-path-missing-worktree', { path, revision });
  return [diffFile(path, side(oldBytes, path, revision, settings), side(newBytes, path, null, settings))];
}

/** The name of standard input as a version of a plan. */
const STDIN = '<stdin>';

/** A plan file against standard input (`-`), on the side where `-` is given. */
async function diffStdin(oldArg: string, newArg: string, io: Io, settings: Settings): Promise<FileDiff[]> {
  const position = oldArg === '-' ? 'old' : 'new';
  const path = position === 'old' ? newArg : oldArg;
  // Reading a terminal would wait for typing that nobody expects: say what to pipe in instead.
  if (io.readStdin === undefined || io.stdinIsTTY === true) throw new JaarplanError('diff-stdin-terminal', { path, position });
  // Named after the path, as git names a file at a revision, so that checks that read the file name
  // (the year in it) judge both versions alike.
  const piped = side(await io.readStdin(), `${STDIN}:${path}`, null, settings);
  const file = await fileSide(path, io.cwd, settings);
  return position === 'old' ? [diffFile(`${STDIN} → ${path}`, piped, file)] : [diffFile(`${path} → ${STDIN}`, file, piped)];
}

/** Two plan files on disk; either missing is an input failure. */
async function diffTwoFiles(oldPath: string, newPath: string, cwd: string, settings: Settings): Promise<FileDiff[]> {
  const shown = oldPath === newPath ? newPath : `${oldPath} → ${newPath}`;
  return [diffFile(shown, await fileSide(oldPath, cwd, settings), await fileSide(newPath, cwd, settings))];
}

/**
 * `jaarplan diff`: what an edit does to plans. Exit 1 when `--fail-on` trips or the edit introduced
 * an error; the diff is printed either way, so a reviewer sees why.
 */
export async function diffCommand(args: string[], options: DiffOptions, io: Io): Promise<number> {
  const settings = await loadSettings(io, options.config);
  let files: FileDiff[];
  const first = args[0];
  if (options.base !== undefined) {
    if (args.length > 0) throw new JaarplanError('diff-arguments', { given: args });
    files = await diffBase(options.base, options.plans, io.cwd, settings);
  } else if (args.length === 2 && args[0] === '-' && args[1] === '-') {
    throw new JaarplanError('diff-arguments', { given: args });
  } else if (args.length === 2 && (args[0] === '-' || args[1] === '-')) {
    files = await diffStdin(args[0]!, args[1]!, io, settings);
  } else if (args.length === 2 && first !== undefined && !(await exists(resolve(io.cwd, first))) && first.includes('..')) {
    files = await diffRange(first, args[1]!, io.cwd, settings);
  } else if (args.length === 2) {
    // A first argument that is not a file but a revision: that revision against the working tree,
    // as `git diff REV -- PATH`. Otherwise two files.
    const commit = first !== undefined && !(await exists(resolve(io.cwd, first))) ? await revisionOrNull(first, io.cwd) : null;
    if (commit !== null) files = await diffRevision(args[0]!, commit, args[1]!, io.cwd, settings);
    else files = await diffTwoFiles(args[0]!, args[1]!, io.cwd, settings);
  } else {
    throw new JaarplanError('diff-arguments', { given: args });
  }
  const report = diffReport(files, options.failOn ?? null);
  io.stdout((await diffFormats[options.format]())(report, reporterOptions(options, io)));
  const l = diffLabels[options.lang];
  if (report.errorsIntroduced > 0) io.stderr(l.errorsIntroduced(report.errorsIntroduced) + '\n');
  if (report.failed && report.failOn !== null) io.stderr(l.failed(report.failOn) + '\n');
  return report.failed || report.errorsIntroduced > 0 ? 1 : 0;
}

import { execFile } from 'node:child_process';
import { JaarplanError } from '../errors.js';
import { errnoOf } from './errno.js';

/** The arguments of each failure of git; wording is made per language in src/i18n/diff.ts. */
export interface GitFailureArgs {
  'git-unavailable': Record<string, never>;
  'git-not-a-repository': Record<string, never>;
  'git-unknown-revision': { revision: string };
  'git-failed': { command: string; detail: string };
  'git-path-missing': { path: string; revisions: string[] };
  'git-path-missing-worktree': { path: string; revision: string };
  'diff-arguments': { given: string[] };
  'diff-stdin-terminal': { path: string; position: 'old' | 'new' };
}

/** What git gave: its exit code, standard output as bytes, and standard error. */
interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** The largest output read from git: far above any plan file or list of plans. */
const MAX_BUFFER = 64 * 1024 * 1024;

/**
 * Runs git without a shell (arguments as an array, so a revision or path can never be read as a
 * command). A missing git is a JaarplanError; any exit code is returned for the caller to judge.
 */
function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error !== null && errnoOf(error) === 'ENOENT') return reject(new JaarplanError('git-unavailable', {}));
        const exit = error === null ? 0 : typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1;
        resolve({ code: exit, stdout, stderr: stderr.toString('utf8') });
      },
    );
  });
}

const firstLine = (text: string) =>
  text
    .trim()
    .split('\n')[0]
    ?.replace(/^(fatal|error): /, '') ?? '';

/** Fails with one clear line unless `cwd` is inside a git work tree. */
export async function assertRepository(cwd: string): Promise<void> {
  const r = await git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (r.code !== 0 || r.stdout.toString('utf8').trim() !== 'true') throw new JaarplanError('git-not-a-repository', {});
}

/** Resolves a revision to a commit, or fails with one clear line naming it. */
export async function resolveRevision(revision: string, cwd: string): Promise<string> {
  // `--end-of-options` keeps a revision that starts with a dash from being read as an option.
  const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  if (r.code !== 0) throw new JaarplanError('git-unknown-revision', { revision });
  return r.stdout.toString('utf8').trim();
}

/**
 * The commit a revision names, or null when it names none here: outside a repository, without git,
 * or for a word git does not know as a revision. For telling `diff REV PATH` from `diff OLD NEW`.
 */
export async function revisionOrNull(revision: string, cwd: string): Promise<string | null> {
  try {
    const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
  } catch {
    return null;
  }
}

/**
 * The bytes of a file at a commit, or null when the file does not exist there (a plan that is new
 * or deleted on that side). `path` is relative to `cwd`.
 */
export async function readAtRevision(commit: string, path: string, cwd: string): Promise<Uint8Array | null> {
  const spec = `${commit}:./${path.split('\\').join('/')}`;
  const exists = await git(['cat-file', '-e', spec], cwd);
  if (exists.code !== 0) return null;
  const r = await git(['cat-file', 'blob', spec], cwd);
  if (r.code !== 0) throw new JaarplanError('git-failed', { command: `git cat-file blob ${spec}`, detail: firstLine(r.stderr) });
  return new Uint8Array(r.stdout);
}

/**
 * The plan files under `dir` that differ between a commit and the working tree, including new
 * files git does not track yet; paths relative to `cwd`, sorted. Renames count as a deletion and
 * an addition, since a plan's path is its identity.
 */
export async function changedPlanFiles(commit: string, dir: string, cwd: string): Promise<string[]> {
  const tracked = await git(['diff', '--name-only', '-z', '--no-renames', '--relative', commit, '--', dir], cwd);
  if (tracked.code !== 0) throw new JaarplanError('git-failed', { command: 'git diff --name-only', detail: firstLine(tracked.stderr) });
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--', dir], cwd);
  if (untracked.code !== 0)
    throw new JaarplanError('git-failed', { command: 'git ls-files --others', detail: firstLine(untracked.stderr) });
  const names = [tracked, untracked].flatMap((r) => r.stdout.toString('utf8').split('\0')).filter((p) => /\.ya?ml$/i.test(p));
  return [...new Set(names)].sort();
}

/** The best common ancestor of two commits, for `A...B` (what a pull request compares against). */
export async function mergeBase(a: string, b: string, cwd: string): Promise<string> {
  const r = await git(['merge-base', a, b], cwd);
  if (r.code !== 0) throw new JaarplanError('git-failed', { command: 'git merge-base', detail: firstLine(r.stderr) || `${a} ${b}` });
  return r.stdout.toString('utf8').trim();
}

// The pre-commit hook as users get it: pre-commit itself installs the hook of .pre-commit-hooks.yaml
// from a clone of this repository at a commit, and runs it on a plan repository. Two installers:
//
// - the `pre-commit` on PATH (Debian's 3.0.4 in CI), which runs `npm install` in the clone, then
//   `npm pack`, and installs the tarball it names on stdout;
// - the install command of pre-commit 4.6.1 and later, replayed here with npm (pre-commit 4 is not
//   installable where CI runs): `npm install --allow-git=root --install-links -g git+file://<clone>`,
//   in which npm prepares the git dependency itself, and then the installed `jaarplan validate`.
//
// The repository is a commit of the working tree as it is (tracked and new files, not ignored ones),
// so what is tested is what would be committed.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/paths.js';

const exec = promisify(execFile);
let tmp: string;
let clone: string;
let commit: string;
let env: NodeJS.ProcessEnv;

interface Run {
  code: number;
  output: string;
}

async function sh(command: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: { ...env, ...extra }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const gitArgs = [
  '-c',
  'user.name=Jaarplan Test',
  '-c',
  'user.email=test@example.invalid',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main',
];
const git = (cwd: string, ...args: string[]) => sh('git', [...gitArgs, ...args], cwd);

/** A plan repository with one clean plan and a config whose `repo:` is the clone, at its commit. */
async function planRepository(name: string): Promise<string> {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'plans'), { recursive: true });
  copyFileSync(join(root, 'plans/2013.yaml'), join(dir, 'plans/2013.yaml'));
  writeFileSync(
    join(dir, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${JSON.stringify(clone)}\n    rev: ${commit}\n    hooks:\n      - id: jaarplan-validate\n`,
  );
  expect((await git(dir, 'init', '-q')).code).toBe(0);
  expect((await git(dir, 'add', '.')).code).toBe(0);
  return dir;
}

/** A plan with an error (a source that is not declared), staged in the plan repository. */
async function stageBrokenPlan(dir: string): Promise<void> {
  copyFileSync(join(root, 'test/fixtures/checks/unknown-source.yaml'), join(dir, 'plans/2014.yaml'));
  expect((await git(dir, 'add', '.')).code).toBe(0);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'jaarplan-pre-commit-'));
  // npm's own settings of the `npm test` that runs this would leak into the npm calls below; the
  // user's npm configuration (registry, cache) stays.
  env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|registry|userconfig)$/i.test(k)),
  );
  delete env.INIT_CWD;
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.GIT_CONFIG_GLOBAL = '/dev/null';
  env.GIT_CEILING_DIRECTORIES = tmpdir();

  clone = join(tmp, 'jaarplan');
  mkdirSync(clone);
  // Listed with the user's own git configuration, which may mark the checkout as safe to read.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
  expect(files).toContain('.pre-commit-hooks.yaml');
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(root, file), join(clone, file));
  }
  expect((await git(clone, 'init', '-q')).code).toBe(0);
  expect((await git(clone, 'add', '.')).code).toBe(0);
  expect((await git(clone, 'commit', '-q', '-m', 'jaarplan')).code).toBe(0);
  commit = (await git(clone, 'rev-parse', 'HEAD')).output.trim();
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}, 120_000);

describe('.pre-commit-hooks.yaml', () => {
  it('defines the documented hook as a node hook on plans', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string }[];
    expect(hooks.map((h) => h.id)).toContain('jaarplan-validate');
    const hook = hooks.find((h) => h.id === 'jaarplan-validate')!;
    expect(hook.language).toBe('node');
    expect(hook.entry).toBe('jaarplan validate');
  });
});

describe('pre-commit installs and runs the hook from a clone', () => {
  it('with the pre-commit on PATH: passes on clean plans, fails with the finding on a broken one', async () => {
    const version = await sh('pre-commit', ['--version'], tmp);
    expect(version.code, `pre-commit is not installed (.ci/run installs Debian's): ${version.output}`).toBe(0);
    const repo = await planRepository('plans-pre-commit');
    const home = { PRE_COMMIT_HOME: join(tmp, 'pre-commit-home') };

    const clean = await sh('pre-commit', ['run', '--all-files'], repo, home);
    expect(clean.output).toMatch(/jaarplan validate\.+Passed/);
    expect(clean.code, clean.output).toBe(0);

    await stageBrokenPlan(repo);
    const broken = await sh('pre-commit', ['run', '--all-files'], repo, home);
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toMatch(/jaarplan validate\.+Failed/);
    expect(broken.output).toContain('plans/2014.yaml:16:19');
    expect(broken.output).toContain('[unknown-source]');
  }, 900_000);

  it("with pre-commit 4.6's install command (npm install -g git+file://…), then the installed jaarplan validate", async () => {
    // pre-commit 4 names the hook environment's prefix in the environment, not on the command line.
    const prefix = join(tmp, 'prefix');
    const install = await sh('npm', ['install', '--allow-git=root', '--install-links', '-g', `git+file://${clone}#${commit}`], tmp, {
      NPM_CONFIG_PREFIX: prefix,
      npm_config_prefix: prefix,
    });
    expect(install.code, install.output).toBe(0);
    const bin = join(prefix, 'bin/jaarplan');
    expect(existsSync(bin)).toBe(true);

    // pre-commit runs the entry with the staged files as arguments, from the repository's root.
    const repo = await planRepository('plans-npm');
    const clean = await sh(bin, ['validate', 'plans/2013.yaml'], repo);
    expect(clean.code, clean.output).toBe(0);
    await stageBrokenPlan(repo);
    const broken = await sh(bin, ['validate', 'plans/2013.yaml', 'plans/2014.yaml'], repo);
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toContain('plans/2014.yaml:16:19');
    // The installed package is the packed one: no sources, no build tools.
    expect(existsSync(join(prefix, 'lib/node_modules/jaarplan/dist/bundle/cli.cjs'))).toBe(true);
    expect(existsSync(join(prefix, 'lib/node_modules/jaarplan/src'))).toBe(false);
    expect(existsSync(join(prefix, 'lib/node_modules/jaarplan/node_modules/typescript'))).toBe(false);
  }, 900_000);
});

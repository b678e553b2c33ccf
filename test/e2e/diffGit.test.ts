import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { transcript } from '../helpers/transcript.js';

const bin = root + 'bin/jaarplan.js';
const fixture = (name: string) => join(root, 'test/fixtures/diff', `${name}.yaml`);
let repo: string;
let outside: string;

/** Runs git in the temporary repository, with an identity of its own and no user or system config. */
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Jaarplan Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: repo },
    encoding: 'utf8',
  });

/** Runs the built bin in `cwd`, the way a user or CI would. */
const jaarplan = (argv: string[], cwd = repo) => {
  // The ceiling keeps git from finding a repository above the temporary folders.
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '', HOME: repo, GIT_CEILING_DIRECTORIES: tmpdir() };
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const withYear = (name: string, year: number) => readFileSync(fixture(name), 'utf8').replace('jaar: 2014', `jaar: ${year}`);

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'jaarplan-diff-'));
  outside = mkdtempSync(join(tmpdir(), 'jaarplan-nogit-'));
  git('init', '-q');
  mkdirSync(join(repo, 'plans'));
  // First commit: the 2014 plan, and a 2012 plan that the second commit deletes.
  copyFileSync(fixture('base'), join(repo, 'plans/2014.yaml'));
  writeFileSync(join(repo, 'plans/2012.yaml'), withYear('removed', 2012));
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  git('tag', 'eerste');
  // A side branch from the first commit, so that A..B and A...B differ.
  git('checkout', '-q', '-b', 'zijtak');
  copyFileSync(fixture('amount-down'), join(repo, 'plans/2014.yaml'));
  git('commit', '-q', '-am', 'side');
  git('checkout', '-q', '-');
  // Second commit: 2014 edited, 2012 deleted, 2015 new.
  copyFileSync(fixture('edit'), join(repo, 'plans/2014.yaml'));
  rmSync(join(repo, 'plans/2012.yaml'));
  writeFileSync(join(repo, 'plans/2015.yaml'), withYear('added', 2015));
  git('add', '-A');
  git('commit', '-q', '-m', 'second');
}, 60_000);

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

// Each test starts the bin several times; on a busy machine that takes more than the default 5 s.
describe('diff in a git repository (the built bin)', { timeout: 60_000 }, () => {
  it('compares a path at two revisions', async () => {
    const argv = ['diff', 'eerste..HEAD', 'plans/2014.yaml', '--format', 'markdown'];
    const r = jaarplan(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## plans/2014.yaml (eerste → HEAD)');
    // The same content as the two files compared directly: only the names differ.
    const direct = jaarplan(['diff', fixture('base'), fixture('edit'), '--format', 'json']).stdout;
    const viaGit = jaarplan(['diff', 'eerste..HEAD', 'plans/2014.yaml', '--format', 'json']).stdout;
    const money = (json: string) =>
      JSON.parse(json).files.map((f: { total: unknown; sources: unknown; activities: unknown }) => [f.total, f.sources, f.activities]);
    expect(money(viaGit)).toEqual(money(direct));
    await expect(transcript(argv, r)).toMatchFileSnapshot('../golden/diff-git-range.txt');
  });

  it('--base: every changed plan, with new and deleted ones against no plan', async () => {
    const argv = ['diff', '--base', 'HEAD~1', '--format', 'markdown', '--lang', 'en'];
    const r = jaarplan(argv);
    expect(r.code).toBe(0);
    const json = JSON.parse(jaarplan(['diff', '--base', 'HEAD~1', '--format', 'json']).stdout);
    expect(json.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
      ['plans/2012.yaml', 'removed'],
      ['plans/2014.yaml', 'changed'],
      ['plans/2015.yaml', 'added'],
    ]);
    await expect(transcript(argv, r)).toMatchFileSnapshot('../golden/diff-git-base-en.txt');
  });

  it('--base sees the working tree, untracked plans included, and --fail-on judges it', () => {
    writeFileSync(join(repo, 'plans/2016.yaml'), withYear('base', 2016));
    writeFileSync(join(repo, 'plans/2014.yaml'), readFileSync(fixture('edit'), 'utf8').replace('bedrag: 12500', 'bedrag: 11000'));
    try {
      const json = JSON.parse(jaarplan(['diff', '--base', 'HEAD', '--format', 'json']).stdout);
      expect(json.files.map((f: { path: string; status: string }) => [f.path, f.status])).toEqual([
        ['plans/2014.yaml', 'changed'],
        ['plans/2016.yaml', 'added'],
      ]);
      expect(json.files[0].total.delta).toBe(-1500);
      expect(jaarplan(['diff', '--base', 'HEAD', '--fail-on', 'increase']).code).toBe(1); // the new plan adds money
      expect(jaarplan(['diff', '--base', 'HEAD', '--fail-on', 'decrease']).code).toBe(1); // 2014 went down
      // Between the commits, 2014 went up (known amounts and the declared total), not down.
      expect(jaarplan(['diff', 'HEAD~1..HEAD', 'plans/2014.yaml', '--fail-on', 'decrease']).code).toBe(0);
      expect(jaarplan(['diff', 'HEAD~1..HEAD', 'plans/2014.yaml', '--fail-on', 'increase']).code).toBe(1);
    } finally {
      rmSync(join(repo, 'plans/2016.yaml'));
      git('checkout', '-q', '--', 'plans/2014.yaml');
    }
    expect(jaarplan(['diff', '--base', 'HEAD']).stdout).toBe('Geen plannen gewijzigd.\n');
  });

  it('REV PATH compares the revision with the working tree, as git diff REV -- PATH does; - PATH reads the old version from standard input', () => {
    writeFileSync(join(repo, 'plans/2014.yaml'), readFileSync(fixture('edit'), 'utf8').replace('bedrag: 12500', 'bedrag: 11000'));
    try {
      const r = jaarplan(['diff', 'HEAD', 'plans/2014.yaml', '--format', 'json']);
      expect(r.code).toBe(0);
      const [file] = JSON.parse(r.stdout).files;
      expect([file.path, file.before.revision, file.after.revision, file.total.delta]).toEqual(['plans/2014.yaml', 'HEAD', null, -1500]);
      expect(jaarplan(['diff', 'HEAD', 'plans/2014.yaml']).stdout).toContain('plans/2014.yaml (HEAD → werkmap)');
      // The same as --base HEAD gives for that file.
      const base = JSON.parse(jaarplan(['diff', '--base', 'HEAD', '--format', 'json']).stdout).files[0];
      expect([file.total, file.activities]).toEqual([base.total, base.activities]);

      const piped = spawnSync(process.execPath, [bin, 'diff', '-', 'plans/2014.yaml', '--format', 'json'], {
        cwd: repo,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '' },
        input: git('show', 'HEAD:plans/2014.yaml'),
        encoding: 'utf8',
      });
      expect(piped.status).toBe(0);
      const [fromStdin] = JSON.parse(piped.stdout).files;
      expect([fromStdin.path, fromStdin.before.path]).toEqual(['<stdin> → plans/2014.yaml', '<stdin>:plans/2014.yaml']);
      expect([fromStdin.total, fromStdin.activities, fromStdin.diagnostics]).toEqual([file.total, file.activities, file.diagnostics]);
    } finally {
      git('checkout', '-q', '--', 'plans/2014.yaml');
    }
    const missing = jaarplan(['diff', 'HEAD', 'plans/2099.yaml', '--lang', 'en']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([
      2,
      '',
      'jaarplan: plans/2099.yaml exists neither in HEAD nor in the working tree.\n',
    ]);
    // A file that exists is a file, whatever its name: the two-file form is unchanged.
    expect(jaarplan(['diff', 'plans/2014.yaml', 'plans/2014.yaml']).stdout).toContain('1 plan ongewijzigd');
  });

  it('A...B compares with the common ancestor, as a pull request does', () => {
    const totals = (range: string) => JSON.parse(jaarplan(['diff', range, 'plans/2014.yaml', '--format', 'json']).stdout).files[0].total;
    expect(totals('zijtak...HEAD')).toEqual(totals('eerste..HEAD'));
    expect(totals('zijtak..HEAD')).not.toEqual(totals('eerste..HEAD'));
    expect(totals('zijtak..HEAD').delta).toBe(6000); // from the side branch's € 21.000 to € 27.000
  });

  it('a path that is new on one side is compared with no plan', () => {
    const r = jaarplan(['diff', 'eerste..HEAD', 'plans/2015.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.stdout).files;
    expect([file.status, file.before.state, file.after.state, file.total.kind]).toEqual(['added', 'absent', 'plan', 'added']);
  });

  it('git failures are one clear line and exit 2', async () => {
    const cases = [
      { name: 'diff-git-unknown-revision', argv: ['diff', 'geen-tak..HEAD', 'plans/2014.yaml'], cwd: repo },
      { name: 'diff-git-path-missing', argv: ['diff', 'eerste..HEAD', 'plans/2099.yaml', '--lang', 'en'], cwd: repo },
      { name: 'diff-git-not-a-repository', argv: ['diff', '--base', 'main'], cwd: outside },
    ];
    for (const { name, argv, cwd } of cases) {
      const r = jaarplan(argv, cwd);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
    }
  });
});

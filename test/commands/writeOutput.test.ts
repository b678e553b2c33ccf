import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JaarplanError } from '../../src/errors.js';
import { writeOutput } from '../../src/node/writeOutput.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-out-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const noGuard = (cwd: string) => ({ cwd, inputs: [], folders: [] });
const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JaarplanError) return { code: error.code, args: error.args };
    throw error;
  }
  return null;
};

describe('writeOutput', () => {
  it('writes the whole text and leaves no temporary file', async () => {
    await writeOutput('report.html', '<p>x</p>\n', noGuard(dir));
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<p>x</p>\n');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('replaces an existing file as a whole', async () => {
    writeFileSync(join(dir, 'out.md'), 'old and longer text\n');
    await writeOutput(join(dir, 'out.md'), 'new\n', noGuard('/'));
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('refuses any .yaml or .yml target, whatever its case', async () => {
    for (const name of ['x.yaml', 'x.yml', 'X.YAML']) {
      expect(await failureOf(writeOutput(name, 'x', noGuard(dir)))).toEqual({
        code: 'out-protected',
        args: { path: name, reason: 'yaml' },
      });
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a plan that is read, also through a symbolic link', async () => {
    writeFileSync(join(dir, 'plan.txt'), 'jaar: 2013\n');
    symlinkSync(join(dir, 'plan.txt'), join(dir, 'link.html'));
    const guard = { cwd: dir, inputs: ['plan.txt'], folders: [] };
    expect(await failureOf(writeOutput('plan.txt', 'x', guard))).toMatchObject({ code: 'out-protected', args: { reason: 'input' } });
    expect(await failureOf(writeOutput('link.html', 'x', guard))).toMatchObject({ code: 'out-protected', args: { reason: 'input' } });
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe('jaar: 2013\n');
  });

  it('refuses any file under a plans folder, also in a folder below it', async () => {
    mkdirSync(join(dir, 'plans', 'wijken'), { recursive: true });
    const guard = { cwd: dir, inputs: [], folders: ['plans'] };
    for (const target of ['plans/report.html', 'plans/wijken/r.md', './plans/../plans/x.json']) {
      expect(await failureOf(writeOutput(target, 'x', guard))).toMatchObject({ code: 'out-protected', args: { reason: 'plans-folder' } });
    }
    await writeOutput('plans-report.html', 'x', guard);
    expect(readdirSync(join(dir, 'plans'))).toEqual(['wijken']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    expect(await failureOf(writeOutput('missing/report.html', 'x', noGuard(dir)))).toEqual({
      code: 'write-failed',
      args: { path: 'missing/report.html', reason: 'ENOENT' },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when a file stands where a folder should be', async () => {
    writeFileSync(join(dir, 'file'), 'keep\n');
    expect(await failureOf(writeOutput('file/report.html', 'x', noGuard(dir)))).toMatchObject({
      code: 'write-failed',
      args: { reason: 'ENOTDIR' },
    });
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('keep\n');
  });

  it('removes its temporary file when the rename fails (the target is a folder)', async () => {
    mkdirSync(join(dir, 'report.html'));
    writeFileSync(join(dir, 'report.html', 'inside'), 'keep\n');
    const failure = await failureOf(writeOutput('report.html', 'x', noGuard(dir)));
    expect(failure?.code).toBe('write-failed');
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readdirSync(join(dir, 'report.html'))).toEqual(['inside']);
  });
});

describe('--out on the command line', () => {
  it('writes the report to the file and nothing to standard output', async () => {
    const target = join(dir, 'jaarplan-2013.md');
    const r = await runCli(['report', '--year', '2013', '--format', 'markdown', '--out', target], root);
    const printed = await runCli(['report', '--year', '2013', '--format', 'markdown'], root);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(target, 'utf8')).toBe(printed.stdout);
  });

  it('writes totals to the file, without colour even when the terminal would have it', async () => {
    const target = join(dir, 'totalen.txt');
    const r = await runCli(['totals', '--year', '2013', '--out', target], root);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(target, 'utf8')).toContain('€ 40.000 + 2 onbekend');
    expect(readFileSync(target, 'utf8')).not.toContain('\u001b[');
  });

  it.each([
    [
      ['report', '--year', '2013', '--out', 'plans/2013.yaml'],
      'Schrijft niet naar plans/2013.yaml: een .yaml- of .yml-bestand kan een plan zijn',
    ],
    [
      ['report', '--year', '2013', '--format', 'markdown', '--out', 'plans/2013.md'],
      'Schrijft niet naar plans/2013.md: dat ligt in de map met plannen',
    ],
    [['totals', 'test/fixtures/multi', '--out', 'test/fixtures/multi/totalen.md'], 'dat ligt in de map met plannen'],
    [['totals', 'plans/2013.yaml', '--lang', 'en', '--out', 'plans/2013.yaml'], 'Will not write to plans/2013.yaml'],
  ])('refuses to overwrite input: %j', async (argv, message) => {
    const before = readdirSync(join(root, 'plans'));
    const r = await runCli(argv, root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(join(root, 'plans'))).toEqual(before);
  });

  it('says clearly that a missing folder cannot be written, exit 2', async () => {
    const r = await runCli(['report', '--year', '2013', '--lang', 'en', '--out', join(dir, 'nope', 'r.md')], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jaarplan: Cannot write ${join(dir, 'nope', 'r.md')} (ENOENT); nothing was written. Does the folder exist?\n`);
  });

  it('leaves a read-only folder untouched, exit 2 (run as an unprivileged user, since root may write anywhere)', () => {
    chmodSync(dir, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, ['bin/jaarplan.js', 'report', '--year', '2013', '--out', join(dir, 'r.md')], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      ...asUser,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^jaarplan: Kan .*r\.md niet schrijven \((EACCES|EPERM)\); er is niets geschreven\. Mag er in de map geschreven worden\?\n$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

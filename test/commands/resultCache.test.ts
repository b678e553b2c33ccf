// `validate --cache`: the same output as without it, on the first run and every run after; a
// changed file is checked again; a damaged cache, or one written by another build, is ignored and
// replaced; a cache that cannot be written never changes a run's result; the checks across files
// always run again.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlans } from '../../src/node/readPlans.js';
import { cacheKey, contentHash, openResultCache } from '../../src/node/resultCache.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

/** A folder with the bundled plans, the bad-input corpus and the check fixtures, as plans/. */
function repository(): string {
  const dir = tempDir('jaarplan-cache-');
  cpSync(join(root, 'plans'), join(dir, 'plans'), { recursive: true });
  cpSync(join(root, 'test/fixtures/bad'), join(dir, 'plans/bad'), { recursive: true });
  cpSync(join(root, 'test/fixtures/checks'), join(dir, 'plans/checks'), { recursive: true });
  return dir;
}

const cacheOf = (dir: string, name = '.jaarplan-cache') => JSON.parse(readFileSync(join(dir, name), 'utf8'));

describe('validate --cache', () => {
  it('gives the same output and exit code as without it, on the first and the second run, in text and JSON', async () => {
    const dir = repository();
    for (const format of ['text', 'json']) {
      const plain = await runCli(['validate', '--format', format], dir);
      const first = await runCli(['validate', '--format', format, '--cache'], dir);
      const second = await runCli(['validate', '--format', format, '--cache'], dir);
      expect(plain.stdout).toContain('plans/bad/');
      expect(first).toEqual(plain);
      expect(second).toEqual(plain);
    }
    // Every file that could be read has an entry.
    expect(Object.keys(cacheOf(dir).entries).length).toBeGreaterThan(20);
  });

  it('is not trusted when the config changes what the checks find (the threshold for differences)', async () => {
    const dir = tempDir('jaarplan-cache-');
    cpSync(join(root, 'test/fixtures/checks/unexplained-deviation.yaml'), join(dir, 'plan.yaml'));
    const strict = await runCli(['validate', 'plan.yaml', '--format', 'json', '--cache'], dir);
    const codes = (r: { stdout: string }) => JSON.stringify(JSON.parse(r.stdout)).match(/unexplained-deviation/g)?.length ?? 0;
    expect(codes(strict)).toBeGreaterThan(0);
    // A threshold no difference passes: without a key for it, the kept findings would come back.
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'deviation:\n  percent: 1000\n  amount: 100000000\n');
    const lenient = await runCli(['validate', 'plan.yaml', '--format', 'json', '--cache'], dir);
    expect(lenient).toEqual(await runCli(['validate', 'plan.yaml', '--format', 'json'], dir));
    expect(codes(lenient)).toBe(0);
  });

  it('reads a kept result for unchanged content, and checks a changed file again', async () => {
    const dir = repository();
    await runCli(['validate', 'plans/2013.yaml', '--cache'], dir);
    const file = join(dir, 'plans/2013.yaml');
    const cache = cacheOf(dir);
    const entry = cache.entries[file];
    expect(entry.hash).toBe(contentHash(readFileSync(file)));
    // A kept result is what the run shows: here one made for the test, with one more warning.
    const extra = { ...entry.result.diagnostics[0], line: 1, column: 1, endLine: 1, endColumn: 2 };
    entry.result.diagnostics = [extra, ...entry.result.diagnostics];
    writeFileSync(join(dir, '.jaarplan-cache'), JSON.stringify(cache));
    const kept = await runCli(['validate', 'plans/2013.yaml', '--cache', '--format', 'json'], dir);
    expect(JSON.parse(kept.stdout).files[0].diagnostics).toHaveLength(6);
    // One byte changed: the file is checked again, and the kept result is replaced.
    writeFileSync(file, readFileSync(file, 'utf8').replace('totaal_budget: "€ 60.000"', 'totaal_budget: "€ 60.001"'));
    const fresh = await runCli(['validate', 'plans/2013.yaml', '--cache', '--format', 'json'], dir);
    const plain = await runCli(['validate', 'plans/2013.yaml', '--format', 'json'], dir);
    expect(fresh).toEqual(plain);
    expect(JSON.parse(plain.stdout).files[0].diagnostics).not.toHaveLength(6);
    expect(cacheOf(dir).entries[file].hash).toBe(contentHash(readFileSync(file)));
  });

  it('ignores and replaces a damaged cache, or one written by another build', async () => {
    const dir = repository();
    const plain = await runCli(['validate', '--format', 'json'], dir);
    await runCli(['validate', '--cache'], dir);
    const good = readFileSync(join(dir, '.jaarplan-cache'), 'utf8');
    const cache = JSON.parse(good);
    const file = join(dir, 'plans/2013.yaml');
    const wrongResult = { ...cache.entries[file], result: { ...cache.entries[file].result, diagnostics: [] } };
    const damaged = [
      '',
      '\u0000\u0001binary',
      good.slice(0, good.length / 2),
      '[]',
      JSON.stringify({ ...cache, format: 99 }),
      // Another build's cache, with an entry that would change the result if it were read.
      JSON.stringify({ ...cache, key: 'another build', entries: { ...cache.entries, [file]: wrongResult } }),
      JSON.stringify({ ...cache, entries: { ...cache.entries, [file]: { hash: 'not a hash', result: {} } } }),
      JSON.stringify({ ...cache, entries: { ...cache.entries, [file]: { ...cache.entries[file], result: { path: 1 } } } }),
      JSON.stringify({
        ...cache,
        entries: {
          ...cache.entries,
          [file]: { ...cache.entries[file], result: { ...cache.entries[file].result, diagnostics: [{ code: 'x' }] } },
        },
      }),
    ];
    for (const text of damaged) {
      writeFileSync(join(dir, '.jaarplan-cache'), text);
      const r = await runCli(['validate', '--format', 'json', '--cache'], dir);
      expect(r).toEqual(plain);
      const rewritten = cacheOf(dir);
      expect(rewritten.key).toBe(cacheKey());
      expect(rewritten.entries[file]).toEqual(cache.entries[file]);
    }
  });

  it('always runs the checks across files again: a duplicate goes when the other plan changes', async () => {
    const dir = tempDir('jaarplan-cache-');
    cpSync(join(root, 'plans/2013.yaml'), join(dir, 'plans/a-2013.yaml'));
    cpSync(join(root, 'plans/2013.yaml'), join(dir, 'plans/b-2013.yaml'));
    const codes = async () => {
      const r = await runCli(['validate', '--format', 'json', '--cache'], dir);
      return JSON.parse(r.stdout).files.map((f: { diagnostics: { code: string }[] }) => f.diagnostics.map((d) => d.code));
    };
    expect((await codes()).map((c: string[]) => c.includes('duplicate-plan'))).toEqual([true, true]);
    const b = join(dir, 'plans/b-2013.yaml');
    writeFileSync(b, readFileSync(b, 'utf8').replace(/^gemeente: .*$/m, 'gemeente: Ermelo'));
    // a-2013.yaml is unchanged and comes from the cache, without the duplicate.
    expect((await codes()).map((c: string[]) => c.includes('duplicate-plan'))).toEqual([false, false]);
  });

  it('never fails a run over a cache it cannot write: the result stands and standard error says why', async () => {
    const dir = repository();
    writeFileSync(join(dir, 'a-file'), '');
    const plain = await runCli(['validate', 'plans/2013.yaml', '--lang', 'en'], dir);
    const r = await runCli(['validate', 'plans/2013.yaml', '--lang', 'en', '--cache', '--cache-location', 'a-file/cache'], dir);
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(
      /^jaarplan: Cannot write a-file\/cache \((EEXIST|ENOTDIR)\).*\njaarplan: The cache was not updated; the results above stand\.\n$/,
    );
  });

  it('never fails a run in a read-only folder (run as an unprivileged user, since root may write anywhere)', () => {
    const dir = repository();
    chmodSync(dir, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bin = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'validate', 'plans/2013.yaml', '--lang', 'en', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
        ...asUser,
      });
    const plain = bin([]);
    const r = bin(['--cache']);
    chmodSync(dir, 0o755);
    expect(r.status).toBe(plain.status);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(
      /^jaarplan: Cannot write \.jaarplan-cache \((EACCES|EPERM)\).*\njaarplan: The cache was not updated; the results above stand\.\n$/,
    );
    expect(readdirSync(dir).sort()).toEqual(['plans']);
  });

  it('writes where --cache-location says, and --cache-location needs --cache (exit 2)', async () => {
    const dir = repository();
    const r = await runCli(['validate', 'plans/2013.yaml', '--cache', '--cache-location', 'node_modules/.cache/jaarplan/cache.json'], dir);
    expect(r.code).toBe(0);
    expect(Object.keys(cacheOf(dir, 'node_modules/.cache/jaarplan/cache.json').entries)).toEqual([join(dir, 'plans/2013.yaml')]);
    const usage = await runCli(['validate', 'plans/2013.yaml', '--cache-location', 'x', '--lang', 'en'], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('jaarplan: --cache-location only works together with --cache.\n');
  });

  it('keeps the content hash of the bytes a worker thread parsed, so a second run hits on every file', async () => {
    const dir = repository();
    const location = join(dir, 'cache');
    const paths = ['plans'];
    const first = openResultCache(location, 'cache');
    const read = await readPlans({ paths, cwd: dir, diagnosticsOnly: true, workers: 1, cache: first });
    await first.save();
    const second = openResultCache(location, 'cache');
    const again = await readPlans({ paths, cwd: dir, diagnosticsOnly: true, workers: 1, cache: second });
    expect(again.files).toEqual(read.files);
    const stored = cacheOf(dir, 'cache').entries;
    const readable = read.files.filter((f) => !f.diagnostics.some((d) => d.code === 'unreadable-file'));
    expect(Object.keys(stored)).toHaveLength(readable.length);
    for (const [file, entry] of Object.entries(stored)) expect((entry as { hash: string }).hash).toBe(contentHash(readFileSync(file)));
  });
});

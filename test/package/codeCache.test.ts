// The V8 code cache the bin runs the CLI with: where it is kept, that a run with it prints what a
// run without it prints, that a damaged cache or one of other code is ignored and written anew,
// and that a cache folder that cannot be written never changes a run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundleHash, HASHES_FILE, recordedHash } from '../../src/node/bundleHash.js';
import { codeCacheFile, codeCacheFolder, readCodeCache, writeCodeCache } from '../../src/node/codeCache.js';
import { root } from '../helpers/paths.js';
import { tempDir } from '../helpers/tempDir.js';

const script = join(root, 'dist/bundle/cli.cjs');
const args = ['validate', 'plans/2013.yaml', '--lang', 'en'];

function bin(env: Record<string, string>, user: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [join(root, 'bin/jaarplan.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    ...user,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What the CLI prints without any code cache. */
const without = () => bin({ JAARPLAN_CODE_CACHE: '0' });

/** The one cache file in a folder, after a run. */
function onlyCache(folder: string): string {
  const files = readdirSync(join(folder, 'jaarplan'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^cli-[0-9a-f]{32}\.v8cache$/);
  return join(folder, 'jaarplan', files[0]!);
}

describe('the code cache folder', () => {
  it('is $XDG_CACHE_HOME/jaarplan, ~/.cache/jaarplan, or the platform’s own; off with JAARPLAN_CODE_CACHE=0', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/a')).toBe('/x/cache/jaarplan');
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'relative' }, 'linux', '/home/a')).toBe('/home/a/.cache/jaarplan');
    expect(codeCacheFolder({}, 'linux', '/home/a')).toBe('/home/a/.cache/jaarplan');
    expect(codeCacheFolder({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/jaarplan');
    expect(codeCacheFolder({ LOCALAPPDATA: '/c/AppData/Local' }, 'win32', '/c/a')).toBe('/c/AppData/Local/jaarplan/Cache');
    expect(codeCacheFolder({}, 'linux', '')).toBeNull();
    for (const off of ['0', 'false', 'off'])
      expect(codeCacheFolder({ JAARPLAN_CODE_CACHE: off, XDG_CACHE_HOME: '/x' }, 'linux', '/h')).toBeNull();
  });

  it('names a cache by the code it belongs to', () => {
    expect(codeCacheFile('/c', 'a')).not.toBe(codeCacheFile('/c', 'b'));
    expect(codeCacheFile('/c', 'a')).toBe(codeCacheFile('/c', 'a'));
    // One for each command; arguments after it, or an argument that is no command's name, do not count.
    expect(codeCacheFile('/c', 'a', {}, [], ['validate'])).not.toBe(codeCacheFile('/c', 'a', {}, [], ['report']));
    expect(codeCacheFile('/c', 'a', {}, [], ['validate', 'x.yaml'])).toBe(codeCacheFile('/c', 'a', {}, [], ['validate', 'y.yaml']));
    expect(codeCacheFile('/c', 'a', {}, [], ['plans/x.yaml'])).toBe(codeCacheFile('/c', 'a', {}, [], ['--help']));
  });
});

describe('running with the code cache', () => {
  it('writes a cache on the first run and prints the same as without one, on that run and the next', () => {
    const cache = tempDir('jaarplan-xdg-');
    const plain = without();
    expect(plain.stdout).toContain('1 file checked');
    expect(bin({ XDG_CACHE_HOME: cache })).toEqual(plain);
    const file = onlyCache(cache);
    expect(file).toBe(codeCacheFile(join(cache, 'jaarplan'), bundleHash(script), {}, [], args));
    const written = readFileSync(file);
    expect(readCodeCache(file)).toBeDefined();
    // The second run reads the cache and leaves it as it is.
    expect(bin({ XDG_CACHE_HOME: cache })).toEqual(plain);
    expect(readFileSync(file).equals(written)).toBe(true);
  });

  it('writes nothing with JAARPLAN_CODE_CACHE=0', () => {
    const cache = tempDir('jaarplan-xdg-');
    bin({ XDG_CACHE_HOME: cache, JAARPLAN_CODE_CACHE: '0' });
    expect(readdirSync(cache)).toEqual([]);
  });

  it('ignores a damaged cache (empty, cut off, a byte changed, not a cache) and writes it anew', () => {
    const cache = tempDir('jaarplan-xdg-');
    const plain = without();
    bin({ XDG_CACHE_HOME: cache });
    const file = onlyCache(cache);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1] ^= 0xff;
    for (const damaged of [
      Buffer.alloc(0),
      good.subarray(0, good.length >> 1),
      flipped,
      Buffer.from('not a cache at all, but long enough to pass the length check'),
    ]) {
      writeFileSync(file, damaged);
      expect(readCodeCache(file)).toBeUndefined();
      expect(bin({ XDG_CACHE_HOME: cache })).toEqual(plain);
      expect(readCodeCache(file)).toBeDefined();
    }
  });

  it('ignores a whole cache of other code (V8 rejects it) and writes it anew', () => {
    const cache = tempDir('jaarplan-xdg-');
    const plain = without();
    bin({ XDG_CACHE_HOME: cache });
    const file = onlyCache(cache);
    const other = new Script('(function () { return 1 + 1; })').createCachedData();
    expect(writeCodeCache(file, other)).toBe(true);
    expect(readCodeCache(file)?.equals(other)).toBe(true);
    expect(bin({ XDG_CACHE_HOME: cache })).toEqual(plain);
    expect(readCodeCache(file)?.equals(other)).toBe(false);
    expect(readCodeCache(file)!.length).toBeGreaterThan(other.length);
  });

  it('never changes a run when the cache folder may not be written (run as an unprivileged user, since root may write anywhere)', () => {
    const home = tempDir('jaarplan-home-');
    mkdirSync(join(home, '.cache'));
    chmodSync(home, 0o555);
    chmodSync(join(home, '.cache'), 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const plain = bin({ JAARPLAN_CODE_CACHE: '0' }, asUser);
    const r = bin({ HOME: home }, asUser);
    const x = bin({ XDG_CACHE_HOME: join(home, '.cache') }, asUser);
    chmodSync(join(home, '.cache'), 0o755);
    chmodSync(home, 0o755);
    expect(plain.stdout).toContain('1 file checked');
    expect(r).toEqual(plain);
    expect(x).toEqual(plain);
    expect(readdirSync(join(home, '.cache'))).toEqual([]);
    expect(existsSync(join(home, '.cache', 'jaarplan'))).toBe(false);
  });

  it('does not fail when the cache file is a folder', () => {
    const cache = tempDir('jaarplan-xdg-');
    const plain = without();
    bin({ XDG_CACHE_HOME: cache });
    const file = onlyCache(cache);
    writeFileSync(file, '');
    // Replaced by a folder: it can neither be read nor renamed over.
    spawnSync('rm', ['-f', file]);
    mkdirSync(file);
    expect(bin({ XDG_CACHE_HOME: cache })).toEqual(plain);
    expect(readdirSync(join(cache, 'jaarplan'))).toEqual([file.split('/').pop()]);
  });
});

describe('the recorded hash of the bundle', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  /** A script and a record of it, the record written at `when` (seconds) and the script at `when` too. */
  function recorded(folder: string, code: string, when = 1_700_000_000) {
    const file = join(folder, 'cli.cjs');
    writeFileSync(file, code);
    writeFileSync(join(folder, HASHES_FILE), JSON.stringify({ 'cli.cjs': { sha256: sha256(code), size: Buffer.byteLength(code) } }));
    utimesSync(file, when, when);
    utimesSync(join(folder, HASHES_FILE), when, when);
    return file;
  }

  it('is the one scripts/bundle.mjs wrote for the built CLI', () => {
    const records = JSON.parse(readFileSync(join(root, 'dist/bundle', HASHES_FILE), 'utf8')) as Record<
      string,
      { sha256: string; size: number }
    >;
    expect(records['cli.cjs']!.sha256).toBe(createHash('sha256').update(readFileSync(script)).digest('hex'));
    expect(recordedHash(script)).toBe(records['cli.cjs']!.sha256);
    expect(recordedHash(join(root, 'dist/bundle/planWorker.js'))).toBe(records['planWorker.js']!.sha256);
  });

  it('is trusted only while the file has its size and was not changed after the record', () => {
    const folder = tempDir('jaarplan-bundle-');
    const file = recorded(folder, 'console.log("A");');
    expect(recordedHash(file)).toBe(sha256('console.log("A");'));
    expect(bundleHash(file)).toBe(sha256('console.log("A");'));
    // Changed after the record, with the same size: hashed again.
    writeFileSync(file, 'console.log("B");');
    utimesSync(file, 1_700_000_010, 1_700_000_010);
    expect(recordedHash(file)).toBeUndefined();
    expect(bundleHash(file)).toBe(sha256('console.log("B");'));
    // Another size, however old: hashed again.
    writeFileSync(file, 'console.log("BB");');
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(recordedHash(file)).toBeUndefined();
    expect(bundleHash(file)).toBe(sha256('console.log("BB");'));
    // No record, or a damaged one: hashed.
    writeFileSync(join(folder, HASHES_FILE), '{"cli.cjs": {"sha256": "not a hash", "size": 18}}');
    expect(recordedHash(file)).toBeUndefined();
    writeFileSync(join(folder, HASHES_FILE), '{');
    expect(bundleHash(file)).toBe(sha256('console.log("BB");'));
  });

  it('never runs a script with the code cache of the script it recorded before (a stale record)', () => {
    const folder = tempDir('jaarplan-bundle-');
    const cache = tempDir('jaarplan-xdg-');
    const run = (file: string) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { runScript } from ${JSON.stringify(join(root, 'dist/node/codeCache.js'))}; runScript(process.argv[1]);`,
          file,
        ],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: cache },
        },
      );
    // Two scripts of one length: V8's own check of a cache compares only the length.
    const a = 'function f() { return "A"; }\nconsole.log(f());\n';
    const b = 'function f() { return "B"; }\nconsole.log(f());\n';
    expect(b.length).toBe(a.length);
    const file = recorded(folder, a);
    expect(run(file).stdout).toBe('A\n');
    expect(run(file).stdout).toBe('A\n');
    const [first] = readdirSync(join(cache, 'jaarplan'));
    const firstCache = readFileSync(join(cache, 'jaarplan', first!));
    expect(readdirSync(join(cache, 'jaarplan'))).toHaveLength(1);
    // The script rebuilt without its record: the record still names the first script.
    writeFileSync(file, b);
    utimesSync(file, 1_700_000_010, 1_700_000_010);
    expect(run(file)).toMatchObject({ status: 0, stdout: 'B\n', stderr: '' });
    expect(run(file)).toMatchObject({ status: 0, stdout: 'B\n', stderr: '' });
    // It ran with a cache of its own, named by its real hash; the first script's is as it was.
    expect(readdirSync(join(cache, 'jaarplan'))).toHaveLength(2);
    expect(readFileSync(join(cache, 'jaarplan', first!)).equals(firstCache)).toBe(true);
  });
});

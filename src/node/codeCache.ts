// Runs the CLI's script (dist/bundle/cli.cjs) with a V8 code cache kept in the user's cache folder:
// after a first run, the code V8 compiled while running (also the functions compiled lazily, which
// Node's own module compile cache leaves out) is read back instead of compiled again. Only Node's
// built-in modules are used here, since this runs before anything else.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { bundleHash } from './bundleHash.js';

/** The environment variable that turns the code cache off (`JAARPLAN_CODE_CACHE=0`). */
export const CODE_CACHE_VARIABLE = 'JAARPLAN_CODE_CACHE';

/**
 * The folder the code cache is kept in: `$XDG_CACHE_HOME/jaarplan`, or `~/.cache/jaarplan`, and the
 * platform's own place on macOS and Windows; null when turned off or no home is known.
 */
export function codeCacheFolder(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = safeHomedir(),
): string | null {
  const off = env[CODE_CACHE_VARIABLE];
  if (off === '0' || off === 'false' || off === 'off') return null;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'jaarplan');
  if (platform === 'win32' && env.LOCALAPPDATA !== undefined && isAbsolute(env.LOCALAPPDATA))
    return join(env.LOCALAPPDATA, 'jaarplan', 'Cache');
  if (home === '') return null;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'jaarplan');
  return join(home, '.cache', 'jaarplan');
}

function safeHomedir(): string {
  try {
    return homedir();
  } catch {
    return '';
  }
}

/**
 * The cache file for this code on this Node: its name holds the SHA-256 of the code (`codeHash`,
 * from src/node/bundleHash.ts), the Node version, the platform and the flags V8 runs with, since
 * V8's own check of a cache is weak (it compares the length of the code, not its content). A cache
 * of other code is never read. Each command has its own (the first argument, when it looks like
 * one): a cache holds what its first run compiled, and `report` would otherwise compile its tables
 * at every start when `validate` wrote the cache.
 */
export function codeCacheFile(
  folder: string,
  codeHash: string,
  env: NodeJS.ProcessEnv = process.env,
  execArgv: string[] = process.execArgv,
  args: string[] = process.argv.slice(2),
): string {
  const command = /^[a-z][a-z-]{0,31}$/.test(args[0] ?? '') ? args[0] : '';
  const hash = createHash('sha256')
    .update(codeHash)
    .update(`\0${process.version}\0${process.arch}\0${process.platform}\0${execArgv.join(' ')}\0${env.NODE_OPTIONS ?? ''}\0${command}`)
    .digest('hex');
  return join(folder, `cli-${hash.slice(0, 32)}.v8cache`);
}

/**
 * The cache data in a file, when it is whole: the file is a SHA-256 of the data followed by the
 * data, so a damaged or cut-off file is told apart and not given to V8. Undefined otherwise.
 */
export function readCodeCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= 32) return undefined;
  const data = bytes.subarray(32);
  return createHash('sha256').update(data).digest().equals(bytes.subarray(0, 32)) ? data : undefined;
}

/** Caches of other code (another version, another Node) are removed once unused this long. */
const STALE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Writes cache data all at once (a temporary file renamed into place), and removes the caches in
 * the folder that have not been written for two weeks (each version of jaarplan and of Node has its
 * own, and two may be in use side by side). Never throws: a cache that cannot be written only costs
 * the next run its speed.
 */
export function writeCodeCache(file: string, data: Buffer): boolean {
  const folder = dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]), { flag: 'wx', mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
  try {
    const own = file.slice(folder.length + 1);
    for (const name of readdirSync(folder)) {
      if (name === own || !/^cli-[0-9a-f]{32}\.v8cache$/.test(name)) continue;
      const other = join(folder, name);
      if (Date.now() - statSync(other).mtimeMs > STALE_MS) rmSync(other, { force: true });
    }
  } catch {
    // Old caches left behind take room, not correctness.
  }
  return true;
}

/**
 * Runs a CommonJS script as Node would run it as the main module, compiled with the code cache when
 * there is a good one. A missing, damaged or rejected cache is written anew once the run is over
 * (at exit, so it includes what the run compiled). Under --debug the script is required as usual,
 * so Node maps its stack traces through the source map.
 */
export function runScript(file: string, env: NodeJS.ProcessEnv = process.env): void {
  const require = createRequire(file);
  const folder = process.argv.includes('--debug') ? null : codeCacheFolder(env);
  if (folder === null) {
    // Source maps are read when code is compiled: for readable stacks under --debug, before that.
    if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
    require(file);
    return;
  }
  const bytes = readFileSync(file);
  // The bundle is ASCII (scripts/bundle.mjs makes it so): read as such, V8 keeps it in one byte a
  // character, and decoding is a copy.
  const code = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = codeCacheFile(folder, bundleHash(file, bytes), env);
  const cachedData = readCodeCache(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${code}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    process.once('exit', () => void writeCodeCache(cacheFile, script.createCachedData()));
  }
  const module = { exports: {}, filename: file, id: '.', loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
}

// Bundles the CLI into dist/bundle/ with esbuild: one file for what every run needs, and a chunk
// for each reporter, loaded when chosen. Module resolution and loading of ~100 small files is
// most of a cold start's overhead; see docs/performance.md for the measurement.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { build } from 'esbuild';

/** The digits of base64 VLQ numbers in source maps. */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Sources find the schema, the package file and the worker relative to their own place in dist/.
 * In the bundle, each such file's import.meta.url is replaced by the URL it has in the unbundled
 * build, so those paths resolve the same.
 */
const ownUrl = ownUrlPlugin(false);

/**
 * The plugin above; for the CommonJS script (`script`), Node's built-in modules loaded on demand
 * with import() are required instead: a script compiled with node:vm has no import().
 */
function ownUrlPlugin(script) {
  return {
    name: 'own-url',
    setup(b) {
      // The generated validator loads ajv's runtime helpers with a require() of its own making,
      // which esbuild leaves alone: without it they are bundled too, and not resolved and compiled
      // from node_modules at every start.
      b.onLoad({ filter: /[\\/]generated[\\/]planValidator\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const own = /^import \{ createRequire \} from 'node:module';\nconst require = createRequire\(import\.meta\.url\);\n/m;
        if (!own.test(text))
          throw new Error(`${args.path}: the validator no longer makes its own require(); see scripts/buildValidator.mjs`);
        return { contents: text.replace(own, ''), loader: 'js' };
      });
      // commander loads node:child_process (with node:net and node:dgram, about 2 ms) when it is
      // loaded, for subcommands kept in executables of their own, which this CLI has none of: it
      // is required when first used instead.
      b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const eager = "const childProcess = require('node:child_process');";
        if (!text.includes(eager))
          throw new Error(`${args.path}: commander no longer loads node:child_process as scripts/bundle.mjs expects`);
        const lazy =
          "let childProcessModule; const childProcess = { spawn: (...a) => (childProcessModule ??= require('node:child_process')).spawn(...a) };";
        return { contents: text.replace(eager, lazy), loader: 'js' };
      });
      // chalk finds out at load what the terminal supports (loading node:tty, and with it node:net,
      // about 2 ms) for its default instance, which this CLI never uses: every reporter makes its own
      // with a level chosen from --color and NO_COLOR (test/package/bundle.test.ts holds the sources to that).
      b.onResolve({ filter: /^#supports-color$/ }, (args) =>
        /[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'chalk-unused-default' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'chalk-unused-default' }, () => ({
        contents: 'export default { stdout: false, stderr: false };',
        loader: 'js',
      }));
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        const builtins = /\bimport\((['"])(node:[a-z_/]+)\1\)/g;
        if (!text.includes('import.meta.url') && !(script && builtins.test(text))) return undefined;
        const built = relative('dist/bundle', relative('src', args.path).replace(/\.ts$/, '.js').replace(/^/, 'dist/')).replaceAll(
          '\\',
          '/',
        );
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(built)}, import.meta.url).href`);
        if (script) text = text.replace(builtins, 'Promise.resolve().then(() => require($1$2$1))');
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/**
 * exceljs is bundled, not installed: the workbooks (`--format xlsx`) need only its writing side,
 * while its package brings its reading side too (unzipper and the polyfills under it, tmp, the
 * stream reader and writer, fast-csv): installed, exceljs was 194 packages and 54 MB. The sources
 * import `exceljs` for `Workbook` alone (src/reporters/shared/xlsx/workbook.ts); here that import
 * gets the workbook class without the streaming reader and writer of the package's entry, and the
 * CSV module, which a workbook requires but which `--format xlsx` never uses, is one that fails if
 * it ever is. docs/dependencies.md compares this with the other ways to write a workbook.
 */
const workbookWriter = {
  name: 'workbook-writer',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (args) => {
      if (!/[\\/]src[\\/]reporters[\\/]shared[\\/]xlsx[\\/]workbook\.ts$/.test(args.importer)) {
        throw new Error(
          `${args.importer}: exceljs is imported only by src/reporters/shared/xlsx/workbook.ts, which scripts/bundle.mjs gives its writing side alone`,
        );
      }
      return { path: 'exceljs', namespace: 'workbook-writer' };
    });
    b.onLoad({ filter: /^exceljs$/, namespace: 'workbook-writer' }, () => ({
      contents: "export default { Workbook: require('exceljs/lib/doc/workbook.js') };",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
    b.onResolve({ filter: /^\.\.\/csv\/csv$/ }, (args) =>
      /[\\/]exceljs[\\/]lib[\\/]doc[\\/]workbook\.js$/.test(args.importer) ? { path: 'csv', namespace: 'workbook-without-csv' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'workbook-without-csv' }, () => ({
      contents: "module.exports = class { constructor() { throw new Error('CSV through exceljs is not part of the jaarplan bundle'); } };",
      loader: 'js',
    }));
  },
};

/**
 * Source maps name the source file, line and column of every frame of a stack under --debug. They
 * leave out the sources' text (`sourcesContent`), which a stack trace never shows: 2.3 MB of maps
 * where there were 9.3 MB. test/package/package.test.ts holds the installed package to its size budget.
 */
const sourceMaps = { sourcemap: 'linked', sourcesContent: false };

// Chunk names carry a hash: a chunk of an earlier build would otherwise stay behind.
await rm('dist/bundle', { recursive: true, force: true });
await build({
  // The worker threads' scripts: the plan reader of many files, and the language server's checker of large plans.
  entryPoints: ['src/node/planWorker.ts', 'src/lsp/checkWorker.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Every file at the same depth as dist/load/, so the relative URLs of the schema, the package
  // file and the worker resolve the same as in the unbundled build.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (commander, cli-table3) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Smaller code compiles faster at start; the source map gives readable stacks under --debug.
  minify: true,
  ...sourceMaps,
  plugins: [ownUrl, workbookWriter],
  logLevel: 'warning',
});

// The same CLI as one CommonJS script, with every reporter folded in: bin/jaarplan.js compiles it
// with a V8 code cache kept in the user's cache folder (src/node/codeCache.ts), which an ES module
// cannot have. import.meta.url is the script's own URL.
/** A CommonJS script in dist/bundle/, minified: the CLI and the runner that starts it. */
const script = {
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
};

await build({
  ...script,
  entryPoints: { cli: 'src/main.ts' },
  define: { 'import.meta.url': '__jaarplanUrl' },
  banner: { js: "var __jaarplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  ...sourceMaps,
  plugins: [ownUrlPlugin(true), workbookWriter],
});

await toAscii('dist/bundle/cli.cjs');

// What bin/jaarplan.js runs: the code cache's runner (src/node/codeCache.ts) as a CommonJS script,
// so that a start needs no ES module loader (bin/ is CommonJS by its own package.json); the
// loader's start and its resolution of the bin's imports took about 5 ms of every cold start.
await build({ ...script, entryPoints: { start: 'src/node/codeCache.ts' } });

// The SHA-256 and size of the scripts whose hash is asked for at run time, written last, so that
// the record is not older than what it describes (src/node/bundleHash.ts): the code cache is named
// by the CLI's hash, and validate's result cache is keyed by both.
const records = {};
for (const name of ['cli.cjs', 'planWorker.js']) {
  const bytes = await readFile(`dist/bundle/${name}`);
  records[name] = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}
await writeFile('dist/bundle/hashes.json', `${JSON.stringify(records, null, 2)}\n`);

/**
 * Makes a script ASCII, so that Node reads it as one byte a character (src/node/codeCache.ts):
 * esbuild escapes other characters in strings and template literals, but not in regular expression
 * literals, where `\uXXXX` means the same character with or without the u flag (and a surrogate
 * pair written as two escapes the same code point). A character after a backslash would change
 * meaning, so it stops the build. The source map's columns are moved along.
 */
async function toAscii(file) {
  const text = await readFile(file, 'utf8');
  const shifted = new Map();
  const lines = text.split('\n').map((line, i) => {
    const columns = [];
    // biome-ignore lint/suspicious/noControlCharactersInRegex: everything outside ASCII is escaped
    const escaped = line.replace(/[^\x00-\x7f]/g, (c, column) => {
      let backslashes = 0;
      while (line[column - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 1)
        throw new Error(`${file}:${i + 1}:${column + 1}: a non-ASCII character after a backslash cannot be escaped`);
      columns.push(column);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    if (columns.length > 0) shifted.set(i, columns);
    return escaped;
  });
  if (shifted.size === 0) return;
  await writeFile(file, lines.join('\n'));
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8'));
  const mappings = map.mappings.split(';');
  for (const [i, columns] of shifted) {
    if (mappings[i] === undefined) continue;
    // A segment's first field is its column, relative to the segment before on the same line; the
    // other fields are relative across lines and stay as they are.
    let before = 0;
    let beforeNew = 0;
    mappings[i] = mappings[i]
      .split(',')
      .map((segment) => {
        if (segment === '') return segment;
        const [delta, length] = vlqFirst(segment);
        const column = before + delta;
        const moved = column + 5 * columns.filter((c) => c < column).length;
        const out = vlqEncode(moved - beforeNew) + segment.slice(length);
        before = column;
        beforeNew = moved;
        return out;
      })
      .join(',');
  }
  map.mappings = mappings.join(';');
  await writeFile(`${file}.map`, JSON.stringify(map));
}

/** The first base64 VLQ number of a source map segment, and how many characters it took. */
function vlqFirst(segment) {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < segment.length; i++) {
    const digit = BASE64.indexOf(segment[i]);
    value += (digit & 31) << shift;
    shift += 5;
    if ((digit & 32) === 0) return [value & 1 ? -(value >>> 1) : value >>> 1, i + 1];
  }
  throw new Error(`a damaged source map segment: ${segment}`);
}

/** A number as base64 VLQ. */
function vlqEncode(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

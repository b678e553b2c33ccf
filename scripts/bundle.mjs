// Bundles the CLI into dist/bundle/ with esbuild: one file for what every run needs, and a chunk
// for each reporter, loaded when chosen. Module resolution and loading of ~100 small files is
// most of a cold start's overhead; see docs/performance.md for the measurement.
import { readFile, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { build } from 'esbuild';

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
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        const builtins = /\bimport\((['"])(node:[a-z_/]+)\1\)/g;
        if (!text.includes('import.meta.url') && !(script && builtins.test(text))) return undefined;
        const built = relative('dist/bundle', relative('src', args.path).replace(/\.ts$/, '.js').replace(/^/, 'dist/')).replaceAll('\\', '/');
        text = text.replaceAll('import.meta.url', `new URL(${JSON.stringify(built)}, import.meta.url).href`);
        if (script) text = text.replace(builtins, 'Promise.resolve().then(() => require($1$2$1))');
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

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
  sourcemap: 'linked',
  plugins: [ownUrl],
  logLevel: 'warning',
});

// The same CLI as one CommonJS script, with every reporter folded in: bin/jaarplan.js compiles it
// with a V8 code cache kept in the user's cache folder (src/node/codeCache.ts), which an ES module
// cannot have. import.meta.url is the script's own URL.
await build({
  entryPoints: { cli: 'src/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__jaarplanUrl' },
  banner: { js: "var __jaarplanUrl = require('node:url').pathToFileURL(__filename).href;" },
  minify: true,
  sourcemap: 'linked',
  plugins: [ownUrlPlugin(true)],
  logLevel: 'warning',
});

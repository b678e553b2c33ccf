// Packs the VS Code extension into a .vsix: bundles src/extension.js with vscode-languageclient
// into dist/extension.js (esbuild), copies the licence, and runs @vscode/vsce.
// Usage: node editors/vscode/package.mjs [--out FILE]
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createVSIX } from '@vscode/vsce';

const here = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const i = process.argv.indexOf('--out');
const out = i === -1 ? join(here, `${manifest.name}-${manifest.version}.vsix`) : resolve(process.argv[i + 1]);

rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(here, 'src/extension.js')],
  outfile: join(here, 'dist/extension.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  minify: true,
  external: ['vscode'],
  logLevel: 'warning',
});
copyFileSync(join(here, '../../LICENSE'), join(here, 'LICENSE'));
// The bundle holds every dependency; the extension has no node_modules of its own.
await createVSIX({ cwd: here, packagePath: out, dependencies: false, allowMissingRepository: true, skipLicense: false });
console.log(out);

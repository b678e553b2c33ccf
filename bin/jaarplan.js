#!/usr/bin/env node
// CommonJS (bin/package.json says so): a start without the ES module loader. The CLI is one script,
// run from a V8 code cache kept in the user's cache folder (src/node/codeCache.ts).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '../dist/bundle');
if (!existsSync(join(bundle, 'start.cjs')) || !existsSync(join(bundle, 'cli.cjs'))) {
  // A clone before its first install: say what to run instead of a stack trace (exit 2, as any
  // failure to run). `npm ci` installs the locked dependencies and builds.
  const root = join(__dirname, '..');
  const argv = process.argv.slice(2).join(' ');
  const english = / --lang[ =]en\b/.test(` ${argv}`);
  process.stderr.write(
    english
      ? `jaarplan: ${root} is not built yet; run npm ci there (it builds), then try again.\n`
      : `jaarplan: ${root} is nog niet gebouwd; voer daar npm ci uit (dat bouwt ook) en probeer het opnieuw.\n`,
  );
  process.exitCode = 2;
} else {
  require('../dist/bundle/start.cjs').runScript(join(bundle, 'cli.cjs'));
}

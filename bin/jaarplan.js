#!/usr/bin/env node
// CommonJS (bin/package.json says so): a start without the ES module loader. The CLI is one script,
// run from a V8 code cache kept in the user's cache folder (src/node/codeCache.ts).
'use strict';
const { join } = require('node:path');

require('../dist/bundle/start.cjs').runScript(join(__dirname, '../dist/bundle/cli.cjs'));

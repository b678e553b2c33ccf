#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runScript } from '../dist/node/codeCache.js';

runScript(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url)));

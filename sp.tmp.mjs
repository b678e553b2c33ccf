import { readFileSync, readdirSync } from 'node:fs';
import { readClean } from '/work/main/dist/load/fastPlan.js';
import { parsePlan } from '/work/main/dist/load/parsePlan.js';
const dir = '/tmp/corp';
const files = readdirSync(dir).map((f) => [f, readFileSync(dir + '/' + f)]);
const out = [];
for (let round = 0; round < 8; round++) { const t = performance.now(); for (const [f, b] of files) parsePlan(b, f, {}, { clean: readClean }); out.push((performance.now() - t).toFixed(0)); }
console.log(out.join(' '));

// Where worker threads start to pay: reads N plans of the benchmark corpus in a fresh process,
// once with this thread alone and once with one worker thread besides it, for several N.
// `node test/bench/threshold.mjs` after `npm run build`; prints medians in milliseconds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';

const readPlans = new URL('../../dist/load/readPlans.js', import.meta.url).href;
const runs = Number(process.argv[2] ?? 7);
const work = mkdtempSync(join(tmpdir(), 'jaarplan-threshold-'));
const script = join(work, 'read.mjs');
writeFileSync(
  script,
  `const { readPlans } = await import(${JSON.stringify(readPlans)});
await readPlans({ paths: [process.argv[2]], cwd: process.cwd(), workers: Number(process.argv[3]), diagnosticsOnly: true });\n`,
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log('| plans | this thread only | with a worker | ratio |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const n of [50, 100, 200, 400, 1000]) {
    const dir = join(work, String(n));
    writeCorpus(dir, n, 20);
    const times = { 0: [], 1: [] };
    for (let r = 0; r < runs; r++) {
      for (const workers of [0, 1]) {
        // The whole process is timed, from start to exit, as a user would see it.
        const start = process.hrtime.bigint();
        const res = spawnSync(process.execPath, [script, dir, String(workers)], { cwd: work, stdio: 'inherit' });
        if (res.status !== 0) throw new Error(`reading ${n} plans failed`);
        times[workers].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    const [a, b] = [median(times[0]), median(times[1])];
    console.log(`| ${n} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Where worker threads start to pay: reads N plans of the benchmark corpus in a fresh process,
// once with this thread alone and once with one worker thread besides it, for several N.
// `node test/bench/threshold.mjs [runs]` after `npm run build`; prints medians in milliseconds and
// of the peak resident memory in MB. NODE_EXTRA_CA_CERTS is unset, as in the benchmark.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './corpus.mjs';

const readPlans = new URL('../../dist/node/readPlans.js', import.meta.url).href;
const runs = Number(process.argv[2] ?? 7);
const work = mkdtempSync(join(tmpdir(), 'jaarplan-threshold-'));
const script = join(work, 'read.mjs');
writeFileSync(
  script,
  `const { readPlans } = await import(${JSON.stringify(readPlans)});
await readPlans({ paths: [process.argv[2]], cwd: process.cwd(), workers: Number(process.argv[3]), diagnosticsOnly: true });
process.stdout.write(String(process.resourceUsage().maxRSS / 1024));\n`,
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
try {
  console.log('| plans | this thread only | with a worker | ratio | peak memory, this thread only | with a worker |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of [100, 500, 1000, 2000, 5000]) {
    const dir = join(work, String(n));
    writeCorpus(dir, n, 20);
    const times = { 0: [], 1: [] };
    const memory = { 0: [], 1: [] };
    for (let r = 0; r < runs; r++) {
      for (const workers of [0, 1]) {
        // The whole process is timed, from start to exit, as a user would see it.
        const start = process.hrtime.bigint();
        const res = spawnSync(process.execPath, [script, dir, String(workers)], {
          cwd: work,
          env,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (res.status !== 0) throw new Error(`reading ${n} plans failed`);
        times[workers].push(Number(process.hrtime.bigint() - start) / 1e6);
        memory[workers].push(Number(res.stdout));
      }
    }
    const [a, b] = [median(times[0]), median(times[1])];
    const [ma, mb] = [median(memory[0]), median(memory[1])];
    console.log(`| ${n} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)} | ${ma.toFixed(0)} | ${mb.toFixed(0)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

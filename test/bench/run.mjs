// The benchmark: `npm run bench`. Not part of `npm test` or CI, since timings on a shared CI
// machine prove nothing. Every figure is a ratio of two timings taken in this one run, so a slow
// or busy machine moves both sides; the absolute medians and the machine are printed too.
//
// Options: --runs N (repeats of each bulk command, default 5), --cold-runs N (default 30),
// --json FILE (also write the results as JSON), --no-hyperfine (time with the loop in Node).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { lspLargePlan, lspRoundTrip } from './lsp.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const bulkRuns = Number(arg('--runs', 5));
const coldRuns = Number(arg('--cold-runs', 30));
const jsonOut = arg('--json', undefined);

const node = process.execPath;
const cli = join(root, 'bin/jaarplan.js');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const schema = join(root, 'schemas/jaarplan.schema.json');
const hyperfine = !process.argv.includes('--no-hyperfine') && spawnSync('hyperfine', ['--version']).status === 0;
const gnuTime = existsSync('/usr/bin/time');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Median wall-clock seconds of each command, all measured in one batch. `inTurns` times the
 * commands in turn even where hyperfine is installed: hyperfine runs all runs of one command before
 * the next, so on a shared machine a change of load between them skews a ratio of short runs.
 */
function time(commands, runs, inTurns = false) {
  if (hyperfine && !inTurns) {
    const out = join(work, 'hyperfine.json');
    const args = ['-N', '-i', '--style', 'none', '--warmup', '2', '--runs', String(runs), '--export-json', out];
    // hyperfine -N splits each command as a shell would, so a path with a space is quoted.
    const quoted = (c) => c.map((a) => (/[\s'"]/.test(a) ? `'${a.replaceAll("'", "'\\''")}'` : a)).join(' ');
    execFileSync('hyperfine', [...args, ...commands.map(quoted)], { cwd: work, stdio: 'ignore' });
    return JSON.parse(readFileSync(out, 'utf8')).results.map((r) => r.median);
  }
  // Without hyperfine: the commands in turn, so a change in the machine's load hits all of them.
  const times = commands.map(() => []);
  for (let r = -2; r < runs; r++) {
    commands.forEach((c, i) => {
      const start = process.hrtime.bigint();
      spawnSync(c[0], c.slice(1), { cwd: work, stdio: 'ignore' });
      if (r >= 0) times[i].push(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return times.map(median);
}

/** Median peak resident memory in MB of a command, from GNU time's "Maximum resident set size". */
function peak(command, runs = 3) {
  const values = [];
  for (let r = 0; r < runs; r++) {
    const res = spawnSync('/usr/bin/time', ['-v', ...command], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
    if (!m) throw new Error(`no memory figure from /usr/bin/time for ${command.join(' ')}`);
    values.push(Number(m[1]) / 1024);
  }
  return median(values);
}

const work = mkdtempSync(join(tmpdir(), 'jaarplan-bench-'));
try {
  // Every command runs in a folder laid out as a plan repository: plans/ holds the bundled plans.
  cpSync(join(root, 'plans'), join(work, 'plans'), { recursive: true });
  // Mixed corpora (one plan in 20 with a mistake) for validate; all-valid ones for totals, which
  // refuses plans with errors.
  const corpora = {};
  for (const n of [1000, 5000]) {
    corpora[`mixed${n}`] = join(work, `mixed-${n}`);
    corpora[`valid${n}`] = join(work, `valid-${n}`);
    const size = writeCorpus(corpora[`mixed${n}`], n, 20);
    writeCorpus(corpora[`valid${n}`], n, 0);
    if (n === 1000) process.stderr.write(`corpus: ${n} plans of ${Math.round(size.bytes / n)} bytes on average\n`);
  }
  const jaarplan = (...a) => [node, cli, ...a];
  const ajv = (dir) => [node, ajvCli, 'validate', '-s', schema, '-d', `${dir}/*.yaml`, '--all-errors', '--verbose', '--allow-union-types', '--errors=text'];

  process.stderr.write('timing cold starts...\n');
  const [bare, v1, t1, r1] = time(
    [[node, '-e', '0'], jaarplan('validate', 'plans/2013.yaml'), jaarplan('totals', '--year', '2013'), jaarplan('report', '--year', '2013')],
    coldRuns,
    true,
  );
  process.stderr.write('timing bulk runs...\n');
  const [vm1, am1, vm5, am5] = time(
    [jaarplan('validate', corpora.mixed1000), ajv(corpora.mixed1000), jaarplan('validate', corpora.mixed5000), ajv(corpora.mixed5000)],
    bulkRuns,
  );
  const [tv1, av1, tv5, av5] = time(
    [jaarplan('totals', corpora.valid1000), ajv(corpora.valid1000), jaarplan('totals', corpora.valid5000), ajv(corpora.valid5000)],
    bulkRuns,
  );
  let memory = null;
  if (gnuTime) {
    process.stderr.write('measuring memory...\n');
    memory = {
      one: peak(jaarplan('validate', 'plans/2013.yaml')),
      many: peak(jaarplan('validate', corpora.mixed5000)),
      totalsOne: peak(jaarplan('totals', 'plans/2013.yaml')),
      totalsMany: peak(jaarplan('totals', corpora.valid5000)),
    };
  }

  process.stderr.write('timing the language server...\n');
  const lsp = await lspRoundTrip(work, 20);
  const lspLarge = await lspLargePlan(work);

  const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
  const rows = [
    ['cold start: validate plans/2013.yaml / node -e 0', v1 / bare, `${ms(v1)} / ${ms(bare)}`, '≤ 1.7 (aim 1.5)', v1 / bare <= 1.7],
    ['cold start: totals --year 2013 / node -e 0', t1 / bare, `${ms(t1)} / ${ms(bare)}`, '', null],
    ['cold start: report --year 2013 / node -e 0', r1 / bare, `${ms(r1)} / ${ms(bare)}`, '≤ 1.9', r1 / bare <= 1.9],
    ['validate 1,000 plans / ajv-cli', vm1 / am1, `${ms(vm1)} / ${ms(am1)}`, '', null],
    ['validate 5,000 plans / ajv-cli', vm5 / am5, `${ms(vm5)} / ${ms(am5)}`, '≤ 1.5 (aim < 1)', vm5 / am5 <= 1.5],
    ['totals 1,000 plans / ajv-cli', tv1 / av1, `${ms(tv1)} / ${ms(av1)}`, '', null],
    ['totals 5,000 plans / ajv-cli', tv5 / av5, `${ms(tv5)} / ${ms(av5)}`, '≤ 1.5 (aim < 1)', tv5 / av5 <= 1.5],
    ['validate 5,000 / 1,000 plans', vm5 / vm1, `${ms(vm5)} / ${ms(vm1)}`, '≤ 5.5', vm5 / vm1 <= 5.5],
    ['totals 5,000 / 1,000 plans', tv5 / tv1, `${ms(tv5)} / ${ms(tv1)}`, '≤ 5.5', tv5 / tv1 <= 5.5],
    // The editor's budget is half a second from a keystroke to its diagnostics.
    ['lsp: diagnostics after an edit of plans/2013.yaml / 500 ms', lsp.median / 500, `${lsp.median.toFixed(0)} ms (slowest ${lsp.max.toFixed(0)} ms)`, '≤ 1', lsp.median <= 500],
    ['lsp: diagnostics of a 5 MB plan after opening it / 500 ms', lspLarge / 500, `${lspLarge.toFixed(0)} ms`, '', null],
    ...(memory
      ? [
          ['peak memory: validate 5,000 plans / 1 plan', memory.many / memory.one, `${memory.many.toFixed(0)} MB / ${memory.one.toFixed(0)} MB`, '≤ 1.5', memory.many / memory.one <= 1.5],
          ['peak memory: totals 5,000 plans / 1 plan', memory.totalsMany / memory.totalsOne, `${memory.totalsMany.toFixed(0)} MB / ${memory.totalsOne.toFixed(0)} MB`, '', null],
        ]
      : []),
  ];
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadBefore: loadavg()[0].toFixed(2),
    timer: hyperfine ? execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim() : 'node timing loop',
    runs: { cold: coldRuns, bulk: bulkRuns },
  };
  console.log(`Machine: ${machine.nproc} cores, ${machine.cpu}, Node ${machine.node}, load average ${loadavg()[0].toFixed(2)}; ${machine.timer}, medians of ${coldRuns} (cold start) and ${bulkRuns} (bulk) runs.\n`);
  console.log('| figure | ratio | medians | target | met |');
  console.log('| --- | ---: | ---: | --- | --- |');
  for (const [name, ratio, abs, target, met] of rows) {
    console.log(`| ${name} | ${ratio.toFixed(2)}× | ${abs} | ${target} | ${met === null ? '' : met ? 'yes' : 'no'} |`);
  }
  if (!memory) console.log('\n(peak memory not measured: /usr/bin/time is missing; `apt-get install time`)');
  if (jsonOut) {
    writeFileSync(jsonOut, JSON.stringify({ machine, rows: rows.map(([name, ratio, medians, target, met]) => ({ name, ratio, medians, target, met })) }, null, 2));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

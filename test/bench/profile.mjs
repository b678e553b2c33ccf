// Summarises a V8 CPU profile (`node --cpu-prof`): self time by place (package or source folder)
// and the functions with the most self time, summed over the profiles given (several runs of one
// command, for a cold start): `node test/bench/profile.mjs [--top N] FILE.cpuprofile...`.
// Used for the profiles in docs/performance.md; run the unbundled build (node --cpu-prof
// dist/main.js ...) so the functions keep their names.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const topAt = argv.indexOf('--top');
const top = topAt === -1 ? 15 : Number(argv.splice(topAt, 2)[1]);
const files = argv;
if (files.length === 0) {
  process.stderr.write('usage: node test/bench/profile.mjs [--top N] FILE.cpuprofile...\n');
  process.exit(2);
}
/** Self time in microseconds by node of each profile: each sample is charged the time until the next. */
const profiles = files.map((file) => {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  return { byId: new Map(profile.nodes.map((n) => [n.id, n])), self };
});
const total = profiles.reduce((sum, p) => sum + [...p.self.values()].reduce((a, b) => a + b, 0), 0);

/** Where a function lives: a package of node_modules, a folder of the project, or V8/Node itself. */
function place(url, name) {
  if (!url) return name.startsWith('(') ? name : '(node or V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node: built-ins';
  const own = /\/(dist|src)\/(.*)\/[^/]+$/.exec(url);
  if (own) return own[2];
  return url.split('/').slice(-1)[0];
}

const places = new Map();
const functions = new Map();
for (const { byId, self } of profiles) {
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = place(url, functionName);
    places.set(where, (places.get(where) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
}
const pct = (us) => `${((us * 100) / total).toFixed(1).padStart(5)}%`;
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
console.log(
  `total sampled: ${(total / 1000).toFixed(0)} ms over ${files.length} profile(s), ${(total / 1000 / files.length).toFixed(1)} ms each`,
);
console.log('\nself time by place:');
for (const [k, v] of [...places].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
console.log('\nself time by function:');
for (const [k, v] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);

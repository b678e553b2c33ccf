import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/paths.js';
import { runCli } from './helpers/runCli.js';

// The package as a user gets it: packed from a copy of the sources without dist/ (so prepack must
// build it), installed globally from the tarball into a fresh prefix, and run from a folder that is
// not the repository. One pack and one install serve the whole file.

const exec = promisify(execFile);
let tmp: string;
let tarball: string;
let packed: string[];
let prefix: string;
let work: string;
let env: NodeJS.ProcessEnv;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function sh(command: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'jaarplan-package-'));
  // npm's own settings of the `npm test` that runs this would leak into the npm calls below.
  env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || k === 'npm_config_cache'));
  // Plain output, as the golden files have it: not a terminal, and no colour forced either way.
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;

  const source = join(tmp, 'source');
  mkdirSync(source);
  for (const entry of ['package.json', 'tsconfig.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'src', 'bin', 'schemas', 'scripts', 'docs']) {
    cpSync(join(root, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
  const pack = await sh('npm', ['pack', '--json', '--pack-destination', tmp], source);
  expect(pack.code, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(tmp, info.filename);
  packed = info.files.map((f) => f.path).sort();

  prefix = join(tmp, 'prefix');
  const install = await sh('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmp);
  expect(install.code, install.stderr).toBe(0);
  env.PATH = `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`;

  work = join(tmp, 'gemeente');
  mkdirSync(join(work, 'plans'), { recursive: true });
  cpSync(join(root, 'plans/2013.yaml'), join(work, 'plans/2013.yaml'));
}, 300_000);

/** Every file under docs/ in the repository, relative to the root, sorted as the packed list is. */
function docsFiles(): string[] {
  return (readdirSync(join(root, 'docs'), { recursive: true }) as string[])
    .map((p) => `docs/${p}`)
    .filter((p) => statSync(join(root, p)).isFile())
    .sort();
}

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds only what it needs: the built code with its types, the bin, the schema and the docs', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
        'bin/jaarplan.js',
        'bin/package.json',
        'schemas/jaarplan.schema.json',
        'dist/bundle/start.cjs',
        'dist/main.js',
        'dist/cli.js',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/commands/init.js',
        'docs/README.md',
        'docs/commands/validate.md',
        'docs/report-html-2013.png',
      ]),
    );
    // The manual that the README links to: every page of docs/ in the repository is in the package.
    expect(packed.filter((p) => p.startsWith('docs/'))).toEqual(docsFiles());
    const unexpected = packed.filter(
      (p) =>
        !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'bin/jaarplan.js', 'bin/package.json', 'schemas/jaarplan.schema.json'].includes(p) &&
        !p.startsWith('dist/') &&
        !p.startsWith('docs/'),
    );
    expect(unexpected).toEqual([]);
    expect(packed.filter((p) => /\.test\.|(^|\/)test\//.test(p))).toEqual([]);
    // Besides code and types only the bundle's source maps, which --debug uses for readable stacks,
    // and the record of its hashes, which names its code cache.
    const scripts = ['dist/bundle/cli.cjs', 'dist/bundle/start.cjs', 'dist/bundle/hashes.json'];
    expect(
      packed.filter((p) => p.startsWith('dist/') && !/\.(js|d\.ts)$/.test(p) && !/^dist\/bundle\/.+\.(js|cjs)\.map$/.test(p) && !scripts.includes(p)),
    ).toEqual([]);
    expect(packed).toContain('dist/bundle/hashes.json');
    expect(packed).toContain('dist/bundle/cli.cjs');
    expect(packed).toContain('dist/node/codeCache.js');
  });

  it('installs the record of the bundle\'s hashes so that it holds: a start needs not hash the bundle', async () => {
    const installed = join(prefix, 'lib/node_modules/jaarplan');
    const { recordedHash } = (await import(pathToFileURL(join(installed, 'dist/node/bundleHash.js')).href)) as typeof import('../src/node/bundleHash.js');
    const cli = join(installed, 'dist/bundle/cli.cjs');
    expect(recordedHash(cli)).toBe(createHash('sha256').update(readFileSync(cli)).digest('hex'));
  });

  it('declares Node.js 22 and 24, its types and its entry points', () => {
    const pkg = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/jaarplan/package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('^22.12.0 || ^24.0.0');
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['.'].types).toBe('./dist/index.d.ts');
    expect(pkg.bin.jaarplan).toBe('bin/jaarplan.js');
  });

  it('runs `jaarplan --help` from the installed bin, not from the repository', async () => {
    const help = await sh('jaarplan', ['--help'], work);
    expect(help.code).toBe(0);
    for (const command of ['validate', 'totals', 'report', 'init', 'schema', 'completion']) expect(help.stdout).toContain(command);
    const where = await sh('jaarplan', ['schema', '--path'], work);
    expect(realpathSync(where.stdout.trim())).toBe(realpathSync(join(prefix, 'lib/node_modules/jaarplan/schemas/jaarplan.schema.json')));
  });

  it('validates, totals and reports a plan folder elsewhere', async () => {
    const validate = await sh('jaarplan', ['validate'], work);
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.stdout).toMatch(/1 bestand gecontroleerd: 0 fouten, 5 waarschuwingen\.\n$/);

    const totals = await sh('jaarplan', ['totals'], work);
    expect(totals).toMatchObject({ code: 0, stderr: '' });
    expect(totals.stdout).toBe((await runCli(['totals'], root)).stdout);

    const report = await sh('jaarplan', ['report', '--year', '2013'], work);
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(report.stdout).toBe((await runCli(['report', '--year', '2013'], root)).stdout);
  });

  it('starts a new plan with init, which then validates', async () => {
    const init = await sh('jaarplan', ['init', '--year', '2014', '--from', 'plans/2013.yaml'], work);
    expect(init.code, init.stderr).toBe(0);
    const text = readFileSync(join(work, 'plans/2014.yaml'), 'utf8');
    // Installed globally, the schema is nowhere in the plans' folder or above it: no modeline, never
    // a path to where the package happens to be installed.
    expect(text).not.toContain('yaml-language-server');
    expect(text.split('\n')[0]).toMatch(/^# \S/);
    const validate = await sh('jaarplan', ['validate', 'plans/2014.yaml'], work);
    expect(validate.code).toBe(0);
    rmSync(join(work, 'plans/2014.yaml'));
  });

  it('runs through npx from the tarball', async () => {
    // A path that starts with ./ or ../ is a package to npx; an absolute one would be run as a program.
    const npx = await sh('npx', ['--yes', '--prefer-offline', relative(work, tarball), 'report', '--year', '2013'], work);
    expect(relative(work, tarball)).toMatch(/^\.\.\//);
    expect(npx.code, npx.stderr).toBe(0);
    expect(npx.stdout).toBe((await runCli(['report', '--year', '2013'], root)).stdout);
  }, 120_000);

  it('serves the typed library API to a project that depends on it', async () => {
    const project = join(tmp, 'dashboard');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(join(prefix, 'lib/node_modules/jaarplan'), join(project, 'node_modules/jaarplan'), 'dir');
    writeFileSync(join(project, 'package.json'), '{ "type": "module", "private": true }\n');
    writeFileSync(
      join(project, 'dashboard.ts'),
      `import { computeTotals, loadPlan, renderReport, type Plan, type Totals, type Diagnostic } from 'jaarplan';

const loaded = await loadPlan(${JSON.stringify(join(work, 'plans/2013.yaml'))});
const plan: Plan | null = loaded.plan;
const diagnostics: Diagnostic[] = loaded.diagnostics;
const totals: Totals = computeTotals(plan ? [plan] : []);
// @ts-expect-error: a format the report does not have
renderReport([loaded], { format: 'pdf' });
console.log(totals.total.known, diagnostics.length, renderReport([loaded], { format: 'json' }).length > 0);
`,
    );
    const tsc = await sh(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(root, 'node_modules/@types'), 'dashboard.ts'],
      project,
    );
    expect(tsc.code, tsc.stdout + tsc.stderr).toBe(0);
    writeFileSync(
      join(project, 'dashboard.mjs'),
      `import { computeTotals, loadPlan } from 'jaarplan';
const loaded = await loadPlan('plans/2013.yaml', { cwd: ${JSON.stringify(work)} });
console.log(computeTotals([loaded.plan]).total.known, loaded.diagnostics.length);
`,
    );
    const run = await sh(process.execPath, ['dashboard.mjs'], project);
    expect(run).toEqual({ code: 0, stdout: '4000000 5\n', stderr: '' });
    // The schema is exported too, for tools that resolve it by package name.
    const resolved = await sh(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('jaarplan/schemas/jaarplan.schema.json'))"], project);
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(readFileSync(new URL(resolved.stdout.trim()), 'utf8')).toBe(readFileSync(join(root, 'schemas/jaarplan.schema.json'), 'utf8'));
  });
});

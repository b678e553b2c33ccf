import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verantwoordingFormats } from '../../src/reporters/verantwoording/index.js';
import { verantwoordingYearsFormats } from '../../src/reporters/verantwoordingYears/index.js';
import { diffFormats } from '../../src/reporters/diff/index.js';
import { exportFormats } from '../../src/reporters/export/index.js';
import { totalsByFormats } from '../../src/reporters/totalsBy/index.js';
import { formatsOf } from '../../src/reporters/registry.js';
import { reportFormats } from '../../src/reporters/report/index.js';
import { totalsFormats } from '../../src/reporters/totals/index.js';
import { validateFormats } from '../../src/reporters/validate/index.js';
import { totalsYearsFormats } from '../../src/reporters/totalsYears/index.js';
import { reportYearsFormats } from '../../src/reporters/reportYears/index.js';
import { licenceProblem } from '../helpers/licences.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { readWorkbook } from '../helpers/readWorkbook.js';

// The package as a user gets it: packed from a copy of the sources without dist/ (so prepack must
// build it), installed globally from the tarball into a fresh prefix, and run from a folder that is
// not the repository. One pack and one install serve the whole file.

/**
 * What an install of the package may take (README, "Installing the package"): the bytes on disk of
 * the installed package with everything it brings, and the packages `npm ls --all --parseable
 * --omit=dev` counts there (without --omit=dev, npm ls in an installed package reports its
 * development dependencies as missing), the package itself included.
 */
const BUDGET = { bytes: 20_000_000, packages: 60 };

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
  for (const entry of [
    'package.json',
    'tsconfig.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'src',
    'bin',
    'schemas',
    'scripts',
    'docs',
  ]) {
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
  // Plans over three years with spending, and versions of a plan, for every command's formats.
  cpSync(join(root, 'test/fixtures/cycle'), join(work, 'cycle'), { recursive: true });
  cpSync(join(root, 'test/fixtures/diff'), join(work, 'diff'), { recursive: true });
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
}, 60_000);

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
        ![
          'package.json',
          'README.md',
          'CHANGELOG.md',
          'LICENSE',
          'bin/jaarplan.js',
          'bin/package.json',
          'schemas/jaarplan.schema.json',
        ].includes(p) &&
        !p.startsWith('dist/') &&
        !p.startsWith('docs/') &&
        !/^schemas\/output\/[a-z-]+\.schema\.json$/.test(p),
    );
    expect(unexpected).toEqual([]);
    // The schema of every JSON output, as the repository has them.
    expect(packed.filter((p) => p.startsWith('schemas/output/'))).toEqual(
      readdirSync(join(root, 'schemas/output'))
        .map((f) => `schemas/output/${f}`)
        .sort(),
    );
    expect(packed.filter((p) => /\.test\.|(^|\/)test\//.test(p))).toEqual([]);
    // Besides code and types only the bundle's source maps, which --debug uses for readable stacks,
    // and the record of its hashes, which names its code cache.
    const scripts = ['dist/bundle/cli.cjs', 'dist/bundle/start.cjs', 'dist/bundle/hashes.json'];
    expect(
      packed.filter(
        (p) => p.startsWith('dist/') && !/\.(js|d\.ts)$/.test(p) && !/^dist\/bundle\/.+\.(js|cjs)\.map$/.test(p) && !scripts.includes(p),
      ),
    ).toEqual([]);
    expect(packed).toContain('dist/bundle/hashes.json');
    expect(packed).toContain('dist/bundle/cli.cjs');
    expect(packed).toContain('dist/node/codeCache.js');
  });

  it("installs the record of the bundle's hashes so that it holds: a start needs not hash the bundle", async () => {
    const installed = join(prefix, 'lib/node_modules/jaarplan');
    const { recordedHash } = (await import(
      pathToFileURL(join(installed, 'dist/node/bundleHash.js')).href
    )) as typeof import('../../src/node/bundleHash.js');
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
      [
        join(root, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--typeRoots',
        join(root, 'node_modules/@types'),
        'dashboard.ts',
      ],
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
    const resolved = await sh(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('jaarplan/schemas/jaarplan.schema.json'))"],
      project,
    );
    expect(resolved.code, resolved.stderr).toBe(0);
    expect(readFileSync(new URL(resolved.stdout.trim()), 'utf8')).toBe(readFileSync(join(root, 'schemas/jaarplan.schema.json'), 'utf8'));
    // And the schema of each JSON output, for a dashboard that checks what it receives.
    const output = await sh(
      process.execPath,
      ['--input-type=module', '-e', "console.log(import.meta.resolve('jaarplan/schemas/output/totals.schema.json'))"],
      project,
    );
    expect(output.code, output.stderr).toBe(0);
    expect(readFileSync(new URL(output.stdout.trim()), 'utf8')).toBe(readFileSync(join(root, 'schemas/output/totals.schema.json'), 'utf8'));
  }, 60_000); // tsc on a busy machine can take longer than the default 5 s
});

/** Bytes on disk under a folder (as du counts them), symbolic links not followed. */
function diskUsage(folder: string): number {
  let bytes = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stat = lstatSync(path);
    bytes += stat.blocks * 512;
    if (stat.isDirectory()) bytes += diskUsage(path);
  }
  return bytes;
}

/** Every command and the runs of it from the work folder, with the registry of its formats. */
const commands: [name: string, formats: string[], argv: string[]][] = [
  ['validate', formatsOf(validateFormats), ['validate', 'plans']],
  ['totals', formatsOf(totalsFormats), ['totals', 'plans']],
  ['totals --by', formatsOf(totalsByFormats), ['totals', '--by', 'wijk', 'cycle']],
  ['totals --years', formatsOf(totalsYearsFormats), ['totals', '--years', '2014-2016', 'cycle']],
  ['report', formatsOf(reportFormats), ['report', '--year', '2013']],
  ['report --years', formatsOf(reportYearsFormats), ['report', '--years', '2014-2016', '--plans', 'cycle']],
  ['verantwoording', formatsOf(verantwoordingFormats), ['verantwoording', '--year', '2015', '--plans', 'cycle']],
  ['verantwoording --years', formatsOf(verantwoordingYearsFormats), ['verantwoording', '--years', '2014-2016', '--plans', 'cycle']],
  ['diff', formatsOf(diffFormats), ['diff', 'diff/base.yaml', 'diff/edit.yaml']],
];

describe('the install', () => {
  const installed = () => join(prefix, 'lib/node_modules/jaarplan');

  it(`stays within its budget: at most ${BUDGET.bytes / 1e6} MB on disk and ${BUDGET.packages} packages`, async () => {
    const bytes = diskUsage(installed());
    const ls = await sh('npm', ['ls', '--all', '--parseable', '--omit=dev'], installed());
    expect(ls.code, ls.stderr).toBe(0);
    const packages = ls.stdout.split('\n').filter((line) => line.trim() !== '');
    // The package itself and what it brings, each once.
    expect(packages[0]).toBe(realpathSync(installed()));
    expect(new Set(packages).size).toBe(packages.length);
    console.log(`installed: ${(bytes / 1e6).toFixed(1)} MB on disk, ${packages.length} packages`);
    expect(bytes, `${(bytes / 1e6).toFixed(1)} MB`).toBeLessThanOrEqual(BUDGET.bytes);
    expect(packages.length, packages.map((p) => relative(installed(), p)).join('\n')).toBeLessThanOrEqual(BUDGET.packages);
  });

  it('brings only dependencies whose declared licence may be combined with EUPL-1.2', async () => {
    const ls = await sh('npm', ['ls', '--all', '--parseable', '--omit=dev'], installed());
    expect(ls.code, ls.stderr).toBe(0);
    const folders = ls.stdout.split('\n').filter((line) => line.trim() !== '');
    const licences = folders.map((folder) => {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown };
      return { name: `${pkg.name}@${pkg.version}`, licence: pkg.license, problem: licenceProblem(pkg.license) };
    });
    // Every package that npm counts is listed, the package itself first.
    expect(licences.length).toBe(folders.length);
    expect(licences[0]).toMatchObject({ name: 'jaarplan@1.0.0', licence: 'EUPL-1.2', problem: null });
    console.log(licences.map((l) => `${l.name}: ${typeof l.licence === 'string' ? l.licence : JSON.stringify(l.licence)}`).join('\n'));
    expect(licences.filter((l) => l.problem !== null)).toEqual([]);
  });

  it('needs no package but its run-time dependencies: the library and the bundle find every module they load', async () => {
    // The library's modules, unbundled, with every import they make (the reporters loaded by
    // import() too), resolved from the install: a module that needs a development dependency fails.
    const { build } = await import('esbuild');
    const library = await build({
      entryPoints: [join(installed(), 'dist/index.js')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
      outdir: join(tmp, 'resolved'),
    });
    const reached = new Set(
      Object.keys(library.metafile.inputs).flatMap((p) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? []),
    );
    expect([...reached]).toEqual(expect.arrayContaining(['yaml', 'js-yaml', 'chalk', 'cli-table3']));
    // The bundle has every package folded in but for what the schema's validator requires at run time.
    const requireOf = createRequire(join(installed(), 'dist/bundle/cli.cjs'));
    const bundled = readdirSync(join(installed(), 'dist/bundle')).filter((f) => /\.c?js$/.test(f));
    const required = new Set(
      bundled.flatMap((f) =>
        [...readFileSync(join(installed(), 'dist/bundle', f), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!),
      ),
    );
    const packages = [...required].filter((r) => !r.startsWith('.') && !r.startsWith('node:') && !builtinModules.includes(r));
    expect(packages.length).toBeGreaterThan(0);
    for (const r of packages) expect(requireOf.resolve(r), r).toContain(join(installed(), 'node_modules'));
  });

  it("ships source maps that name the source lines, without the sources' text", () => {
    const maps = packed.filter((p) => p.endsWith('.map'));
    expect(maps).toContain('dist/bundle/cli.cjs.map');
    for (const map of maps) expect(JSON.parse(readFileSync(join(installed(), map), 'utf8')), map).not.toHaveProperty('sourcesContent');
    // A place in the installed bundle maps to the line of the source that holds the same text:
    // what a stack under --debug shows. The text is a message, which the bundle keeps as written.
    const code = readFileSync(join(installed(), 'dist/bundle/cli.cjs'), 'latin1');
    const map = new SourceMap(JSON.parse(readFileSync(join(installed(), 'dist/bundle/cli.cjs.map'), 'utf8')));
    const source = readFileSync(join(root, 'src/i18n/labels.ts'), 'utf8').split('\n');
    for (const text of ['gaat naar een bestand: geef --out', 'this is a bug in jaarplan, not in your plan']) {
      const at = code.indexOf(text);
      expect(at, text).toBeGreaterThan(0);
      const lines = code.slice(0, at).split('\n');
      const entry = map.findEntry(lines.length - 1, lines.at(-1)!.length) as { originalSource?: string; originalLine?: number };
      expect(entry.originalSource, text).toMatch(/(^|\/)src\/i18n\/labels\.ts$/);
      expect(entry.originalLine, text).toBe(source.findIndex((line) => line.includes(text)));
    }
  });

  it.each(commands)(
    'runs every format of %s from the install as from the sources',
    async (_, formats, argv) => {
      expect(formats.length).toBeGreaterThan(1);
      for (const format of formats) {
        const args = [...argv, '--format', format];
        if (format === 'xlsx') {
          const out = (where: string) => [...args, '--out', join(tmp, `${where}-${argv.join('-')}.xlsx`)];
          const installedRun = await sh('jaarplan', out('installed'), work);
          const sourcesRun = await runCli(out('sources'), work);
          expect(installedRun, format).toEqual({ code: sourcesRun.code, stdout: sourcesRun.stdout, stderr: sourcesRun.stderr });
          const book = readWorkbook(readFileSync(join(tmp, `installed-${argv.join('-')}.xlsx`)));
          expect(book.sheets.length, format).toBeGreaterThan(1);
          expect(book).toEqual(readWorkbook(readFileSync(join(tmp, `sources-${argv.join('-')}.xlsx`))));
        } else {
          const installedRun = await sh('jaarplan', args, work);
          const sourcesRun = await runCli(args, work);
          expect(installedRun.stdout.length, format).toBeGreaterThan(0);
          expect(installedRun, format).toEqual(sourcesRun);
        }
      }
    },
    120_000,
  );

  it('exports open data from the install as from the sources', async () => {
    for (const format of Object.keys(exportFormats)) {
      const installedRun = await sh('jaarplan', ['export', '--format', format, '--out', join(tmp, `installed-${format}`), 'cycle'], work);
      const sourcesRun = await runCli(['export', '--format', format, '--out', join(tmp, `sources-${format}`), 'cycle'], work);
      expect(installedRun, format).toEqual(sourcesRun);
      const files = readdirSync(join(tmp, `installed-${format}`)).sort();
      expect(files.length, format).toBeGreaterThan(1);
      expect(readdirSync(join(tmp, `sources-${format}`)).sort()).toEqual(files);
      for (const file of files)
        expect(readFileSync(join(tmp, `installed-${format}`, file), 'utf8'), file).toBe(
          readFileSync(join(tmp, `sources-${format}`, file), 'utf8'),
        );
    }
  });
});

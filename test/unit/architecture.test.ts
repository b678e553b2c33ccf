// The rules of the house, checked over the imports of src/: the layers in the order
// docs/architecture.md gives them (its table is read here, so the two cannot drift), no import
// upward, `node:` modules only in the adapter layers, nothing with I/O in core/, and no circle of
// imports between files. What breaks a rule today is named below with its reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';

interface Layer {
  name: string;
  holds: string[];
  adapter: boolean;
}

/** The layers table of docs/architecture.md, bottom first. */
function layersOf(doc: string): Layer[] {
  const start = doc.indexOf('<!-- layers: read by test/unit/architecture.test.ts -->');
  expect(start, 'the layers table in docs/architecture.md').toBeGreaterThan(-1);
  const rows = doc
    .slice(start)
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith('|'));
  return rows.slice(2).map((row) => {
    const [name, holds, adapter] = row
      .split('|')
      .slice(1, 4)
      .map((c) => c.trim());
    return { name: name!, holds: [...holds!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), adapter: adapter === 'yes' };
  });
}

/** An import of a file: where it points, and whether it is for types only. */
interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of every file of src/, by its specifier, with relative ones resolved to files of src/. */
function importsOf(files: string[]): { relative: Import[]; external: { from: string; spec: string; typeOnly: boolean }[] } {
  const rel: Import[] = [];
  const external: { from: string; spec: string; typeOnly: boolean }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const from = relative(join(root, 'src'), file);
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[2] ?? m[3])!;
      const typeOnly = m[1] !== undefined;
      if (spec.startsWith('.')) rel.push({ from, to: normalize(join(dirname(from), spec)).replace(/\.js$/, '.ts'), typeOnly });
      else external.push({ from, spec, typeOnly });
    }
  }
  return { relative: rel, external };
}

const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
const layers = layersOf(doc);
const files = sources(join(root, 'src'));
const { relative: imports, external } = importsOf(files);

/** The layer of a file of src/: the row of the table that holds its folder or its name. */
function layerOf(file: string): number {
  const top = file.includes('/') ? `${file.split('/')[0]}/` : file;
  const index = layers.findIndex((l) => l.holds.includes(top));
  expect(index, `${file} is placed in a layer of docs/architecture.md`).toBeGreaterThan(-1);
  return index;
}

/**
 * Today's exceptions, each with its reason: an import that runs upward, or a `node:` module outside
 * the adapter layers. A new one fails the test until it is moved, or named here with its reason.
 */
const exceptions: { from: string; to: string; reason: string }[] = [
  {
    from: 'errors.ts',
    to: 'node/loadConfig.ts',
    reason: 'the known failures carry the config problems as node/ describes them (types only)',
  },
  { from: 'errors.ts', to: 'node/git.ts', reason: 'the known failures carry what git said (types only)' },
  { from: 'errors.ts', to: 'node/writeOutput.ts', reason: 'the known failures carry why an output was refused (types only)' },
  { from: 'i18n/diff.ts', to: 'node/git.ts', reason: 'the words of a git failure follow its arguments (types only)' },
  { from: 'i18n/output.ts', to: 'node/writeOutput.ts', reason: 'the words of a refused output follow its arguments (types only)' },
  { from: 'reporters/validate/sarif.ts', to: 'version.ts', reason: 'a SARIF log names the version of the tool that made it' },
  {
    from: 'lsp/analysis.ts',
    to: 'lsp/lenses.ts',
    reason: "an analysis keeps the lenses' money notes, and the lenses read the analysis (types only, in one layer)",
  },
  { from: 'load/checkData.ts', to: 'node:path', reason: 'a plan is named by its file (basename only: no I/O)' },
  {
    from: 'load/schema.ts',
    to: 'node:fs',
    reason: 'the schema is read once, when no validator was compiled at build time (tests, the library)',
  },
  { from: 'commands/initRun.ts', to: 'node:path', reason: 'paths of the plan to write are resolved against the working folder (no I/O)' },
  { from: 'commands/validate.ts', to: 'node:path', reason: 'paths given are resolved against the working folder (no I/O)' },
  { from: 'commands/export.ts', to: 'node:path', reason: 'the folder to write is resolved against the working folder (no I/O)' },
  { from: 'commands/diffRun.ts', to: 'node:path', reason: 'paths given are resolved against the working folder (no I/O)' },
  { from: 'commands/schema.ts', to: 'node:fs/promises', reason: 'jaarplan schema prints the schema file as it ships' },
  { from: 'commands/schema.ts', to: 'node:url', reason: 'jaarplan schema finds the schema file beside the package' },
];
const excepted = (from: string, to: string) => exceptions.some((e) => e.from === from && e.to === to);

type External = { from: string; spec: string; typeOnly: boolean };

/** Imports that run upward, not named as exceptions. */
function upward(list: Import[]): string[] {
  return list.filter((i) => layerOf(i.to) > layerOf(i.from) && !excepted(i.from, i.to)).map((i) => `${i.from} -> ${i.to}`);
}

/** `node:` modules imported outside the adapter layers, not named as exceptions. */
function nodeOutside(list: External[]): string[] {
  return list
    .filter((i) => i.spec.startsWith('node:') && !layers[layerOf(i.from)]!.adapter && !excepted(i.from, i.spec))
    .map((i) => `${i.from} -> ${i.spec}`);
}

/** Packages and `node:` modules that core/ imports; the one package it may use measures the distance between two words. */
function impureCore(list: External[]): string[] {
  const pure = new Set(['fastest-levenshtein']);
  return list.filter((i) => i.from.startsWith('core/') && !pure.has(i.spec)).map((i) => `${i.from} -> ${i.spec}`);
}

/** Circles of imports between files, not counting named exceptions. */
function circles(list: Import[]): string[] {
  const next = new Map<string, string[]>();
  for (const i of list) if (!excepted(i.from, i.to)) next.set(i.from, [...(next.get(i.from) ?? []), i.to]);
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...path.slice(path.indexOf(file)), file].join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const to of next.get(file) ?? []) visit(to, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of next.keys()) visit(file, []);
  return found;
}

describe('the layers of docs/architecture.md', () => {
  it('place every folder and top-level file of src/', () => {
    const tops = [...new Set(files.map((f) => relative(join(root, 'src'), f)).map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)))];
    expect(tops.filter((t) => !layers.some((l) => l.holds.includes(t)))).toEqual([]);
    expect(layers.flatMap((l) => l.holds).filter((h) => !tops.includes(h))).toEqual([]);
  });

  it('are never imported upward', () => expect(upward(imports)).toEqual([]));
  it('import node: modules only in the adapter layers', () => expect(nodeOutside(external)).toEqual([]));
  it('keep core/ pure: no node: module and no package that does I/O', () => expect(impureCore(external)).toEqual([]));
  it('hold no circle of imports between files', () => expect(circles(imports)).toEqual([]));

  it('name each exception only while it is still needed', () => {
    for (const e of exceptions) {
      const used = imports.some((i) => i.from === e.from && i.to === e.to) || external.some((i) => i.from === e.from && i.spec === e.to);
      expect(used, `${e.from} -> ${e.to} is no longer imported: remove the exception`).toBe(true);
    }
  });
});

describe('each rule finds what it is about', () => {
  it('an upward import, also for types only', () => {
    expect(upward([{ from: 'core/sum.ts', to: 'reporters/totals/tables.ts', typeOnly: true }])).toEqual([
      'core/sum.ts -> reporters/totals/tables.ts',
    ]);
    expect(upward([{ from: 'reporters/totals/tables.ts', to: 'core/sum.ts', typeOnly: false }])).toEqual([]);
  });

  it('a node: module in core/ or any layer but the adapters', () => {
    expect(nodeOutside([{ from: 'core/sum.ts', spec: 'node:fs', typeOnly: false }])).toEqual(['core/sum.ts -> node:fs']);
    expect(impureCore([{ from: 'core/sum.ts', spec: 'node:fs', typeOnly: false }])).toEqual(['core/sum.ts -> node:fs']);
    expect(nodeOutside([{ from: 'node/readText.ts', spec: 'node:fs', typeOnly: false }])).toEqual([]);
  });

  it('a circle', () => {
    expect(
      circles([
        { from: 'core/a.ts', to: 'core/b.ts', typeOnly: false },
        { from: 'core/b.ts', to: 'core/a.ts', typeOnly: true },
      ]),
    ).toEqual(['core/a.ts -> core/b.ts -> core/a.ts']);
  });

  it('the imports of a file, by the same reading as src/ is read', () => {
    const text =
      "import { readFileSync } from 'node:fs';\nimport type {\n  Totals,\n} from '../reporters/totals/tables.js';\nconst m = await import('./x.js');\n";
    expect([...text.matchAll(IMPORT)].map((m) => [m[1] !== undefined, m[2] ?? m[3]])).toEqual([
      [false, 'node:fs'],
      [true, '../reporters/totals/tables.js'],
      [false, './x.js'],
    ]);
  });
});

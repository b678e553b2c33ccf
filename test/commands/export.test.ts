// jaarplan export --format datapackage: a Fiscal Data Package that is valid against the published
// Data Package and Fiscal Data Package schemas (draft-04, copies under test/schemas/frictionless/),
// whose CSV, read back by a CSV parser, adds up to the cent to `totals --format json`, with unknown
// amounts empty and never 0.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

type Check = ((d: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv4 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as unknown as new (
  o: object,
) => { compile: (s: object) => Check };
const profile = (name: string) =>
  new Ajv4({ allErrors: true, strict: false, validateFormats: false }).compile(
    JSON.parse(readFileSync(join(root, 'test/schemas/frictionless', `${name}.json`), 'utf8')),
  );
const dataPackage = profile('data-package');
const fiscalDataPackage = profile('fiscal-data-package');

/** Euros as written in the CSV (`12500.50`, `7500`) to whole cents, without floating point. */
function cents(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
/** A JSON amount in euros (as the totals give it) to whole cents. */
const jsonCents = (euros: number) => Math.round(euros * 100);

type Row = Record<string, string>;

async function exportOf(paths: string[]): Promise<{ dir: string; descriptor: Record<string, any>; rows: Row[]; csv: string }> {
  const dir = join(tempDir('jaarplan-export-'), 'open-data');
  const r = await runCli(['export', ...paths, '--format', 'datapackage', '--out', dir], root);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  const csv = readFileSync(join(dir, descriptor.resources[0].path), 'utf8');
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Row[];
  return { dir, descriptor, rows, csv };
}

async function totalsOf(paths: string[], by?: string): Promise<any> {
  const r = await runCli(['totals', ...paths, '--format', 'json', ...(by ? ['--by', by] : [])], root);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** The rows' budgeted and spent amounts added up per key, in cents, with the empty cells counted. */
function add(rows: Row[], key: (r: Row) => string) {
  const out = new Map<string, { begroot: number; unknown: number; besteed: number; unknownSpent: number }>();
  for (const r of rows) {
    const k = key(r);
    const g = out.get(k) ?? { begroot: 0, unknown: 0, besteed: 0, unknownSpent: 0 };
    if (r.begroot === '') g.unknown++;
    else g.begroot += cents(r.begroot!);
    if (r.besteed === '') g.unknownSpent++;
    else g.besteed += cents(r.besteed!);
    out.set(k, g);
  }
  return out;
}

const cases = [
  { name: 'the bundled plan', paths: ['plans'] },
  { name: 'the multi-year fixture (2017, 2018, a wijk plan)', paths: ['test/fixtures/opendata'] },
];

describe.each(cases)('export of $name', ({ paths }) => {
  it('is valid against the published Data Package and Fiscal Data Package schemas', async () => {
    const { descriptor } = await exportOf(paths);
    const asData = dataPackage(descriptor);
    expect(dataPackage.errors ?? []).toEqual([]);
    expect(asData).toBe(true);
    const asFiscal = fiscalDataPackage(descriptor);
    expect(fiscalDataPackage.errors ?? []).toEqual([]);
    expect(asFiscal).toBe(true);
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(Object.keys(descriptor.model)).toEqual(['measures', 'dimensions']);
  });

  it('has a Table Schema that is the CSV header, and a model whose sources are its columns', async () => {
    const { descriptor, csv } = await exportOf(paths);
    const fields = descriptor.resources[0].schema.fields.map((f: { name: string }) => f.name);
    expect(csv.split('\r\n')[0]).toBe(fields.join(','));
    expect(fields).toEqual([
      'jaar',
      'gemeente',
      'wijk',
      'onderdeel',
      'activiteit_nr',
      'activiteit',
      'bron',
      'bron_naam',
      'soort_bron',
      'taakveld',
      'taakveld_naam',
      'begroot',
      'besteed',
    ]);
    const { measures, dimensions } = descriptor.model;
    expect(measures.begroot).toMatchObject({ source: 'begroot', currency: 'EUR', phase: 'approved' });
    expect(measures.besteed).toMatchObject({ source: 'besteed', currency: 'EUR', phase: 'executed' });
    for (const d of Object.values(dimensions) as { attributes: Record<string, { source: string }> }[]) {
      for (const a of Object.values(d.attributes)) expect(fields).toContain(a.source);
    }
    expect(dimensions.taakveld).toMatchObject({ dimensionType: 'classification', classificationType: 'functional' });
  });

  it('adds up to the cent to totals --format json, per source and per kind of source, with unknown amounts empty', async () => {
    const { rows } = await exportOf(paths);
    const totals = await totalsOf(paths);
    const all = add(rows, () => 'all').get('all')!;
    expect(all.begroot).toBe(jsonCents(totals.total));
    expect(all.unknown).toBe(totals.unknownLines);
    const perSource = add(rows, (r) => r.bron!);
    for (const s of totals.sources) {
      expect(perSource.get(s.code)?.begroot ?? 0).toBe(jsonCents(s.amount));
      expect(perSource.get(s.code)?.unknown ?? 0).toBe(s.unknownLines);
      if (s.spent) {
        expect(perSource.get(s.code)!.besteed).toBe(jsonCents(s.spent.amount));
        expect(perSource.get(s.code)!.unknownSpent).toBe(s.spent.unknownLines);
      }
    }
    const perSoort = add(rows, (r) => r.soort_bron!);
    for (const s of totals.soorten) expect(perSoort.get(s.soort)?.begroot ?? 0).toBe(jsonCents(s.amount));
    // Never a 0 for an unknown amount: the plans have no budget line of € 0.
    expect(rows.filter((r) => r.begroot === '0' || r.besteed === '0')).toEqual([]);
  });

  it('adds up per taakveld and per year as totals --by does', async () => {
    const { rows } = await exportOf(paths);
    for (const [by, column] of [
      ['taakveld', 'taakveld'],
      ['year', 'jaar'],
      ['wijk', 'wijk'],
    ] as const) {
      const grouped = await totalsOf(paths, by);
      const sums = add(rows, (r) => r[column]!);
      for (const g of grouped.groups) {
        const got = sums.get(g.key ?? '')!;
        expect(got.begroot, `${by} ${g.key}`).toBe(jsonCents(g.amount));
        expect(got.unknown, `${by} ${g.key}`).toBe(g.unknownLines);
      }
      expect(sums.size).toBe(grouped.groups.length);
    }
  });
});

describe('export rows and folders', () => {
  it('writes a row per budget line with every field that places it', async () => {
    const { rows, descriptor } = await exportOf(['test/fixtures/opendata']);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual({
      jaar: '2017',
      gemeente: 'Lindewaard',
      wijk: '',
      onderdeel: 'Activiteiten 2017',
      activiteit_nr: '1',
      activiteit: 'Buurtfeesten',
      bron: 'wijkaanpak',
      bron_naam: 'Wijkaanpak',
      soort_bron: 'eigen',
      taakveld: '6.1',
      taakveld_naam: 'Samenkracht en burgerparticipatie',
      begroot: '12500.50',
      besteed: '11999.95',
    });
    expect(rows[6]).toMatchObject({
      wijk: 'Molenbuurt',
      onderdeel: 'Molenbuurt, samen',
      taakveld: '7.3',
      begroot: '850',
      besteed: '912.40',
    });
    expect(descriptor.fiscalPeriod).toEqual({ start: '2017-01-01', end: '2018-12-31' });
    expect(descriptor.name).toBe('jaarplan-lindewaard-2017-2018');
  });

  it('gives the same files for the same plans', async () => {
    const a = await exportOf(['test/fixtures/opendata']);
    const b = await exportOf(['test/fixtures/opendata']);
    expect(b.csv).toBe(a.csv);
    expect(readFileSync(join(b.dir, 'datapackage.json'), 'utf8')).toBe(readFileSync(join(a.dir, 'datapackage.json'), 'utf8'));
  });

  it('refuses a folder that is not empty, and leaves it as it was (exit 2)', async () => {
    const dir = tempDir('jaarplan-export-');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await runCli(['export', 'plans', '--out', dir, '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exists and is not empty');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('writes into an empty folder, and asks for --out', async () => {
    const dir = tempDir('jaarplan-export-');
    expect((await runCli(['export', 'plans', '--out', dir], root)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['begrotingsregels.csv', 'datapackage.json']);
    const missing = await runCli(['export', 'plans', '--lang', 'en'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  });

  it('refuses plans that cannot be counted and writes nothing (exit 1)', async () => {
    const out = join(tempDir('jaarplan-export-'), 'out');
    const r = await runCli(['export', 'test/fixtures/checks/invalid-amount.yaml', '--out', out], root);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a plan whose budget rules fail, its errors on standard error (exit 1)', async () => {
    const out = join(tempDir('jaarplan-export-'), 'out');
    const r = await runCli(['export', 'test/fixtures/checks/unknown-taakveld.yaml', '--out', out], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unknown-taakveld]');
    expect(existsSync(join(out, 'datapackage.json'))).toBe(true);
  });

  it('fails cleanly when the folder cannot be made (exit 2, nothing written)', async () => {
    const base = tempDir('jaarplan-export-');
    writeFileSync(join(base, 'file'), '');
    const r = await runCli(['export', 'plans', '--out', join(base, 'file', 'sub'), '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jaarplan: Cannot write .*\n$/);
    expect(readdirSync(base)).toEqual(['file']);
  });
});

describe('export of plans with funding, income and reserves (test/fixtures/money)', () => {
  const paths = ['test/fixtures/money'];

  it('is still a valid Fiscal Data Package, with the other side of the budget as a resource of its own', async () => {
    const { descriptor, dir } = await exportOf(paths);
    expect(dataPackage(descriptor), JSON.stringify(dataPackage.errors)).toBe(true);
    expect(fiscalDataPackage(descriptor), JSON.stringify(fiscalDataPackage.errors)).toBe(true);
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(['begrotingsregels.csv', 'financiering-baten-reserves.csv']);
    expect(readdirSync(dir).sort()).toEqual(['begrotingsregels.csv', 'datapackage.json', 'financiering-baten-reserves.csv']);
  });

  it('adds up, per kind of line, to the funding and the per-saldo figures of totals', async () => {
    const { dir } = await exportOf(paths);
    const other = parse(readFileSync(join(dir, 'financiering-baten-reserves.csv'), 'utf8'), { columns: true }) as Row[];
    const signed = (text: string) => (text.startsWith('-') ? -cents(text.slice(1)) : cents(text));
    const sum = (regel: string, column: 'begroot' | 'gerealiseerd') =>
      other.filter((r) => r.regel === regel).reduce((a, r) => a + signed(r[column]!), 0);
    const totals = await totalsOf(paths);
    expect(sum('financiering', 'begroot')).toBe(jsonCents(totals.funding.amount));
    expect(sum('financiering', 'gerealiseerd')).toBe(jsonCents(totals.funding.spent.amount));
    const row = (figure: string) => totals.perSaldo.rows.find((r: { figure: string }) => r.figure === figure);
    expect(sum('baten', 'begroot')).toBe(jsonCents(row('baten').begroting.amount));
    expect(sum('baten', 'gerealiseerd')).toBe(jsonCents(row('baten').rekening.amount));
    expect(sum('onttrekking', 'gerealiseerd')).toBe(jsonCents(row('onttrekkingen').rekening.amount));
    expect(sum('toevoeging', 'gerealiseerd')).toBe(jsonCents(row('toevoegingen').rekening.amount));
    // The bezuiniging is a negative line with its sign.
    expect(other.some((r) => r.begroot === '-10000')).toBe(true);
  });

  it('gives the golden files of the package: every field of the money model where open data holds it', async () => {
    const { dir } = await exportOf(paths);
    for (const file of ['datapackage.json', 'begrotingsregels.csv', 'financiering-baten-reserves.csv']) {
      // The package names the plans' paths, which are the same on every machine (relative to the repository).
      await expect(readFileSync(join(dir, file), 'utf8')).toMatchFileSnapshot(`../golden/export-money-${file}.txt`);
    }
  });

  it('leaves the export of plans without them as it was: one resource', async () => {
    const { descriptor } = await exportOf(['plans']);
    expect(descriptor.resources).toHaveLength(1);
  });
});

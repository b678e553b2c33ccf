// A plan's identity (year, municipality, wijk), drafts, one order of plans, and the share spent
// next to a remainder, through the command line on a realistic set of plans: the made-up
// municipality Beekdal, with a city-wide plan and wijk plans for 2014–2016
// (test/fixtures/identity/plans) and a leftover draft beside the real plan (…/duplicate).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { root } from '../helpers/paths.js';
import { readWorkbook } from '../helpers/readWorkbook.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

const base = join(root, 'test/fixtures/identity');
const inBase = (argv: string[]) => runCli(argv, base);
const json = (r: CliResult) => JSON.parse(r.stdout);

interface JsonFile {
  path: string;
  diagnostics: { code: string; severity: string; message: string; line: number; column: number }[];
}
const codesOf = (r: CliResult) =>
  Object.fromEntries(
    (json(r).files as JsonFile[]).filter((f) => f.diagnostics.length > 0).map((f) => [f.path, f.diagnostics.map((d) => d.code)]),
  );

/** A plans folder of its own, copied from the Beekdal set, in a new working folder. */
const project = () => {
  const dir = tempDir();
  cpSync(join(base, 'plans'), join(dir, 'plans'), { recursive: true });
  return dir;
};

describe('two plans of one year, municipality and wijk', () => {
  it('are an error in validate, on each file, naming the other', async () => {
    const r = await inBase(['validate', 'duplicate', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(codesOf(r)).toEqual({ 'duplicate/2014-concept.yaml': ['duplicate-plan'], 'duplicate/2014.yaml': ['duplicate-plan'] });
    const [concept, real] = (json(r).files as JsonFile[]).filter((f) => f.diagnostics.length > 0);
    expect(concept!.diagnostics[0]).toMatchObject({ severity: 'error', line: 4, column: 11 });
    expect(concept!.diagnostics[0]!.message).toContain('duplicate/2014.yaml is also the 2014 plan of Beekdal (city-wide)');
    expect(real!.diagnostics[0]!.message).toContain('duplicate/2014-concept.yaml is also the 2014 plan of Beekdal (city-wide)');
  });

  it('are refused by totals instead of added up (€ 65.000 for a year of € 45.000)', async () => {
    const r = await inBase(['totals', 'duplicate', '--year', '2014', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('duplicate/2014.yaml is ook het plan van 2014 voor Beekdal (stadsbreed)');
    expect(r.stderr).toContain('duplicate/2014-concept.yaml is ook het plan van 2014 voor Beekdal (stadsbreed)');
    expect(r.stderr).toContain('[duplicate-plan]');
    // The plan of the wijk is not a duplicate, and is not refused.
    expect(r.stderr).not.toContain('2014-binnenstad');
  });

  it('are refused as the plan format page shows', async () => {
    const page = readFileSync(join(root, 'docs/plan-format.md'), 'utf8');
    const command = '$ jaarplan totals test/fixtures/identity/duplicate --year 2014 --lang en\n';
    const at = page.indexOf(command);
    expect(at).toBeGreaterThan(-1);
    // The page shows what is printed, then the exit code on a line of its own.
    const shown = page.slice(at + command.length, page.indexOf('```', at));
    const r = await runCli(['totals', 'test/fixtures/identity/duplicate', '--year', '2014', '--lang', 'en'], root);
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(shown).toContain('[duplicate-plan]');
    expect(`${r.stderr}[exit ${r.code}]\n`).toBe(shown);
  });

  it('are refused by report, for one year and for several', async () => {
    for (const argv of [
      ['report', '--year', '2014', '--plans', 'duplicate'],
      ['report', '--years', '2014-2015', '--plans', 'duplicate', '--format', 'json'],
      ['totals', 'duplicate', '--years', '2014-2015'],
      ['totals', 'duplicate', '--by', 'wijk'],
    ]) {
      const r = await inBase(argv);
      expect([argv, r.code, r.stdout]).toEqual([argv, 1, '']);
      expect(r.stderr).toContain('[duplicate-plan]');
    }
  });

  it('are the same plan however the wijk is capitalised or spaced', async () => {
    const dir = project();
    const wijk = readFileSync(join(dir, 'plans/2016-binnenstad.yaml'), 'utf8');
    writeFileSync(join(dir, 'plans/2016-binnenstad-kopie.yaml'), wijk.replace('wijk: Binnenstad', 'wijk: "  BINNENSTAD"'));
    const r = await runCli(['validate', 'plans', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(codesOf(r)).toMatchObject({
      'plans/2016-binnenstad-kopie.yaml': ['duplicate-plan', 'wijk-spelling'],
      'plans/2016-binnenstad.yaml': ['duplicate-plan'],
    });
  });
});

describe('a wijk written in two Unicode forms', () => {
  // A copy of a plan whose wijk is typed with e and a combining diaeresis (U+0308), beside the plan
  // that has the precomposed ë: the same wijk on screen, and the same plan.
  const twoForms = () => {
    const dir = project();
    const wijk = readFileSync(join(dir, 'plans/2016-binnenstad.yaml'), 'utf8');
    writeFileSync(join(dir, 'plans/2016-binnenstad.yaml'), wijk.replace('wijk: Binnenstad', 'wijk: Po\u00ebtenwijk'));
    writeFileSync(join(dir, 'plans/2016-binnenstad-kopie.yaml'), wijk.replace('wijk: Binnenstad', 'wijk: Poe\u0308tenwijk'));
    return dir;
  };

  it('is one identity: duplicate-plan on both, wijk-spelling on the other form', async () => {
    const r = await runCli(['validate', 'plans', '--format', 'json'], twoForms());
    expect(r.code).toBe(1);
    expect(codesOf(r)).toMatchObject({
      'plans/2016-binnenstad-kopie.yaml': ['duplicate-plan', 'wijk-spelling'],
      'plans/2016-binnenstad.yaml': ['duplicate-plan'],
    });
  });

  it('is refused by totals instead of added twice', async () => {
    const r = await runCli(['totals', 'plans', '--year', '2016', '--format', 'json'], twoForms());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[duplicate-plan]');
  });
});

describe('a source code written in two forms', () => {
  // The Binnenstad plan of 2016 declares `Wijkaanpak` and writes ` WIJKAANPAK` on its lines; the
  // other plans of the year declare `wijkaanpak`.
  const twoForms = () => {
    const dir = project();
    const file = join(dir, 'plans/2016-binnenstad.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('  wijkaanpak: { naam', '  Wijkaanpak: { naam').replaceAll('bron: wijkaanpak', 'bron: " WIJKAANPAK"'));
    return dir;
  };

  it('is one source in totals, not an unknown one', async () => {
    const dir = twoForms();
    const original = json(await runCli(['totals', 'plans', '--year', '2016', '--format', 'json'], project()));
    const r = await runCli(['totals', 'plans', '--year', '2016', '--format', 'json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(json(r).sources).toEqual(original.sources);
    expect(json(r).total).toBe(original.total);
  });

  it('is written as the plan declares it in the budget lines of the CSV', async () => {
    const r = await runCli(['report', 'plans', '--year', '2016', '--format', 'csv'], twoForms());
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(
      'plans/2016-binnenstad.yaml;2016;Beekdal;Binnenstad;Activiteiten;1;Buurtfeest;;Wijkaanpak;Wijkaanpak;eigen;7000,00',
    );
    expect(r.stdout).not.toContain('WIJKAANPAK');
  });

  it("is one row of the workbook's summary, whose formula matches each plan's own form", async () => {
    const dir = twoForms();
    const out = join(dir, 'totalen.xlsx');
    const r = await runCli(['totals', 'plans', '--year', '2016', '--format', 'xlsx', '--out', out], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const book = readWorkbook(readFileSync(out));
    const [, summary] = book.sheets[0]!;
    // One source row: column A holds the codes.
    const rows = Object.entries(summary.cells).filter(
      ([address, c]) => /^A\d+$/.test(address) && typeof c.value === 'string' && c.value.toLowerCase() === 'wijkaanpak',
    );
    expect(rows.map(([, c]) => c.value)).toEqual(['wijkaanpak']);
    const row = rows[0]![0].slice(1);
    const formula = summary.cells[`D${row}`]!.formula!;
    expect(formula).toContain('"Wijkaanpak"');
    const binnenstad = book.sheets.find(([name]) => name.includes('Binnenstad'))![1];
    expect(binnenstad.cells.D2!.value).toBe('Wijkaanpak');
  });
});

describe('a draft beside the real plan (concept: true)', () => {
  it('is allowed by the schema and checked by validate, and is no duplicate', async () => {
    const r = await inBase(['validate', 'plans', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(codesOf(r)).not.toHaveProperty(['plans/2014-concept.yaml']);
    // The third warning: a line of 2016 that spent € 0,50 of € 20.000 without a word (unexplained-deviation).
    expect(json(r).summary).toEqual({ files: 9, errors: 0, warnings: 3 });
  });

  it('is left out of totals and report, with a note', async () => {
    const totals = await inBase(['totals', 'plans', '--year', '2014', '--format', 'json', '--lang', 'en']);
    expect(totals.code).toBe(0);
    expect(totals.stderr).toBe('jaarplan: plans/2014-concept.yaml is a draft (concept: true) and is not counted.\n');
    const t = json(totals);
    expect([t.total, t.declaredTotal, t.plans.map((p: { path: string }) => p.path)]).toEqual([
      45000,
      45000,
      ['plans/2014.yaml', 'plans/2014-binnenstad.yaml'],
    ]);
    const report = await inBase(['report', '--year', '2014', '--plans', 'plans', '--format', 'json']);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('jaarplan: plans/2014-concept.yaml is een concept (concept: true) en telt niet mee.\n');
    expect(json(report).total).toBe(45000);
  });

  it('is still checked by validate: its errors are reported, though totals do not count it', async () => {
    const dir = project();
    const draft = join(dir, 'plans/2014-concept.yaml');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('- bron: provincie', '- bron: provinsie'));
    const validate = await runCli(['validate', 'plans', '--format', 'json'], dir);
    expect(validate.code).toBe(1);
    expect(codesOf(validate)['plans/2014-concept.yaml']).toContain('unknown-source');
    const totals = await runCli(['totals', '--year', '2014', '--format', 'json'], dir);
    expect([totals.code, json(totals).total]).toEqual([0, 45000]);
  });

  it('must be marked true or false', async () => {
    const dir = project();
    const draft = join(dir, 'plans/2014-concept.yaml');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('concept: true', 'concept: ja'));
    const r = await runCli(['validate', 'plans/2014-concept.yaml', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    // Not a boolean: a schema error, and without the marker it is a second plan for 2014.
    expect(codesOf(r)).toEqual({ 'plans/2014-concept.yaml': ['schema', 'duplicate-plan'] });
  });

  it('is left out when it is all there is, and says so', async () => {
    const r = await inBase(['totals', 'plans/2014-concept.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('jaarplan: plans/2014-concept.yaml is een concept (concept: true) en telt niet mee.');
  });
});

describe('validate on some files of the plans folder, as pre-commit runs it', () => {
  it('compares them with the other plans of the folder, and reports only on the files given', async () => {
    const dir = project();
    writeFileSync(join(dir, 'plans/2015-kopie.yaml'), readFileSync(join(dir, 'plans/2015.yaml')));
    const r = await runCli(['validate', 'plans/2015-kopie.yaml', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(json(r).files.map((f: JsonFile) => f.path)).toEqual(['plans/2015-kopie.yaml']);
    expect(codesOf(r)).toEqual({ 'plans/2015-kopie.yaml': ['duplicate-plan'] });
    expect(json(r).files[0].diagnostics[0].message).toContain('plans/2015.yaml is ook het plan van 2015');
  });

  it('warns about a wijk written otherwise than in its latest plan, also from the plans beside it', async () => {
    const r = await inBase(['validate', 'plans/2015-binnenstad.yaml', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'plans/2015-binnenstad.yaml:5:7  warning  Wijk "binnenstad " is written "Binnenstad" in plans/2016-binnenstad.yaml (2016); it is one wijk, shown as "Binnenstad".',
    );
    expect(r.stdout).toContain('5 │ wijk: "binnenstad "');
  });

  it('compares standard input named by --stdin-filename with the plans beside that name', async () => {
    const dir = project();
    let stdout = '';
    const code = await run(['validate', '-', '--stdin-filename', 'plans/2015-kopie.yaml', '--format', 'json'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: dir,
      env: {},
      isTTY: false,
      readStdin: async () => readFileSync(join(dir, 'plans/2015.yaml')),
    });
    const r = { code, stdout, stderr: '' };
    expect(r.code).toBe(1);
    expect(codesOf(r)).toEqual({ 'plans/2015-kopie.yaml': ['duplicate-plan'] });
  });

  it('does not compare files outside the plans folder with their neighbours', async () => {
    const dir = project();
    mkdirSync(join(dir, 'voorbeelden'));
    cpSync(join(dir, 'plans/2015.yaml'), join(dir, 'voorbeelden/2015.yaml'));
    cpSync(join(dir, 'plans/2015.yaml'), join(dir, 'voorbeelden/2015-ook.yaml'));
    const alone = await runCli(['validate', 'voorbeelden/2015.yaml'], dir);
    expect(alone.code).toBe(0);
    // Given together, they are compared with each other.
    const together = await runCli(['validate', 'voorbeelden'], dir);
    expect(together.code).toBe(1);
  });
});

describe('a wijk written in several ways', () => {
  it('is one group, named as its latest plan writes it', async () => {
    const r = await inBase(['totals', 'plans', '--by', 'wijk', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r).groups.map((g: { key: string | null; amount: number }) => [g.key, g.amount])).toEqual([
      [null, 97000],
      ['Binnenstad', 41000],
      ['Havenkwartier', 17000],
    ]);
  });

  it('is one row of years side by side, with its change each year', async () => {
    const r = await inBase(['totals', 'plans', '--years', '2014-2016', '--by', 'wijk', '--format', 'json']);
    const binnenstad = json(r).rows.filter(
      (row: { key: string | null }) => row.key !== null && row.key.trim().toLowerCase() === 'binnenstad',
    );
    expect(binnenstad).toHaveLength(1);
    expect(binnenstad[0].key).toBe('Binnenstad');
    expect(binnenstad[0].years.map((y: { amount: number }) => y.amount)).toEqual([15000, 12000, 14000]);
    expect(binnenstad[0].changes.map((c: { change: number }) => c.change)).toEqual([-3000, 2000]);
  });

  it('is one wijk in the years report', async () => {
    const r = await inBase(['report', '--years', '2014-2016', '--plans', 'plans', '--format', 'json']);
    const byWijk = json(r).comparisons.find((c: { by: string }) => c.by === 'wijk');
    expect(byWijk.rows.map((row: { key: string | null }) => row.key)).toEqual([null, 'Binnenstad', 'Havenkwartier']);
  });
});

describe('one order of plans', () => {
  const csvRows = (r: CliResult) =>
    (parse(r.stdout, { delimiter: ';', bom: true }) as string[][]).slice(1).map((row) => row.slice(0, 7).join('|'));

  it('totals and report list the plans of a year, and their CSV rows, in the same order: city-wide first', async () => {
    const totals = await inBase(['totals', 'plans', '--year', '2015', '--format', 'csv']);
    const report = await inBase(['report', '--year', '2015', '--plans', 'plans', '--format', 'csv']);
    expect(csvRows(totals)).toEqual(csvRows(report));
    expect([...new Set(csvRows(totals).map((row) => row.split('|')[0]))]).toEqual([
      'plans/2015.yaml',
      'plans/2015-binnenstad.yaml',
      'plans/2015-havenkwartier.yaml',
    ]);
    const totalsJson = json(await inBase(['totals', 'plans', '--year', '2015', '--format', 'json']));
    const reportJson = json(await inBase(['report', '--year', '2015', '--plans', 'plans', '--format', 'json']));
    expect(totalsJson.plans).toEqual(reportJson.plans);
    expect(totalsJson.activities).toEqual(reportJson.activities);
  });

  it('is the same for groups, years side by side and the years report: by year, city-wide first, then wijk, then path', async () => {
    const expected = [
      'plans/2014.yaml',
      'plans/2014-binnenstad.yaml',
      'plans/2015.yaml',
      'plans/2015-binnenstad.yaml',
      'plans/2015-havenkwartier.yaml',
      'plans/2016.yaml',
      'plans/2016-binnenstad.yaml',
      'plans/2016-havenkwartier.yaml',
    ];
    const paths = (r: CliResult) => json(r).plans.map((p: { path: string }) => p.path);
    expect(paths(await inBase(['totals', 'plans', '--format', 'json']))).toEqual(expected);
    expect(paths(await inBase(['totals', 'plans', '--by', 'plan', '--format', 'json']))).toEqual(expected);
    expect(paths(await inBase(['totals', 'plans', '--years', '2014-2016', '--format', 'json']))).toEqual(expected);
    const yearsCsv = await inBase(['report', '--years', '2014-2016', '--plans', 'plans', '--format', 'csv']);
    expect([...new Set(csvRows(yearsCsv).map((row) => row.split('|')[0]))]).toEqual(expected);
    const byPlan = json(await inBase(['totals', 'plans', '--by', 'plan', '--format', 'json']));
    expect(byPlan.groups.map((g: { key: string }) => g.key)).toEqual(expected);
  });
});

describe('the share spent next to a remainder', () => {
  it('never reads 100% next to a remainder, nor 0% next to something spent', async () => {
    const r = await inBase(['totals', 'plans/2016.yaml', '--format', 'json']);
    expect(
      json(r).activities.map((a: { titel: string; spent: { remaining: number; percent: number } }) => [
        a.titel,
        a.spent.remaining,
        a.spent.percent,
      ]),
    ).toEqual([
      ['Wijkbudgetten', -0.25, 101],
      ['Groen in de straat', 0.25, 99],
      ['Wijkmonitor', 19999.5, 1],
    ]);
    const table = await inBase(['totals', 'plans/2016.yaml']);
    expect(table.stdout).toMatch(/€ -0,25 │\s+101% │/);
    expect(table.stdout).toMatch(/€ 0,25 │\s+99% │/);
    expect(table.stdout).not.toMatch(/\b100%/);
  });

  it('follows the same rule on each budget line of the report', async () => {
    const r = await inBase(['report', '--year', '2016', '--plans', 'plans', '--format', 'markdown']);
    expect(r.stdout).toContain('€ 10.000,25 besteed \\[101% van € 10.000\\]');
    expect(r.stdout).toContain('€ 4.999,75 besteed \\[99% van € 5.000\\]');
    expect(r.stdout).toContain('€ 0,50 besteed \\[1% van € 20.000\\]');
  });
});

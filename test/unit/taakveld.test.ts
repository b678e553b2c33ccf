// The Iv3 taakveld of an activity: the list it is checked against, how it is read, and where it
// shows (totals --by taakveld, the report, the JSON contract).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  iv3Codes,
  iv3Covers,
  iv3FirstYear,
  iv3Hoofdtaakvelden,
  iv3Versions,
  sortCodes,
  taakveldName,
} from '../../src/core/iv3Taakvelden.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const plan = (taakveld: string, jaar = 2018) =>
  parsePlan(
    new TextEncoder().encode(
      `jaar: ${jaar}\ntitel: Plan\ngemeente: Voorbeeld\nbronnen:\n  wijkaanpak: { naam: Wijkaanpak, soort: eigen }\n` +
        `onderdelen:\n  - titel: A\n    activiteiten:\n      - nr: 1\n        titel: B\n        actiehouders: [C]\n        taakveld: ${taakveld}\n` +
        `        dekking: [{ bron: wijkaanpak, bedrag: 100 }]\n`,
    ),
    `plans/${jaar}.yaml`,
  );

describe('the list of taakvelden', () => {
  it('says per version where it comes from, how it was made and when it was recorded', () => {
    for (const v of iv3Versions) {
      expect(v.source.publication).toMatch(/Regeling vaststelling taakvelden|Iv3 informatievoorschrift/);
      expect(v.source.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(v.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(['transcribed', 'extracted']).toContain(v.source.method);
    }
    expect(iv3FirstYear).toBe(2017);
  });

  it('has well-formed codes, each under a main group, one name per code in a year', () => {
    for (const code of iv3Codes) {
      expect(code).toMatch(/^[0-8]\.\d{1,3}[a-d]?$/);
      expect(Object.keys(iv3Hoofdtaakvelden)).toContain(code.split('.')[0]);
    }
    expect(Object.keys(iv3Hoofdtaakvelden)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(taakveldName('6.1', 2018)).toBe('Samenkracht en burgerparticipatie');
    expect(taakveldName('5.7', 2025)).toBe('Openbaar groen en (openlucht) recreatie');
    expect(taakveldName('0.10', 2023)).toBe('Mutaties reserves');
    expect(taakveldName('0.1', 2017)).toBe('Bestuur');
    expect(taakveldName('6.2', 2018)).toBe('Wijkteams');
    expect(taakveldName('6.2', 2024)).toBe('Toegang en eerstelijnsvoorzieningen');
    // Not on the list of the year: the name it had nearest in time.
    expect(taakveldName('6.2', 2026)).toBe('Toegang en eerstelijnsvoorzieningen');
    expect(taakveldName('6.711', 2020)).toBe('Huishoudelijke hulp (Wmo)');
    expect(taakveldName('toString', 2018)).toBeUndefined();
    for (const v of iv3Versions) expect(new Set(Object.values(v.taakvelden)).size).toBe(Object.keys(v.taakvelden).length);
  });

  it('covers plans from 2017 on', () => {
    expect(iv3Covers(2016)).toBe(false);
    expect(iv3Covers(2017)).toBe(true);
    expect(iv3Covers(2026)).toBe(true);
  });

  it('orders every code as the lists do, a code that left just before its successors', () => {
    const at = (c: string) => iv3Codes.indexOf(c);
    expect(at('6.1')).toBeLessThan(at('6.2'));
    expect(at('6.2')).toBeLessThan(at('6.21'));
    expect(at('6.23')).toBeLessThan(at('6.3'));
    expect(at('6.71')).toBeLessThan(at('6.71a'));
    expect(at('6.71a')).toBeLessThan(at('6.711'));
    expect(at('0.9')).toBeLessThan(at('0.10'));
    expect(at('8.2')).toBeLessThan(at('8.3'));
    // Codes on no list come after, in the order given.
    expect(sortCodes(['9.9', '6.21', '6.9', '0.1', '6.2'])).toEqual(['0.1', '6.2', '6.21', '9.9', '6.9']);
  });
});

describe('reading and checking a taakveld', () => {
  it('reads the code as written, so 0.10 is not 0.1', () => {
    const p = plan('0.10');
    expect(p.plan!.onderdelen[0]!.activiteiten[0]!.taakveld).toBe('0.10');
    expect(p.diagnostics).toEqual([]);
    expect(plan('"6.1"').plan!.onderdelen[0]!.activiteiten[0]!.taakveld).toBe('6.1');
    expect(plan('5.7').diagnostics).toEqual([]);
  });

  it('refuses a code that is not on the list, and one that is no code', () => {
    expect(plan('"6.9"').diagnostics.map((d) => d.code)).toEqual(['unknown-taakveld']);
    expect(plan('"6.71a"').diagnostics.map((d) => d.code)).toEqual(['taakveld-not-in-year']);
    expect(plan('"6.71a"', 2023).diagnostics).toEqual([]);
    expect(plan('6.711', 2025).diagnostics).toEqual([]);
    expect(plan('"6.7a"').diagnostics.map((d) => d.code)).toEqual(['unknown-taakveld']);
    expect(plan('"6.7111"').diagnostics.map((d) => d.code)).toEqual(['schema']);
    expect(plan('"zes"').diagnostics.map((d) => d.code)).toEqual(['schema']);
    expect(plan('[6.1]').diagnostics.map((d) => d.code)).toEqual(['schema']);
  });

  it('says that a taakveld is written with a point, where a comma was used, at its place and in both languages', async () => {
    for (const written of ['"6,1"', '6,1', '"5, 7"']) {
      const [d, ...more] = plan(written).diagnostics;
      expect(more).toEqual([]);
      expect([d!.code, d!.severity, d!.line, d!.args]).toEqual([
        'schema',
        'error',
        12,
        {
          keyword: 'taakveld-format',
          key: 'taakveld',
          value: JSON.stringify(written.replaceAll('"', '')),
          suggestion: written.replace(/[" ]/g, '').replace(',', '.'),
        },
      ]);
    }
    // A comma that gives no code either is not told to become a point.
    expect(plan('"6,1,2"').diagnostics.map((d) => d.args)).toEqual([{ keyword: 'taakveld-format', key: 'taakveld', value: '"6,1,2"' }]);

    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-taakveld-'));
    try {
      const file = join(dir, '2018.yaml');
      writeFileSync(
        file,
        'jaar: 2018\ntitel: Plan\ngemeente: Voorbeeld\nbronnen:\n  wijkaanpak: { naam: Wijkaanpak, soort: eigen }\n' +
          'onderdelen:\n  - titel: A\n    activiteiten:\n      - nr: 1\n        titel: B\n        actiehouders: [C]\n        taakveld: "6,1"\n' +
          '        dekking: [{ bron: wijkaanpak, bedrag: 100 }]\n',
      );
      const nl = await runCli(['validate', file, '--no-color'], root);
      expect(nl.code).toBe(1);
      expect(nl.stdout).toContain(
        ':12:19  fout  Taakveld "6,1" is met een komma geschreven; een taakveld is een code met een punt: schrijf "6.1".  [schema]',
      );
      expect(nl.stdout).not.toMatch(/pattern|must match/);
      const en = await runCli(['validate', file, '--no-color', '--lang', 'en'], root);
      expect(en.stdout).toContain(
        ':12:19  error  Taakveld "6,1" is written with a comma; a taakveld is a code with a point: write "6.1".  [schema]',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(plan('"zes"').diagnostics.map((d) => d.args)).toEqual([{ keyword: 'taakveld-format', key: 'taakveld', value: '"zes"' }]);
  });

  it('does not pass a plan of a year the list does not cover silently', () => {
    const p = plan('"6.1"', 2013);
    expect(p.diagnostics.map((d) => [d.code, d.severity])).toEqual([['taakveld-year-not-covered', 'warning']]);
  });
});

describe('where the taakveld shows', () => {
  const fixtures = root + 'test/fixtures/opendata';

  it('totals --by taakveld: per taakveld in list order with its name, and without one last', async () => {
    const r = await runCli(['totals', fixtures, '--by', 'taakveld', '--format', 'json'], root);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const groups = json.groups.map((g: { key: string | null; naam?: string }) => [g.key, g.naam ?? null]);
    expect(groups).toEqual([
      ['2.1', 'Verkeer en vervoer'],
      ['5.7', 'Openbaar groen en (openlucht) recreatie'],
      ['6.1', 'Samenkracht en burgerparticipatie'],
      ['7.3', 'Afval'],
      [null, null],
    ]);
    // 6.1: € 12.500,50 in 2017 and € 13.000 in 2018.
    const g61 = json.groups.find((g: { key: string }) => g.key === '6.1');
    expect(JSON.stringify(g61)).toContain('25500.5');
  });

  it('totals --by taakveld across a renumbering: each code with its years, and where its series breaks', async () => {
    const folder = root + 'test/fixtures/taakvelden/renumbered';
    const r = await runCli(['totals', folder, '--by', 'taakveld', '--format', 'json'], root);
    expect(r.code).toBe(0);
    const groups = JSON.parse(r.stdout).groups as { key: string; naam: string; jaren: number[]; vernummerd?: unknown; nieuw?: unknown }[];
    expect(groups.map((g) => [g.key, g.naam, g.jaren])).toEqual([
      ['6.1', 'Samenkracht en burgerparticipatie', [2024, 2025]],
      ['6.2', 'Toegang en eerstelijnsvoorzieningen', [2024]],
      ['6.21', 'Toegang en eerstelijnsvoorzieningen Wmo', [2025]],
      ['6.71a', 'Huishoudelijke hulp (Wmo)', [2024]],
      ['6.711', 'Huishoudelijke hulp (Wmo)', [2025]],
    ]);
    expect(groups[0]!.vernummerd).toBeUndefined();
    expect(groups[1]!.vernummerd).toEqual({ jaar: 2025, opvolgers: [{ sinds: 2025, codes: ['6.21', '6.22', '6.23'] }] });
    expect(groups[2]!.nieuw).toEqual({ jaar: 2025, volgtOp: ['6.2'] });
    const table = await runCli(['totals', folder, '--by', 'taakveld'], root);
    expect(table.stdout).toMatch(/6\.2 +│ Toegang en eerstelijnsvoorzieningen +│ 2024 /);
    expect(table.stdout).toContain(
      'De reeks van 6.2 is onderbroken door een vernummering: 6.2 staat vanaf 2025 niet meer op de lijst van taakvelden (sinds 2025 6.21, 6.22 of 6.23).',
    );
    const en = await runCli(['totals', folder, '--by', 'taakveld', '--lang', 'en', '--format', 'markdown'], root);
    expect(en.stdout).toContain(
      'The series of 6.71a is broken by a renumbering: 6.71a is not on the list of taakvelden from 2025 on (since 2025 6.711).',
    );
    // One year only: no series to break.
    const one = await runCli(['totals', folder + '/2025.yaml', '--by', 'taakveld', '--format', 'json'], root);
    expect(JSON.parse(one.stdout).groups.some((g: { vernummerd?: unknown; nieuw?: unknown }) => g.vernummerd ?? g.nieuw)).toBe(false);
  });

  it('totals --by taakveld as a workbook: the years of each code beside its amounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-taakveld-'));
    try {
      const out = join(dir, 'taakvelden.xlsx');
      const r = await runCli(
        ['totals', root + 'test/fixtures/taakvelden/renumbered', '--by', 'taakveld', '--format', 'xlsx', '--out', out],
        root,
      );
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.worksheets.find((ws) => ws.getCell('A1').value === 'taakveld')!;
      expect(sheet.getRow(1).values).toEqual([undefined, 'taakveld', 'Naam', 'Begroot', 'Jaren']);
      const rows = [2, 3, 4].map((n) => [sheet.getCell(`A${n}`).value, sheet.getCell(`D${n}`).value]);
      expect(rows).toEqual([
        ['6.1', '2024–2025'],
        ['6.2', '2024'],
        ['6.21', '2025'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names a taakveld as the list of the plan's year does", async () => {
    const folder = root + 'test/fixtures/taakvelden/renumbered';
    const json = await runCli(['report', '--year', '2024', '--plans', folder, '--format', 'json'], root);
    const activities = JSON.parse(json.stdout).reports[0].plan.onderdelen[0].activiteiten;
    expect(activities[1].taakveld).toEqual({ code: '6.2', naam: 'Toegang en eerstelijnsvoorzieningen' });
  });

  it('the report names the taakveld, in the JSON contract too', async () => {
    const md = await runCli(['report', '--year', '2017', '--plans', fixtures, '--format', 'markdown'], root);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('6.1 Samenkracht en burgerparticipatie');
    const json = await runCli(['report', '--year', '2017', '--plans', fixtures, '--format', 'json'], root);
    const activities = JSON.parse(json.stdout).reports[0].plan.onderdelen[0].activiteiten;
    expect(activities.map((a: { taakveld?: unknown }) => a.taakveld ?? null)).toEqual([
      { code: '6.1', naam: 'Samenkracht en burgerparticipatie' },
      { code: '5.7', naam: 'Openbaar groen en (openlucht) recreatie' },
      null,
    ]);
  });
});

// The Iv3 taakveld of an activity: the list it is checked against, how it is read, and where it
// shows (totals --by taakveld, the report, the JSON contract).
import { describe, expect, it } from 'vitest';
import { iv3Codes, iv3Covers, iv3Hoofdtaakvelden, iv3Source, iv3Taakvelden, taakveldName } from '../src/core/iv3Taakvelden.js';
import { parsePlan } from '../src/load/parsePlan.js';
import { root } from './helpers/paths.js';
import { runCli } from './helpers/runCli.js';

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
  it('says where it comes from, which version and when it was transcribed', () => {
    expect(iv3Source.version).toContain('2017');
    expect(iv3Source.firstYear).toBe(2017);
    expect(iv3Source.transcribed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(iv3Source.source).toMatch(/BBV/);
  });

  it('has well-formed codes, each under a main group, in list order', () => {
    for (const code of iv3Codes) {
      expect(code).toMatch(/^[0-8]\.\d{1,2}$/);
      expect(Object.keys(iv3Hoofdtaakvelden)).toContain(code.split('.')[0]);
    }
    expect(Object.keys(iv3Hoofdtaakvelden)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(taakveldName('6.1')).toBe('Samenkracht en burgerparticipatie');
    expect(taakveldName('5.7')).toBe('Openbaar groen en (openlucht) recreatie');
    expect(taakveldName('0.10')).toBe('Mutaties reserves');
    expect(taakveldName('0.1')).toBe('Bestuur');
    expect(taakveldName('toString')).toBeUndefined();
    expect(new Set(Object.values(iv3Taakvelden)).size).toBe(iv3Codes.length);
  });

  it('covers plans from 2017 on', () => {
    expect(iv3Covers(2016)).toBe(false);
    expect(iv3Covers(2017)).toBe(true);
    expect(iv3Covers(2026)).toBe(true);
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
    expect(plan('"zes"').diagnostics.map((d) => d.code)).toEqual(['schema']);
    expect(plan('[6.1]').diagnostics.map((d) => d.code)).toEqual(['schema']);
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

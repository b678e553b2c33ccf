import { describe, expect, it } from 'vitest';
import { compareYears, delta, parseYearRange } from '../../src/core/compareYears.js';
import { computeTotals } from '../../src/core/computeTotals.js';
import { spending } from '../../src/core/sum.js';
import { groupings, groupTotals } from '../../src/core/groupTotals.js';
import type { Plan } from '../../src/core/plan.js';
import { readPlans } from '../../src/node/readPlans.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { transcript } from '../helpers/transcript.js';

const years = 'test/fixtures/years';
const plans: Plan[] = (await readPlans({ paths: [years], cwd: root })).files.map((f) => f.plan!);
const sum = (known: number, unknownLines = 0, lines = 1) => ({ known, unknownLines, lines });

describe('groupTotals', () => {
  it.each(groupings.filter((by) => by !== 'thema'))('by %s: the groups add up to the total, unknown lines included', (by) => {
    const g = groupTotals(plans, by);
    const t = computeTotals(plans);
    expect(g.total).toEqual(t.total);
    expect(g.groups.reduce((n, x) => n + x.sum.known, 0)).toBe(t.total.known);
    expect(g.groups.reduce((n, x) => n + x.sum.unknownLines, 0)).toBe(t.total.unknownLines);
    expect(g.groups.reduce((n, x) => n + x.sum.lines, 0)).toBe(t.total.lines);
  });

  it('puts the city-wide plans first, then the wijken by name', () => {
    const g = groupTotals(plans, 'wijk');
    expect(g.groups.map((x) => [x.key, x.sum.known, x.sum.unknownLines])).toEqual([
      [null, 11700000, 1],
      ['Molenbuurt', 1900000, 0],
      ['Oosterpoort', 2275000, 0],
    ]);
  });

  it('counts an activity with several themes in each, and in the total once', () => {
    const g = groupTotals(plans, 'thema');
    const fysiek = g.groups.find((x) => x.key === 'fysiek')!;
    // Wijkmonitor (3 lines), speelplein (2), groen (1), energiecoaches (4, one unknown), schouw (2).
    expect(fysiek.sum).toEqual({ known: 7299950, unknownLines: 1, lines: 12 });
    expect(g.groups.map((x) => x.key)).toEqual(['sociaal', 'fysiek', 'economisch', 'veilig']);
    expect(g.total).toEqual(computeTotals(plans).total);
  });

  it('adds spending per group, a line without besteed counting as unknown', () => {
    const [y2014] = groupTotals(plans, 'year').groups;
    expect(y2014).toMatchObject({ key: '2014', sum: sum(5000000, 0, 7), spent: sum(4791550, 0, 7) });
  });
});

describe('compareYears', () => {
  it('gives a column per year, the change each year and the total, across city-wide and wijk plans', () => {
    const y = compareYears(plans, 2014, 2016, 'source');
    expect(y.years).toEqual([2014, 2015, 2016]);
    const wijkaanpak = y.rows.find((r) => r.key === 'wijkaanpak')!;
    expect(wijkaanpak.perYear.map((s) => s.known)).toEqual([3400000, 3675000, 3250000]);
    expect(wijkaanpak.deltas).toEqual([275000, -425000]);
    expect(wijkaanpak.total.known).toBe(10325000);
  });

  it('keeps an unknown change unknown', () => {
    const y = compareYears(plans, 2014, 2016, 'source');
    const dk = y.rows.find((r) => r.key === 'D+K')!;
    expect(dk.perYear).toEqual([sum(0, 0, 0), sum(0, 1, 1), sum(1500000)]);
    expect(dk.deltas).toEqual([null, null]);
    expect(y.total.deltas).toEqual([null, null]);
  });

  it('gives no change against a year without any plan', () => {
    const y = compareYears(plans, 2013, 2014, 'wijk');
    expect(y.missing).toEqual([2013]);
    expect(y.rows.map((r) => r.deltas)).toEqual([[null], [null]]);
  });

  it('reads a range of years', () => {
    expect(parseYearRange('2013-2016')).toEqual({ first: 2013, last: 2016 });
    expect(parseYearRange('2014')).toEqual({ first: 2014, last: 2014 });
    expect(parseYearRange('2016-2013')).toBeNull();
    expect(parseYearRange('13-16')).toBeNull();
    expect(parseYearRange('1900-2100')).toBeNull();
  });

  it('computes changes and spending only from what is known', () => {
    expect(delta(sum(100), sum(250))).toBe(150);
    expect(delta(sum(100, 1, 2), sum(250))).toBeNull();
    expect(spending(sum(1000), sum(990))).toEqual({ remaining: 10, percent: 99 });
    expect(spending(sum(1000), sum(1100))).toEqual({ remaining: -100, percent: 110 });
    expect(spending(sum(1000), sum(0, 1, 1))).toEqual({ remaining: null, percent: null });
    expect(spending(sum(0), sum(0))).toEqual({ remaining: 0, percent: null });
  });
});

describe('golden outputs: groups, years and spending', () => {
  const cases = (['nl', 'en'] as const).flatMap((lang) => [
    { name: `totals-by-source-${lang}`, argv: ['totals', years, '--by', 'source', '--lang', lang] },
    { name: `totals-by-wijk-markdown-${lang}`, argv: ['totals', years, '--by', 'wijk', '--format', 'markdown', '--lang', lang] },
    { name: `totals-by-thema-${lang}`, argv: ['totals', years, '--by', 'thema', '--lang', lang] },
    { name: `totals-by-plan-json-${lang}`, argv: ['totals', years, '--by', 'plan', '--format', 'json', '--lang', lang] },
    { name: `totals-years-${lang}`, argv: ['totals', years, '--years', '2013-2016', '--lang', lang] },
    {
      name: `totals-years-wijk-markdown-${lang}`,
      argv: ['totals', years, '--years', '2014-2016', '--by', 'wijk', '--format', 'markdown', '--lang', lang],
    },
    { name: `totals-years-json-${lang}`, argv: ['totals', years, '--years', '2013-2016', '--format', 'json', '--lang', lang] },
    { name: `totals-besteed-${lang}`, argv: ['totals', years, '--year', '2014', '--lang', lang] },
    { name: `totals-besteed-json-${lang}`, argv: ['totals', `${years}/2014.yaml`, '--format', 'json', '--lang', lang] },
    {
      name: `report-besteed-markdown-${lang}`,
      argv: ['report', '--year', '2014', '--plans', years, '--format', 'markdown', '--lang', lang],
    },
    { name: `report-years-${lang}`, argv: ['report', '--years', '2013-2016', '--plans', years, '--lang', lang] },
    {
      name: `report-years-markdown-${lang}`,
      argv: ['report', '--years', '2014-2016', '--plans', years, '--format', 'markdown', '--lang', lang],
    },
    { name: `report-years-json-${lang}`, argv: ['report', '--years', '2014-2016', '--plans', years, '--format', 'json', '--lang', lang] },
  ]);
  it.each(cases)('$name', async ({ name, argv }) => {
    const r = await runCli(argv, root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe('report --years', () => {
  it('orders plans by year, city-wide first, and sets source, wijk and theme side by side', async () => {
    const r = await runCli(['report', '--years', '2014-2016', '--plans', years, '--format', 'json'], root);
    const json = JSON.parse(r.stdout);
    expect(json.comparisons.map((c: { by: string }) => c.by)).toEqual(['source', 'wijk', 'thema']);
    expect(json.perYear.groups.map((g: { key: string; amount: number }) => [g.key, g.amount])).toEqual([
      ['2014', 50000],
      ['2015', 53750],
      ['2016', 55000],
    ]);
    const wijkaanpak = json.comparisons[0].rows.find((row: { key: string }) => row.key === 'wijkaanpak');
    expect(wijkaanpak.changes).toEqual([
      { year: 2015, change: 2750 },
      { year: 2016, change: -4250 },
    ]);
  });
});

describe('spending in JSON', () => {
  it('is there only when some line gives besteed, so plans without it keep their output', async () => {
    const without = JSON.parse((await runCli(['totals', '--year', '2013', '--format', 'json'], root)).stdout);
    expect(JSON.stringify(without)).not.toContain('spent');
    const withSpent = JSON.parse((await runCli(['totals', `${years}/2014.yaml`, '--format', 'json'], root)).stdout);
    expect(withSpent.spent).toEqual({ amount: 33040.5, unknownLines: 0, remaining: 1959.5, percent: 94 });
    expect(withSpent.sources[1]).toEqual({
      code: 'S+R',
      naam: 'Stad- en Regiocontract',
      soort: 'cofinanciering',
      amount: 10000,
      unknownLines: 0,
      spent: { amount: 10900, unknownLines: 0, remaining: -900, percent: 109 },
    });
  });
});

describe('usage errors', () => {
  const failures = [
    { name: 'totals-years-invalid', argv: ['totals', years, '--years', '2016-2013'] },
    { name: 'totals-years-none', argv: ['totals', years, '--years', '2020-2022'] },
    { name: 'totals-years-and-year', argv: ['totals', years, '--years', '2014-2016', '--year', '2014'] },
    { name: 'totals-by-invalid', argv: ['totals', years, '--by', 'kleur'] },
    { name: 'report-years-none', argv: ['report', '--years', '2020-2022', '--plans', years, '--lang', 'en'] },
    { name: 'report-years-and-year', argv: ['report', '--years', '2014-2016', '--year', '2014', '--plans', years] },
  ];
  it.each(failures)('$name exits 2 with one clear line', async ({ name, argv }) => {
    const r = await runCli(argv, root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

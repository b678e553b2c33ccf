import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareYears } from '../../src/core/compareYears.js';
import { computeTotals } from '../../src/core/computeTotals.js';
import { spending } from '../../src/core/sum.js';
import { groupTotals } from '../../src/core/groupTotals.js';
import { comparePlans, orderPlans } from '../../src/core/orderPlans.js';
import type { Plan } from '../../src/core/plan.js';
import { checkPlan } from '../../src/core/checkPlan.js';
import {
  declaredSource,
  duplicatePlans,
  identityKey,
  identityOf,
  nameKey,
  sourceKey,
  wijkKey,
  wijkSpellings,
  type PlanIdentity,
} from '../../src/core/planIdentity.js';
import { spentPercent } from '../../src/core/spentPercent.js';

const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
const id = (jaar: number, wijk?: string, concept = false, gemeente = 'Beekdal'): PlanIdentity => ({
  jaar,
  gemeente,
  ...(wijk === undefined ? {} : { wijk }),
  concept,
  at,
});

/** A plan with one budget line, for the core functions. */
const plan = (path: string, jaar: number, wijk: string | undefined, bedrag: number): Plan => ({
  path,
  jaar,
  titel: path,
  gemeente: 'Beekdal',
  ...(wijk === undefined ? {} : { wijk }),
  totaalBudget: null,
  programmaBudget: null,
  schaal: 1,
  financiering: [],
  baten: [],
  reserves: [],
  totalen: { begroting: {}, rekening: {}, bronnen: [] },
  bronnen: [{ code: 'wijkaanpak', naam: 'Wijkaanpak', soort: 'eigen', pointer: '/bronnen/wijkaanpak' }],
  onderdelen: [
    {
      titel: 'Activiteiten',
      pointer: '/onderdelen/0',
      activiteiten: [
        { nr: 1, titel: 'A', themas: [], actiehouders: ['X'], pointer: '', dekking: [{ bron: 'wijkaanpak', bedrag, pointer: '' }] },
      ],
    },
  ],
});

describe('a plan identity', () => {
  it('compares names without case, surrounding spaces or runs of spaces', () => {
    expect(nameKey(' Binnenstad ')).toBe(nameKey('binnenstad'));
    expect(nameKey('Oude  Haven')).toBe(nameKey('oude haven'));
    expect(nameKey('Oude Haven')).not.toBe(nameKey('Oudehaven'));
    expect(wijkKey(undefined)).toBeNull();
    expect(identityKey(id(2014, 'Binnenstad'))).toBe(identityKey(id(2014, 'binnenstad ')));
    expect(identityKey(id(2014))).not.toBe(identityKey(id(2014, 'Binnenstad')));
    expect(identityKey(id(2014))).not.toBe(identityKey(id(2015)));
    expect(identityKey(id(2014, undefined, false, 'Beekdal'))).not.toBe(identityKey(id(2014, undefined, false, 'Lindewaard')));
  });

  it('is read from the data, also without a typed plan, and marks drafts', () => {
    const locate = (pointer: string) => ({ ...at, line: pointer === '/wijk' ? 4 : 3 });
    expect(identityOf({ jaar: 2014, gemeente: 'Beekdal', wijk: 'Binnenstad', concept: true }, locate)).toEqual({
      jaar: 2014,
      gemeente: 'Beekdal',
      wijk: 'Binnenstad',
      concept: true,
      at: { ...at, line: 4 },
    });
    expect(identityOf({ jaar: 2014, gemeente: 'Beekdal', concept: 'ja' }, locate)).toMatchObject({ concept: false, at: { line: 3 } });
    for (const data of [null, [], { jaar: '2014', gemeente: 'Beekdal' }, { jaar: 2014 }, { jaar: 2014, gemeente: 'Beekdal', wijk: 3 }]) {
      expect(identityOf(data, locate)).toBeNull();
    }
  });

  it('finds duplicates, leaving drafts out, and names all the others', () => {
    const found = duplicatePlans([
      { path: 'a.yaml', identity: id(2014) },
      { path: 'c.yaml', identity: id(2014, undefined, false, ' beekdal') },
      { path: 'b.yaml', identity: id(2014) },
      { path: 'concept.yaml', identity: id(2014, undefined, true) },
      { path: 'wijk.yaml', identity: id(2014, 'Binnenstad') },
      { path: 'kapot.yaml', identity: null },
    ]);
    expect([...found.keys()].sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(found.get('a.yaml')).toEqual([
      {
        code: 'duplicate-plan',
        severity: 'error',
        pointer: '/gemeente',
        args: { others: ['b.yaml', 'c.yaml'], jaar: 2014, gemeente: 'Beekdal' },
      },
    ]);
  });

  it('names a wijk as its latest plan writes it, and warns the plans that write it otherwise', () => {
    const found = wijkSpellings([
      { path: '2014.yaml', identity: id(2014, 'Binnenstad') },
      { path: '2015.yaml', identity: id(2015, 'binnenstad ') },
      { path: '2016.yaml', identity: id(2016, 'BinnenStad') },
      { path: '2017-concept.yaml', identity: id(2017, 'binnenstad', true) },
      { path: 'haven.yaml', identity: id(2014, 'Haven') },
    ]);
    expect([...found.keys()]).toEqual(['2014.yaml', '2015.yaml', '2017-concept.yaml']);
    expect(found.get('2015.yaml')![0]).toMatchObject({
      code: 'wijk-spelling',
      severity: 'warning',
      pointer: '/wijk',
      args: { wijk: 'binnenstad ', spelling: 'BinnenStad', file: '2016.yaml', jaar: 2016 },
    });
  });
});

describe('a name written in two Unicode forms', () => {
  // `Poëtenwijk` with the precomposed ë (U+00EB), and with e followed by a combining diaeresis
  // (U+0308): the same on screen, different strings.
  const composed = 'Po\u00ebtenwijk';
  const decomposed = 'Poe\u0308tenwijk';

  it('is one name, one wijk and one source', () => {
    expect(composed).not.toBe(decomposed);
    expect(nameKey(decomposed)).toBe(nameKey(composed));
    expect(wijkKey(` ${decomposed.toUpperCase()}`)).toBe(wijkKey(composed));
    expect(identityKey(id(2014, decomposed, false, 'Gemeente Zo\u0308lle'))).toBe(identityKey(id(2014, composed, false, 'gemeente zölle')));
    expect(sourceKey('Rijksbijdrage Ru\u0308ckkehr')).toBe(sourceKey('rijksbijdrage rückkehr'));
    expect(declaredSource([{ code: 'ISV' }, { code: 'wijkaanpak' }], ' isv')).toEqual({ code: 'ISV' });
    expect(declaredSource([{ code: 'ISV' }], 'isv2')).toBeUndefined();
  });

  it('gives duplicate-plan for two plans that differ only so, and wijk-spelling for the other form', () => {
    const files = [
      { path: '2016-poetenwijk.yaml', identity: id(2016, composed) },
      { path: '2016-poetenwijk-kopie.yaml', identity: id(2016, decomposed) },
    ];
    expect([...duplicatePlans(files).keys()].sort()).toEqual(['2016-poetenwijk-kopie.yaml', '2016-poetenwijk.yaml']);
    const spellings = wijkSpellings(files);
    expect([...spellings.keys()]).toEqual(['2016-poetenwijk-kopie.yaml']);
    expect(spellings.get('2016-poetenwijk-kopie.yaml')![0]).toMatchObject({
      code: 'wijk-spelling',
      args: { wijk: decomposed, spelling: composed },
    });
  });

  it('is one source in the totals, the checks and the groups, named as the first plan declares it', () => {
    const a = plan('a.yaml', 2016, 'Noord', 100);
    const b = plan('b.yaml', 2016, 'Zuid', 250);
    b.bronnen = [{ code: 'Wijkaanpak', naam: 'Wijkaanpak', soort: 'eigen', pointer: '/bronnen/Wijkaanpak' }];
    b.onderdelen[0]!.activiteiten[0]!.dekking[0]!.bron = ' WIJKAANPAK';
    const totals = computeTotals([a, b]);
    expect(totals.sources.map((s) => [s.code, s.sum.known])).toEqual([['wijkaanpak', 350]]);
    expect(totals.bySoort.eigen.known).toBe(350);
    expect(checkPlan(b, 'b.yaml').map((f) => f.code)).not.toContain('unknown-source');
    expect(checkPlan(b, 'b.yaml').map((f) => f.code)).not.toContain('unused-source');
    expect(groupTotals([a, b], 'source').groups.map((g) => [g.key, g.sum.known])).toEqual([['wijkaanpak', 350]]);
    // Another code is still another source.
    b.onderdelen[0]!.activiteiten[0]!.dekking[0]!.bron = 'wijkaanpak2';
    expect(checkPlan(b, 'b.yaml').map((f) => f.code)).toContain('unknown-source');
  });
});

describe('one order of plans', () => {
  it('puts a year first, then city-wide, then wijken by name as they are grouped, then paths', () => {
    const plans = [
      { path: 'z.yaml', jaar: 2015 },
      { path: 'b-zeebuurt.yaml', jaar: 2014, wijk: 'Zeebuurt' },
      { path: 'a-binnenstad.yaml', jaar: 2014, wijk: 'binnenstad' },
      { path: 'c-haven.yaml', jaar: 2014, wijk: ' Haven' },
      { path: 'y.yaml', jaar: 2014 },
      { path: 'x.yaml', jaar: 2014 },
    ];
    expect(orderPlans(plans).map((p) => p.path)).toEqual([
      'x.yaml',
      'y.yaml',
      'a-binnenstad.yaml',
      'c-haven.yaml',
      'b-zeebuurt.yaml',
      'z.yaml',
    ]);
    expect(comparePlans(plans[0]!, plans[0]!)).toBe(0);
  });

  it('is the order of the totals, groups and years, whatever order the plans come in', () => {
    const plans = [plan('2014-oost.yaml', 2014, 'Oost', 100), plan('2014.yaml', 2014, undefined, 200)];
    const reversed = [...plans].reverse();
    expect(computeTotals(plans).plans.map((p) => p.path)).toEqual(['2014.yaml', '2014-oost.yaml']);
    expect(computeTotals(plans)).toEqual(computeTotals(reversed));
    expect(groupTotals(plans, 'plan').groups.map((g) => g.key)).toEqual(['2014.yaml', '2014-oost.yaml']);
    expect(compareYears(plans, 2014, 2014, 'plan').plans.map((p) => p.path)).toEqual(['2014.yaml', '2014-oost.yaml']);
  });
});

describe('wijken grouped by their key', () => {
  const plans = [
    plan('2014-bs.yaml', 2014, 'Binnenstad', 100),
    plan('2015-bs.yaml', 2015, 'binnenstad ', 200),
    plan('2015.yaml', 2015, undefined, 400),
  ];

  it('is one group, named as the latest plan writes it', () => {
    expect(groupTotals(plans, 'wijk').groups.map((g) => [g.key, g.sum.known])).toEqual([
      [null, 400],
      ['binnenstad ', 300],
    ]);
  });

  it('is one row of years side by side, named as the latest year writes it', () => {
    const y = compareYears(plans, 2014, 2015, 'wijk');
    expect(y.rows.map((r) => [r.key, r.perYear.map((s) => s.known), r.deltas])).toEqual([
      [null, [0, 400], [400]],
      ['binnenstad ', [100, 200], [100]],
    ]);
  });
});

describe('the share spent', () => {
  it('rounds to a whole percent, but reads 100% only when all was spent and 0% only when nothing was', () => {
    expect(spentPercent(1_000_000, 1_000_025)).toBe(101);
    expect(spentPercent(500_000, 499_975)).toBe(99);
    expect(spentPercent(2_000_000, 50)).toBe(1);
    expect(spentPercent(1000, 1000)).toBe(100);
    expect(spentPercent(1000, 0)).toBe(0);
    expect(spentPercent(1000, 994)).toBe(99);
    expect(spentPercent(1000, 1015)).toBe(102);
    expect(spentPercent(1000, 4)).toBe(1);
    expect(spentPercent(1000, 5)).toBe(1);
    expect(spentPercent(1000, 125)).toBe(13);
    expect(spentPercent(0, 0)).toBeNull();
  });

  it('is what spending gives next to the remainder', () => {
    const sum = (known: number) => ({ known, unknownLines: 0, lines: 1 });
    expect(spending(sum(1_000_000), sum(1_000_025))).toEqual({ remaining: -25, percent: 101 });
    expect(spending(sum(1_000_000), sum(999_975))).toEqual({ remaining: 25, percent: 99 });
  });
});

describe('the key of a name written in plain ASCII', () => {
  // The general rule: NFC, trimmed, runs of white space as one space, lower case as in Dutch.
  const general = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

  it('is what the general rule gives, for any text of ASCII characters and white space', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' \t\nABCIJKXYZabcijxyz019+-_./&'.split('')), maxLength: 20 });
    fc.assert(fc.property(ascii, (name) => nameKey(name) === general(name)));
    expect(nameKey('S+R')).toBe('s+r');
    expect(nameKey('IJsselmonde')).toBe('ijsselmonde');
    expect(nameKey(' Oude  Haven')).toBe('oude haven');
  });
});

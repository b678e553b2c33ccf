import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/core/computeTotals.js';
import type { Activity, BudgetLine, Plan } from '../../src/core/plan.js';

let pointer = 0;
const line = (bron: string, bedrag: number | null): BudgetLine => ({ bron, bedrag, pointer: `/l${pointer++}` });
const activity = (nr: number, dekking: BudgetLine[]): Activity => ({
  nr,
  titel: `Activiteit ${nr}`,
  themas: [],
  actiehouders: ['Wijkmanager'],
  dekking,
  pointer: `/a${nr}`,
});
const plan = (overrides: Partial<Plan> = {}): Plan => ({
  path: 'plan.yaml',
  jaar: 2014,
  titel: 'Plan',
  gemeente: 'Voorbeeld',
  totaalBudget: null,
  programmaBudget: null,
  schaal: 1,
  financiering: [],
  baten: [],
  reserves: [],
  totalen: { begroting: {}, rekening: {}, bronnen: [] },
  bronnen: [
    { code: 'wijkaanpak', naam: 'Wijkaanpak', soort: 'eigen', pointer: '/bronnen/wijkaanpak' },
    { code: 'S+R', naam: 'Stad- en Regiocontract', soort: 'cofinanciering', pointer: '/bronnen/S+R' },
  ],
  onderdelen: [
    { titel: 'A', pointer: '/o0', activiteiten: [activity(1, [line('wijkaanpak', 1005), line('S+R', null)])] },
    { titel: 'B', pointer: '/o1', activiteiten: [activity(2, [line('S+R', 2995)]), activity(3, [])] },
  ],
  ...overrides,
});

describe('computeTotals', () => {
  it('adds cents per source, soort, section and activity, counting unknown lines apart', () => {
    const t = computeTotals([plan()]);
    expect(t.sources.map((s) => [s.code, s.sum])).toEqual([
      ['wijkaanpak', { known: 1005, unknownLines: 0, lines: 1 }],
      ['S+R', { known: 2995, unknownLines: 1, lines: 2 }],
    ]);
    expect(t.bySoort).toEqual({
      eigen: { known: 1005, unknownLines: 0, lines: 1 },
      cofinanciering: { known: 2995, unknownLines: 1, lines: 2 },
    });
    expect(t.sections.map((s) => [s.titel, s.sum.known, s.sum.unknownLines])).toEqual([
      ['A', 1005, 1],
      ['B', 2995, 0],
    ]);
    expect(t.activities.map((a) => [a.nr, a.sum.known, a.sum.lines])).toEqual([
      [1, 1005, 2],
      [2, 2995, 1],
      [3, 0, 0],
    ]);
    expect(t.total).toEqual({ known: 4000, unknownLines: 1, lines: 3 });
    expect(t.declaredTotal).toBeNull();
    expect(t.difference).toBeNull();
  });

  it('gives the difference between the declared total and the known amounts', () => {
    const t = computeTotals([plan({ totaalBudget: 6000 })]);
    expect([t.declaredTotal, t.difference]).toEqual([6000, 2000]);
    const over = computeTotals([plan({ totaalBudget: 3000 })]);
    expect(over.difference).toBe(-1000);
  });

  it('sums declared totals over several plans, against the plans that declare one', () => {
    const t = computeTotals([plan({ totaalBudget: 5000, path: 'a.yaml' }), plan({ path: 'b.yaml' })]);
    expect(t.total.known).toBe(8000);
    expect(t.declaredTotal).toBe(5000);
    expect(t.declaredPlans).toBe(1);
    expect(t.difference).toBe(1000);
    expect(t.sources).toHaveLength(2);
  });

  it('stays exact where floats would not: ten times € 0,10 is € 1', () => {
    const lines = Array.from({ length: 10 }, () => line('wijkaanpak', 10));
    const t = computeTotals([plan({ onderdelen: [{ titel: 'A', pointer: '/o', activiteiten: [activity(1, lines)] }] })]);
    expect(t.total.known).toBe(100);
  });
});

// The money model of real budgets in core: the one sign of a difference and its V or N, the
// per-saldo view, funding against division, a scale per plan, negative lines, the programme budget,
// and how co-funding relates to income (baten).
import { describe, expect, it } from 'vitest';
import { parseSignedAmount } from '../../src/core/amount.js';
import { computeTotals } from '../../src/core/computeTotals.js';
import { perSaldo } from '../../src/core/perSaldo.js';
import type { Plan } from '../../src/core/plan.js';
import { sumOf, verschilOf, verschilOfCents } from '../../src/core/sum.js';
import { parsePlan } from '../../src/load/parsePlan.js';

const read = (text: string, path = 'plans/2024.yaml'): Plan => {
  const checked = parsePlan(new TextEncoder().encode(text), path);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return checked.plan!;
};

const head = (extra = '') => `jaar: 2024
titel: Plan
gemeente: Beekdal
${extra}bronnen:
  gemeente: { naam: Gemeente Beekdal, soort: eigen }
  corporatie: { naam: Woonstichting, soort: cofinanciering }
`;
const activity = (lines: string) => `onderdelen:
  - titel: Activiteiten
    activiteiten:
      - nr: 1
        titel: Buurtfeest
        actiehouders: [Wijkmanager]
        dekking:
${lines}`;

describe('the one sign of a difference: begroting minus rekening, with V or N', () => {
  it('is V for less cost and N for more, and the other way round for income, saldo and result', () => {
    expect(verschilOfCents('lasten', 500)).toEqual({ amount: 500, direction: 'V' });
    expect(verschilOfCents('lasten', -500)).toEqual({ amount: -500, direction: 'N' });
    expect(verschilOfCents('toevoegingen', 500).direction).toBe('V');
    for (const kind of ['baten', 'onttrekkingen', 'saldo', 'resultaat'] as const) {
      expect(verschilOfCents(kind, -500).direction, kind).toBe('V');
      expect(verschilOfCents(kind, 500).direction, kind).toBe('N');
    }
    expect(verschilOfCents('saldo', 0)).toEqual({ amount: 0, direction: null });
  });

  it('is unknown when either side has a line without an amount', () => {
    expect(verschilOf('lasten', sumOf([100, null]), sumOf([90]))).toBeNull();
    expect(verschilOf('lasten', sumOf([100]), sumOf([90]))).toEqual({ amount: 10, direction: 'V' });
  });
});

describe('per saldo', () => {
  // The city account of Utrecht 2020 in thousands (test/fixtures/real/01-…): lasten 19.226 / 18.549,
  // baten 0 / 191, onttrekking 125 / 125; the council's verschil per saldo is 868 voordelig.
  const plan = read(`${head('schaal: 1000\n')}baten:
  - { omschrijving: Niet begrote vergoedingen, bedrag: 0, realisatie: 191 }
reserves:
  - { omschrijving: Onttrekking reserves, mutatie: onttrekking, bedrag: 125, realisatie: 125 }
${activity('          - { bron: gemeente, bedrag: 19226, besteed: 18549 }\n')}`);

  it('gives lasten, baten, saldo, reserves and result, and the verschil with V/N of each', () => {
    const p = perSaldo([plan]);
    const thousand = 100_000;
    expect(p.begroting.saldo.known).toBe(-19_226 * thousand);
    expect(p.rekening.saldo.known).toBe(-18_358 * thousand);
    expect(p.rekening.resultaat.known).toBe(-18_233 * thousand);
    expect(p.verschil.lasten).toEqual({ amount: 677 * thousand, direction: 'V' });
    expect(p.verschil.baten).toEqual({ amount: -191 * thousand, direction: 'V' });
    expect(p.verschil.saldo).toEqual({ amount: -868 * thousand, direction: 'V' });
    expect(p.verschil.onttrekkingen).toEqual({ amount: 0, direction: null });
    expect(p.hasRekening).toBe(true);
  });

  it('is only in the totals of plans with income or reserves, so other plans read as before', () => {
    expect(computeTotals([plan]).perSaldo).not.toBeNull();
    const plain = read(`${head()}${activity('          - { bron: gemeente, bedrag: 5000 }\n')}`);
    expect(computeTotals([plain]).perSaldo).toBeNull();
  });
});

describe('co-funding and income', () => {
  // Co-funding in the funding table says who pays for the lasten; when the municipality receives
  // that money, the same money is also income in the per-saldo view. Neither is derived from the
  // other: each is what the document writes.
  const plan = read(`${head()}financiering:
  - { bron: gemeente, bedrag: 7000 }
  - { bron: corporatie, bedrag: 3000 }
baten:
  - { omschrijving: Bijdrage Woonstichting, bron: corporatie, bedrag: 3000, realisatie: 2500 }
${activity('          - { bedrag: 10000 }\n')}`);

  it('counts a source’s funding in the figures per source, and its income only as baten', () => {
    const totals = computeTotals([plan]);
    expect(totals.sources.map((s) => [s.code, s.sum.known])).toEqual([
      ['gemeente', 700_000],
      ['corporatie', 300_000],
    ]);
    expect(totals.bySoort.cofinanciering.known).toBe(300_000);
    expect(totals.perSaldo!.begroting.baten.known).toBe(300_000);
    expect(totals.perSaldo!.begroting.saldo.known).toBe(-700_000);
  });

  it('leaves the figures per source alone when income is added', () => {
    const without = read(`${head()}financiering:
  - { bron: gemeente, bedrag: 7000 }
  - { bron: corporatie, bedrag: 3000 }
${activity('          - { bedrag: 10000 }\n')}`);
    expect(computeTotals([plan]).sources).toEqual(computeTotals([without]).sources);
  });
});

describe('funding against division', () => {
  it('reconciles in all and per source that the division names', () => {
    const plan = read(`${head('totaal_budget: 10000\n')}financiering:
  - { bron: gemeente, bedrag: 7000 }
  - { bron: corporatie, bedrag: 3000 }
${activity('          - { bron: corporatie, bedrag: 3500 }\n          - { bedrag: 6000 }\n')}`);
    const [balance] = computeTotals([plan]).balances;
    expect(balance!.difference).toBe(50_000);
    expect(balance!.perSource).toEqual([
      { code: 'corporatie', funding: sumOf([300_000]), division: sumOf([350_000]), difference: -50_000 },
    ]);
    expect(computeTotals([plan]).sourceSide).toBe('financiering');
  });
});

describe('a scale per plan', () => {
  it('reads 1250 in a plan in thousands as € 1.250.000, and in millions as € 1.250.000.000', () => {
    const thousands = read(`${head('schaal: 1000\n')}${activity('          - { bron: gemeente, bedrag: 1250 }\n')}`);
    expect(thousands.onderdelen[0]!.activiteiten[0]!.dekking[0]!.bedrag).toBe(125_000_000);
    const millions = read(`${head('schaal: 1000000\n')}${activity('          - { bron: gemeente, bedrag: "1,25" }\n')}`);
    expect(millions.onderdelen[0]!.activiteiten[0]!.dekking[0]!.bedrag).toBe(125_000_000);
  });

  it('keeps the thousands trap: an unquoted 1.250 is still refused', () => {
    const checked = parsePlan(
      new TextEncoder().encode(`${head('schaal: 1000\n')}${activity('          - { bron: gemeente, bedrag: 1.250 }\n')}`),
      'plans/2024.yaml',
    );
    expect(checked.diagnostics.map((d) => d.code)).toContain('ambiguous-amount');
  });
});

describe('negative amounts', () => {
  it('are read with their sign in every notation', () => {
    expect(parseSignedAmount(-250, '-250')).toEqual({ ok: true, cents: -25_000 });
    expect(parseSignedAmount('€ -1.250,50')).toEqual({ ok: true, cents: -125_050 });
    expect(parseSignedAmount('-€ 24,-')).toEqual({ ok: true, cents: -2_400 });
    expect(parseSignedAmount(250, '250')).toEqual({ ok: true, cents: 25_000 });
  });

  it('count with their sign on a line with an aard, and are refused on a line without', () => {
    const plan = read(
      `${head()}${activity('          - { bron: gemeente, bedrag: 5000 }\n          - { bron: gemeente, bedrag: -1000, aard: bezuiniging }\n')}`,
    );
    expect(computeTotals([plan]).total.known).toBe(400_000);
    const refused = parsePlan(
      new TextEncoder().encode(`${head()}${activity('          - { bron: gemeente, bedrag: -1000 }\n')}`),
      'plans/2024.yaml',
    );
    expect(refused.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, (d.args as { reason?: string }).reason])).toEqual([
      ['invalid-amount', 'negative'],
    ]);
  });
});

describe('the programme budget', () => {
  it('is reconciled over the city-wide plan and its wijk plans, with no false "niet toegewezen"', () => {
    const city = read(`${head('programma_budget: 10000\n')}${activity('          - { bron: gemeente, bedrag: 6000 }\n')}`);
    const noord = read(`${head('wijk: Noord\n')}${activity('          - { bron: gemeente, bedrag: 4000 }\n')}`, 'plans/2024-noord.yaml');
    const totals = computeTotals([city, noord]);
    expect(totals.programmes).toEqual([
      {
        plan: 'plans/2024.yaml',
        gemeente: 'Beekdal',
        jaar: 2024,
        budget: 1_000_000,
        division: sumOf([600_000, 400_000]),
        plans: 2,
        difference: 0,
      },
    ]);
    // The programme budget is no declared total of the city-wide plan alone.
    expect(totals.declaredTotal).toBeNull();
    expect(totals.difference).toBeNull();
  });
});

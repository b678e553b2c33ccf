import type { Plan } from './plan.js';
import { activitiesOf } from './plan.js';
import { addAmount, emptySum, minusSum, sumOfSums, verschilOf, type FigureKind, type Sum, type Verschil } from './sum.js';

// The plans as a council reads them: costs (lasten), income (baten), their saldo, the movements of
// reserves and the result, in the budget (begroting) and in the account (rekening), and the
// difference of each as begroting minus rekening with V or N.

/** The figures of one side (the budget or the account). */
export type SaldoFigures = Record<FigureKind, Sum>;

/** The rows of the per-saldo view, in the order a council document has them. */
export const saldoRows: readonly FigureKind[] = ['lasten', 'baten', 'saldo', 'toevoegingen', 'onttrekkingen', 'resultaat'];

/** The plans per saldo. */
export interface PerSaldo {
  /** The budget: lasten from the activities' `bedrag`, baten and reserves from their `bedrag`. */
  begroting: SaldoFigures;
  /** The account: lasten from `besteed`, baten and reserves from `realisatie` (a line without it is unknown). */
  rekening: SaldoFigures;
  /** Whether any line gives an account figure: only then are the account and the difference shown. */
  hasRekening: boolean;
  /** Begroting minus rekening per row, with V or N; null where either side has unknown lines. */
  verschil: Record<FigureKind, Verschil | null>;
}

/** Whether the plans have anything of a per-saldo view: income or reserve movements. */
export function hasPerSaldo(plans: readonly Plan[]): boolean {
  return plans.some((p) => p.baten.length > 0 || p.reserves.length > 0);
}

/**
 * The plans per saldo. The saldo is baten minus lasten (a deficit is negative), the result the saldo
 * plus withdrawals minus additions, as in the BBV's overview of income and costs.
 */
export function perSaldo(plans: readonly Plan[]): PerSaldo {
  const side = () => ({ lasten: emptySum(), baten: emptySum(), toevoegingen: emptySum(), onttrekkingen: emptySum() });
  const begroot = side();
  const rekening = side();
  let hasRekening = false;
  for (const plan of plans) {
    for (const { activity } of activitiesOf(plan)) {
      for (const line of activity.dekking) {
        addAmount(begroot.lasten, line.bedrag);
        addAmount(rekening.lasten, line.besteed ?? null);
        hasRekening ||= line.besteed !== undefined;
      }
    }
    for (const line of plan.baten) {
      addAmount(begroot.baten, line.bedrag);
      addAmount(rekening.baten, line.realisatie ?? null);
      hasRekening ||= line.realisatie !== undefined;
    }
    for (const line of plan.reserves) {
      const key = line.mutatie === 'toevoeging' ? 'toevoegingen' : 'onttrekkingen';
      addAmount(begroot[key], line.bedrag);
      addAmount(rekening[key], line.realisatie ?? null);
      hasRekening ||= line.realisatie !== undefined;
    }
  }
  const figures = (s: ReturnType<typeof side>): SaldoFigures => {
    const saldo = minusSum(s.baten, s.lasten);
    return { ...s, saldo, resultaat: minusSum(sumOfSums([saldo, s.onttrekkingen]), s.toevoegingen) };
  };
  const b = figures(begroot);
  const r = figures(rekening);
  const verschil = Object.fromEntries(saldoRows.map((row) => [row, verschilOf(row, b[row], r[row])])) as Record<
    FigureKind,
    Verschil | null
  >;
  return { begroting: b, rekening: r, hasRekening, verschil };
}

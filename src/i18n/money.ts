import type { Lang } from './lang.js';
import type { SourceSide } from '../core/computeTotals.js';
import type { Direction, FigureKind } from '../core/sum.js';

/** The words of the money model: the sides of a budget, the per-saldo view, V and N. */
export interface MoneyWords {
  /** A difference's direction, after the amount: V/N in Dutch, words in English. */
  direction: Record<Direction, string>;
  /** The column header of V/N. */
  directionHead: string;
  /** The rows of the per-saldo view. */
  figure: Record<FigureKind, string>;
  titles: { perSaldo: string; balance: string; programmes: string };
  heads: {
    begroting: string;
    rekening: string;
    verschil: string;
    funding: string;
    division: string;
    declared: string;
    budget: string;
    plans: string;
  };
  /** The title of the table per source, by the side its figures come from. */
  perSourceFrom: Record<SourceSide, string>;
  /** A difference of funding and division: balanced, or which side has more. */
  balance: (difference: number | null, money: (cents: number) => string) => string;
  /** The rows of the totals table for the funding. */
  fundingTotal: string;
  /** The name of the division's lines without a source. */
  divisionOnly: string;
  /** The CSV column that says what a line is, and its values; only in CSV of plans that have more than division lines. */
  lineKind: { head: string; verdeling: string; financiering: string; baten: string; toevoeging: string; onttrekking: string };
}

export const moneyWords: Record<Lang, MoneyWords> = {
  nl: {
    direction: { V: 'V', N: 'N' },
    directionHead: 'V/N',
    figure: {
      lasten: 'Lasten',
      baten: 'Baten',
      saldo: 'Saldo van baten en lasten',
      toevoegingen: 'Toevoegingen aan reserves',
      onttrekkingen: 'Onttrekkingen uit reserves',
      resultaat: 'Resultaat',
    },
    titles: { perSaldo: 'Per saldo', balance: 'Financiering en verdeling', programmes: 'Programmabudget' },
    heads: {
      begroting: 'Begroting',
      rekening: 'Rekening',
      verschil: 'Verschil',
      funding: 'Financiering',
      division: 'Verdeling',
      declared: 'Totaal budget',
      budget: 'Programmabudget',
      plans: 'Plannen',
    },
    perSourceFrom: {
      verdeling: 'Per bron',
      financiering: 'Per bron (uit de financiering)',
      beide: 'Per bron (uit de financiering, of de regels waar een plan er geen heeft)',
    },
    balance: (d, money) =>
      d === null
        ? 'onbekend'
        : d === 0
          ? 'sluitend'
          : d > 0
            ? `${money(d)} meer financiering dan verdeeld`
            : `${money(-d)} meer verdeeld dan gefinancierd`,
    fundingTotal: 'Financiering',
    divisionOnly: '(verdeling)',
    lineKind: {
      head: 'Regel',
      verdeling: 'lasten',
      financiering: 'financiering',
      baten: 'baten',
      toevoeging: 'toevoeging reserve',
      onttrekking: 'onttrekking reserve',
    },
  },
  en: {
    direction: { V: 'favourable', N: 'adverse' },
    directionHead: 'F/A',
    figure: {
      lasten: 'Costs (lasten)',
      baten: 'Income (baten)',
      saldo: 'Saldo of income and costs',
      toevoegingen: 'Additions to reserves',
      onttrekkingen: 'Withdrawals from reserves',
      resultaat: 'Result',
    },
    titles: { perSaldo: 'Per saldo', balance: 'Funding and division', programmes: 'Programme budget' },
    heads: {
      begroting: 'Budget',
      rekening: 'Account',
      verschil: 'Difference',
      funding: 'Funding',
      division: 'Division',
      declared: 'Total budget',
      budget: 'Programme budget',
      plans: 'Plans',
    },
    perSourceFrom: {
      verdeling: 'By source',
      financiering: 'By source (from the funding)',
      beide: 'By source (from the funding, or the lines where a plan has none)',
    },
    balance: (d, money) =>
      d === null
        ? 'unknown'
        : d === 0
          ? 'balanced'
          : d > 0
            ? `${money(d)} more funded than divided`
            : `${money(-d)} more divided than funded`,
    fundingTotal: 'Funding',
    divisionOnly: '(division)',
    lineKind: {
      head: 'Line',
      verdeling: 'costs',
      financiering: 'funding',
      baten: 'income',
      toevoeging: 'addition to reserve',
      onttrekking: 'withdrawal from reserve',
    },
  },
};

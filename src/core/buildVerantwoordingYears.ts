import { buildVerantwoording, targetMet, type Verantwoording, type Light, type Money } from './buildVerantwoording.js';
import type { Plan } from './plan.js';
import { DEFAULT_DEVIATION, type DeviationThreshold } from './sum.js';

// The account over several years: each year's money and assessments side by side, and the results
// of the indicators that repeat (the same municipality, wijk and indicator name in two years or more),
// so a council sees where a baseline went year by year.

/** An indicator's values in one year. */
export interface IndicatorYear {
  nulmeting?: number;
  streefwaarde?: number;
  realisatie?: number;
  met: boolean | null;
}

/** One indicator across the years. */
export interface IndicatorSeries {
  gemeente: string;
  /** The wijk; absent for the city-wide plans. */
  wijk?: string;
  /** The activity's title in the last year that has the indicator. */
  activiteit: string;
  naam: string;
  eenheid?: string;
  /** Per year of the range, null when that year does not measure it. */
  perYear: (IndicatorYear | null)[];
}

/** The account of a range of years. */
export interface VerantwoordingYears {
  first: number;
  last: number;
  /** The years, ascending and without gaps. */
  years: number[];
  threshold: DeviationThreshold;
  /** Each year's account (null for a year without plans). */
  accounts: (Verantwoording | null)[];
  /** Each year's money (all its plans) and assessments; null for a year without plans. */
  perYear: (({ counts: Record<Light, number> } & Money) | null)[];
  /** The indicators that appear in two years or more, by municipality, wijk and name. */
  series: IndicatorSeries[];
}

/** Builds the account of `first` to `last` from the plans of those years. */
export function buildVerantwoordingYears(
  plans: Plan[],
  first: number,
  last: number,
  threshold: DeviationThreshold = DEFAULT_DEVIATION,
): VerantwoordingYears {
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const accounts = years.map((year) => {
    const ofYear = plans.filter((p) => p.jaar === year);
    return ofYear.length === 0 ? null : buildVerantwoording(year, ofYear, threshold);
  });
  const series = new Map<string, IndicatorSeries>();
  accounts.forEach((account, y) => {
    for (const p of account?.plans ?? []) {
      for (const section of p.plan.onderdelen) {
        for (const a of section.activiteiten) {
          for (const i of a.indicatoren ?? []) {
            const key = JSON.stringify([p.plan.gemeente, p.plan.wijk ?? null, i.naam]);
            let s = series.get(key);
            if (!s) {
              s = {
                gemeente: p.plan.gemeente,
                ...(p.plan.wijk === undefined ? {} : { wijk: p.plan.wijk }),
                activiteit: a.titel,
                naam: i.naam,
                perYear: years.map(() => null),
              };
              series.set(key, s);
            }
            s.activiteit = a.titel;
            if (i.eenheid !== undefined) s.eenheid = i.eenheid;
            s.perYear[y] = {
              ...(i.nulmeting === undefined ? {} : { nulmeting: i.nulmeting }),
              ...(i.streefwaarde === undefined ? {} : { streefwaarde: i.streefwaarde }),
              ...(i.realisatie === undefined ? {} : { realisatie: i.realisatie }),
              met: targetMet(i),
            };
          }
        }
      }
    }
  });
  return {
    first,
    last,
    years,
    threshold,
    accounts,
    perYear: accounts.map((a) => (a === null ? null : { counts: a.counts, budget: a.budget, spent: a.spent, deviation: a.deviation })),
    series: [...series.values()].filter((s) => s.perYear.filter((v) => v !== null).length >= 2),
  };
}

import { centsToEuros } from '../../core/amount.js';
import { spendingDirection, type Direction } from '../../core/sum.js';
import type { Account, Light, LightReason, Money } from '../../core/buildAccount.js';
import type { Soort, ActivityStatus } from '../../core/plan.js';
import { jsonSum, toPerSaldoJson, type JsonPerSaldo, type JsonSum } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';
import { indicatorJson, type JsonIndicator } from '../jsonContract.js';

// `jaarplan verantwoording --format json`: a public contract, documented in docs/json.md.

/** Money against its budget in JSON. */
export interface JsonMoney {
  /** The budget (`bedrag`), as in `totals`. */
  budget: JsonSum;
  /** What was spent (`besteed`), as in `totals`. */
  spent: JsonSum;
  /**
   * Budget minus spent (begroting minus rekening) in euros, the one sign of every difference:
   * positive is underspent (favourable), negative overspent. Null when either has unknown lines.
   * (Before contract 2.0.0 this was spent minus budget.)
   */
  difference: number | null;
  /** `V` (voordelig, favourable: less spent than budgeted) or `N` (nadelig, adverse); null when the difference is 0 or null. */
  richting: Direction | null;
  /** The difference as a percentage of the budget, one decimal; null when `difference` is, or the budget is zero. */
  differencePercent: number | null;
  /** Whether the difference is beyond the threshold (more than its percentage and its amount). */
  beyondThreshold: boolean;
}

/** One activity's account in JSON. */
export interface JsonAccountActivity extends JsonMoney {
  onderdeel: string;
  nr: number;
  titel: string;
  /** What it was to achieve: the plan's description, or null. */
  doel: string | null;
  status: ActivityStatus | null;
  /** `groen`, `oranje` or `rood`, by the documented rules. */
  beoordeling: Light;
  /** Why it is not green, worst first. */
  redenen: LightReason[];
  /** Its indicators as the report's contract writes them, and whether each target was met (null when it cannot be told). */
  indicatoren: (JsonIndicator & { gehaald: boolean | null })[];
  resultaat: string | null;
  /** The activity's own explanation (`verantwoording.toelichting`), or null. */
  toelichting: string | null;
  /** The explanations of its budget lines (`toelichting`), in the order of the plan: the line's number from 1 and its source. */
  regelToelichtingen: { regel: number; bron: string | null; toelichting: string }[];
  /** The lines whose spending differs from their amount beyond the threshold, by the rule in docs/commands/verantwoording.md, each explained or not. */
  afwijkendeRegels: JsonDeviatingLine[];
}

/** A budget line that deviates beyond the threshold. */
export interface JsonDeviatingLine {
  /** The line's number in the activity's `dekking`, from 1. */
  regel: number;
  bron: string | null;
  /** Its amount and spending in euros. */
  begroot: number;
  besteed: number;
  /** Begroting minus rekening in euros, with V or N, and its percentage of the amount (null for an amount of zero). */
  difference: number;
  richting: Direction | null;
  differencePercent: number | null;
  /** Whether it is explained (its own toelichting, the activity's, or a vervallen status when less was spent). */
  toegelicht: boolean;
}

/** The whole account in JSON. */
export interface AccountJson extends JsonMoney {
  year: number;
  currency: 'EUR';
  /** The threshold used: more than `percent` of the budget and more than `amount` euros. */
  threshold: { percent: number; amount: number };
  /** How many activities have each assessment. */
  beoordeling: Record<Light, number>;
  sources: ({ code: string; naam: string; soort: Soort } & JsonMoney)[];
  soorten: ({ soort: Soort } & JsonMoney)[];
  plans: ({ path: string; titel: string; gemeente: string; wijk: string | null; beoordeling: Record<Light, number>; activities: JsonAccountActivity[] } & JsonMoney)[];
  /** The plans per saldo, as in `totals --format json`; only when some plan has `baten` or `reserves`. */
  perSaldo?: JsonPerSaldo;
}

function jsonMoney(m: Money): JsonMoney {
  return {
    budget: jsonSum(m.budget),
    spent: jsonSum(m.spent),
    difference: m.deviation === null ? null : centsToEuros(m.deviation.difference),
    richting: spendingDirection(m.deviation?.difference ?? null),
    differencePercent: m.deviation?.percent ?? null,
    beyondThreshold: m.deviation?.beyond ?? false,
  };
}

/** Builds the account contract. */
export function toAccountJson(account: Account): AccountJson {
  return {
    year: account.year,
    currency: 'EUR',
    threshold: { percent: account.threshold.percent, amount: centsToEuros(account.threshold.amount) },
    beoordeling: account.counts,
    ...jsonMoney(account),
    sources: account.sources.map((s) => ({ code: s.code, naam: s.naam, soort: s.soort, ...jsonMoney(s) })),
    soorten: account.soorten.map((s) => ({ soort: s.soort, ...jsonMoney(s) })),
    ...(account.combined.perSaldo === null ? {} : { perSaldo: toPerSaldoJson(account.combined.perSaldo) }),
    plans: account.plans.map((p) => ({
      path: p.plan.path,
      titel: p.plan.titel,
      gemeente: p.plan.gemeente,
      wijk: p.plan.wijk ?? null,
      beoordeling: p.counts,
      ...jsonMoney(p),
      activities: p.activities.map((a) => ({
        onderdeel: a.onderdeel,
        nr: a.nr,
        titel: a.titel,
        doel: a.omschrijving ?? null,
        status: a.status ?? null,
        beoordeling: a.light,
        redenen: a.reasons,
        indicatoren: a.indicators.map((i) => ({ ...indicatorJson(i), gehaald: i.met })),
        resultaat: a.resultaat ?? null,
        toelichting: a.toelichting ?? null,
        regelToelichtingen: a.lineExplanations.map((e) => ({ regel: e.index + 1, bron: e.bron, toelichting: e.text })),
        afwijkendeRegels: a.deviatingLines.map((l) => ({
          regel: l.index + 1,
          bron: l.bron,
          begroot: centsToEuros(l.bedrag),
          besteed: centsToEuros(l.besteed),
          difference: centsToEuros(l.deviation.difference),
          richting: spendingDirection(l.deviation.difference),
          differencePercent: l.deviation.percent,
          toegelicht: l.explained,
        })),
        ...jsonMoney(a),
      })),
    })),
  };
}

/** The account as JSON text. */
export function accountJson(account: Account, _options: ReporterOptions): string {
  return JSON.stringify(toAccountJson(account), null, 2) + '\n';
}

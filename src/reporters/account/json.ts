import { centsToEuros } from '../../core/amount.js';
import { spendingDirection } from '../../core/sum.js';
import type { Account, Money } from '../../core/buildAccount.js';
import { indicatorJson, jsonSum, toPerSaldoJson, type AccountJson, type JsonMoney } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';

// `jaarplan verantwoording --format json`: its types are part of the JSON contract (../jsonContract.ts).

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
        ...jsonMoney(a),
      })),
    })),
  };
}

/** The account as JSON text. */
export function accountJson(account: Account, _options: ReporterOptions): string {
  return JSON.stringify(toAccountJson(account), null, 2) + '\n';
}

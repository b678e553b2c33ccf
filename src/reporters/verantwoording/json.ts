import { centsToEuros } from '../../core/amount.js';
import { spendingDirection } from '../../core/sum.js';
import type { Verantwoording, Money } from '../../core/buildVerantwoording.js';
import { indicatorJson, jsonSum, toPerSaldoJson, type VerantwoordingJson, type JsonMoney } from '../jsonContract.js';
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
export function toVerantwoordingJson(account: Verantwoording): VerantwoordingJson {
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
export function verantwoordingJson(account: Verantwoording, _options: ReporterOptions): string {
  return JSON.stringify(toVerantwoordingJson(account), null, 2) + '\n';
}

import type { Cents } from './amount.js';
import { balanceOf } from './computeTotals.js';
import { finding, pointerOf, type Finding, type StatedWhat } from './diagnostic.js';
import { perSaldo } from './perSaldo.js';
import { activitiesOf, type Plan, type Stated, type StatedFigures } from './plan.js';
import { sourceKey } from './planIdentity.js';
import { addAmount, emptySum, isComplete, type FigureKind, type Sum } from './sum.js';

export type { StatedWhat };

// The rules of a real budget: the sides of a two-way table agree (funding, division, declared
// total), every total the document states comes out of its lines, and an amount is written in the
// plan's unit.

/** The rules of the money model, checked on a typed plan. */
export function checkMoney(plan: Plan): Finding[] {
  // An amount that could not be read is already an error; a sum without it would mislead.
  if (hasUnreadable(plan)) return [];
  return [...checkBalance(plan), ...checkStated(plan), ...checkScale(plan), ...checkProgramme(plan)];
}

/** The programme's budget is counted only from the city-wide plan; in a wijk plan it would be silently ignored. */
function checkProgramme(plan: Plan): Finding[] {
  if (plan.wijk === undefined || plan.programmaBudget === null) return [];
  return [finding('programme-budget-in-wijk', pointerOf('programma_budget'), { wijk: plan.wijk })];
}

function hasUnreadable(plan: Plan): boolean {
  return (
    activitiesOf(plan).some(({ activity }) => activity.dekking.some((l) => l.unreadable)) ||
    plan.financiering.some((l) => l.unreadable) ||
    plan.baten.some((l) => l.unreadable) ||
    plan.reserves.some((l) => l.unreadable)
  );
}

/**
 * A funding table agrees with the division over the activities, per source where the division's
 * lines name sources, and with the declared total. Only complete sums are compared: a line without
 * an amount is already `unknown-amount`, and a partial sum would give a false difference.
 */
function checkBalance(plan: Plan): Finding[] {
  if (plan.financiering.length === 0) return [];
  const balance = balanceOf(plan);
  const findings: Finding[] = [];
  const basis = [pointerOf('financiering'), ...activitiesOf(plan).map(({ activity }) => activity.pointer + '/dekking')];
  if (balance.difference !== null && balance.difference !== 0) {
    findings.push({
      ...finding('not-balanced', pointerOf('financiering'), {
        kind: 'division',
        funding: balance.funding.known,
        other: balance.division.known,
        difference: balance.difference,
      }),
      basis,
    });
  }
  for (const s of balance.perSource) {
    if (s.difference === null || s.difference === 0) continue;
    const at = plan.financiering.find((l) => sourceKey(l.bron) === sourceKey(s.code));
    findings.push({
      ...finding('not-balanced', at === undefined ? pointerOf('financiering') : at.pointer + '/bedrag', {
        kind: 'source',
        bron: s.code,
        funding: s.funding.known,
        other: s.division.known,
        difference: s.difference,
      }),
      basis,
    });
  }
  if (plan.totaalBudget !== null && isComplete(balance.funding) && balance.funding.known !== plan.totaalBudget) {
    findings.push({
      ...finding('not-balanced', pointerOf('totaal_budget'), {
        kind: 'declared',
        funding: balance.funding.known,
        other: plan.totaalBudget,
        difference: balance.funding.known - plan.totaalBudget,
      }),
      basis,
    });
  }
  return findings;
}

/** Every total the document states (under `totalen` and per section) comes out of its lines. */
function checkStated(plan: Plan): Finding[] {
  // Most plans state no total: they cost no per-saldo sums.
  const t = plan.totalen;
  const states =
    Object.keys(t.begroting).length > 0 ||
    Object.keys(t.rekening).length > 0 ||
    t.bronnen.length > 0 ||
    plan.onderdelen.some((s) => s.totaal !== undefined);
  if (!states) return [];
  const findings: Finding[] = [];
  const check = (stated: Stated | undefined, computed: Sum, what: StatedWhat) => {
    if (stated === undefined || !isComplete(computed) || computed.known === stated.cents) return;
    findings.push(
      finding('stated-total', stated.pointer, {
        what,
        stated: stated.cents,
        computed: computed.known,
        difference: stated.cents - computed.known,
      }),
    );
  };
  const saldo = perSaldo([plan]);
  const figureOf: Record<Exclude<keyof StatedFigures, 'financiering'>, FigureKind> = {
    lasten: 'lasten',
    baten: 'baten',
    saldo: 'saldo',
    resultaat: 'resultaat',
  };
  for (const side of ['begroting', 'rekening'] as const) {
    const stated = plan.totalen[side];
    for (const figure of ['lasten', 'baten', 'saldo', 'resultaat'] as const) {
      check(stated[figure], saldo[side][figureOf[figure]], { side, figure });
    }
    const funding = emptySum();
    for (const line of plan.financiering) addAmount(funding, side === 'begroting' ? line.bedrag : (line.besteed ?? null));
    if (plan.financiering.length > 0) check(stated.financiering, funding, { side, figure: 'financiering' });
  }
  for (const s of plan.totalen.bronnen) {
    const sum = emptySum();
    // A code is compared as names are (see sourceKey): stated `ISV` is the lines' `isv`.
    const key = sourceKey(s.code);
    if (plan.financiering.length > 0) for (const line of plan.financiering) if (sourceKey(line.bron) === key) addAmount(sum, line.bedrag);
    if (plan.financiering.length === 0)
      for (const { activity } of activitiesOf(plan))
        for (const line of activity.dekking) if (line.bron !== null && sourceKey(line.bron) === key) addAmount(sum, line.bedrag);
    check(s, sum, { side: 'bron', code: s.code });
  }
  for (const section of plan.onderdelen) {
    const sum = emptySum();
    for (const activity of section.activiteiten) for (const line of activity.dekking) addAmount(sum, line.bedrag);
    check(section.totaal, sum, { side: 'onderdeel', titel: section.titel });
  }
  return findings;
}

/** How far apart an amount and the plan's other amounts must be for `suspicious-scale`: a factor of a thousand. */
export const SCALE_FACTOR = 1000;

/**
 * An amount written in the wrong unit. In a plan with `schaal` (x € 1.000, x € 1 mln), an amount
 * that is a thousand times the median of the plan's amounts or more looks already multiplied into
 * euros; in a plan without it, an amount that is a thousandth of that median or less looks copied
 * from a table in thousands. Needs at least four amounts above zero;
 * totals the document states are not counted, since they are checked against the lines anyway.
 */
function checkScale(plan: Plan): Finding[] {
  const amounts: { cents: Cents; pointer: string }[] = [];
  const take = (cents: Cents | null | undefined, pointer: string) => {
    if (cents !== null && cents !== undefined && cents > 0) amounts.push({ cents, pointer });
  };
  for (const { activity } of activitiesOf(plan)) for (const line of activity.dekking) take(line.bedrag, line.pointer + '/bedrag');
  for (const line of plan.financiering) take(line.bedrag, line.pointer + '/bedrag');
  for (const line of plan.baten) take(line.bedrag, line.pointer + '/bedrag');
  for (const line of plan.reserves) take(line.bedrag, line.pointer + '/bedrag');
  if (amounts.length < 4) return [];
  const findings: Finding[] = [];
  // One median for the whole plan: with four amounts or more, one amount in the wrong unit moves it
  // by at most one place, and the check stays linear in the size of the plan.
  const m = median(amounts.map((a) => a.cents));
  for (const a of amounts) {
    if (plan.schaal > 1 && a.cents >= m * SCALE_FACTOR) {
      findings.push(
        finding('suspicious-scale', a.pointer, { direction: 'multiplied', written: a.cents / plan.schaal, schaal: plan.schaal, median: m }),
      );
    } else if (plan.schaal === 1 && a.cents * SCALE_FACTOR <= m) {
      findings.push(
        finding('suspicious-scale', a.pointer, { direction: 'not-multiplied', written: a.cents, schaal: plan.schaal, median: m }),
      );
    }
  }
  return findings;
}

function median(values: Cents[]): Cents {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

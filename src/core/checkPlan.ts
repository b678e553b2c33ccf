import { checkVerantwoording, type CheckOptions } from './checkVerantwoording.js';
import { checkMoney } from './checkMoney.js';
import { checkPlaceholders } from './checkPlaceholders.js';
import { finding, pointerOf, type Finding } from './diagnostic.js';
import {
  iv3CheckedThrough,
  iv3FirstYear,
  iv3Hoofdtaakvelden,
  iv3Newest,
  iv3OutOfDate,
  taakveldCodesOf,
  taakveldStatus,
} from './iv3Taakvelden.js';
import { nearest } from './nearest.js';
import { activitiesOf, type Plan } from './plan.js';
import { sourceKey } from './planIdentity.js';
import { differenceFrom, sumOf, type Sum } from './sum.js';

/**
 * The budget's own rules, checked on a typed plan. Pure: it sees the plan and the file's base name,
 * and returns findings located by JSON pointer.
 */
export function checkPlan(plan: Plan, fileName: string, options: CheckOptions = {}): Finding[] {
  return [
    ...checkSources(plan),
    ...checkActivityNumbers(plan),
    ...checkOwners(plan),
    ...checkTaakvelden(plan),
    ...checkBudget(plan),
    ...checkMoney(plan),
    ...checkSpending(plan),
    ...checkVerantwoording(plan, options),
    ...checkResults(plan),
    ...checkYears(plan, fileName),
    ...checkPlaceholders(plan),
  ];
}

function checkSources(plan: Plan): Finding[] {
  const declared = plan.bronnen.map((s) => s.code);
  // A code is compared as names are (see `sourceKey`): `ISV` uses the declared `isv`.
  const declaredKeys = new Set(declared.map(sourceKey));
  const isDeclared = (bron: string) => declaredKeys.has(sourceKey(bron));
  const used = new Set<string>();
  const findings: Finding[] = [];
  const known = (bron: string, pointer: string): boolean => {
    used.add(sourceKey(bron));
    if (isDeclared(bron)) return true;
    const suggestion = nearest(bron, declared);
    findings.push(finding('unknown-source', pointer, { bron, declared, ...(suggestion === undefined ? {} : { suggestion }) }));
    return false;
  };
  const funded = plan.financiering.length > 0;
  for (const line of plan.financiering) known(line.bron, line.pointer + '/bron');
  for (const line of plan.baten) if (line.bron !== undefined) known(line.bron, line.pointer + '/bron');
  for (const { activity } of activitiesOf(plan)) {
    for (const line of activity.dekking) {
      if (line.bron === null) {
        // A line of the division alone is what a plan with a funding table may write; without one, no
        // line says where its money comes from.
        if (!funded) findings.push(finding('no-source', line.pointer, { nr: activity.nr }));
        else if (line.bedrag === null && !line.unreadable) findings.push(finding('unknown-amount', line.pointer, { nr: activity.nr }));
        continue;
      }
      if (known(line.bron, line.pointer + '/bron') && line.bedrag === null && !line.unreadable) {
        findings.push(finding('unknown-amount', line.pointer, { nr: activity.nr, bron: line.bron }));
      }
    }
  }
  for (const source of plan.bronnen) {
    if (!used.has(sourceKey(source.code))) {
      // Derived from every place a use could be: the lists that hold budget lines, and each `bron`
      // that is missing or unreadable, or unknown with this source as its nearest code.
      const basis = [...holders(plan)];
      for (const { activity } of activitiesOf(plan)) {
        for (const line of activity.dekking) {
          if (line.bron !== null && !isDeclared(line.bron) && (line.bron === '' || nearest(line.bron, declared) === source.code)) {
            basis.push(line.pointer + '/bron');
          }
        }
      }
      findings.push({ ...finding('unused-source', source.pointer, { code: source.code }, true), basis });
    }
  }
  return findings;
}

/** The pointers of the lists that hold the plan's budget lines: sections, activities, coverage. */
function holders(plan: Plan): string[] {
  return [
    pointerOf('onderdelen'),
    ...plan.onderdelen.map((s) => s.pointer + '/activiteiten'),
    ...activitiesOf(plan).map(({ activity }) => activity.pointer + '/dekking'),
    pointerOf('financiering'),
    pointerOf('baten'),
  ];
}

function checkActivityNumbers(plan: Plan): Finding[] {
  const first = new Map<number, string>();
  const findings: Finding[] = [];
  for (const { activity } of activitiesOf(plan)) {
    const firstTitel = first.get(activity.nr);
    if (firstTitel !== undefined) {
      findings.push(finding('duplicate-activity-nr', activity.pointer + '/nr', { nr: activity.nr, firstTitel }));
    } else {
      first.set(activity.nr, activity.titel);
    }
  }
  return findings;
}

/**
 * Each activity names its owners. A plan that names no owners and no statuses anywhere is a budget
 * table, not a plan of work: it gets one finding, at its sections, rather than one per activity.
 */
function checkOwners(plan: Plan): Finding[] {
  const all = activitiesOf(plan);
  const without = all.filter(({ activity }) => activity.actiehouders.length === 0);
  const budgetTable = without.length === all.length && all.every(({ activity }) => activity.status === undefined);
  if (budgetTable && all.length > 0) {
    const basis = [
      ...plan.onderdelen.map((s) => s.pointer + '/activiteiten'),
      ...all.flatMap(({ activity }) => [activity.pointer + '/actiehouders', activity.pointer + '/status']),
    ];
    return [{ ...finding('no-owner', pointerOf('onderdelen'), { activities: all.length }), basis }];
  }
  return without.map(({ activity }) => ({
    ...finding('no-owner', activity.pointer, { nr: activity.nr, titel: activity.titel }),
    basis: [activity.pointer + '/actiehouders'],
  }));
}

/**
 * Each taakveld is on the BBV's list of the plan's year. A code of another year's list gets an error
 * that says when it is valid and what replaced it; a plan of a year before the lists apply gets a
 * warning, and so does a plan after the last year the newest list was checked for: the code cannot
 * be checked for that year, and it is not silently passed nor falsely refused.
 */
function checkTaakvelden(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const { activity } of activitiesOf(plan)) {
    const code = activity.taakveld;
    if (code === undefined) continue;
    const pointer = activity.pointer + '/taakveld';
    const base = { nr: activity.nr, code, jaar: plan.jaar };
    const status = taakveldStatus(code, plan.jaar);
    if (status.kind === 'not-covered') {
      findings.push(finding('taakveld-year-not-covered', pointer, { ...base, firstYear: iv3FirstYear }));
    } else if (status.kind === 'retired') {
      findings.push(
        finding('taakveld-not-in-year', pointer, { kind: 'retired', ...base, years: status.years, successors: status.successors }),
      );
    } else if (iv3OutOfDate(plan.jaar)) {
      // A newer list than the newest known may add codes, so a code not on it is not refused.
      const out = { ...base, version: iv3Newest.version, checkedThrough: iv3CheckedThrough, onList: status.kind === 'valid' };
      findings.push(finding('taakveld-list-out-of-date', pointer, out));
    } else if (status.kind === 'not-yet') {
      const args = { kind: 'not-yet' as const, ...base, years: status.years, since: status.since, instead: status.instead };
      findings.push(finding('taakveld-not-in-year', pointer, args));
    } else if (status.kind === 'unknown') {
      const head = code.split('.')[0]!;
      const naam = Object.hasOwn(iv3Hoofdtaakvelden, head) ? iv3Hoofdtaakvelden[head] : undefined;
      const codes = taakveldCodesOf(plan.jaar).filter((c) => c.startsWith(head + '.'));
      const group = naam === undefined ? undefined : { code: head, naam, codes };
      findings.push(finding('unknown-taakveld', pointer, { nr: activity.nr, code, ...(group === undefined ? {} : { group }) }));
    }
  }
  return findings;
}

/** The known amounts of a plan added up, and how many lines have no amount. */
export function knownSum(plan: Plan): Sum {
  const amounts: (number | null)[] = [];
  for (const { activity } of activitiesOf(plan)) for (const line of activity.dekking) amounts.push(line.bedrag);
  return sumOf(amounts);
}

function checkBudget(plan: Plan): Finding[] {
  if (plan.totaalBudget === null) return [];
  // An amount that could not be read is already an error; a sum without it would mislead.
  if (activitiesOf(plan).some(({ activity }) => activity.dekking.some((l) => l.unreadable))) return [];
  const declared = plan.totaalBudget;
  const allocated = knownSum(plan);
  const { known, unknownLines } = allocated;
  const difference = differenceFrom(declared, allocated);
  const args = { declared, known, difference: Math.abs(difference), unknownLines };
  const pointer = pointerOf('totaal_budget');
  // The sums are derived from every budget line and the lists that hold them.
  const basis = holders(plan);
  for (const { activity } of activitiesOf(plan)) for (const l of activity.dekking) basis.push(l.pointer + '/bedrag');
  if (difference < 0) return [{ ...finding('over-budget', pointer, args), basis }];
  if (difference > 0) return [{ ...finding('unallocated-budget', pointer, args), basis }];
  return [];
}

function checkSpending(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const { activity } of activitiesOf(plan)) {
    // An overrun that is explained, on its line or in the activity's account, is what the account
    // asks for (as for `unexplained-deviation`).
    const explained = activity.verantwoording?.toelichting !== undefined;
    for (const line of activity.dekking) {
      if (explained || line.toelichting !== undefined) continue;
      // Without a known bedrag there is nothing to overspend; that line is already unknown-amount.
      if (line.besteed !== undefined && line.bedrag !== null && line.besteed > line.bedrag) {
        findings.push(
          finding('overspent', line.pointer + '/besteed', {
            nr: activity.nr,
            ...(line.bron === null ? {} : { bron: line.bron }),
            bedrag: line.bedrag,
            besteed: line.besteed,
          }),
        );
      }
    }
  }
  return findings;
}

function checkResults(plan: Plan): Finding[] {
  const r = plan.resultaten;
  if (!r || r.puntenTotaal === undefined || r.gerealiseerdProcent === undefined) return [];
  if (r.punten.length === 0) return [];
  const lines = r.punten.length;
  const points = new Set(r.punten.flatMap((p) => p.nrs)).size;
  const matches = (n: number) => Math.round((n / r.puntenTotaal!) * 100) === Math.round(r.gerealiseerdProcent!);
  if (matches(lines) || matches(points)) return [];
  return [
    {
      ...finding('results-percentage', pointerOf('resultaten', 'gerealiseerd_procent'), {
        declared: r.gerealiseerdProcent,
        lines,
        points,
        total: r.puntenTotaal,
      }),
      basis: [pointerOf('resultaten', 'punten') + '/', pointerOf('resultaten', 'punten_totaal')],
    },
  ];
}

/** The years (1900–2199) a file name mentions, in order: `2013.yaml`, `2014-zeebuurt.yml`. */
export function yearsInFileName(fileName: string): number[] {
  return [...fileName.matchAll(/(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/g)].map((m) => Number(m[1]));
}

function checkYears(plan: Plan, fileName: string): Finding[] {
  const findings: Finding[] = [];
  const years = yearsInFileName(fileName);
  if (years.length > 0 && !years.includes(plan.jaar)) {
    findings.push(finding('year-mismatch', pointerOf('jaar'), { kind: 'file-name', jaar: plan.jaar, fileYear: years[0]! }));
  }
  if (plan.resultaten && plan.resultaten.jaar !== plan.jaar - 1) {
    findings.push({
      ...finding('year-mismatch', pointerOf('resultaten', 'jaar'), {
        kind: 'results',
        jaar: plan.jaar,
        resultsYear: plan.resultaten.jaar,
      }),
      basis: [pointerOf('jaar')],
    });
  }
  return findings;
}

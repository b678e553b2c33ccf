import { finding, type Finding } from './diagnostic.js';
import { activitiesOf, type Plan } from './plan.js';
import { budgetOf, DEFAULT_DEVIATION, deviationOf, spentOf, type DeviationThreshold } from './sum.js';

/** What the checks of a plan can be told (by the config file). */
export interface CheckOptions {
  /** When a difference between spending and budget needs an explanation. */
  deviation?: DeviationThreshold;
}

/**
 * The account's rules: a line or activity whose spending differs from its budget beyond the
 * threshold needs an explanation (the line's `toelichting`, or the activity's
 * `verantwoording.toelichting`; a `vervallen` activity needs none for spending less; a line that
 * differs and has a `toelichting` explains its activity's difference too); an activity marked
 * `afgerond` should have spent something once the plan records spending; one marked `vervallen`
 * should have spent nothing, unless its `verantwoording.toelichting` says why. A line's deviation is
 * reported on the line; the activity's only when none of its lines was, so one difference is not
 * reported twice.
 */
export function checkAccount(plan: Plan, options: CheckOptions = {}): Finding[] {
  const threshold = options.deviation ?? DEFAULT_DEVIATION;
  const findings: Finding[] = [];
  const recordsSpending = activitiesOf(plan).some(({ activity }) => activity.dekking.some((l) => l.besteed !== undefined));
  for (const { activity } of activitiesOf(plan)) {
    // A cancelled activity explains by its status why less was spent than budgeted.
    const explained = activity.verantwoording?.toelichting !== undefined;
    // A cancelled activity that spent less than budgeted (a positive verschil) says why by its status.
    const explains = (difference: number) => explained || (activity.status === 'vervallen' && difference > 0);
    let lineReported = false;
    for (const line of activity.dekking) {
      if (line.bedrag === null || line.besteed === undefined) continue;
      const d = deviationOf(budgetOf([line]), spentOf([line]), threshold);
      if (d === null || !d.beyond || explains(d.difference) || line.toelichting !== undefined) continue;
      lineReported = true;
      findings.push(
        finding('unexplained-deviation', line.pointer + '/besteed', {
          nr: activity.nr,
          ...(line.bron === null ? {} : { bron: line.bron }),
          bedrag: line.bedrag,
          besteed: line.besteed,
          difference: d.difference,
          percent: d.percent,
        }),
      );
    }
    const budget = budgetOf(activity.dekking);
    const spent = spentOf(activity.dekking);
    const d = deviationOf(budget, spent, threshold);
    // A line that differs and says why explains the activity's difference too.
    const lineExplains = activity.dekking.some((l) => l.toelichting !== undefined && l.besteed !== undefined && l.bedrag !== null && l.besteed !== l.bedrag);
    if (d?.beyond && !explains(d.difference) && !lineReported && !lineExplains && activity.dekking.length > 1) {
      findings.push(
        finding('unexplained-deviation', activity.pointer + '/dekking', {
          nr: activity.nr,
          bedrag: budget.known,
          besteed: spent.known,
          difference: d.difference,
          percent: d.percent,
        }),
      );
    }
    const spentSomething = activity.dekking.some((l) => l.besteed !== undefined && l.besteed > 0);
    if (activity.status === 'afgerond' && recordsSpending && !spentSomething && activity.dekking.length > 0) {
      findings.push(finding('status-spending', activity.pointer + '/status', { nr: activity.nr, status: 'afgerond' }));
    }
    // Spending on a cancelled activity that the account explains (preparation paid before it was
    // called off) is a deliberate exception.
    if (activity.status === 'vervallen' && spentSomething && !explained) {
      findings.push(finding('status-spending', activity.pointer + '/status', { nr: activity.nr, status: 'vervallen', besteed: spent.known }));
    }
  }
  return findings;
}

import type { Cents } from './amount.js';
import { finding, type Finding } from './diagnostic.js';
import { activitiesOf, type Activity, type Plan } from './plan.js';
import { budgetOf, DEFAULT_DEVIATION, deviationOf, spentOf, type Deviation, type DeviationThreshold } from './sum.js';

/** What the checks of a plan can be told (by the config file). */
export interface CheckOptions {
  /** When a difference between spending and budget needs an explanation. */
  deviation?: DeviationThreshold;
}

// The one rule of a deviation, which the check `unexplained-deviation` and the account's colours
// both read, so that validate and verantwoording never disagree:
//
//   - a line deviates when its `bedrag` and `besteed` are both known and differ beyond the threshold
//     (more than its percentage and more than its amount);
//   - the activity's total deviates when its budget and spending are both complete and differ beyond
//     the threshold;
//   - a deviating line is explained by its own `toelichting` or by the activity's
//     `verantwoording.toelichting`; the total by the activity's `verantwoording.toelichting`, or by
//     the `toelichting` of a line that differs; a `vervallen` activity that spent less than budgeted
//     is explained by its status;
//   - the activity deviates when a line or its total does, and its deviation is unexplained when any
//     of those is.
//
// Two lines that differ by the same amount in opposite directions each deviate, though the total
// does not: the activity is judged by its lines, and they are named beside the judgement.

/** A line whose spending differs from its amount beyond the threshold. */
export interface LineDeviation {
  /** The line's place in the activity's `dekking`, from 0. */
  index: number;
  /** Its source; null for a line of the division alone. */
  bron: string | null;
  bedrag: Cents;
  besteed: Cents;
  /** Its difference (begroting minus rekening), beyond the threshold. */
  deviation: Deviation;
  /** The line's own `toelichting`, where it has one. */
  toelichting?: string;
  /** Whether it is explained (by its `toelichting`, the activity's, or a `vervallen` status when underspent). */
  explained: boolean;
  /** JSON pointer of the line. */
  pointer: string;
}

/** How an activity's spending stands against its budget, by the rule above. */
export interface ActivityDeviation {
  /** The activity's total against its budget; null when either is not complete. */
  total: Deviation | null;
  /** Whether the total is beyond the threshold and not explained. */
  totalUnexplained: boolean;
  /** The lines beyond the threshold, in the order of the plan. */
  lines: LineDeviation[];
  /**
   * `within`: neither a line nor the total deviates; `explained`: something deviates and every
   * deviation is explained, at least one by a text; `cancelled`: every deviation is underspending of
   * a `vervallen` activity, which its status explains; `unexplained`: some deviation is not explained.
   */
  judgement: 'within' | 'explained' | 'cancelled' | 'unexplained';
}

/** Judges an activity's spending by the one rule of a deviation. */
export function judgeDeviation(activity: Activity, threshold: DeviationThreshold = DEFAULT_DEVIATION): ActivityDeviation {
  const own = activity.verantwoording?.toelichting !== undefined;
  // A cancelled activity that spent less than budgeted (a positive verschil) says why by its status.
  const cancelled = (difference: number) => activity.status === 'vervallen' && difference > 0;
  const lines: LineDeviation[] = [];
  activity.dekking.forEach((line, index) => {
    if (line.bedrag === null || line.besteed === undefined) return;
    const d = deviationOf(budgetOf([line]), spentOf([line]), threshold);
    if (d === null || !d.beyond) return;
    lines.push({
      index,
      bron: line.bron,
      bedrag: line.bedrag,
      besteed: line.besteed,
      deviation: d,
      ...(line.toelichting === undefined ? {} : { toelichting: line.toelichting }),
      explained: own || line.toelichting !== undefined || cancelled(d.difference),
      pointer: line.pointer,
    });
  });
  const total = deviationOf(budgetOf(activity.dekking), spentOf(activity.dekking), threshold);
  // A line that differs and says why explains the activity's difference too.
  const lineExplains = activity.dekking.some(
    (l) => l.toelichting !== undefined && l.besteed !== undefined && l.bedrag !== null && l.besteed !== l.bedrag,
  );
  const totalBeyond = total?.beyond === true;
  const totalExplainedByText = own || lineExplains;
  const totalUnexplained = totalBeyond && !totalExplainedByText && !cancelled(total.difference);
  // Underspending of a cancelled activity is its status's to explain, whatever else is written.
  const byText = (l: LineDeviation) => !cancelled(l.deviation.difference) && (own || l.toelichting !== undefined);
  let judgement: ActivityDeviation['judgement'];
  if (!totalBeyond && lines.length === 0) judgement = 'within';
  else if (totalUnexplained || lines.some((l) => !l.explained)) judgement = 'unexplained';
  else if ((totalBeyond && !cancelled(total.difference)) || lines.some(byText)) judgement = 'explained';
  else judgement = 'cancelled';
  return { total, totalUnexplained, lines, judgement };
}

/**
 * The account's rules: a line or activity whose spending differs from its budget beyond the
 * threshold needs an explanation, by the rule of `judgeDeviation`; an activity marked `afgerond`
 * should have spent something once the plan records spending (where `besteed` is not filled in, the
 * finding says so: unknown is not zero); one marked `vervallen` should have spent nothing, unless its
 * `verantwoording.toelichting` says why. A line's deviation is reported on the line; the activity's
 * only when none of its lines was, so one difference is not reported twice.
 */
export function checkVerantwoording(plan: Plan, options: CheckOptions = {}): Finding[] {
  const threshold = options.deviation ?? DEFAULT_DEVIATION;
  const findings: Finding[] = [];
  const recordsSpending = activitiesOf(plan).some(({ activity }) => activity.dekking.some((l) => l.besteed !== undefined));
  for (const { activity } of activitiesOf(plan)) {
    const explained = activity.verantwoording?.toelichting !== undefined;
    const judged = judgeDeviation(activity, threshold);
    const unexplainedLines = judged.lines.filter((l) => !l.explained);
    for (const line of unexplainedLines) {
      findings.push(
        finding('unexplained-deviation', line.pointer + '/besteed', {
          nr: activity.nr,
          ...(line.bron === null ? {} : { bron: line.bron }),
          bedrag: line.bedrag,
          besteed: line.besteed,
          difference: line.deviation.difference,
          percent: line.deviation.percent,
        }),
      );
    }
    const budget = budgetOf(activity.dekking);
    const spent = spentOf(activity.dekking);
    if (judged.totalUnexplained && unexplainedLines.length === 0 && activity.dekking.length > 1) {
      findings.push(
        finding('unexplained-deviation', activity.pointer + '/dekking', {
          nr: activity.nr,
          bedrag: budget.known,
          besteed: spent.known,
          difference: judged.total!.difference,
          percent: judged.total!.percent,
        }),
      );
    }
    const spentSomething = activity.dekking.some((l) => l.besteed !== undefined && l.besteed > 0);
    if (activity.status === 'afgerond' && recordsSpending && !spentSomething && activity.dekking.length > 0) {
      const unfilled = activity.dekking.filter((l) => l.besteed === undefined).length;
      findings.push(
        finding('status-spending', activity.pointer + '/status', {
          nr: activity.nr,
          status: 'afgerond',
          unfilled,
          lines: activity.dekking.length,
        }),
      );
    }
    // Spending on a cancelled activity that the account explains (preparation paid before it was
    // called off) is a deliberate exception.
    if (activity.status === 'vervallen' && spentSomething && !explained) {
      findings.push(
        finding('status-spending', activity.pointer + '/status', { nr: activity.nr, status: 'vervallen', besteed: spent.known }),
      );
    }
  }
  return findings;
}

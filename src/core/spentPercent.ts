import type { Cents } from './amount.js';
import { roundedPercent } from './percent.js';

/**
 * The share of a budget spent, as the whole percentage shown next to the remainder. Rounded to the
 * nearest whole percent as `roundedPercent` rounds, except where rounding would contradict the remainder beside it: 100% only
 * when exactly the budget was spent (€ 0,25 short reads 99%, € 0,25 over reads 101%), and 0% only
 * when nothing was spent (€ 0,25 of € 10.000 reads 1%). Null for a budget of zero, of which no share
 * can be taken. Amounts are never negative (the checks refuse them).
 */
export function spentPercent(budget: Cents, spent: Cents): number | null {
  const rounded = roundedPercent(spent, budget);
  if (rounded === null) return null;
  if (rounded === 100 && spent !== budget) return spent < budget ? 99 : 101;
  if (rounded === 0 && spent !== 0) return 1;
  return rounded;
}

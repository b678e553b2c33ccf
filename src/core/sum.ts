import type { Cents } from './amount.js';
import { roundedPercent } from './percent.js';
import { spentPercent } from './spentPercent.js';

// The one place where money is added up, subtracted and compared. Every total, group, year, diff
// and check goes through these functions, so a field added to a sum is added everywhere at once,
// and "unknown is not zero" is kept by one piece of code.

/** A sum of budget lines: the known amounts, and how many lines have no amount. */
export interface Sum {
  /** The known amounts added up, in cents. */
  known: Cents;
  /** How many lines have no amount (and so are not in `known`). */
  unknownLines: number;
  /** How many lines in all. */
  lines: number;
}

/** An empty sum. */
export function emptySum(): Sum {
  return { known: 0, unknownLines: 0, lines: 0 };
}

/** Adds one line's amount to a sum; `null` is a line without an amount, counted but not added. */
export function addAmount(sum: Sum, amount: Cents | null): void {
  sum.lines++;
  if (amount === null) sum.unknownLines++;
  else sum.known += amount;
}

/** Adds one sum into another. */
export function addSum(into: Sum, from: Sum): void {
  into.known += from.known;
  into.unknownLines += from.unknownLines;
  into.lines += from.lines;
}

/** The sum of a list of line amounts (`null` for a line without an amount). */
export function sumOf(amounts: Iterable<Cents | null>): Sum {
  const sum = emptySum();
  for (const amount of amounts) addAmount(sum, amount);
  return sum;
}

/** Sums added up; `null` entries (nothing on that side) are skipped. */
export function sumOfSums(sums: Iterable<Sum | null>): Sum {
  const total = emptySum();
  for (const s of sums) if (s !== null) addSum(total, s);
  return total;
}

/** Whether a sum has lines but no known amount at all: then it is unknown, not zero. */
export function isUnknown(sum: Sum): boolean {
  return sum.unknownLines > 0 && sum.known === 0 && sum.unknownLines === sum.lines;
}

/** Whether every line of a sum has an amount, so that `known` is the whole of it. */
export function isComplete(sum: Sum): boolean {
  return sum.unknownLines === 0;
}

/**
 * After minus before, only when both sums are complete: a line without an amount is not zero, so a
 * difference with it would look like an answer and mislead.
 */
export function sumDelta(before: Sum, after: Sum): Cents | null {
  if (!isComplete(before) || !isComplete(after)) return null;
  return after.known - before.known;
}

/** Budget against spending: what is left (budget minus spent) and the share spent, both only when knowable. */
export interface Spending {
  /** Budgeted minus spent, in cents; negative when overspent. Null when either has unknown lines. */
  remaining: Cents | null;
  /** Spent as a whole percentage of the budget, rounded as `spentPercent` says. Null when either has unknown lines or the budget is zero. */
  percent: number | null;
}

/**
 * Compares what was spent with what was budgeted. A line without `bedrag` or without `besteed`
 * makes the comparison unknown: a partial sum would look like an answer and mislead.
 */
export function spending(budget: Sum, spent: Sum): Spending {
  if (!isComplete(budget) || !isComplete(spent)) return { remaining: null, percent: null };
  return {
    remaining: budget.known - spent.known,
    percent: spentPercent(budget.known, spent.known),
  };
}

/**
 * How an amount changed. `became-known` and `became-unknown` are their own kinds: an amount that
 * was not given is never treated as zero, so a line or sum that was wholly unknown on one side has
 * no delta. For a sum known in part on both sides they mean fewer (more) lines without an amount,
 * and the delta is that of the known part.
 */
export type ChangeKind = 'added' | 'removed' | 'up' | 'down' | 'became-known' | 'became-unknown' | 'unchanged';

/** An amount (a sum of budget lines) before and after an edit. */
export interface AmountChange {
  /** What happened to it. */
  kind: ChangeKind;
  /** Before the edit; null when it did not exist then. */
  before: Sum | null;
  /** After the edit; null when it no longer exists. */
  after: Sum | null;
  /** After minus before over the known amounts, in cents; null when that would compare unknown with known. */
  delta: Cents | null;
}

/** Compares two sums; `null` (or a sum of no lines) is something that does not exist on that side. */
export function compareSums(before: Sum | null, after: Sum | null): AmountChange {
  const b = before !== null && before.lines > 0 ? before : null;
  const a = after !== null && after.lines > 0 ? after : null;
  const known = (s: Sum) => (isUnknown(s) ? null : s.known);
  if (b === null && a === null) return { kind: 'unchanged', before, after, delta: null };
  if (b === null) return { kind: 'added', before, after, delta: known(a!) };
  if (a === null) return { kind: 'removed', before, after, delta: known(b) === null ? null : -b.known };
  const kb = known(b);
  const ka = known(a);
  if (kb === null && ka === null) return { kind: 'unchanged', before, after, delta: null };
  if (kb === null) return { kind: 'became-known', before, after, delta: null };
  if (ka === null) return { kind: 'became-unknown', before, after, delta: null };
  const delta = ka - kb;
  // Part known on both sides: the delta is that of the known part, and the kind says that lines
  // without an amount got one (or lost it), so the delta is not read as money added or cut.
  if (a.unknownLines < b.unknownLines) return { kind: 'became-known', before, after, delta };
  if (a.unknownLines > b.unknownLines) return { kind: 'became-unknown', before, after, delta };
  return { kind: delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged', before, after, delta };
}

/** The budget of budget lines: their `bedrag`, a line without one counting as unknown. */
export function budgetOf(lines: Iterable<{ bedrag: Cents | null }>): Sum {
  const sum = emptySum();
  for (const line of lines) addAmount(sum, line.bedrag);
  return sum;
}

/** What was spent of budget lines: their `besteed`, a line without it counting as unknown. */
export function spentOf(lines: Iterable<{ besteed?: Cents }>): Sum {
  const sum = emptySum();
  for (const line of lines) addAmount(sum, line.besteed ?? null);
  return sum;
}

/**
 * Whether two lists of line amounts are the same lines: the same amounts (and as many without one)
 * in any order. Equal sums of different lines (€ 1.000 + € 2.000 against € 1.500 + € 1.500) are not.
 */
export function sameAmounts(before: readonly (Cents | null)[], after: readonly (Cents | null)[]): boolean {
  if (before.length !== after.length) return false;
  const key = (list: readonly (Cents | null)[]) =>
    list
      .map((x) => (x === null ? 'null' : String(x)))
      .sort()
      .join(',');
  return key(before) === key(after);
}

/** How much was spent over a budget line's amount (negative when under it). */
export function overspentBy(budget: Cents, spent: Cents): Cents {
  return spent - budget;
}

/** After minus before, when both amounts are known. */
export function amountDelta(before: Cents | null, after: Cents | null): Cents | null {
  return before === null || after === null ? null : after - before;
}

/** A declared total minus the known amounts: positive is budget not yet allocated, negative is over budget. */
export function differenceFrom(declared: Cents, allocated: Sum): Cents {
  return declared - allocated.known;
}

/** How a declared total compares with the known amounts: budget left to allocate, over budget, or exact. */
export type DifferenceKind = 'unallocated' | 'over' | 'exact';

/** Classifies declared minus known: positive is budget not yet allocated, negative is over budget. */
export function differenceKind(difference: Cents): DifferenceKind {
  return difference > 0 ? 'unallocated' : difference < 0 ? 'over' : 'exact';
}

/** When spending differs from its budget enough to need an explanation: by more than both. */
export interface DeviationThreshold {
  /** More than this percentage of the budget. */
  percent: number;
  /** And more than this amount, in cents. */
  amount: Cents;
}

/** The default: more than 10% and more than € 1.000. */
export const DEFAULT_DEVIATION: DeviationThreshold = { percent: 10, amount: 100_000 };

/** Spending against its budget: the verschil (budget minus spent), and its share of the budget. */
export interface Deviation {
  /**
   * Budget minus spent (begroting minus rekening), in cents: the one sign of every difference.
   * Positive is underspent (voordelig), negative overspent (nadelig).
   */
  difference: Cents;
  /** The difference as a percentage of the budget, one decimal, rounded as `roundedPercent` says; null when the budget is zero. */
  percent: number | null;
  /** Whether it is beyond the threshold (more than its percentage and more than its amount). */
  beyond: boolean;
}

/**
 * How far spending is from its budget, only when both are complete (a line without `bedrag` or
 * `besteed` makes it unknown). A zero budget with spending is beyond any percentage.
 */
export function deviationOf(budget: Sum, spent: Sum, threshold: DeviationThreshold = DEFAULT_DEVIATION): Deviation | null {
  if (!isComplete(budget) || !isComplete(spent) || budget.lines === 0 || spent.lines === 0) return null;
  const difference = budget.known - spent.known;
  const size = Math.abs(difference);
  const percent = roundedPercent(difference, budget.known, 1);
  const overPercent = budget.known === 0 ? size > 0 : size * 100 > threshold.percent * budget.known;
  return { difference, percent, beyond: overPercent && size > threshold.amount };
}

/** One sum minus another (income minus costs, say): unknown lines of either stay unknown. */
export function minusSum(a: Sum, b: Sum): Sum {
  return { known: a.known - b.known, unknownLines: a.unknownLines + b.unknownLines, lines: a.lines + b.lines };
}

/**
 * What a figure of a budget or an account is, for the direction of its difference: for costs
 * (`lasten`) and additions to reserves (`toevoegingen`) less than budgeted is favourable; for income
 * (`baten`), withdrawals (`onttrekkingen`), the saldo and the result, more is.
 */
export type FigureKind = 'lasten' | 'baten' | 'saldo' | 'toevoegingen' | 'onttrekkingen' | 'resultaat';

/** Favourable (voordelig, V) or adverse (nadelig, N). */
export type Direction = 'V' | 'N';

/**
 * The one difference of every command and format: begroting minus rekening (budget minus actual),
 * as Dutch council documents write it, with its direction for the kind of figure. Null direction
 * for a difference of zero.
 */
export interface Verschil {
  /** Begroting minus rekening, in cents. */
  amount: Cents;
  /** V or N for the kind of figure; null when the two are equal. */
  direction: Direction | null;
}

/** Whether less than budgeted is favourable for this kind of figure. */
export const lessIsFavourable: Record<FigureKind, boolean> = {
  lasten: true,
  toevoegingen: true,
  baten: false,
  onttrekkingen: false,
  saldo: false,
  resultaat: false,
};

/** Begroting minus rekening for a figure, with V or N, only when both are complete. */
export function verschilOf(kind: FigureKind, begroting: Sum, rekening: Sum): Verschil | null {
  if (!isComplete(begroting) || !isComplete(rekening)) return null;
  return verschilOfCents(kind, begroting.known - rekening.known);
}

/** A known difference (begroting minus rekening) with its V or N. */
export function verschilOfCents(kind: FigureKind, amount: Cents): Verschil {
  if (amount === 0) return { amount: 0, direction: null };
  return { amount, direction: amount > 0 === lessIsFavourable[kind] ? 'V' : 'N' };
}

/** V or N of spending against its budget (a `Deviation`'s difference): a cost, so less spent is V. */
export function spendingDirection(difference: Cents | null): Direction | null {
  return difference === null ? null : verschilOfCents('lasten', difference).direction;
}

import { wijkKey } from './planIdentity.js';

/** What plans are ordered by. */
export interface Orderable {
  /** The year. */
  jaar: number;
  /** The wijk; absent for the city-wide plan. */
  wijk?: string | undefined;
  /** The file, as shown to the user. */
  path: string;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The one order of plans, for every command and format: by year, then the city-wide plan first,
 * then the wijk plans by name (compared as wijken are grouped: without case or extra spaces), then
 * by path. Within one year this is city-wide first, wijken by name, then path.
 */
export function comparePlans(a: Orderable, b: Orderable): number {
  const wa = wijkKey(a.wijk);
  const wb = wijkKey(b.wijk);
  return (
    a.jaar - b.jaar || Number(wa !== null) - Number(wb !== null) || (wa ?? '').localeCompare(wb ?? '', 'nl') || byCodeUnits(a.path, b.path)
  );
}

/** The plans in the order of `comparePlans`, as a new list. */
export function orderPlans<T extends Orderable>(plans: readonly T[]): T[] {
  return [...plans].sort(comparePlans);
}

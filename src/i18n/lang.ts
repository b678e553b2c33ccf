import type { Cents } from '../core/amount.js';

/** The language of everything a person reads. */
export type Lang = 'nl' | 'en';

/**
 * Formats cents for people: `€ 1.234,56` in Dutch, `€1,234.56` in English. Cents are shown only
 * where the amount has them.
 */
export function formatMoney(cents: Cents, lang: Lang): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.trunc(abs / 100);
  const rest = abs % 100;
  const group = lang === 'nl' ? '.' : ',';
  const decimal = lang === 'nl' ? ',' : '.';
  const whole = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const amount = rest === 0 ? whole : `${whole}${decimal}${String(rest).padStart(2, '0')}`;
  if (lang === 'nl') return negative ? `€ -${amount}` : `€ ${amount}`;
  return negative ? `-€${amount}` : `€${amount}`;
}

/**
 * Formats a change of money: `formatMoney` with its sign always written, where `formatMoney` puts a
 * minus: `€ +2.750` and `€ -2.750` in Dutch, `+€2,750` and `-€2,750` in English; no change is
 * `€ 0` (`€0`). The one form of a delta in every output (diff, years side by side).
 */
export function formatMoneyChange(cents: Cents, lang: Lang): string {
  const money = formatMoney(cents, lang);
  if (cents <= 0) return money;
  return lang === 'nl' ? money.replace('€ ', '€ +') : `+${money}`;
}

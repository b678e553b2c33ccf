/** An amount of money in integer euro cents. Never a float. */
export type Cents = number;

/** Why a written amount could not be read as euros. */
export type AmountProblem =
  /** An unquoted number written with Dutch thousands separators (`10.000`), which YAML reads otherwise. */
  | { kind: 'ambiguous'; text: string; read: string; readAs: 'number' | 'text'; cents: Cents }
  /** A negative amount. */
  | { kind: 'negative'; text: string }
  /** More than two decimals. */
  | { kind: 'precision'; text: string }
  /** Not a finite number (for example `.inf`). */
  | { kind: 'not-a-number'; text: string }
  /** A string that is not an amount in Dutch notation. */
  | { kind: 'unparsable'; text: string }
  /** Larger than can be counted exactly in cents. */
  | { kind: 'too-large'; text: string };

/** The outcome of reading an amount. */
export type AmountResult = { ok: true; cents: Cents } | { ok: false; problem: AmountProblem };

/** The largest amount accepted: a thousand billion euros, far below the exact-integer limit in cents. */
export const MAX_CENTS: Cents = 100_000_000_000_000;

const DUTCH_THOUSANDS_SHAPE = /^\+?[1-9]\d{0,2}(?:\.\d{3})+$/;
const PLAIN_DECIMAL = /^\+?(\d+)(?:\.(\d{1,2}))?$/;
const DUTCH_STRING = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}|—))?$/;

/**
 * Reads an amount of euros as written in a plan.
 *
 * `value` is what YAML made of it (a number or a string); `plainSource` is the scalar's source text
 * when it was written without quotes. The source text matters: YAML reads `10.000` as the number 10,
 * and only the text shows that a Dutch author meant ten thousand.
 */
export function parseAmount(value: number | string, plainSource?: string): AmountResult {
  const text = plainSource ?? String(value);
  if (plainSource !== undefined && DUTCH_THOUSANDS_SHAPE.test(plainSource.trim())) {
    const digits = plainSource.trim().replace(/^\+/, '').replaceAll('.', '');
    return {
      ok: false,
      problem: {
        kind: 'ambiguous',
        text,
        read: String(value),
        readAs: typeof value === 'number' ? 'number' : 'text',
        cents: Number(digits) * 100,
      },
    };
  }
  if (typeof value === 'number') return parseNumber(value, plainSource?.trim());
  return parseDutchString(value);
}

function parseNumber(value: number, source: string | undefined): AmountResult {
  const text = source ?? String(value);
  if (!Number.isFinite(value)) return fail('not-a-number', text);
  if (value < 0 || Object.is(value, -0)) return fail('negative', text);
  const exact = source === undefined ? undefined : PLAIN_DECIMAL.exec(source);
  let cents: number;
  if (exact) {
    cents = Number(exact[1]) * 100 + Number((exact[2] ?? '').padEnd(2, '0'));
  } else {
    if (source !== undefined && /^\+?\d+\.\d{3,}$/.test(source)) return fail('precision', text);
    cents = Math.round(value * 100);
    // Exponent or other notations: accept only values that are whole cents.
    if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value))) {
      return fail('precision', text);
    }
  }
  if (cents > MAX_CENTS) return fail('too-large', text);
  return { ok: true, cents };
}

function parseDutchString(raw: string): AmountResult {
  let s = raw.trim();
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/^(?:€|EUR)\s*/i, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  const m = DUTCH_STRING.exec(s);
  if (!m) return fail('unparsable', raw);
  if (negative) return fail('negative', raw);
  const euros = Number(m[1]!.replaceAll('.', ''));
  const fraction = m[2] !== undefined && /^\d+$/.test(m[2]) ? Number(m[2].padEnd(2, '0')) : 0;
  const cents = euros * 100 + fraction;
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return fail('too-large', raw);
  return { ok: true, cents };
}

function fail(kind: Exclude<AmountProblem['kind'], 'ambiguous'>, text: string): AmountResult {
  return { ok: false, problem: { kind, text } };
}

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

/** Cents as euros for machine-readable output (JSON): 123456 → 1234.56. */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}

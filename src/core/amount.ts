/** An amount of money in integer euro cents. Never a float. */
export type Cents = number;

/** How a number was written that an amount may not be written as. */
export type AmountNotation = 'sign' | 'leading-dot' | 'trailing-dot' | 'exponent' | 'hex' | 'octal' | 'underscore';

/** Why a written amount could not be read as euros. */
export type AmountProblem =
  /**
   * An unquoted number written with Dutch thousands separators (`10.000`), which YAML reads otherwise;
   * or, inside `{ … }`, an amount with a decimal comma (`3.999,50`) that YAML splits at the comma into
   * `3.999` and a key `50` (`splitKey`).
   */
  | { kind: 'ambiguous'; text: string; read: string; readAs: 'number' | 'text'; cents: Cents; splitKey?: string }
  /** A negative amount. */
  | { kind: 'negative'; text: string }
  /** More than two decimals. */
  | { kind: 'precision'; text: string }
  /** Not a finite number (for example `.inf`). */
  | { kind: 'not-a-number'; text: string }
  /** A string that is not an amount in Dutch notation. */
  | { kind: 'unparsable'; text: string }
  /** Larger than can be counted exactly in cents. */
  | { kind: 'too-large'; text: string }
  /**
   * A number in another notation than plain decimal digits (`+5000`, `.5`, `1e3`, `0x10`, `1_000`):
   * `read` is what YAML made of it, `advice` the same amount in plain digits, when there is one that
   * keeps every digit typed (none for hexadecimal and octal, whose digits mean something else).
   */
  | { kind: 'notation'; text: string; notation: AmountNotation; read?: string; advice?: string };

/** The outcome of reading an amount. */
export type AmountResult = { ok: true; cents: Cents } | { ok: false; problem: AmountProblem };

/** The largest amount accepted: a thousand billion euros, far below the exact-integer limit in cents. */
export const MAX_CENTS: Cents = 100_000_000_000_000;

const DUTCH_THOUSANDS_SHAPE = /^\+?[1-9]\d{0,2}(?:\.\d{3})+$/;
/** The one way a YAML number may write an amount: decimal digits, at most two decimals after a dot. */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;
const DUTCH_STRING = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}|—))?$/;
/** Space around a Dutch amount (spaces, tabs, line ends, no-break spaces), never an invisible character. */
const EDGES = /^[ \t\r\n\u00a0\u202f]+|[ \t\r\n\u00a0\u202f]+$/g;
/** The euro sign or EUR, and the space (or no-break space) after it. */
const CURRENCY = /^(?:€|EUR)[ \u00a0\u202f]*/i;

/**
 * Reads an amount of euros as written in a plan.
 *
 * `value` is what YAML made of it (a number or a string); `plainSource` is the scalar's source text
 * when it was written without quotes. The source text matters: YAML reads `10.000` as the number 10,
 * and only the text shows that a Dutch author meant ten thousand; YAML reads `0x10` as 16 and `1e3`
 * as 1000, and only the text shows that the amount was not written in plain digits.
 *
 * Accepted are exactly: a number written as decimal digits with at most two decimals after a dot
 * (`5000`, `1234.56`), and a string in Dutch notation (`"€ 10.000"`, `"€ 1.234,56"`, `"€ 24,-"`).
 */
export function parseAmount(value: number | string, plainSource?: string): AmountResult {
  if (plainSource !== undefined) {
    const source = plainSource.replace(EDGES, '');
    if (DUTCH_THOUSANDS_SHAPE.test(source)) {
      const digits = source.replace(/^\+/, '').replaceAll('.', '');
      return {
        ok: false,
        problem: {
          kind: 'ambiguous',
          text: plainSource,
          read: String(value),
          readAs: typeof value === 'number' ? 'number' : 'text',
          cents: Number(digits) * 100,
        },
      };
    }
    return typeof value === 'number' ? readNumber(value, source) : readPlainText(value, source);
  }
  if (typeof value === 'number') return readNumberValue(value);
  return parseDutchString(value);
}

/**
 * Reads an amount that may be negative (a line marked as a cut, correction or refund): a minus sign
 * before the digits (`-250`, `"€ -1.250"`, `"-€ 1.250"`) gives a negative amount; every other rule
 * of `parseAmount` holds for the digits (the thousands trap included).
 */
export function parseSignedAmount(value: number | string, plainSource?: string): AmountResult {
  const first = parseAmount(value, plainSource);
  if (first.ok || first.problem.kind !== 'negative') return first;
  const unsign = (text: string) => text.replace(/^([^\d]*?)-\s*/, '$1');
  const positive =
    typeof value === 'number'
      ? parseAmount(-value, plainSource === undefined ? undefined : unsign(plainSource))
      : parseAmount(unsign(value), plainSource === undefined ? undefined : unsign(plainSource));
  if (!positive.ok) return { ok: false, problem: { ...positive.problem, text: first.problem.text } };
  return { ok: true, cents: positive.cents === 0 ? 0 : -positive.cents };
}

/**
 * Reads an amount that YAML split at its comma inside `{ … }`: `typed` is the whole amount as
 * typed (`3.999,50`), `value` what YAML read before the comma, `splitKey` the key it made of the rest.
 * This is always a finding, since the data holds something else than what was typed; the finding
 * keeps every digit.
 */
export function parseSplitAmount(value: number | string, typed: string, splitKey: string): AmountResult {
  const whole = parseDutchString(typed);
  if (!whole.ok) return { ok: false, problem: { ...whole.problem, text: typed } };
  return {
    ok: false,
    problem: {
      kind: 'ambiguous',
      text: typed,
      read: String(value),
      readAs: typeof value === 'number' ? 'number' : 'text',
      cents: whole.cents,
      splitKey,
    },
  };
}

/** A YAML number, read from its source text: only plain decimal digits are an amount. */
function readNumber(value: number, source: string): AmountResult {
  const exact = PLAIN_DECIMAL.exec(source);
  if (exact) {
    const cents = Number(exact[1]) * 100 + Number((exact[2] ?? '').padEnd(2, '0'));
    return cents > MAX_CENTS ? fail('too-large', source) : { ok: true, cents };
  }
  if (source.startsWith('-') || value < 0 || Object.is(value, -0)) return fail('negative', source);
  if (/^\+?\d+\.\d{3,}$/.test(source)) return fail('precision', source);
  if (/^\+?0x/i.test(source)) return notation(source, 'hex', String(value));
  if (/^\+?0o/i.test(source)) return notation(source, 'octal', String(value));
  if (source.startsWith('+')) return rewritten(value, source, 'sign', source.slice(1));
  if (/^(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(source)) {
    const expanded = expandExponent(source);
    if (expanded === null) return fail(/e-/i.test(source) ? 'precision' : 'too-large', source);
    return rewritten(value, source, 'exponent', expanded);
  }
  if (!Number.isFinite(value)) return fail('not-a-number', source);
  if (/^\.\d+$/.test(source)) return rewritten(value, source, 'leading-dot', '0' + source);
  if (/^\d+\.$/.test(source)) return rewritten(value, source, 'trailing-dot', source.slice(0, -1));
  return fail('unparsable', source);
}

/**
 * The problem with `source`, when `candidate` is the same number written one step closer to plain
 * digits: a notation finding advising the plain form when that is an amount, else the candidate's
 * own problem, told about the text as typed.
 */
function rewritten(value: number, source: string, form: AmountNotation, candidate: string): AmountResult {
  const inner = readNumber(value, candidate);
  if (inner.ok) return notation(source, form, undefined, candidate);
  const p = inner.problem;
  if (p.kind === 'notation')
    return p.advice === undefined ? { ok: false, problem: { ...p, text: source } } : notation(source, form, undefined, p.advice);
  return { ok: false, problem: { ...p, text: source } };
}

/** A number in exponent notation written out in plain digits, exactly; null when it is absurdly long. */
function expandExponent(source: string): string | null {
  const m = /^(\d*)(?:\.(\d*))?e([+-]?\d+)$/i.exec(source)!;
  const whole = m[1]!;
  const fraction = m[2] ?? '';
  const exponent = Number(m[3]);
  if (Math.abs(exponent) > 30) return null;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let before: string;
  let after: string;
  if (point >= digits.length) [before, after] = [digits + '0'.repeat(point - digits.length), ''];
  else if (point <= 0) [before, after] = ['0', '0'.repeat(-point) + digits];
  else [before, after] = [digits.slice(0, point), digits.slice(point)];
  before = before.replace(/^0+(?=\d)/, '');
  after = after.replace(/0+$/, '');
  return after === '' ? before : `${before}.${after}`;
}

/** A plain (unquoted) scalar that YAML read as text: digits with underscores, or Dutch notation. */
function readPlainText(value: string, source: string): AmountResult {
  if (/^\d[\d_]*(?:\.[\d_]+)?$/.test(source) && source.includes('_')) {
    const candidate = source.replaceAll('_', '');
    const read = PLAIN_DECIMAL.test(candidate) ? readNumber(Number(candidate), candidate) : undefined;
    if (read?.ok) return notation(source, 'underscore', undefined, candidate);
  }
  return parseDutchString(value);
}

/** A number without its source text (a caller outside YAML): whole cents only. */
function readNumberValue(value: number): AmountResult {
  const text = String(value);
  if (!Number.isFinite(value)) return fail('not-a-number', text);
  if (value < 0 || Object.is(value, -0)) return fail('negative', text);
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value))) return fail('precision', text);
  if (cents > MAX_CENTS) return fail('too-large', text);
  return { ok: true, cents };
}

function parseDutchString(raw: string): AmountResult {
  let s = raw.replace(EDGES, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).replace(EDGES, '');
  }
  s = s.replace(CURRENCY, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).replace(EDGES, '');
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

function fail(kind: Exclude<AmountProblem['kind'], 'ambiguous' | 'notation'>, text: string): AmountResult {
  return { ok: false, problem: { kind, text } };
}

function notation(text: string, form: AmountNotation, read?: string, advice?: string): AmountResult {
  return {
    ok: false,
    problem: {
      kind: 'notation',
      text,
      notation: form,
      ...(read === undefined ? {} : { read }),
      ...(advice === undefined ? {} : { advice }),
    },
  };
}

/** Cents as a plain YAML number that keeps every cent: 399950 → `3999.50`, 1000000 → `10000`. */
export function plainDecimal(cents: Cents): string {
  const rest = cents % 100;
  return `${Math.trunc(cents / 100)}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

/** Cents as euros for machine-readable output (JSON): 123456 → 1234.56. */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}

import fc from 'fast-check';
import { parseDocument, isMap, isScalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAmount, parseSplitAmount, plainDecimal } from '../../src/core/amount.js';
import { formatMoney } from '../../src/i18n/lang.js';

/** What YAML makes of a plain scalar. */
const yamlValue = (text: string): unknown => {
  const node = parseDocument(`a: ${text}\n`).get('a', true);
  return isScalar(node) ? node.value : undefined;
};

describe('parseAmount', () => {
  it.each([
    [5000, undefined, 500000],
    [1234.56, '1234.56', 123456],
    [1234.5, '1234.5', 123450],
    [0.1, '0.1', 10],
    [0.29, '0.29', 29],
    [7, '007', 700],
    ['€ 10.000', undefined, 1000000],
    ['10.000', undefined, 1000000],
    ['€ 1.234,56', undefined, 123456],
    ['€ 24,-', undefined, 2400],
    ['€24,-', undefined, 2400],
    ['EUR 5.000', undefined, 500000],
    ['5000', undefined, 500000],
    ['€ 0,5', undefined, 50],
    ['€ 1.250.000', undefined, 125000000],
    ['€\u00a05.000', undefined, 500000],
    ['€ 5.000\n', undefined, 500000],
    ['3.999,50', '3.999,50', 399950],
  ] as const)('reads %j (source %j) as %i cents', (value, source, cents) => {
    expect(parseAmount(value, source)).toEqual({ ok: true, cents });
  });

  it('reads decimal source text exactly, never through a float', () => {
    // 4.35 * 100 is 434.99999999999994 in floating point.
    expect(4.35 * 100).not.toBe(435);
    expect(parseAmount(4.35, '4.35')).toEqual({ ok: true, cents: 435 });
    expect(parseAmount(0.07, '0.07')).toEqual({ ok: true, cents: 7 });
  });

  it.each([
    [10, '10.000', 'number', 1000000],
    [5, '5.000', 'number', 500000],
    [12.345, '12.345', 'number', 1234500],
    ['1.250.000', '1.250.000', 'text', 125000000],
  ] as const)('refuses the Dutch thousands trap: %j written as %s', (value, source, readAs, cents) => {
    const result = parseAmount(value, source);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'ambiguous', readAs, cents, text: source } });
  });

  it('accepts the same shape when quoted, because then it is Dutch notation', () => {
    expect(parseAmount('10.000')).toEqual({ ok: true, cents: 1000000 });
  });

  it.each([
    [-5, '-5', 'negative'],
    ['€ -5', undefined, 'negative'],
    ['-€ 5', undefined, 'negative'],
    [1.2345, '1.2345', 'precision'],
    [0.001, '0.001', 'precision'],
    [Infinity, '.inf', 'not-a-number'],
    [NaN, '.nan', 'not-a-number'],
    ['tienduizend', undefined, 'unparsable'],
    ['10.5', undefined, 'unparsable'],
    ['€ 1,234.56', undefined, 'unparsable'],
    ['', undefined, 'unparsable'],
    [1e20, '1e20', 'too-large'],
    [1e40, '1e40', 'too-large'],
    [0.001, '1e-3', 'precision'],
    [1.2345, '+1.2345', 'precision'],
    [0.125, '.125', 'precision'],
    [Infinity, '+.inf', 'not-a-number'],
    ['\u200b5000', undefined, 'unparsable'],
    ['5000\u200b', undefined, 'unparsable'],
    ['\ufeff5000', undefined, 'unparsable'],
    ['€\u200b 5.000', undefined, 'unparsable'],
    ['+5000', undefined, 'unparsable'],
    ['0x10', undefined, 'unparsable'],
  ] as const)('refuses %j (source %j): %s', (value, source, kind) => {
    // The problem names the amount exactly as typed.
    expect(parseAmount(value, source)).toEqual({ ok: false, problem: { kind, text: source ?? value } });
  });

  it.each([
    [16, '0x10', 'hex', '16', undefined],
    [16, '0X10', 'hex', '16', undefined],
    [15, '0o17', 'octal', '15', undefined],
    [1000, '1e3', 'exponent', undefined, '1000'],
    [1500, '1.5E3', 'exponent', undefined, '1500'],
    [1234.5, '1.2345e3', 'exponent', undefined, '1234.5'],
    [0.05, '5e-2', 'exponent', undefined, '0.05'],
    [5000, '+5000', 'sign', undefined, '5000'],
    [1000, '+1e3', 'sign', undefined, '1000'],
    [0.5, '.5', 'leading-dot', undefined, '0.5'],
    [0.25, '.25', 'leading-dot', undefined, '0.25'],
    [5, '5.', 'trailing-dot', undefined, '5'],
    ['1_000', '1_000', 'underscore', undefined, '1000'],
    ['1_000.50', '1_000.50', 'underscore', undefined, '1000.50'],
  ] as const)('refuses %j written as %s: %s, advising %s / %s', (value, source, notation, read, advice) => {
    expect(parseAmount(value, source)).toEqual({
      ok: false,
      problem: { kind: 'notation', text: source, notation, ...(read ? { read } : {}), ...(advice ? { advice } : {}) },
    });
  });

  it('advises only amounts that are themselves accepted, with every digit typed', () => {
    for (const source of ['+5000', '.5', '5.', '1_000', '+.25', '1_2.3_4']) {
      const result = parseAmount(yamlValue(source) as number | string, source);
      const advice = !result.ok && result.problem.kind === 'notation' ? result.problem.advice : undefined;
      expect(advice, source).toBeDefined();
      expect(parseAmount(Number(advice), advice).ok, source).toBe(true);
      expect(advice!.replace(/^0(?=\.)/, '').replace('.', ''), source).toBe(source.replace(/[+_.]/g, ''));
    }
  });

  it('accepts from YAML only numbers written in plain decimal digits with at most two decimals', () => {
    // Whatever a plain scalar made of these characters is, an accepted number was written plainly.
    const scalar = fc.string({ unit: fc.constantFrom(...'0123456789.+-_eExXoO'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(scalar, (text) => {
        const value = yamlValue(text);
        if (typeof value !== 'number' && typeof value !== 'string') return;
        const result = parseAmount(value, text);
        if (result.ok && typeof value === 'number') expect(text).toMatch(/^\d+(?:\.\d{1,2})?$/);
        if (!result.ok) expect(result.problem.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseSplitAmount', () => {
  it.each([
    [3.999, '3.999,50', '50', 'number', 399950],
    [500, '500,50', '50', 'number', 50050],
    [24, '24,--', '--', 'number', 2400],
    ['1.234.567', '1.234.567,89', '89', 'text', 123456789],
  ] as const)('reads %j split from %s as an ambiguous amount that keeps every digit', (value, typed, key, readAs, cents) => {
    expect(parseSplitAmount(value, typed, key)).toEqual({
      ok: false,
      problem: { kind: 'ambiguous', text: typed, read: String(value), readAs, cents, splitKey: key },
    });
  });

  it('reads what YAML does split', () => {
    const map = parseDocument('{ bedrag: 3.999,50 }').contents;
    expect(isMap(map) && map.toJSON()).toEqual({ bedrag: 3.999, 50: null });
  });

  it('keeps the text as typed when the whole is no amount either', () => {
    expect(parseSplitAmount(1.2, '1.2,50', '50')).toEqual({ ok: false, problem: { kind: 'unparsable', text: '1.2,50' } });
  });
});

describe('plainDecimal', () => {
  it.each([
    [399950, '3999.50'],
    [1000000, '10000'],
    [5, '0.05'],
    [0, '0'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(plainDecimal(cents)).toBe(text);
  });
});

describe('formatMoney', () => {
  it.each([
    [6000000, '€ 60.000', '€60,000'],
    [123456, '€ 1.234,56', '€1,234.56'],
    [2400, '€ 24', '€24'],
    [5, '€ 0,05', '€0.05'],
    [0, '€ 0', '€0'],
    [100000000000, '€ 1.000.000.000', '€1,000,000,000'],
    [-2000000, '€ -20.000', '-€20,000'],
  ])('formats %i cents as %s and %s', (cents, nl, en) => {
    expect(formatMoney(cents, 'nl')).toBe(nl);
    expect(formatMoney(cents, 'en')).toBe(en);
  });

  it('round-trips every Dutch formatted amount through parseAmount', () => {
    for (const cents of [0, 1, 99, 100, 123456, 99999999, 1000000000]) {
      expect(parseAmount(formatMoney(cents, 'nl'))).toEqual({ ok: true, cents });
    }
  });
});

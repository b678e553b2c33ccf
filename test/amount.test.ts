import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount } from '../src/core/amount.js';

describe('parseAmount', () => {
  it.each([
    [5000, undefined, 500000],
    [1234.56, '1234.56', 123456],
    [1234.5, '1234.5', 123450],
    [0.1, '0.1', 10],
    [0.29, '0.29', 29],
    [1e3, '1e3', 100000],
    ['€ 10.000', undefined, 1000000],
    ['10.000', undefined, 1000000],
    ['€ 1.234,56', undefined, 123456],
    ['€ 24,-', undefined, 2400],
    ['€24,-', undefined, 2400],
    ['EUR 5.000', undefined, 500000],
    ['5000', undefined, 500000],
    ['€ 0,5', undefined, 50],
    ['€ 1.250.000', undefined, 125000000],
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
  ] as const)('refuses %j (source %j): %s', (value, source, kind) => {
    expect(parseAmount(value, source)).toMatchObject({ ok: false, problem: { kind } });
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

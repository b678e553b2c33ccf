import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_CENTS, parseAmount } from '../../src/core/amount.js';
import { formatMoney } from '../../src/i18n/lang.js';
import { parsePlan, type CheckedFile } from '../../src/load/parsePlan.js';
import { checks, root } from '../helpers/paths.js';

// Property-based tests: thousands of generated inputs, none may crash, hang, or give an error
// without a place. Over 10,000 cases in all; fast-check prints the seed of any failure to replay it.

const sources = [readFileSync(root + 'plans/2013.yaml', 'utf8'), readFileSync(checks + 'valid.yaml', 'utf8')];

/** Every diagnostic has a position in the file, and a file with errors has no usable plan for totals. */
function wellFormed(result: CheckedFile): void {
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
  }
}

const hasError = (r: CheckedFile) => r.diagnostics.some((d) => d.severity === 'error');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** All paths to values inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push([...prefix, i], ...paths(v, [...prefix, i]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...paths(v, [...prefix, k]));
  }
  return out;
}

function mutate(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(value) as Json;
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('10.000', '€ 1.234,56', '€ 24,-', '-5', 'S+R', 'wijkaanpak', ''),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }) as fc.Arbitrary<Json>,
);

describe('generated inputs', { timeout: 60_000 }, () => {
  it('mutated plans (deleted keys, swapped types) never crash, and every error is located', () => {
    const plans = sources.map((s) => parse(s) as Json);
    const allPaths = plans.map((p) => paths(p));
    const mutation = fc
      .tuple(fc.nat({ max: plans.length - 1 }), fc.nat(), fc.option(anyValue, { nil: undefined, freq: 3 }))
      .map(([p, i, replacement]) => ({ plan: plans[p]!, path: allPaths[p]![i % allPaths[p]!.length]!, replacement }));
    fc.assert(
      fc.property(mutation, ({ plan, path, replacement }) => {
        const text = stringify(mutate(plan, path, replacement));
        const result = parsePlan(Buffer.from(text), 'plan.yaml');
        wellFormed(result);
        // Removing a required top-level key is always an error.
        if (
          replacement === undefined &&
          path.length === 1 &&
          ['jaar', 'titel', 'gemeente', 'bronnen', 'onderdelen'].includes(String(path[0]))
        ) {
          expect(hasError(result)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('random bytes never crash and are never silently accepted as an empty plan', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parsePlan(bytes, 'random.yaml');
        wellFormed(result);
        // Whatever random bytes are, they are not a valid plan (a plan needs five keys).
        expect(hasError(result)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('truncated plans never crash, and every error is located', () => {
    const text = sources[0]!;
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.boolean(), (cut, withByte) => {
        const truncated = Buffer.from(text.slice(0, cut) + (withByte ? '\u0000' : ''));
        const result = parsePlan(truncated, 'plans/2013.yaml');
        wellFormed(result);
        if (withByte || cut < 200) expect(hasError(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('amounts round-trip between cents, Dutch notation and plain numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(parseAmount(formatMoney(cents, 'nl'))).toEqual({ ok: true, cents });
        const euros = `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(parseAmount(Number(euros), euros)).toEqual({ ok: true, cents });
      }),
      { numRuns: 2000 },
    );
  });
});

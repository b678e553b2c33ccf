import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { severities } from '../../src/core/diagnostic.js';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { badCases, checkCases, textCases } from '../helpers/expectations.js';

const dir = new URL('../fixtures/bad/', import.meta.url);
const read = (name: string) => parsePlan(readFileSync(new URL(name, dir)), `bad/${name}`);

describe('the bad-input corpus', () => {
  it('has at least 40 files, each with an expectation', () => {
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(badCases.map(([file]) => file).sort()).toEqual(files);
  });

  it.each(badCases)('%s', (file, expected) => {
    const result = read(file);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
    for (const d of result.diagnostics) {
      // Every message is worded in both languages, without leftovers of a template.
      for (const lang of ['nl', 'en'] as const) expect(messageOf(d, lang)).not.toMatch(/undefined|\[object|NaN|^\s*$/);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('lets no key pollute an object prototype', () => {
    read('22-proto-key.yaml');
    read('23-constructor-key.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts a UTF-8 byte order mark and reads the plan', () => {
    expect(read('11-bom-utf8.yaml').plan?.titel).toBe('Jaarplan 2014');
  });

  it('places diagnostics correctly in a file with CRLF line ends', () => {
    const d = read('49-crlf.yaml').diagnostics.find((x) => x.code === 'schema' && x.args.keyword === 'additionalProperties');
    expect([d?.line, d?.column, d?.endColumn]).toEqual([6, 1, 12]);
  });
});

describe('coverage of the checks', () => {
  it('has a fixture for every diagnostic code', () => {
    const covered = new Set([...checkCases, ...badCases, ...textCases].flatMap(([, e]) => e.map(([code]) => code)));
    // file-too-large and unreadable-file need no fixture file: they are tested without one.
    // duplicate-plan and wijk-spelling compare several plans: test/commands/identity.test.ts has their fixtures.
    const elsewhere = ['file-too-large', 'unreadable-file', 'duplicate-plan', 'wijk-spelling'];
    const untested = Object.keys(severities).filter((c) => !covered.has(c) && !elsewhere.includes(c));
    expect(untested).toEqual([]);
  });
});

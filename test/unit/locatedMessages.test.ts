import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { excerpt, lineOf } from '../../src/reporters/validate/excerpt.js';

const dir = new URL('../fixtures/bad/', import.meta.url);
const read = (name: string) => parsePlan(readFileSync(new URL(name, dir)), `bad/${name}`);
const only = (name: string): Diagnostic => {
  const { diagnostics } = read(name);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
};
const plan = (text: string) => parsePlan(Buffer.from(text), 'plan.yaml');
const codes = (text: string) => plan(text).diagnostics.map((d) => d.code);
const shown = (name: string, d: Diagnostic) => excerpt(read(name).source!, d, new Chalk({ level: 0 }));

const PLAN = `jaar: 2015
titel: T
gemeente: G
totaal_budget: 1000
bronnen:
  w: { naam: W, soort: eigen }
  x: { naam: X, soort: eigen }
onderdelen:
  - titel: A
    activiteiten:
      - nr: 1
        titel: B
        actiehouders: [C]
        dekking:
          - { bron: w, bedrag: 500 }
          - { bron: x, bedrag: 500 }
`;

describe('syntax errors where the mistake is', () => {
  it('places an unclosed apostrophe quote where it opens, and advises double quotes', () => {
    const d = only('55-apostrophe-gemeente.yaml');
    expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([3, 11, 3, 27]);
    expect(messageOf(d, 'nl')).toBe(
      "Het aanhalingsteken ' aan het begin van 's-Hertogenbosch wordt nergens gesloten. Is het een apostrof, zoals in 's-Hertogenbosch of 't Veld? " +
        `Zet de hele tekst dan tussen dubbele aanhalingstekens: "'s-Hertogenbosch".`,
    );
    expect(messageOf(d, 'en')).toBe(
      "The quote ' at the start of 's-Hertogenbosch is never closed. Is it an apostrophe, as in 's-Hertogenbosch or 't Veld? " +
        `Then put the whole text in double quotes: "'s-Hertogenbosch".`,
    );
    expect(shown('55-apostrophe-gemeente.yaml', d)).toBe(
      ["  3 │ gemeente: 's-Hertogenbosch", '    │           ^^^^^^^^^^^^^^^^'].join('\n'),
    );
  });

  it("places 't Veld in an activity title at its quote", () => {
    const d = only('56-apostrophe-titel.yaml');
    expect(messageOf(d, 'nl')).toContain(`"'t Veld feest"`);
    expect(messageOf(d, 'en')).toContain(`"'t Veld feest"`);
  });

  it('places an unclosed bracket where it opens', () => {
    const map = only('57-unclosed-flow-map.yaml');
    expect(messageOf(map, 'nl')).toBe('Het haakje { wordt nergens gesloten; sluit het met }.');
    expect(messageOf(map, 'en')).toBe('The bracket { is never closed; close it with }.');
    const list = only('13-unclosed-bracket.yaml');
    expect(shown('13-unclosed-bracket.yaml', list)).toBe(
      ['  11 │         actiehouders: [Wijkmanager', '     │                       ^^^^^^^^^^^^'].join('\n'),
    );
    expect(messageOf(list, 'en')).toBe('The bracket [ is never closed; close it with ].');
  });

  it('gives one error for tab indentation, at the tab, with advice to use spaces', () => {
    const d = only('58-tabs-in-list.yaml');
    expect([d.code, d.line, d.column, d.endColumn]).toEqual(['yaml-syntax', 11, 1, 3]);
    expect(messageOf(d, 'nl')).toMatch(/springt in met een tab.*Vervang de tab door spaties/);
    expect(messageOf(d, 'en')).toMatch(/indented with a tab.*Replace the tab with spaces/);
  });

  it('advises quotes for a title with an unquoted colon', () => {
    const d = only('59-unquoted-colon.yaml');
    expect(messageOf(d, 'nl')).toBe(
      'De tekst Project: groen in de wijk bevat een dubbele punt met een spatie erna, en die leest YAML als het begin van een nieuwe sleutel. ' +
        'Zet de tekst tussen aanhalingstekens: titel: "Project: groen in de wijk".',
    );
    expect(messageOf(d, 'en')).toBe(
      'The text Project: groen in de wijk holds a colon followed by a space, which YAML reads as the start of a new key. ' +
        'Put the text in quotes: titel: "Project: groen in de wijk".',
    );
    expect(messageOf(d, 'en')).not.toMatch(/indentation/);
    expect(messageOf(plan('jaar: 2014\ntitel: Project: groen # opmerking\n').diagnostics[0]!, 'en')).toContain('titel: "Project: groen".');
  });

  it('advises quoting the whole text when more follows a quoted part', () => {
    const d = only('60-text-after-quote.yaml');
    expect(messageOf(d, 'nl')).toContain(`Zet de hele tekst tussen aanhalingstekens: titel: '"Feest" in de wijk'.`);
    expect(messageOf(d, 'en')).toContain(`Put the whole text in quotes: titel: '"Feest" in de wijk'.`);
  });

  it("words every syntax error in the user's language, without the YAML parser's English", () => {
    const files = [
      '12-tabs.yaml',
      '13-unclosed-bracket.yaml',
      '14-unclosed-quote.yaml',
      '15-bad-indent.yaml',
      '55-apostrophe-gemeente.yaml',
    ];
    const texts = [
      'a:\n  b: 1\n c: 2\n',
      'a: @x\n',
      'a: "x\\q"\n',
      'a: { b: 1 c: 2 }\n',
      'a: [x]]\n',
      'a: x#y\nb: 1 #c\nc: [1,2]x\n',
      'a\nb: 1\n',
      'a: &x &y 1\n',
      'a: 1\nb: 2\n  c: 3\n',
    ];
    const found = [...files.map((f) => read(f).diagnostics), ...texts.map((t) => plan(t).diagnostics)].map((ds) =>
      ds.find((d) => d.code === 'yaml-syntax'),
    );
    for (const d of found) {
      expect(d).toBeDefined();
      if (d?.code !== 'yaml-syntax') continue;
      for (const lang of ['nl', 'en'] as const) {
        const message = messageOf(d, lang);
        expect(message).not.toContain(d.args.detail);
        expect(message).not.toMatch(/YAMLParseError|at line \d/);
      }
      expect(messageOf(d, 'nl')).not.toMatch(/\b(the|must|missing|indicator|implicit|mapping items)\b/i);
    }
    expect(messageOf(read('15-bad-indent.yaml').diagnostics[0]!, 'nl')).toMatch(/^Deze regel staat niet recht onder de sleutels erboven/);
  });

  it('keeps a duplicate key before a syntax error, and drops the ones it may have caused', () => {
    const text = 'jaar: 2014\njaar: 2015\nbronnen:\n\tw: 1\n\tw: 2\n';
    expect(plan(text).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['duplicate-key', 2],
      ['yaml-syntax', 4],
    ]);
  });
});

describe('files that are not UTF-8', () => {
  it('recognises UTF-16 without a byte order mark, in both byte orders', () => {
    for (const name of ['61-utf16le-no-bom.yaml', '62-utf16be-no-bom.yaml']) {
      const d = only(name);
      expect(d.args).toEqual({ reason: 'utf16' });
      expect(messageOf(d, 'nl')).toBe('Dit bestand is opgeslagen als UTF-16; sla het op als UTF-8.');
      expect(messageOf(d, 'en')).toBe('This file is saved as UTF-16; save it as UTF-8.');
    }
  });

  it('still calls a binary file binary', () => {
    expect(read('07-binary.bin').diagnostics[0]?.args).toEqual({ reason: 'binary' });
  });

  it('places a Windows-1252 € at its byte and says what the file looks like', () => {
    const d = only('63-windows-1252.yaml');
    expect([d.line, d.column, d.endColumn]).toEqual([17, 22, 23]);
    expect(d.args).toEqual({ reason: 'encoding', byte: '0x80', windows1252: '€' });
    expect(messageOf(d, 'nl')).toBe(
      'Dit bestand is geen geldige UTF-8-tekst: byte 0x80 hier hoort niet in UTF-8; het bestand lijkt opgeslagen als Windows-1252 of Latin-1, ' +
        'waarin deze byte het teken € is. Sla het op als UTF-8.',
    );
    expect(messageOf(d, 'en')).toBe(
      'This file is not valid UTF-8 text: byte 0x80 here is not UTF-8; the file looks saved as Windows-1252 or Latin-1, ' +
        'where this byte is the character €. Save it as UTF-8.',
    );
  });

  it('does not call a damaged UTF-8 file Windows-1252', () => {
    // "é" in UTF-8, then a lone continuation byte on the next line.
    const bytes = Buffer.concat([Buffer.from('titel: caf\u00e9\nwijk: '), Buffer.from([0xa9]), Buffer.from('\n')]);
    const [d] = parsePlan(bytes, 'x.yaml').diagnostics;
    expect([d?.line, d?.column]).toEqual([2, 7]);
    expect(d?.args).toEqual({ reason: 'encoding', byte: '0xA9' });
    expect(messageOf(d!, 'nl')).not.toMatch(/Windows-1252/);
  });
});

describe('no finding derived from a node that has an error', () => {
  it('gives no missing owner for owners refused by the schema', () => {
    expect(read('64-owners-text.yaml').diagnostics.map((d) => d.code)).toEqual(['schema']);
  });

  it('does not call a source unused when an unknown bron is nearest to it', () => {
    // A code in another case is that source (compared as names are), so it is neither unknown nor unused.
    expect(read('65-bron-lower-case.yaml').diagnostics.map((d) => [d.code, d.args])).toEqual([]);
    expect(codes(PLAN.replace('bron: x,', 'bron: X,'))).toEqual([]);
    // An unknown bron nearest to a source leaves that source not unused.
    expect(codes(PLAN.replace('  x: {', '  stad: {').replace('bron: x,', 'bron: staf,'))).toEqual(['unknown-source']);
    // An unknown bron near no source leaves an unused source unused.
    expect(codes(PLAN.replace('bron: x,', 'bron: gemeente,'))).toEqual(['unused-source', 'unknown-source']);
  });

  it('gives no unused source and no budget sum when budget lines are refused', () => {
    expect(codes(PLAN)).toEqual([]);
    const refused = PLAN.replace('          - { bron: w, bedrag: 500 }\n          - { bron: x, bedrag: 500 }', '          bron: x');
    expect(codes(refused)).toEqual(['schema']);
    expect(codes(PLAN.replace('          - { bron: x, bedrag: 500 }', '          - { bron: x, bedrag: 500, bedrg: 5 }'))).toEqual([
      'schema',
    ]);
  });

  it('keeps the budget sum when only a bron is wrong', () => {
    expect(codes(PLAN.replace('totaal_budget: 1000', 'totaal_budget: 900').replace('bron: x,', 'bron: y,'))).toEqual([
      'over-budget',
      'unused-source',
      'unknown-source',
    ]);
  });

  it('gives no results percentage from refused points, and no results year against a refused year', () => {
    const results = PLAN.replace(
      'onderdelen:',
      'resultaten:\n  jaar: 2014\n  punten_totaal: 4\n  gerealiseerd_procent: 90\n  punten:\n    - { nrs: [1, 2], tekst: a }\n    - { nrs: "3", tekst: b }\nonderdelen:',
    );
    expect(codes(results)).toEqual(['schema']);
    expect(codes(results.replace('nrs: "3"', 'nrs: [3]'))).toEqual(['results-percentage']);
    expect(codes(PLAN.replace('jaar: 2015', 'jaar: "2015"').replace('onderdelen:', 'resultaten: { jaar: 2014 }\nonderdelen:'))).toEqual([
      'schema',
    ]);
  });
});

describe('carets in the text output', () => {
  it('stop before a trailing comment and trailing spaces', () => {
    const text = PLAN.replace('          - { bron: x, bedrag: 500 }', '          - bron: x   # nog niet begroot   ');
    const file = plan(text);
    const d = file.diagnostics.find((x) => x.code === 'unknown-amount')!;
    expect([d.line, d.column, d.endColumn]).toEqual([16, 13, 20]);
    expect(excerpt(file.source!, d, new Chalk({ level: 0 })).split('\n')[1]).toBe('     │             ^^^^^^^');
    // Also when the span itself runs on (a syntax error over several lines).
    const long = { ...d, endLine: 17, endColumn: 1 };
    expect(excerpt(file.source!, long, new Chalk({ level: 0 })).split('\n')[1]).toBe('     │             ^^^^^^^');
    // A # inside quotes is text.
    expect(excerpt('a: "x # y"  # z\n', { line: 1, column: 4, endLine: 2, endColumn: 1 }, new Chalk({ level: 0 })).split('\n')[1]).toBe(
      '    │    ^^^^^^^',
    );
  });
});

describe('the line an excerpt shows', () => {
  it('is the line a split at line feeds (with or without a carriage return) gives, for any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '€'), maxLength: 30 });
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 12 }), (source, n) => {
        expect(lineOf(source, n)).toBe(source.split(/\r?\n/)[n - 1]);
      }),
      { numRuns: 5000 },
    );
  });
});

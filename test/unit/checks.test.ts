import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { checkCases } from '../helpers/expectations.js';
import { checks } from '../helpers/paths.js';

const check = (name: string) => parsePlan(readFileSync(checks + name), `fixtures/${name}`);
const found = (name: string) => check(name).diagnostics.map((d) => [d.code, d.line, d.column]);

describe('checks on fixture plans', () => {
  it.each(checkCases)('%s', (file, expected) => {
    expect(found(file)).toEqual(expected);
  });
});

describe('what the checks say', () => {
  it('suggests the nearest declared source for an unknown one', () => {
    const d = check('unknown-source.yaml').diagnostics.find((x) => x.code === 'unknown-source');
    expect(d?.args).toEqual({ bron: 'S+K', suggestion: 'S+R', declared: ['wijkaanpak', 'S+R'] });
  });

  it('suggests the nearest key for an unknown key and points at the key itself', () => {
    const d = check('schema.yaml').diagnostics.find((x) => x.code === 'schema' && x.args.keyword === 'additionalProperties');
    expect(d).toMatchObject({ line: 5, column: 1, endLine: 5, endColumn: 12, pointer: '/onderdeelen' });
    expect(d?.args).toMatchObject({ key: 'onderdeelen', suggestion: 'onderdelen' });
  });

  it('gives both sums, the difference and the unknown lines for unallocated budget', () => {
    const d = check('unallocated-budget.yaml').diagnostics[0];
    expect(d?.args).toEqual({ declared: 200000, known: 150050, difference: 49950, unknownLines: 0 });
  });

  it('says of a budget table that the plan names no owners, once, and of each activity otherwise', () => {
    const [table] = check('no-owner.yaml').diagnostics;
    expect([table?.pointer, table?.args]).toEqual(['/onderdelen', { activities: 2 }]);
    expect(messageOf(table!, 'nl')).toBe(
      'Het plan noemt bij geen van zijn 2 activiteiten een actiehouder of status; noem onder actiehouders wie de actie heeft, als het meer is dan een begrotingstabel.',
    );
    expect(messageOf(table!, 'en')).toBe(
      'The plan names no owner or status for any of its 2 activities; name who is responsible under actiehouders, if it is more than a budget table.',
    );
    const some = check('no-owner-some.yaml').diagnostics;
    expect(some.map((d) => d.args)).toEqual([
      { nr: 1, titel: 'Buurtfeest' },
      { nr: 2, titel: 'Opschoondag' },
    ]);
  });

  it('reads a source code written in another case or Unicode form as the declared source, in every check', () => {
    const text = [
      'jaar: 2021',
      'titel: Plan',
      'gemeente: Beekdal',
      'bronnen:',
      '  Poe\u0308zie: { naam: Poëziefonds, soort: eigen }',
      '  ISV: { naam: Stedelijke vernieuwing, soort: cofinanciering }',
      'totalen:',
      '  bronnen: { isv: 300, "POËZIE": 200 }',
      'onderdelen:',
      '  - titel: A',
      '    activiteiten:',
      '      - nr: 1',
      '        titel: B',
      '        actiehouders: [C]',
      '        dekking:',
      '          - { bron: " isv", bedrag: 300 }',
      '          - { bron: po\u00ebzie, bedrag: 200 }',
      '',
    ].join('\n');
    expect(parsePlan(new TextEncoder().encode(text), 'plan.yaml').diagnostics.map((d) => d.code)).toEqual([]);
    // A stated total that does not match is still found.
    const wrong = parsePlan(new TextEncoder().encode(text.replace('isv: 300', 'isv: 301')), 'plan.yaml').diagnostics;
    expect(wrong.map((d) => d.code)).toEqual(['stated-total']);
  });

  it('gives the budgeted and the spent amount of an overspent line, and reads status', () => {
    const result = check('overspent.yaml');
    expect(result.diagnostics[0]?.args).toEqual({ nr: 1, bron: 'wijkaanpak', bedrag: 250000, besteed: 265075 });
    const [first, second] = result.plan!.onderdelen[0]!.activiteiten;
    expect([first?.status, first?.dekking[0]?.besteed, second?.status, second?.dekking[0]?.besteed]).toEqual([
      'afgerond',
      265075,
      'lopend',
      400000,
    ]);
  });

  it('reports what YAML read for the thousands trap', () => {
    const [first] = check('ambiguous-amount.yaml').diagnostics;
    expect(first?.args).toEqual({ text: '10.000', read: '10', readAs: 'number', cents: 1000000 });
  });

  it('does not add budget warnings on top of amounts it could not read', () => {
    const codes = check('ambiguous-amount.yaml').diagnostics.map((d) => d.code);
    expect(codes).not.toContain('unallocated-budget');
    expect(codes).not.toContain('unknown-amount');
  });

  it('gives no budget checks on a plan whose sections are not a list', () => {
    const result = parsePlan(
      Buffer.from('jaar: 2014\ntitel: T\ngemeente: G\ntotaal_budget: 10\nbronnen: {w: {naam: W, soort: eigen}}\nonderdelen: geen\n'),
      'x.yaml',
    );
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['schema', 6, 13]]);
    expect(result.plan).toBeNull();
  });

  it('refuses a YAML bomb before expanding it, with one diagnostic', () => {
    // Expanded, this file would hold 9^9 strings; it is refused from the unexpanded document.
    const result = check('yaml-alias.yaml');
    expect(result.plan).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.args).toEqual({ count: 72 });
  });

  it('refuses a file over the size limit without parsing it', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    expect(parsePlan(big, 'big.yaml').diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('refuses text that is not UTF-8, at its first invalid byte', () => {
    const latin1 = Buffer.from([0x74, 0x69, 0x74, 0x65, 0x6c, 0x3a, 0x20, 0xe9, 0x0a]);
    const [d] = parsePlan(latin1, 'x.yaml').diagnostics;
    expect(d?.args).toEqual({ reason: 'encoding', byte: '0xE9', windows1252: 'é' });
    expect([d?.line, d?.column, d?.endColumn]).toEqual([1, 8, 9]);
  });
});

describe('plans/2013.yaml', () => {
  const result = parsePlan(readFileSync(new URL('../../plans/2013.yaml', import.meta.url)), 'plans/2013.yaml');

  it('is valid, with exactly the expected warnings', () => {
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['warning', 'unallocated-budget', 19],
      ['warning', 'no-owner', 79],
      ['warning', 'no-owner', 87],
      ['warning', 'unknown-amount', 155],
      ['warning', 'unknown-amount', 173],
    ]);
  });

  it('has € 20.000 unallocated of € 60.000, with 2 lines without an amount', () => {
    expect(result.diagnostics[0]?.args).toEqual({ declared: 6000000, known: 4000000, difference: 2000000, unknownLines: 2 });
  });

  it('transcribes all 8 activities in their two sections', () => {
    const sections = result.plan!.onderdelen.map((s) => [s.titel, s.activiteiten.map((a) => a.nr)]);
    expect(sections).toEqual([
      ['Activiteiten 2013', [1, 2, 3, 4]],
      ['Wijkoverstijgende projecten', [5, 6, 7, 8]],
    ]);
  });

  it('keeps roles, not the name of a person, as owners of activity 8', () => {
    const eight = result.plan!.onderdelen[1]!.activiteiten[3]!;
    expect(eight.actiehouders).toEqual(['Wijkmanager', 'Medewerker Duurzaamheid en Energie']);
  });
});

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { characterName, masked, visible } from '../../src/core/characters.js';
import { finding, type Diagnostic, type Finding } from '../../src/core/diagnostic.js';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { excerpt } from '../../src/reporters/validate/excerpt.js';
import { textCases } from '../helpers/expectations.js';
import { runCli } from '../helpers/runCli.js';
import { root } from '../helpers/paths.js';
import { tempDir } from '../helpers/tempDir.js';

const dir = new URL('../fixtures/text/', import.meta.url);
const source = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const read = (name: string) => parsePlan(readFileSync(new URL(name, dir)), `text/${name}`);
const codes = (name: string) => read(name).diagnostics.map((d) => d.code);
const args = (name: string) => read(name).diagnostics.map((d) => d.args);

/** Every bidi control and invisible format character. */
const HIDDEN = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/;
/** Bidi controls only. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

describe('the text corpus', () => {
  it('has an expectation for each file', () => {
    expect(textCases.map(([file]) => file).sort()).toEqual(readdirSync(dir).sort());
  });

  it.each(textCases)('%s', (file, expected) => {
    const result = read(file);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual(expected);
    for (const d of result.diagnostics) {
      for (const lang of ['nl', 'en'] as const) {
        expect(messageOf(d, lang)).not.toMatch(/undefined|\[object|NaN|^\s*$/);
        expect(messageOf(d, lang)).not.toMatch(HIDDEN);
      }
    }
  });
});

describe('bidi controls', () => {
  it('refuses the Trojan Source line, naming the character and showing the value as it is stored', () => {
    const [d] = read('bidi-value.yaml').diagnostics;
    expect(d?.args).toEqual({ character: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE', value: '\u202eSR \u202c€ 1.234,56' });
    expect(messageOf(d!, 'nl')).toContain('"<U+202E>SR <U+202C>€ 1.234,56"');
    expect(messageOf(d!, 'en')).toContain('RIGHT-TO-LEFT OVERRIDE');
  });

  it('finds them in comments and written as escapes in double quotes, at the character or its backslash', () => {
    const [comment, escaped] = read('bidi-comment.yaml').diagnostics;
    const lines = source('bidi-comment.yaml').split('\n');
    expect([comment?.pointer, lines[comment!.line - 1]![comment!.column - 1]]).toEqual(['', '\u202e']);
    expect([escaped?.pointer, lines[escaped!.line - 1]!.slice(escaped!.column - 1, escaped!.column + 5)]).toEqual([
      '/onderdelen/0/activiteiten/0/dekking/0/toelichting',
      '\\u2067',
    ]);
  });

  it('finds them in keys, and gives the key no unknown-key finding besides', () => {
    expect(codes('bidi-key.yaml')).toEqual(['bidi-character']);
    expect(read('bidi-key.yaml').diagnostics[0]?.atKey).toBe(true);
  });

  it('are found even when the YAML cannot be read', () => {
    const result = parsePlan(Buffer.from('jaar: 2014\ntitel: [\u202eopen\n'), 'x.yaml');
    expect(result.diagnostics.map((d) => d.code)).toContain('yaml-syntax');
    expect(result.diagnostics.filter((d) => d.code === 'bidi-character').map((d) => [d.line, d.column])).toEqual([[2, 9]]);
  });
});

describe('invisible characters', () => {
  it('are refused in amounts, with no invalid-amount finding besides', () => {
    expect(args('invisible-amount.yaml')).toEqual([
      { character: 'U+200B', name: 'ZERO WIDTH SPACE', where: 'amount', value: '5000\u200b' },
      { character: 'U+2060', name: 'WORD JOINER', where: 'amount', value: '€ 1.\u2060250' },
    ]);
    expect(read('invisible-amount.yaml').plan?.onderdelen[0]?.activiteiten[0]?.dekking.map((l) => l.bedrag)).toEqual([null, null]);
  });

  it('are refused in source codes, as keys and as values, with no unknown or unused source besides', () => {
    expect(read('invisible-code.yaml').diagnostics.map((d) => [d.args, d.atKey ?? false])).toEqual([
      [{ character: 'U+200B', name: 'ZERO WIDTH SPACE', where: 'key', value: 'wijk\u200baanpak' }, true],
      [{ character: 'U+200B', name: 'ZERO WIDTH SPACE', where: 'value', value: 'wijk\u200baanpak' }, false],
    ]);
  });

  it('are refused in numbers, including a byte order mark inside the text and an escaped \\u200B', () => {
    expect(read('invisible-number.yaml').diagnostics.map((d) => [d.pointer, d.args])).toEqual([
      ['/jaar', { character: 'U+FEFF', name: 'ZERO WIDTH NO-BREAK SPACE', where: 'value', value: '2014\ufeff' }],
      ['/onderdelen/0/activiteiten/0/nr', { character: 'U+200B', name: 'ZERO WIDTH SPACE', where: 'value', value: '1\u200b' }],
    ]);
  });

  it('accepts a leading byte order mark, which is no part of the text', () => {
    const plan = readFileSync(new URL('free-text-keeps.yaml', dir));
    const result = parsePlan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plan]), 'bom.yaml');
    expect(result.diagnostics).toEqual([]);
  });

  it('lets free text keep joiners, direction marks and the soft hyphen, and comments anything invisible', () => {
    const result = read('free-text-keeps.yaml');
    expect(result.diagnostics).toEqual([]);
    const activity = result.plan!.onderdelen[0]!.activiteiten[0]!;
    expect(activity.titel).toBe('Buurtfeest \u{1F468}\u200d\u{1F469}\u200d\u{1F467}');
    expect(activity.actiehouders).toEqual(['Wijk\u00admanager', '\u200fمدير\u200e']);
    expect(activity.dekking[0]?.toelichting).toContain('zero\u200cwidth');
  });

  it('refuses a zero-width space even in free text', () => {
    expect(args('invisible-text.yaml')).toEqual([
      { character: 'U+200B', name: 'ZERO WIDTH SPACE', where: 'text', value: 'Buurt\u200bfeest' },
    ]);
  });

  it('quotes a long value as a window around the character', () => {
    const long = 'a'.repeat(100) + '\u200b' + 'b'.repeat(100);
    const result = parsePlan(Buffer.from(`jaar: 2014\ngemeente: "${long}"\n`), 'x.yaml');
    const d = result.diagnostics.find((x) => x.code === 'invisible-character');
    expect(d?.args).toMatchObject({ value: `…${'a'.repeat(30)}\u200b${'b'.repeat(29)}…` });
  });
});

describe('messages that quote a value', () => {
  const z = 'x\u200by\u202ez';
  const findings: Finding[] = [
    finding('schema', '/a', { keyword: 'additionalProperties', key: z, suggestion: z, allowed: [z] }, true),
    finding('schema', '/a', { keyword: 'enum', key: 'soort', value: JSON.stringify(z), allowed: [z] }),
    finding('schema', '/a', { keyword: 'type', key: z, expected: 'integer', value: JSON.stringify(z) }),
    finding('duplicate-key', '', { key: z }),
    finding('ambiguous-amount', '', { text: z, read: z, readAs: 'text', cents: 100 }),
    finding('invalid-amount', '', { text: z, reason: 'unparsable' }),
    finding('unknown-source', '', { bron: z, suggestion: z, declared: [z] }),
    finding('duplicate-activity-nr', '', { nr: 1, firstTitel: z }),
    finding('unknown-amount', '', { nr: 1, bron: z }),
    finding('overspent', '', { nr: 1, bron: z, bedrag: 1, besteed: 2 }),
    finding('no-owner', '', { nr: 1, titel: z }),
    finding('unused-source', '', { code: z }),
    finding('yaml-syntax', '', { yamlCode: 'OTHER', detail: z, kind: 'unquoted-colon', key: 'titel', text: z }),
  ];

  it.each(findings.map((f) => [f.code, f] as const))('%s shows hidden characters as code points', (_, f) => {
    for (const lang of ['nl', 'en'] as const) {
      const message = messageOf(f, lang);
      expect(message).toContain('x<U+200B>y<U+202E>z');
      expect(message).not.toMatch(HIDDEN);
    }
  });

  it('are made by one helper that writes each character as its code point', () => {
    expect(visible('5\u200b000 \u2066€\u2069 \ufeff')).toBe('5<U+200B>000 <U+2066>€<U+2069> <U+FEFF>');
    expect(visible('Buurtfeest 1.234,56')).toBe('Buurtfeest 1.234,56');
    expect(characterName('\u202e')).toBe('RIGHT-TO-LEFT OVERRIDE');
  });
});

describe('the source excerpt under a diagnostic', () => {
  it('shows hidden characters as one mark each, so nothing is reordered and the caret is under the character', () => {
    const d = read('bidi-value.yaml').diagnostics[0] as Diagnostic;
    const shown = excerpt(source('bidi-value.yaml'), d, new Chalk({ level: 0 }));
    expect(shown).not.toMatch(HIDDEN);
    const [line, carets] = shown.split('\n').map((l) => l.replace(/^\s*\d*\s*│ /, ''));
    expect(line).toBe('            toelichting: "\ufffdSR \ufffd€ 1.234,56"');
    expect(line![carets!.indexOf('^')]).toBe('\ufffd');
    expect(masked('a\u200db')).toBe('a\ufffdb');
  });
});

describe('amounts in plans', () => {
  it('advises an amount split at its comma inside { … } with every digit, and no unknown key "50"', () => {
    const result = read('flow-comma.yaml');
    expect(result.diagnostics.map((d) => d.args)).toEqual([
      { text: '3.999,50', read: '3.999', readAs: 'number', cents: 399950, splitKey: '50' },
      { text: '250,--', read: '250', readAs: 'number', cents: 25000, splitKey: '--' },
    ]);
    const [first] = result.diagnostics;
    expect(messageOf(first!, 'nl')).toBe(
      'In { … } leest YAML 3.999,50 als het getal 3.999 en een sleutel "50", niet als € 3.999,50. Schrijf 3999.50 of "€ 3.999,50" (met aanhalingstekens).',
    );
    expect(messageOf(first!, 'en')).toBe(
      'Inside { … } YAML reads 3.999,50 as the number 3.999 and a key "50", not as €3,999.50. Write 3999.50 or "€ 3.999,50" (with quotes).',
    );
  });

  it('still reports a real unknown key next to an amount in { … }', () => {
    const text = source('flow-comma.yaml').replace('bedrag: 3.999,50 }', 'bedrag: 3.999, 50 }');
    const result = parsePlan(Buffer.from(text), 'x.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['ambiguous-amount', 'schema', 'ambiguous-amount']);
  });

  it('refuses every notation but plain digits in every amount field, advising the same amount in plain digits', () => {
    expect(args('amount-notations.yaml')).toEqual([
      { text: '+60000', reason: 'notation', notation: 'sign', advice: '60000' },
      { text: '0x10', reason: 'notation', notation: 'hex', read: '16' },
      { text: '0o17', reason: 'notation', notation: 'octal', read: '15' },
      { text: '1e3', reason: 'notation', notation: 'exponent', advice: '1000' },
      { text: '.5', reason: 'notation', notation: 'leading-dot', advice: '0.5' },
      { text: '1_000', reason: 'notation', notation: 'underscore', advice: '1000' },
      { text: '4.5e2', reason: 'notation', notation: 'exponent', advice: '450' },
    ]);
    const messages = read('amount-notations.yaml').diagnostics.map((d) => messageOf(d, 'nl'));
    expect(messages[0]).toBe('Ongeldig bedrag +60000: een bedrag heeft geen plusteken. Schrijf 60000.');
    expect(messages[1]).toBe(
      'Ongeldig bedrag 0x10: YAML leest dit als het hexadecimale getal 16; schrijf een bedrag in gewone cijfers, zoals 5000 of "€ 5.000".',
    );
    expect(messageOf(read('amount-notations.yaml').diagnostics[3]!, 'en')).toBe(
      'Invalid amount 1e3: write an amount out in digits, without an exponent. Write 1000.',
    );
  });
});

describe('the HTML report of a plan with a bidi override', () => {
  // The activity's title, shown in the report, holds the Trojan Source line of bidi-value.yaml.
  const trojan = source('bidi-value.yaml').replace('titel: Buurtfeest', 'titel: "Buurtfeest \u202eSR \u202c€ 1.234,56"');

  it('is refused: nothing on standard output, and nothing printed holds a bidi control', async () => {
    const plans = tempDir();
    writeFileSync(join(plans, '2014.yaml'), trojan);
    const r = await runCli(['report', '--year', '2014', '--plans', plans, '--format', 'html'], plans);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[bidi-character]');
    expect(r.stdout + r.stderr).not.toMatch(BIDI);
  });

  it('is written once the character is gone', async () => {
    const plans = tempDir();
    writeFileSync(join(plans, '2014.yaml'), trojan.replace(/[\u202e\u202c]/g, ''));
    const r = await runCli(['report', '--year', '2014', '--plans', plans, '--format', 'html'], plans);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Buurtfeest SR € 1.234,56');
  });
});

describe('findings next to a refused character', () => {
  it('keep an unknown key whose value holds an invisible character', () => {
    const text = source('invisible-text.yaml').replace('        titel: Buurt', '        titl: Buurt');
    const result = parsePlan(Buffer.from(text), 'x.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['schema', 9, 9],
      ['schema', 10, 9],
      ['invisible-character', 10, 20],
    ]);
  });
});

describe('control characters made by escapes', () => {
  // Written as themselves they make the file not-text; made by a YAML escape in double quotes they
  // would reach a terminal or a page all the same, so they are refused at the value.
  it('are refused at the value, shown as code points, and the plan is never reported', async () => {
    const file = 'test/fixtures/text/escaped-control.yaml';
    const v = await runCli(['validate', file, '--lang', 'en'], root);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('(U+001B)');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: none of the refused characters may be printed
    expect(v.stdout + v.stderr).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', '2014.yaml'), readFileSync(join(root, file)));
    for (const format of ['table', 'markdown', 'html']) {
      const r = await runCli(['report', '--year', '2014', '--format', format], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: none of the refused characters may be printed
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
  });

  it('leave a tab and a line break in text alone', () => {
    expect(visible('a\tb\nc')).toBe('a\tb\nc');
    expect(visible('a\u001b[2Jb\u009b')).toBe('a<U+001B>[2Jb<U+009B>');
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/core/computeTotals.js';
import type { Plan } from '../../src/core/plan.js';
import { parseDocument } from 'yaml';
import { readClean } from '../../src/load/fastPlan.js';
import { readPlainTree } from '../../src/load/plainTree.js';
import { parsePlan, sourceOf, type CheckedFile } from '../../src/load/parsePlan.js';
// @ts-expect-error -- the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { writePlansLike2013 } from '../helpers/realisticPlans.js';

// The differential test of the fast reader: whatever it reads, the full reader must read alike.
// Every file goes through parsePlan twice, with and without the fast reader, and the results must
// be identical: every diagnostic with its code, severity, message arguments and place (line, column,
// end line and end column), the typed plan, the identity. readClean is asked directly too, to count
// the files it answered for, with findings and without, so the test cannot pass by the fast reader
// never answering, nor by its answering only for clean files.

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Compared {
  /** Whether the fast reader answered. */
  fast: boolean;
  /** Whether it answered from the plain subset's own reader (`plainTree.ts`) rather than js-yaml. */
  plain: boolean;
  full: CheckedFile;
}

/** Reads a file both ways and requires one result. */
function compare(bytes: Uint8Array, path: string): Compared {
  const full = parsePlan(bytes, path);
  const chosen = parsePlan(bytes, path, { clean: readClean });
  expect(chosen).toStrictEqual(full);
  // The fast reader is given text only: bytes that are not text are refused before either reader.
  const fast = full.source === null ? null : readClean(sourceOf(bytes), path);
  if (fast !== null) expect(fast).toStrictEqual(full);
  // What the subset's reader reads, it reads as `yaml` does, to the last value.
  const tree = fast === null ? null : readPlainTree(full.source!);
  if (tree !== null) expect(tree.value).toStrictEqual(parseDocument(full.source!, { uniqueKeys: true }).toJS());
  return { fast: fast !== null, plain: tree !== null, full };
}

/**
 * How many files were read, how many had a finding in their content (not one of the YAML parser
 * itself, such as a syntax error, which only the full reader reports), and how many of each the
 * fast reader answered.
 */
class Tally {
  files = 0;
  withFindings = 0;
  fast = 0;
  fastWithFindings = 0;
  plain = 0;
  add({ fast, plain, full }: Compared): void {
    if (plain) this.plain++;
    // The full reader gives an identity (perhaps null) only to a file whose YAML it could read.
    const found = full.diagnostics.length > 0 && 'identity' in full;
    this.files++;
    if (found) this.withFindings++;
    if (fast) this.fast++;
    if (fast && found) this.fastWithFindings++;
  }
  /** The share of all files the fast reader answered. */
  get share(): number {
    return this.fast / this.files;
  }
  /** The share of the files with a finding that the fast reader answered. */
  get shareWithFindings(): number {
    return this.fastWithFindings / this.withFindings;
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const enc = new TextEncoder();

// In CI the generated cases are the same on every run, so that a failure there is reproducible and
// no change is held up by a draw; elsewhere every run draws new cases (fast-check prints the seed of
// a failure, to replay it).
const draw = process.env.CI ? { seed: 2013 } : {};

describe('the fast reader and the full reader', () => {
  it('read every fixture, every bad input and the bundled plans alike', () => {
    const files = [...yamlFiles(join(root, 'test/fixtures')), ...yamlFiles(join(root, 'plans'))];
    expect(files.length).toBeGreaterThan(150);
    const tally = new Tally();
    for (const f of files) {
      const compared = compare(readFileSync(f), relative(root, f));
      // Bytes that are not text never reach either reader.
      if (compared.full.source !== null) tally.add(compared);
    }
    // Most fixtures hold a finding on purpose; the fast reader places most of them itself.
    expect(tally.withFindings).toBeGreaterThan(100);
    expect(tally.share).toBeGreaterThan(0.65);
    expect(tally.shareWithFindings).toBeGreaterThan(0.75);
    // The bad-input corpus has `__proto__` and `constructor` keys: neither reader lets them pollute.
    expect(files.some((f) => f.endsWith('22-proto-key.yaml'))).toBe(true);
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 120_000);

  it('answer for the bundled 2013 plan, with its five warnings in place', () => {
    const path = 'plans/2013.yaml';
    const text = readFileSync(join(root, path), 'utf8');
    const fast = readClean(text, path);
    expect(fast).not.toBeNull();
    expect(fast!.diagnostics.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['unallocated-budget', 19, 16, 19, 26],
      ['no-owner', 79, 9, 79, 14],
      ['no-owner', 87, 9, 87, 14],
      ['unknown-amount', 155, 13, 155, 22],
      ['unknown-amount', 173, 13, 173, 22],
    ]);
    expect(compare(enc.encode(text), path).fast).toBe(true);
  });

  const corpus = mkdtempSync(join(tmpdir(), 'jaarplan-fast-'));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('read the benchmark corpora and plans like the 2013 one alike, with the same totals', () => {
    writeCorpus(join(corpus, 'mixed'), 1000, 20);
    writeCorpus(join(corpus, 'valid'), 300, 0, 2014);
    writePlansLike2013(join(corpus, 'like2013'), 300);
    for (const set of ['mixed', 'valid', 'like2013']) {
      const files = yamlFiles(join(corpus, set)).sort();
      const tally = new Tally();
      const results = files.map((f) => {
        const compared = compare(readFileSync(f), relative(corpus, f));
        tally.add(compared);
        return compared;
      });
      // The benchmark's corpora are written to be read; every plan like the 2013 one has warnings.
      expect(tally.share).toBeGreaterThan(0.95);
      // Plans as the benchmark writes them are in the subset the plain reader reads by hand.
      expect(tally.plain / tally.files).toBeGreaterThan(0.9);
      if (set !== 'valid') expect(tally.shareWithFindings).toBeGreaterThan(0.9);
      if (set === 'like2013') expect(tally.withFindings).toBe(files.length);
      const plans = results.map((r) => r.full.plan).filter((p): p is Plan => p !== null);
      const fastPlans = files
        .map((f) => parsePlan(readFileSync(f), relative(corpus, f), { clean: readClean }).plan)
        .filter((p): p is Plan => p !== null);
      expect(computeTotals(fastPlans)).toStrictEqual(computeTotals(plans));
    }
  }, 240_000);

  const generated = new Tally();
  it('read generated plans alike: 7,000 plans written in every style YAML allows', () => {
    fc.assert(
      fc.property(planText, (text) => {
        generated.add(compare(enc.encode(text), 'wijk/2018-plan.yaml'));
      }),
      { numRuns: 7000, ...draw },
    );
    // The generator writes much that the fast reader leaves to the full reader, to try its refusals
    // (about two in three); of the rest it answers for a share, findings and all.
    expect(generated.share).toBeGreaterThan(0.25);
    expect(generated.share).toBeLessThan(0.95);
    expect(generated.withFindings).toBeGreaterThan(1000);
    expect(generated.fastWithFindings).toBeGreaterThan(300);
    expect(generated.shareWithFindings).toBeGreaterThan(0.2);
    // Of what the fast reader answers, the plain reader reads a share and js-yaml the rest: both are tried.
    expect(generated.plain).toBeGreaterThan(300);
    expect(generated.fast - generated.plain).toBeGreaterThan(300);
  }, 600_000);

  it('read 3,000 damaged plans alike: characters put in, taken out or lines swapped', () => {
    const damaged = new Tally();
    fc.assert(
      fc.property(planText, damage, (text, edit) => {
        damaged.add(compare(enc.encode(edit(text)), 'wijk/2018-plan.yaml'));
      }),
      { numRuns: 3000, ...draw },
    );
    expect(damaged.fast).toBeGreaterThan(300);
    expect(damaged.plain).toBeGreaterThan(40);
    expect(damaged.fastWithFindings).toBeGreaterThan(150);
  }, 600_000);

  const base =
    'jaar: 2015\ntitel: Plan\ngemeente: Harderwijk\nwijk: Stadsdennen\nbronnen:\n  w:\n    naam: W\n    soort: eigen\nonderdelen:\n  - titel: A\n    activiteiten:\n      - nr: 1\n        titel: B\n        actiehouders: [Wijkmanager]\n        dekking:\n          - bron: w\n            bedrag: 500\n';

  it('leave to the full reader what it cannot vouch for', () => {
    expect(readClean(base, '2015.yaml')).not.toBeNull();
    const refused = [
      base.replace('titel: Plan', 'titel: "Plan\\u0041"'), // an escape
      base.replace('titel: Plan', 'titel: &a Plan'), // an anchor
      base.replace('titel: Plan', 'titel: !!str Plan'), // a tag
      base.replace('titel: Plan', 'titel: ! \n  Plan'), // the non-specific tag, before a plain text on the next line
      base.replace('titel: Plan', 'titel: !!str\n  Plan'),
      `---#\n${base}`, // a document marker with a comment glued to it
      base.replace('titel: Plan', 'titel:\n# opmerking\n    Plan'), // a value after a comment line
      `%YAML 1.2\n---\n${base}`, // a directive
      base.replace('bedrag: 500', 'bedrag: 0x1F4'), // a number that is not a plain decimal
      base.replace('titel: Plan', 'titel: "Plan"#x'), // a comment glued to a quote
      base.replace('titel: Plan', 'titel: |2\n   Plan'), // a block scalar with an indentation indicator
      base.replace('titel: Plan', 'titel: Plan\u200b'), // an invisible character
      base.replace('  w:\n', '\tw:\n'), // a tab
      base.replace('titel: Plan', "titel: 'Plan\n\n'"), // a quoted text over more lines, its last one not indented
      base.replace('titel: Plan', 'titel: |-\n\n   Plan'), // a block scalar starting with an empty line
      // What the fast reader cannot place as the full reader does, or whose data it cannot vouch for:
      base.replace('    soort: eigen', '    soort: |-\n      anders'), // a finding on a block scalar
      base.replace('        actiehouders: [Wijkmanager]', '        actiehouders:\n          -\n          - Wijkmanager'), // an empty list item
      base.replace('          - bron: w\n            bedrag: 500', '          - { bron: w, bedrag: 3.999,50 }'), // an amount split at its comma
      base.replace('          - bron: w\n            bedrag: 500', '          - { bron: w, bedrag: }'), // an empty value inside { }
      base.replace('titel: Plan', '? titel\n: Plan'), // an explicit key
      base.replace('titel: Plan', 'titel: Plan\n__proto__: x'), // __proto__
      base.replace('titel: Plan', 'titel: Plan\n2015: x'), // a key that is not text
      base.replace('titel: Plan', 'titel: Plan\n[a, b]: x'),
    ];
    for (const text of refused) {
      expect(readClean(text, '2015.yaml'), text).toBeNull();
      compare(enc.encode(text), '2015.yaml');
    }
  });

  it('read the plain subset by hand as yaml reads it, and leave the rest to js-yaml', () => {
    const yamlOf = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS();
    const read = [
      base,
      base.replaceAll('\n', '\r\n'), // Windows line ends
      base.replace('onderdelen:\n  - titel: A', 'onderdelen:\n- titel: A').replace(/\n {4}/g, '\n  '), // a list at its key's indentation
      base.replace('titel: Plan', "titel: 'Plan ''23'"), // a quote in single quotes
      base.replace('titel: Plan', 'titel: "Plan: een #1"'),
      base.replace('titel: Plan', 'titel: Plan   # opmerking'),
      base.replace('titel: Plan', 'titel: Plan#1 a:b'),
      base.replace('bedrag: 500', 'bedrag: -500'),
      base.replace('bedrag: 500', 'bedrag: 12.50'),
      base.replace('bedrag: 500', 'bedrag: 5.000,50'),
      base.replace('bedrag: 500', 'bedrag: ~'),
      base.replace('bedrag: 500', 'bedrag:'),
      base.replace('bedrag: 500', 'bedrag:   # nog onbekend'),
      base.replace('          - bron: w\n            bedrag: 500', '          - { bron: w, bedrag: -5, toelichting: "a, b" }'),
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders: [ Wijkmanager ,  "Opbouwwerker" ]'),
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders: []'),
      base.replace('titel: Plan', 'titel: >-\n  Plan voor\n  de wijk'),
      base.replace('titel: Plan', 'titel: >\n  Plan voor\n  de wijk\n\n# opmerking\n'),
      base.replace('titel: Plan', 'titel: |\n  Plan voor\n  de wijk: #1'),
      base.replace('titel: Plan', 'titel: |-\n    Plan'),
      `# kop\n\n${base}# staart\n`,
      base.replace('bronnen:\n', 'bronnen:\n  # de bronnen\n'),
    ];
    for (const text of read) {
      const tree = readPlainTree(text);
      expect(tree, text).not.toBeNull();
      expect(tree!.value, text).toStrictEqual(yamlOf(text));
      compare(enc.encode(text), '2015.yaml');
    }
    const left = [
      base.replace('titel: Plan', 'titel: Plan\n  voor de wijk'), // plain text over two lines
      base.replace('titel: Plan', 'titel:\n  Plan'), // plain text below its key
      base.replace('titel: Plan', 'titel: >-\n  Plan\n\n  wijk'), // an empty line inside a block
      base.replace('titel: Plan', 'titel: >-\n  Plan\n    wijk'), // a more indented line in a block
      base.replace('titel: Plan', 'titel: >-\n  Plan \n  wijk'), // a line ending in a space in a block
      base.replace('titel: Plan', 'titel: >- # opmerking\n  Plan'), // a comment after the header
      base.replace('titel: Plan', 'titel: |+\n  Plan'), // keep chomping
      `${base}slot: |\n  laatste`, // clipped at the end without a line end
      base.replace('titel: Plan', 'titel: Plan: twee'), // a mapping in a value
      base.replace('titel: Plan', 'titel: Plan\ntitel: Nog een'), // a duplicate key
      base.replace('titel: Plan', 'titel: Plan\n2015: x'), // a key that is not text
      base.replace('titel: Plan', 'titel: Plan\n"sleutel": x'), // a quoted key
      base.replace('titel: Plan', 'titel: 0x1F'), // a number that is not a plain decimal
      base.replace('titel: Plan', 'titel: True'),
      base.replace('titel: Plan', 'titel: "Plan\n  twee"'), // quoted over two lines
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders: [Wijkmanager, ]'), // a trailing comma
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders: [[Wijkmanager]]'), // nested flow
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders:\n          -\n          - Wijkmanager'), // an empty item
      base.replace('actiehouders: [Wijkmanager]', 'actiehouders:\n          - - Wijkmanager'), // a list in a list item
      base.replace('titel: Plan', 'titel: Plan\u2028'), // a line separator
      `---\n${base}`, // a document marker
      base.replace('  w:\n    naam: W', '  w:\n     naam: W\n    soort2: x'), // a key less indented than its mapping
    ];
    for (const text of left) {
      expect(readPlainTree(text), text).toBeNull();
      compare(enc.encode(text), '2015.yaml');
    }
  });

  it('read alike what the fast reader answers for, at the edges found so far', () => {
    const answered = [
      base,
      // A no-break space is content in YAML (JavaScript's trim() would drop it): it is part of the place.
      base.replace('wijk: Stadsdennen', 'wijk: Stadsdennen\u00a0'),
      base.replace('wijk: Stadsdennen', 'wijk: Stadsdennen  # de wijk').replaceAll('\n', '\r\n'),
      base.replace('wijk: Stadsdennen', 'wijk: "Stadsdennen"'),
      base.replace('titel: B', 'titel: |\n          Buurt\n          feest'),
      base.replace('titel: B', 'titel: Buurt\n          feest'),
      base.replace('bedrag: 500', 'bedrag: "€ 1.250,50"'),
      base.replace('bedrag: 500', 'bedrag: 5_00'), // text for both readers: an amount that cannot be read
      base.replace('          - bron: w\n            bedrag: 500', '          - { bron: w, bedrag: 500 }'),
      base.replace('bronnen:', '# De bronnen\nbronnen:\n  # eigen geld'),
    ];
    for (const text of answered) {
      expect(readClean(text, 'wijk/2015-plan.yaml')).not.toBeNull();
      expect(compare(enc.encode(text), 'wijk/2015-plan.yaml').fast).toBe(true);
    }
  });

  it('place findings where the full reader places them: values, keys, list items and the document', () => {
    const placed = [
      base.replace('bedrag: 500', 'bedrag:'), // an empty value at the end of the file
      base.replace('bedrag: 500', 'bedrag:   # nog onbekend'), // an empty value before a comment
      base.replace('bedrag: 500', 'bedrag:').replaceAll('\n', '\r\n'), // and with CRLF
      base.replace('bedrag: 500', 'bedrag:\n            toelichting: x'), // an empty value before the next key
      base.replace('bedrag: 500', 'bedrag: "500,5,5"'), // an amount that cannot be read, quoted
      base.replace('bedrag: 500', 'bedrag: 5,000.50'), // a plain amount in English notation
      base.replace('bedrag: 500', 'bedrag: 5,000.50  # euro'),
      base.replace('titel: Plan', 'titel: Plan\ntitle: Plan'), // an unknown key, at the key
      base.replace('titel: Plan', 'titel: Plan\n"titl": x'), // a quoted unknown key
      base.replace('jaar: 2015\n', ''), // a key missing from the document: the document's first line
      `# Het plan\n---\n# opmerking\n${base.replace('jaar: 2015\n', '')}`,
      base.replace('        titel: B\n', ''), // a key missing from a list item: the item's first line
      base.replace('      - nr: 1\n        titel: B\n', '      - # eerste\n        nr: 1\n'),
      base.replace('        actiehouders: [Wijkmanager]', '        actiehouders: [Wijkmanager, 5]'), // a list item of the wrong type
      base.replace(
        '        actiehouders: [Wijkmanager]',
        '        actiehouders:\n          - Wijk\n            manager # x\n          - 5',
      ),
      base.replace('        actiehouders: [Wijkmanager]', '        actiehouders: []'), // no owner: a warning at the activity
      base.replace('          - bron: w\n            bedrag: 500', '          - { bron: x, bedrag: 500 }  # c'), // an unknown source in { }
      base.replace('          - bron: w\n            bedrag: 500', '          - {bron: w}'), // no amount
      base.replace('    naam: W\n', ''), // a source without a name
      base.replace('bronnen:\n  w:\n    naam: W\n    soort: eigen\n', 'bronnen: {}\n'), // no sources at all
      base.replace('jaar: 2015', 'jaar: "2015"'), // a quoted number
      base.replace('titel: Plan', 'titel:\n  - Plan'), // a list where a text belongs: at its key
      base.replace('    soort: eigen', '    soort: eigen\n      geld'), // a plain text over two lines
      base.replace('jaar: 2015', 'jaar: 2015\ntotaal_budget: 400'), // more allocated than the budget
      base.replace('jaar: 2015', 'jaar: 2015\ntotaal_budget: 900'), // less
    ];
    for (const text of placed) {
      const fast = readClean(text, 'wijk/2015-plan.yaml');
      expect(fast, text).not.toBeNull();
      expect(fast!.diagnostics.length, text).toBeGreaterThan(0);
      expect(compare(enc.encode(text), 'wijk/2015-plan.yaml').fast).toBe(true);
    }
  });
});

// ---- Generated plans ----

const WORDS = [
  'wijk',
  'Binnenstad',
  'buurthuis',
  'Coördinator',
  'straat',
  'Stadsdennen',
  'schoonmaak',
  'Den Bosch',
  'De Hoek',
  'Oranjewijk',
  'S+R',
  'D+K',
  'jongeren',
  'één',
  'Wijkmanager',
];
/** Pieces where the two readers could part: indicators, numbers, special values, odd spaces. */
const TRICKY = [
  ...WORDS,
  "'s-Hertogenbosch",
  ' ',
  '  ',
  ':',
  ': ',
  ' #',
  '#',
  '-',
  '- ',
  '"',
  "'",
  '€',
  '.',
  ',',
  '0',
  '7',
  '12',
  '1.5',
  'é',
  'ß',
  '\u00a0',
  '😀',
  '{',
  '}',
  '[',
  ']',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '? ',
  'true',
  'True',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  '! ',
  '!!str ',
  '!!int ',
  '&a ',
  '*a',
  '<<: ',
  '0x1F',
  '0o7',
  '1e3',
  '.5',
  '+5',
  '-3',
  '1_000',
  '.inf',
  '.NaN',
  '2015-01-01',
  '\n',
  ' \n',
  '\n\n',
  '\r\n',
  '\t',
  '\\',
  '---',
  '...',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const tricky = fc.array(fc.constantFrom(...TRICKY), { minLength: 0, maxLength: 6 }).map((w) => w.join(''));
const text = fc.oneof({ weight: 10, arbitrary: sentence }, { weight: 1, arbitrary: tricky });
const style = fc.constantFrom('plain', 'plain', 'plain', 'single', 'double', 'literal', 'folded', 'literal-', 'folded-', 'multiline');

/** A text value as written after `key: `, in a style; `indent` is the key's indentation. */
function scalar(value: string, how: string, indent: string, unit: string): string {
  const inner = indent + unit;
  switch (how) {
    case 'single':
      return `'${value.replaceAll("'", "''")}'`;
    case 'double':
      return `"${value.replaceAll('"', '\\"')}"`;
    case 'literal':
    case 'folded':
    case 'literal-':
    case 'folded-': {
      const head = `${how.startsWith('literal') ? '|' : '>'}${how.endsWith('-') ? '-' : ''}`;
      return [head, ...value.split('\n').map((line) => inner + line)].join('\n');
    }
    case 'multiline': {
      const words = value.split(' ');
      const half = Math.ceil(words.length / 2);
      return words.length < 2 ? value : `${words.slice(0, half).join(' ')}\n${inner}${words.slice(half).join(' ')}`;
    }
    default:
      return value;
  }
}

/** An amount in euros and cents, written in one of the ways a plan may write it. */
const amountStyle = fc.constantFrom('int', 'int', 'decimal', 'quoted', 'plain-dutch', 'single-dutch');
function amount(cents: number, how: string): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const dutch = `€ ${euros.toLocaleString('nl-NL')}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
  switch (how) {
    case 'decimal':
      return `${euros}.${String(rest).padStart(2, '0')}`;
    case 'quoted':
      return `"${dutch}"`;
    case 'plain-dutch':
      return dutch;
    case 'single-dutch':
      return `'${dutch}'`;
    default:
      return rest ? `${euros}.${String(rest).padStart(2, '0')}` : String(euros);
  }
}

const line = fc.record({
  cents: fc.integer({ min: 1, max: 40_000 }).map((n) => n * 25),
  how: amountStyle,
  flow: fc.boolean(),
  note: fc.option(text, { nil: undefined }),
});
const activity = fc.record({
  titel: text,
  titelStyle: style,
  omschrijving: fc.option(fc.tuple(text, style), { nil: undefined }),
  themas: fc.subarray(['sociaal', 'fysiek', 'economisch', 'veilig'], { minLength: 1 }),
  themasFlow: fc.boolean(),
  actiehouders: fc.array(text, { minLength: 1, maxLength: 2 }),
  taakveld: fc.option(fc.constantFrom('6.1', '0.10', '"5.7"', '2.1'), { nil: undefined }),
  dekking: fc.array(line, { minLength: 1, maxLength: 3 }),
});
const layout = fc.record({
  unit: fc.constantFrom('  ', '    '),
  crlf: fc.boolean(),
  comments: fc.boolean(),
  start: fc.constantFrom('', '---\n', '# Jaarplan\n---\n'),
  end: fc.constantFrom('', '...\n', '\n\n'),
  totalHow: amountStyle,
});

const planText = fc
  .record({
    titel: text,
    titelStyle: style,
    gemeente: text,
    wijk: fc.option(fc.tuple(text, fc.constantFrom('plain', 'single', 'double')), { nil: undefined }),
    inleiding: fc.option(fc.tuple(text, style), { nil: undefined }),
    activiteiten: fc.array(activity, { minLength: 1, maxLength: 4 }),
    layout,
  })
  .map(({ titel, titelStyle, gemeente, wijk, inleiding, activiteiten, layout: l }) => {
    const u = l.unit;
    const note = (i: number) => (l.comments && i % 3 === 0 ? '  # opmerking' : '');
    const total = activiteiten.flatMap((a) => a.dekking).reduce((sum, d) => sum + d.cents, 0);
    const lines = [
      'jaar: 2018',
      `titel: ${scalar(titel, titelStyle, '', u)}`,
      `gemeente: ${scalar(gemeente, 'plain', '', u)}`,
      ...(wijk ? [`wijk: ${scalar(wijk[0], wijk[1], '', u)}`] : []),
      ...(inleiding ? [`inleiding: ${scalar(inleiding[0], inleiding[1], '', u)}`] : []),
      `totaal_budget: ${amount(total, l.totalHow)}`,
      'bronnen:',
      `${u}wijkaanpak:`,
      `${u}${u}naam: Wijkaanpak`,
      `${u}${u}soort: eigen`,
      'onderdelen:',
      `${u}- titel: Onderdeel`,
      `${u}  activiteiten:`,
      ...activiteiten.flatMap((a, i) => {
        // A list item's keys line up after its dash and space.
        const dash = `${u}  ${u}`;
        const inA = `${dash}  `;
        const lineDash = `${inA}${u}`;
        const inLine = `${lineDash}  `;
        return [
          `${dash}- nr: ${i + 1}${note(i)}`,
          `${inA}titel: ${scalar(a.titel, a.titelStyle, inA, u)}`,
          ...(a.omschrijving ? [`${inA}omschrijving: ${scalar(a.omschrijving[0], a.omschrijving[1], inA, u)}`] : []),
          ...(a.themasFlow ? [`${inA}themas: [${a.themas.join(', ')}]`] : [`${inA}themas:`, ...a.themas.map((t) => `${inA}${u}- ${t}`)]),
          `${inA}actiehouders:`,
          ...a.actiehouders.map((h) => `${inA}${u}- ${scalar(h, 'plain', `${inA}${u}  `, u)}`),
          ...(a.taakveld ? [`${inA}taakveld: ${a.taakveld}`] : []),
          `${inA}dekking:`,
          ...a.dekking.flatMap((d) =>
            d.flow && d.note === undefined
              ? [`${lineDash}- { bron: wijkaanpak, bedrag: ${amount(d.cents, d.how)} }`]
              : [
                  `${lineDash}- bron: wijkaanpak${note(i + 1)}`,
                  `${inLine}bedrag: ${amount(d.cents, d.how)}`,
                  ...(d.note === undefined ? [] : [`${inLine}toelichting: ${scalar(d.note, 'plain', inLine, u)}`]),
                ],
          ),
        ];
      }),
    ];
    const body = l.start + lines.join('\n') + '\n' + l.end;
    return l.crlf ? body.replaceAll('\n', '\r\n') : body;
  });

/** An edit of a plan's text: a piece put in, a piece taken out, or two lines swapped. */
const damage = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)).map(([at, piece]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + piece + t.slice(i);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([at, n]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const lines = t.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  }),
);

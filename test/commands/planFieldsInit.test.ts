import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeTotals } from '../../src/core/computeTotals.js';
import { planFields, type PlanField } from '../../src/core/planFields.js';
import { loadPlan } from '../../src/node/loadPlan.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// `init --from` is held to the init column of planFields, field by field, on a plan that has every
// field set: carried fields are equal, cleared ones gone (amounts left as a comment), next-year
// ones moved on, fields that are not carried absent.

type Data = Record<string, unknown>;
type Field = PlanField;

const fields = Object.keys(planFields) as Field[];
const policy = (field: Field) => planFields[field].init as unknown;

/** The values a field's path leads to in plain data: keys by name, `*` for every item or entry. */
function valuesAt(data: unknown, field: string): unknown[] {
  let nodes: unknown[] = [data];
  for (const segment of field.split('.')) {
    nodes = nodes.flatMap((node) => {
      if (node === null || typeof node !== 'object') return [];
      if (segment === '*') return Array.isArray(node) ? node : Object.values(node);
      return Array.isArray(node) || !Object.hasOwn(node, segment) ? [] : [(node as Data)[segment]];
    });
  }
  return nodes;
}

/** A copy of the data without the field's values. */
function without(data: unknown, field: string): unknown {
  const copy = structuredClone(data);
  const segments = field.split('.');
  const key = segments.pop()!;
  for (const parent of segments.length === 0 ? [copy] : valuesAt(copy, segments.join('.'))) {
    if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) delete (parent as Data)[key];
  }
  return copy;
}

/** The field's values, leaving out what its own fields do differently (a carried list whose items' titles move on). */
function carriedPart(data: unknown, field: Field): unknown[] {
  const own = fields.filter((f) => f.startsWith(field + '.') && policy(f) !== 'carried');
  return valuesAt(
    own.reduce<unknown>((d, f) => without(d, f), data),
    field,
  );
}

let dir: string;
let before: Data;
let after: Data;
let kept: Data;
let text: string;
let initOutput: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-fields-init-'));
  mkdirSync(join(dir, 'schemas'));
  mkdirSync(join(dir, 'plans'));
  copyFileSync(root + 'schemas/jaarplan.schema.json', join(dir, 'schemas/jaarplan.schema.json'));
  copyFileSync(root + 'test/fixtures/init/2016-sint-jozef.yaml', join(dir, 'plans/2016-sint-jozef.yaml'));
  before = parse(readFileSync(join(dir, 'plans/2016-sint-jozef.yaml'), 'utf8')) as Data;
  const r = await runCli(['init', '--year', '2017', '--from', 'plans/2016-sint-jozef.yaml'], dir);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  initOutput = r.stdout;
  // A neighbourhood's plan starts the same neighbourhood's next plan.
  text = readFileSync(join(dir, 'plans/2017-sint-jozef.yaml'), 'utf8');
  after = parse(text) as Data;
  const k = await runCli(
    ['init', '--year', '2017', '--from', 'plans/2016-sint-jozef.yaml', '--keep-amounts', '--out', 'kept/2017.yaml'],
    dir,
  );
  expect(k).toMatchObject({ code: 0, stderr: '' });
  kept = parse(readFileSync(join(dir, 'kept/2017.yaml'), 'utf8')) as Data;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An amount as the test's YAML reader gives it back: `€ 8.500` as written, a number as digits. */
const shown = (value: unknown) => String(value);

/** Each line's comment beside what names it: `- bron: wijkaanpak # vorig jaar: 5000`; a line without a name keeps it beside what it keeps. */
const lineComments = (field: string, names: string[]) => () =>
  valuesAt(before, field)
    .map((line) => line as Data)
    .filter((line) => line.bedrag !== undefined)
    .map((line) => {
      const name = names.find((n) => line[n] !== undefined)!;
      return `- ${name}: ${String(line[name])} # vorig jaar: ${shown(line.bedrag)}`;
    });

/** A stated total left as a commented-out key: `#     lasten:  # vorig jaar: 45000`, indented as in the block. */
const statedComments = (field: string, indent: string) => () => {
  const key = field.split('.').pop()!;
  const entries =
    key === '*' ? Object.entries(valuesAt(before, field.replace(/\.\*$/, ''))[0] as Data) : [[key, valuesAt(before, field)[0]] as const];
  return entries.map(([k, v]) => `#${indent}${k}:  # vorig jaar: ${shown(v)}`);
};

/** How each amount that init clears is left as a comment, found in the new plan's text; `--keep-amounts` keeps these. */
const amountComments: Partial<Record<Field, () => string[]>> = {
  totaal_budget: () => [`# totaal_budget:  # vorig jaar: ${String(before.totaal_budget)}`],
  programma_budget: () => [`# programma_budget:  # vorig jaar: ${String(before.programma_budget)}`],
  'financiering.*.bedrag': lineComments('financiering.*', ['bron']),
  'baten.*.bedrag': lineComments('baten.*', ['omschrijving']),
  'reserves.*.bedrag': lineComments('reserves.*', ['omschrijving']),
  totalen: () => ['# totalen:', '#   begroting:', '#   bronnen:'],
  'totalen.begroting': () => ['#   begroting:'],
  'totalen.begroting.lasten': statedComments('totalen.begroting.lasten', '     '),
  'totalen.begroting.baten': statedComments('totalen.begroting.baten', '     '),
  'totalen.begroting.saldo': statedComments('totalen.begroting.saldo', '     '),
  'totalen.begroting.resultaat': statedComments('totalen.begroting.resultaat', '     '),
  'totalen.begroting.financiering': statedComments('totalen.begroting.financiering', '     '),
  'totalen.bronnen': () => ['#   bronnen:'],
  'totalen.bronnen.*': statedComments('totalen.bronnen.*', '     '),
  'onderdelen.*.totaal': () => valuesAt(before, 'onderdelen.*.totaal').map((t) => `    # totaal:  # vorig jaar: ${shown(t)}`),
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': lineComments('onderdelen.*.activiteiten.*.dekking.*', [
    'bron',
    'karakter',
    'aard',
    'toelichting',
  ]),
};

/** The account's figures that a document states are last year's facts, as spending is: gone without a comment, also with --keep-amounts. */
const verantwoordingFields = fields.filter((f) => f === 'totalen.rekening' || f.startsWith('totalen.rekening.'));

/** What moving on to the next year means for each field that does. */
const nextYear: Partial<Record<Field, () => void>> = {
  jaar: () => expect(after.jaar).toBe(2017),
  titel: () => expect(after.titel).toBe('Wijkplan 2017 Sint Jozef'),
  resultaten: () => expect(after.resultaten).toMatchObject({ jaar: 2016 }),
  'resultaten.jaar': () => expect(valuesAt(after, 'resultaten.jaar')).toEqual([before.jaar]),
  // This year's realisation is next year's baseline; an indicator without one keeps its baseline (none here).
  'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': () => {
    const expected = valuesAt(before, 'onderdelen.*.activiteiten.*.indicatoren.*')
      .map((i) => i as Data)
      .filter((i) => i.realisatie !== undefined || i.nulmeting !== undefined)
      .map((i) => i.realisatie ?? i.nulmeting);
    expect(expected).toEqual([52]);
    expect(valuesAt(after, 'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting')).toEqual(expected);
    expect(valuesAt(kept, 'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting')).toEqual(expected);
  },
  'onderdelen.*.titel': () =>
    expect(valuesAt(after, 'onderdelen.*.titel')).toEqual(
      valuesAt(before, 'onderdelen.*.titel').map((t) => String(t).replaceAll('2016', '2017')),
    ),
};

describe('init --from follows the init column of planFields', () => {
  it.each(fields)('%s', (field) => {
    // The plan has every field set, so no policy is checked against nothing.
    expect(valuesAt(before, field).length).toBeGreaterThan(0);
    const p = policy(field);
    if (p === 'carried') {
      expect(carriedPart(after, field)).toEqual(carriedPart(before, field));
    } else if (p === 'cleared') {
      // Gone, or an empty list left to fill in.
      for (const value of valuesAt(after, field)) expect(value).toEqual([]);
      for (const comment of amountComments[field]?.() ?? []) expect(text).toContain(comment);
    } else if (p === 'next-year') {
      expect(nextYear[field], `what moving on means for ${field}`).toBeDefined();
      nextYear[field]!();
    } else {
      expect(p).toHaveProperty('notCarried');
      expect(valuesAt(after, field)).toEqual([]);
      expect(valuesAt(kept, field)).toEqual([]);
    }
  });

  it('leaves no amount uncommented: every cleared amount field has its comment', () => {
    const cleared = fields.filter((f) => policy(f) === 'cleared');
    expect(cleared.filter((f) => amountComments[f])).toEqual([
      'totaal_budget',
      'programma_budget',
      'financiering.*.bedrag',
      'baten.*.bedrag',
      'reserves.*.bedrag',
      'totalen',
      'totalen.begroting',
      'totalen.begroting.lasten',
      'totalen.begroting.baten',
      'totalen.begroting.saldo',
      'totalen.begroting.resultaat',
      'totalen.begroting.financiering',
      'totalen.bronnen',
      'totalen.bronnen.*',
      'onderdelen.*.totaal',
      'onderdelen.*.activiteiten.*.dekking.*.bedrag',
    ]);
    // Every other cleared field is last year's facts: spending, realisation, the account's totals, status, results.
    expect(cleared.filter((f) => !amountComments[f] && !verantwoordingFields.includes(f))).toEqual([
      'financiering.*.besteed',
      'baten.*.realisatie',
      'reserves.*.realisatie',
      'resultaten.inleiding',
      'resultaten.gerealiseerd_procent',
      'resultaten.punten',
      'resultaten.punten.*.nrs',
      'resultaten.punten.*.tekst',
      'onderdelen.*.activiteiten.*.status',
      'onderdelen.*.activiteiten.*.indicatoren.*.realisatie',
      'onderdelen.*.activiteiten.*.verantwoording',
      'onderdelen.*.activiteiten.*.verantwoording.resultaat',
      'onderdelen.*.activiteiten.*.verantwoording.toelichting',
      'onderdelen.*.activiteiten.*.dekking.*.besteed',
    ]);
    // besteed and realisatie are spending, not a starting point: they go without a comment, and so do the account's totals.
    expect(text).not.toMatch(/^\s*(- )?(besteed|realisatie|status):/m);
    expect(text).not.toContain('rekening:');
  });

  it('keeps the amounts and the declared total with --keep-amounts, and still clears spending, realisation, the account and status', () => {
    const withoutVerantwoording = (data: unknown) => verantwoordingFields.reduce<unknown>((d, f) => without(d, f), data);
    expect(valuesAt(before, 'totalen.rekening').length).toBe(1);
    for (const field of Object.keys(amountComments) as Field[]) {
      expect(valuesAt(kept, field), field).toEqual(valuesAt(withoutVerantwoording(before), field));
    }
    for (const field of fields.filter((f) => policy(f) === 'cleared' && !amountComments[f])) {
      for (const value of valuesAt(kept, field)) expect(value, field).toEqual([]);
    }
    expect(valuesAt(kept, 'onderdelen.*.activiteiten.*.dekking.*.besteed')).toEqual([]);
    expect(valuesAt(kept, 'baten.*.realisatie')).toEqual([]);
    expect(valuesAt(kept, 'totalen.rekening')).toEqual([]);
    expect(valuesAt(kept, 'onderdelen.*.activiteiten.*.status')).toEqual([]);
  });

  it('writes a plan that validates, whose totals show no spending', async () => {
    expect(initOutput).toContain('plans/2017-sint-jozef.yaml geschreven (0 fouten');
    for (const path of ['plans/2017-sint-jozef.yaml', 'kept/2017.yaml']) {
      const loaded = await loadPlan(path, { cwd: dir });
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const totals = computeTotals([loaded.plan!]);
      expect(totals.hasSpent).toBe(false);
      expect(totals.spent.known).toBe(0);
    }
    const cleared = computeTotals([(await loadPlan('plans/2017-sint-jozef.yaml', { cwd: dir })).plan!]);
    expect(cleared.total.known).toBe(0);
    expect(cleared.declaredTotal).toBeNull();
    // One at a time: the two are the same plan (year, gemeente, wijk), which totals refuses to add up.
    const r = await runCli(['totals', 'plans/2017-sint-jozef.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Besteed');
    const kept = await runCli(['totals', 'kept/2017.yaml'], dir);
    expect(kept.code, kept.stderr).toBe(0);
    expect(kept.stdout).not.toContain('Besteed');
    expect(kept.stdout).toContain('€ 45.000');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMoneyChange } from '../../src/i18n/lang.js';
import { diffLabels } from '../../src/i18n/diff.js';
import { formatChange } from '../../src/reporters/totalsYears/tables.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// What diff shows of the fields beyond the budget: spending, status, texts of lines, and the
// fields of the plan itself. Each edit is made on a plan that gives every field.

const dir = mkdtempSync(join(tmpdir(), 'jaarplan-difffields-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const original = readFileSync(root + 'test/fixtures/diff/every-field.yaml', 'utf8');
const oldPath = join(dir, 'oud.yaml');
writeFileSync(oldPath, original);
let n = 0;
/** The fixture with some text replaced, written to a file of its own. */
const editedFile = (...replacements: [string, string][]) => {
  let text = original;
  for (const [from, to] of replacements) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const path = join(dir, `nieuw-${n++}.yaml`);
  writeFileSync(path, text);
  return path;
};
const diff = (newPath: string, ...options: string[]) => runCli(['diff', oldPath, newPath, ...options], root);
const json = async (newPath: string) => JSON.parse((await diff(newPath, '--format', 'json')).stdout).files[0];

describe('diff: spending and status', () => {
  // Only `besteed` and `status` changed: before, diff said "ongewijzigd" and --fail-on any passed.
  const spentAndStatus = editedFile(['besteed: 3500', 'besteed: 1000'], ['status: afgerond', 'status: lopend']);

  it('a plan whose only change is spending and status is changed, with the spending per line and per activity', async () => {
    const file = await json(spentAndStatus);
    expect(file.status).toBe('changed');
    const [activity] = file.activities;
    expect(activity).toMatchObject({
      nr: 1,
      status: 'changed',
      activityStatus: 'lopend',
      activityStatusBefore: 'afgerond',
      fields: [{ field: 'onderdelen.*.activiteiten.*.status', before: 'afgerond', after: 'lopend' }],
      spent: { kind: 'down', before: { amount: 3500, unknownLines: 0 }, after: { amount: 1000, unknownLines: 0 }, delta: -2500 },
      total: { kind: 'unchanged', delta: 0 },
    });
    expect(activity.lines).toMatchObject([{ bron: 'wijkaanpak', spent: { kind: 'down', delta: -2500 }, change: { kind: 'unchanged' } }]);
    expect(file.activities).toHaveLength(1);
    // The plan's spending: € 7.500 of the lines that give it, the two lines of activity 3 give none.
    expect(file.spent).toMatchObject({ before: { amount: 7500, unknownLines: 2 }, after: { amount: 5000, unknownLines: 2 }, delta: -2500 });
  });

  it('shows spending and status in the table and in Markdown', async () => {
    const table = (await diff(spentAndStatus)).stdout;
    expect(table.split('\n')[0]).toBe(
      '1 plan gewijzigd; totaal € 20.000 → € 20.000 (=); activiteiten: 0 nieuw, 0 vervallen, 1 gewijzigd; besteed € 7.500 + 2 onbekend → € 5.000 + 2 onbekend (€ -2.500); meldingen: 0 nieuw, 0 opgelost.',
    );
    expect(table).toMatch(/│ 1\. Buurtfeest │ status, besteed │ +€ 5\.000 │ +€ 5\.000 │ +=/);
    expect(table).toMatch(/Besteed per activiteit\n.*\n.*\n.*\n│ 1\. Buurtfeest +│ +€ 3\.500 │ +€ 1\.000 │ +€ -2\.500 │/);
    expect(table).toContain('1. Buurtfeest: status: afgerond → lopend; wijkaanpak besteed: € 3.500 → € 1.000 (€ -2.500)');
    expect(table).toMatch(/│ Besteed +│ € 7\.500 \+ 2 onbekend │ € 5\.000 \+ 2 onbekend │ +€ -2\.500 │/);
    const markdown = (await diff(spentAndStatus, '--format', 'markdown', '--lang', 'en')).stdout;
    expect(markdown).toContain('| 1. Buurtfeest | status, spent | €5,000 | €5,000 | = |');
    expect(markdown).toContain('### Spent per activity');
    expect(markdown).toContain('- 1\\. Buurtfeest: status: afgerond → lopend; wijkaanpak spent: €3,500 → €1,000 (-€2,500)');
  });

  it('--fail-on: spending is not budget, but any change trips any', async () => {
    expect((await diff(spentAndStatus, '--fail-on', 'any')).code).toBe(1);
    expect((await diff(spentAndStatus, '--fail-on', 'increase')).code).toBe(0);
    expect((await diff(spentAndStatus, '--fail-on', 'decrease')).code).toBe(0);
    const statusOnly = editedFile(['status: gepland', 'status: vervallen']);
    const r = await diff(statusOnly, '--fail-on', 'any', '--lang', 'en');
    expect([r.code, r.stderr]).toEqual([1, '--fail-on any: the plan changed.\n']);
  });

  it('a line whose toelichting changed is listed, with the text before and after', async () => {
    const file = await json(editedFile(['toelichting: Inclusief de huur van de tent.', 'toelichting: Zonder tent.']));
    expect(file.activities[0].lines).toMatchObject([
      {
        bron: 'wijkaanpak',
        texts: [
          {
            field: 'onderdelen.*.activiteiten.*.dekking.*.toelichting',
            before: ['Inclusief de huur van de tent.'],
            after: ['Zonder tent.'],
          },
        ],
      },
    ]);
    const table = (await diff(editedFile(['toelichting: Inclusief de huur van de tent.', 'toelichting: Zonder tent.']))).stdout;
    expect(table).toContain('1. Buurtfeest: wijkaanpak toelichting: "Inclusief de huur van de tent." → "Zonder tent."');
  });

  it('a line added without besteed is no change of spending', async () => {
    const path = editedFile([
      '            besteed: 4000\n',
      '            besteed: 4000\n          - bron: wijkaanpak\n            bedrag: 1000\n',
    ]);
    const file = await json(path);
    expect(file.activities[0].lines).toMatchObject([
      { bron: 'wijkaanpak', change: { kind: 'added', delta: 1000 }, spent: { kind: 'added', delta: null } },
    ]);
    const table = (await diff(path)).stdout;
    expect(table).toContain('│ 2. Buurtpreventie │ dekking   │');
    expect(table).not.toContain('Besteed per activiteit');
  });
});

describe('diff: the fields of the plan', () => {
  it('a changed title, programme or realised percentage makes the plan changed, in every format', async () => {
    const path = editedFile(
      ['titel: Jaarplan 2015 Wijkaanpak Lindewaard', 'titel: Jaarplan 2015 Wijkaanpak Lindewaard (herzien)'],
      ['programma: Leefbare Wijken', 'programma: Betrokken Wijken'],
      ['gerealiseerd_procent: 50', 'gerealiseerd_procent: 67'],
    );
    const file = await json(path);
    expect(file.status).toBe('changed');
    expect(file.fields).toEqual([
      { field: 'titel', item: null, before: 'Jaarplan 2015 Wijkaanpak Lindewaard', after: 'Jaarplan 2015 Wijkaanpak Lindewaard (herzien)' },
      { field: 'programma', item: null, before: 'Leefbare Wijken', after: 'Betrokken Wijken' },
      { field: 'resultaten.gerealiseerd_procent', item: null, before: 50, after: 67 },
    ]);
    const table = (await diff(path)).stdout;
    expect(table.split('\n')[0]).toContain('3 velden van het plan gewijzigd');
    expect(table).toMatch(/│ Programma +│ Leefbare Wijken +│ Betrokken Wijken +│/);
    expect(table).toMatch(/│ Gerealiseerd \(procent\) +│ 50 +│ 67 +│/);
    const markdown = (await diff(path, '--format', 'markdown', '--lang', 'en')).stdout;
    expect(markdown).toContain('### Plan\n\n| Field | Before | After |');
    expect(markdown).toContain('| Title | Jaarplan 2015 Wijkaanpak Lindewaard | Jaarplan 2015 Wijkaanpak Lindewaard (herzien) |');
    expect((await diff(path, '--fail-on', 'any')).code).toBe(1);
    expect((await diff(path, '--fail-on', 'increase')).code).toBe(0);
  });

  it('a line of the results is compared by its position, text and numbers', async () => {
    const file = await json(editedFile(['tekst: Het speelveld is opgeknapt.', 'tekst: Het speelveld is opgeknapt en verlicht.']));
    expect(file.fields).toEqual([
      {
        field: 'resultaten.punten.*.tekst',
        item: 2,
        before: 'Het speelveld is opgeknapt.',
        after: 'Het speelveld is opgeknapt en verlicht.',
      },
    ]);
  });

  it('a long text is shown around its first difference in a table; JSON has it whole', async () => {
    const long = 'De wijkaanpak in de Molenbuurt wordt gedragen door bewoners, gemeente en partners, die samen elk jaar een plan maken.';
    const from = 'inleiding: De wijkaanpak in de Molenbuurt wordt gedragen door bewoners, gemeente en partners.';
    const path = editedFile([from, `inleiding: ${long}`]);
    expect((await json(path)).fields[0].after).toBe(long);
    expect((await diff(path)).stdout).toContain('…');
  });
});

describe('one form for a change of money', () => {
  it('writes the sign where formatMoney writes a minus, in both languages', () => {
    expect([formatMoneyChange(275000, 'nl'), formatMoneyChange(-275000, 'nl'), formatMoneyChange(0, 'nl')]).toEqual([
      '€ +2.750',
      '€ -2.750',
      '€ 0',
    ]);
    expect([formatMoneyChange(275000, 'en'), formatMoneyChange(-275000, 'en'), formatMoneyChange(0, 'en')]).toEqual([
      '+€2,750',
      '-€2,750',
      '€0',
    ]);
  });

  it('diff and years side by side write a change the same way', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const cents of [275000, -275000, 150]) {
        expect(diffLabels[lang].delta(cents)).toBe(formatMoneyChange(cents, lang));
        expect(formatChange(cents, lang)).toBe(formatMoneyChange(cents, lang));
      }
    }
  });

  it('diff writes € +2.500 where it wrote + € 2.500', async () => {
    const r = await runCli(['diff', 'test/fixtures/diff/base.yaml', 'test/fixtures/diff/amount-up.yaml'], root);
    expect(r.stdout).toContain('wijkaanpak: € 10.000 → € 12.500 (€ +2.500)');
    expect(r.stdout).not.toContain('+ €');
  });
});

describe('diff: the money model', () => {
  it('names the lines of the division alone (no source) as the division, in every format', async () => {
    const path = editedFile(['          - bedrag: 5500\n', '          - bedrag: 6000\n']);
    const file = await json(path);
    expect(file.activities).toHaveLength(1);
    expect(file.activities[0].lines).toMatchObject([{ bron: null, change: { kind: 'up', delta: 500 } }]);
    expect((await diff(path)).stdout).toContain('3. Speeltuin: verdeling: € 5.000 → € 5.500 (€ +500)');
    const markdown = (await diff(path, '--format', 'markdown', '--lang', 'en')).stdout;
    expect(markdown).toContain('- 3\\. Speeltuin: division: €5,000 → €5,500 (+€500)');
  });

  it('compares the funding per source, income and reserves per description, with their account figures and texts', async () => {
    const path = editedFile(
      ['    bedrag: 10000\n    besteed: 4000\n', '    bedrag: 12000\n    besteed: 6000\n'],
      ['realisatie: 5000', 'realisatie: 4000'],
      ['mutatie: onttrekking', 'mutatie: toevoeging'],
    );
    const file = await json(path);
    expect(file.funding).toMatchObject({ kind: 'up', delta: 2000 });
    expect(file.lists).toMatchObject([
      { list: 'financiering', key: 'S+R', change: { kind: 'up', delta: 2000 }, spent: { kind: 'up', delta: 2000 } },
      { list: 'baten', key: 'Bijdrage Woonstichting Lindewaard', change: { kind: 'unchanged' }, spent: { kind: 'down', delta: -1000 } },
      {
        list: 'reserves',
        key: 'Onttrekking reserve wijkbudgetten',
        texts: [{ field: 'reserves.*.mutatie', before: ['onttrekking'], after: ['toevoeging'] }],
      },
    ]);
    const table = (await diff(path)).stdout;
    expect(table.split('\n')[0]).toContain('; financiering € 20.000 → € 22.000 (€ +2.000);');
    expect(table).toContain('Financiering\n  • S+R: € 10.000 → € 12.000 (€ +2.000)\n  • S+R besteed: € 4.000 → € 6.000 (€ +2.000)\n');
    expect(table).toContain('Baten\n  • Bijdrage Woonstichting Lindewaard realisatie: € 5.000 → € 4.000 (€ -1.000)\n');
    expect(table).toContain('Reserves\n  • Onttrekking reserve wijkbudgetten mutatie: "onttrekking" → "toevoeging"\n');
    expect(table).toMatch(/│ Financiering +│ +€ 20\.000 │ +€ 22\.000 │ +€ \+2\.000 │/);
    const markdown = (await diff(path, '--format', 'markdown', '--lang', 'en')).stdout;
    expect(markdown).toContain('### Funding\n\n- S+R: €10,000 → €12,000 (+€2,000)\n- S+R spent: €4,000 → €6,000 (+€2,000)');
    expect(markdown).toContain('### Income\n\n- Bijdrage Woonstichting Lindewaard realised: €5,000 → €4,000 (-€1,000)');
    expect((await diff(path, '--fail-on', 'any')).code).toBe(1);
    // Funding is budget: more of it trips increase, though the division stayed the same.
    expect(file.total).toMatchObject({ kind: 'unchanged' });
    expect((await diff(path, '--fail-on', 'increase')).code).toBe(1);
    expect((await diff(path, '--fail-on', 'decrease')).code).toBe(0);
  });

  it('follows a renamed source in the funding table and the stated totals per source, so no money moves', async () => {
    const path = editedFile(
      ['  S+R: { naam: Stad- en Regiocontract', '  SenR: { naam: Stad- en Regiocontract'],
      ['  - bron: S+R\n    bedrag: 10000', '  - bron: SenR\n    bedrag: 10000'],
      ['          - bron: S+R\n', '          - bron: SenR\n'],
      ['S+R: 10000, corporatie', 'SenR: 10000, corporatie'],
    );
    const file = await json(path);
    // No source left undeclared anywhere (a warning that names the source is introduced again under its new code).
    expect(file.diagnostics.introduced.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(file.sources.find((s: { code: string }) => s.code === 'SenR')).toMatchObject({
      codeBefore: 'S+R',
      change: { kind: 'unchanged' },
    });
    expect(file.lists).toBeUndefined();
    expect(file.amounts).toBeUndefined();
    expect(file.activities).toEqual([]);
  });

  it('compares the totals the plan states and the programme budget as amounts', async () => {
    const path = editedFile(
      ['lasten: 20000', 'lasten: 21000'],
      ['    totaal: 15000', '    totaal: 16000'],
      ['programma_budget: "€ 250.000"', 'programma_budget: "€ 275.000"'],
    );
    const file = await json(path);
    expect(file.amounts).toEqual([
      { field: 'programma_budget', item: null, before: 250000, after: 275000 },
      { field: 'totalen.begroting.lasten', item: null, before: 20000, after: 21000 },
      { field: 'onderdelen.*.totaal', item: 'Activiteiten', before: 15000, after: 16000 },
    ]);
    const table = (await diff(path)).stdout;
    expect(table).toMatch(/│ Lasten \(begroting, volgens het plan\) +│ +€ 20\.000 │ +€ 21\.000 │ +€ \+1\.000 │/);
    expect(table).toMatch(/│ Totaal van het onderdeel volgens het plan: Activiteiten │ +€ 15\.000 │ +€ 16\.000 │ +€ \+1\.000 │/);
    const markdown = (await diff(path, '--format', 'markdown', '--lang', 'en')).stdout;
    expect(markdown).toContain('| Programme budget | €250,000 | €275,000 | +€25,000 |');
  });
});

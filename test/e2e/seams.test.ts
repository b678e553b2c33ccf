// The commands agree with each other and with hand arithmetic on a realistic set: a municipality's
// city-wide plan and its wijk plans over three years, with spending (test/fixtures/years). Each
// figure is computed here straight from the YAML, without the project's own sums, and then looked
// up in every command and format that shows it.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

const folder = 'test/fixtures/years';
const years = [2014, 2015, 2016];

/** Euros as written in the fixtures (a number, or "€ 1.234,56"), to cents, by hand. */
function cents(value: unknown): number {
  if (typeof value === 'number') return Math.round(value * 100);
  const text = String(value).replace('€', '').trim();
  const [whole, fraction = '0'] = text.split(',');
  return Number(whole!.replaceAll('.', '')) * 100 + Number(fraction.padEnd(2, '0'));
}

interface HandSum {
  budget: number;
  spent: number;
  lines: number;
  spentLines: number;
  declared: number | null;
}

function handSum(file: string): HandSum {
  const plan = parse(readFileSync(join(root, file), 'utf8'));
  const sum: HandSum = {
    budget: 0,
    spent: 0,
    lines: 0,
    spentLines: 0,
    declared: plan.totaal_budget === undefined ? null : cents(plan.totaal_budget),
  };
  for (const section of plan.onderdelen) {
    for (const activity of section.activiteiten) {
      for (const line of activity.dekking ?? []) {
        sum.lines++;
        if (line.bedrag !== undefined) sum.budget += cents(line.bedrag);
        if (line.besteed !== undefined) {
          sum.spent += cents(line.besteed);
          sum.spentLines++;
        }
      }
    }
  }
  return sum;
}

const plansOf = (year: number) =>
  readdirSync(join(root, folder))
    .filter((f) => f.startsWith(String(year)))
    .map((f) => `${folder}/${f}`);
const yearSum = (year: number) => {
  const all = plansOf(year).map(handSum);
  return {
    budget: all.reduce((n, s) => n + s.budget, 0),
    spent: all.reduce((n, s) => n + s.spent, 0),
    lines: all.reduce((n, s) => n + s.lines, 0),
    spentLines: all.reduce((n, s) => n + s.spentLines, 0),
  };
};
const euros = (c: number) => c / 100;

describe('totals, report and CSV agree with hand arithmetic', () => {
  for (const year of years) {
    it(`in ${year}`, async () => {
      const hand = yearSum(year);
      expect(hand.lines).toBeGreaterThan(0);

      const totals = JSON.parse((await runCli(['totals', folder, '--year', String(year), '--format', 'json'], root)).stdout);
      expect(totals.total).toBe(euros(hand.budget));
      expect(totals.plans).toHaveLength(plansOf(year).length);
      if (hand.spentLines > 0) expect(totals.spent.amount).toBe(euros(hand.spent));

      const report = JSON.parse((await runCli(['report', '--year', String(year), '--plans', folder, '--format', 'json'], root)).stdout);
      expect(report.total).toBe(euros(hand.budget));
      // Each plan's own report adds up to that plan's hand sum.
      for (const r of report.reports) {
        const own = handSum(r.plan.path);
        expect(r.totals.total).toBe(euros(own.budget));
        if (own.spentLines > 0) expect(r.totals.spent.amount).toBe(euros(own.spent));
      }

      const csv = parseCsv(
        (await runCli(['report', '--year', String(year), '--plans', folder, '--format', 'csv', '--lang', 'en'], root)).stdout,
        {
          columns: true,
        },
      ) as Record<string, string>[];
      expect(csv).toHaveLength(hand.lines);
      expect(csv.reduce((n, row) => n + cents(Number(row['Amount'] || 0)), 0)).toBe(hand.budget);
      if (hand.spentLines > 0) expect(csv.reduce((n, row) => n + cents(Number(row['Spent'] || 0)), 0)).toBe(hand.spent);

      // The same plans, in the same order, in every command.
      expect(report.plans.map((p: { path: string }) => p.path)).toEqual(totals.plans.map((p: { path: string }) => p.path));
      expect([...new Set(csv.map((row) => row['Plan']))]).toEqual(totals.plans.map((p: { path: string }) => p.path));
    });
  }

  it('years side by side give each year the same total', async () => {
    const json = JSON.parse((await runCli(['totals', folder, '--years', '2014-2016', '--format', 'json'], root)).stdout);
    const perYear = json.total.years.map((s: { amount: number }) => s.amount);
    expect(perYear).toEqual(years.map((y) => euros(yearSum(y).budget)));
  });
});

describe('diff and init agree with the plans', () => {
  it('diff of one year against the next gives both totals and the change', async () => {
    const before = handSum(`${folder}/2015.yaml`);
    const after = handSum(`${folder}/2016.yaml`);
    const r = await runCli(['diff', `${folder}/2015.yaml`, `${folder}/2016.yaml`, '--format', 'json'], root);
    expect(r.stderr).toBe('');
    const file = JSON.parse(r.stdout).files[0];
    expect(file.total.before.amount).toBe(euros(before.budget));
    expect(file.total.after.amount).toBe(euros(after.budget));
    expect(file.total.delta).toBe(euros(after.budget - before.budget));
  });

  it('diff sees a change of spent money and nothing else as a change', async () => {
    const dir = tempDir();
    cpSync(join(root, folder, '2014.yaml'), join(dir, 'old.yaml'));
    const text = readFileSync(join(dir, 'old.yaml'), 'utf8');
    const edited = text.replace(/besteed: ([^\n]+)/, 'besteed: 1');
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, 'new.yaml'), edited);
    const r = await runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json', '--fail-on', 'any'], dir);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.status).toBe('changed');
    expect(r.code).toBe(1);
  });

  it('init --from starts the next year without spending, status or amounts, and validates', async () => {
    const dir = tempDir();
    cpSync(join(root, folder), join(dir, 'plans'), { recursive: true });
    const init = await runCli(['init', '--year', '2017', '--from', 'plans/2016.yaml', '--out', 'plans/2017.yaml'], dir);
    expect(init.code, init.stderr).toBe(0);
    const written = readFileSync(join(dir, 'plans/2017.yaml'), 'utf8');
    expect(written).not.toMatch(/^\s*besteed:/m);
    expect(written).not.toMatch(/^\s*status:/m);
    expect(written).not.toMatch(/^\s*bedrag:/m);
    expect(written).not.toMatch(/^totaal_budget:/m);
    const validate = await runCli(['validate', 'plans/2017.yaml', '--format', 'json'], dir);
    expect(JSON.parse(validate.stdout).errors ?? JSON.parse(validate.stdout).summary?.errors ?? 0).toBe(0);
    const totals = JSON.parse((await runCli(['totals', 'plans/2017.yaml', '--format', 'json'], dir)).stdout);
    expect(totals.total).toBeNull(); // every amount cleared: unknown, not zero
    expect(totals.unknownLines).toBe(handSum(`${folder}/2016.yaml`).lines);
    expect(totals.spent).toBeUndefined();
  });
});

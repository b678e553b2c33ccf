// Public Dutch budget documents, each written down once as the document has it
// (test/fixtures/real/<document>/plans), with its public address and every total it states beside
// it (stated.yaml). Every stated total must come out of jaarplan's figures, or, where the
// document's own lines do not give it (its slip), the figures give what the lines give and
// `validate` reports the slip at its line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { TotalsJson } from '../../src/reporters/jsonContract.js';
import type { VerantwoordingJson } from '../../src/reporters/jsonContract.js';
import { formatMoney } from '../../src/i18n/lang.js';
import { moneyWords } from '../../src/i18n/money.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const base = join(root, 'test/fixtures/real');
const documents = readdirSync(base).sort();

interface StatedTotal {
  what: string;
  where: string;
  /** As printed, in the document's notation and unit. */
  printed: string;
  /** Euros per printed unit. */
  unit: number;
  year: number;
  wijk?: string;
  figure: string;
  /** V or N, as the document means its verschil. */
  richting?: 'V' | 'N';
  /** -1 where the document prints the figure with the opposite sign of the format (baten as negative numbers). */
  sign?: number;
  /** Decimals of the unit the document rounds the figure to. */
  decimals?: number;
  slip: boolean;
  /** For a slip: what the lines give, in the printed unit. */
  computed?: string;
}

/** A printed figure in cents: Dutch notation ("18.350", "-0,784", "€ 30.000,-", "€ 4,7 miljoen") times its unit. */
function centsOf(printed: string, unit: number): number {
  const text = printed
    .replace(/€|miljoen|mln|euro/g, '')
    .replace(/,-$/, '')
    .trim();
  const negative = text.startsWith('-');
  const digits = text.replace(/^-/, '').trim().replaceAll('.', '').replace(',', '.');
  expect(digits, printed).toMatch(/^\d+(\.\d+)?$/);
  // Exact: the printed decimals times the unit stay whole cents for every unit used here.
  const [whole, fraction = ''] = digits.split('.');
  const scale = 10 ** fraction.length;
  const cents = ((Number(whole) * scale + Number(fraction || '0')) * unit * 100) / scale;
  expect(Number.isInteger(cents), printed).toBe(true);
  return negative ? -cents : cents;
}

const json = async <T>(argv: string[], cwd: string): Promise<{ code: number; body: T; stderr: string }> => {
  const r = await runCli([...argv, '--format', 'json'], cwd);
  return { code: r.code, body: JSON.parse(r.stdout || 'null') as T, stderr: r.stderr };
};

/** The figure a stated total names, from the totals and the account of its plan, in cents; and its V/N for a verschil. */
function figureOf(s: StatedTotal, totals: TotalsJson): { cents: number | null; richting?: 'V' | 'N' | null } {
  const euros = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100));
  const [kind, rest] = [
    s.figure.slice(0, s.figure.indexOf('.') === -1 ? undefined : s.figure.indexOf('.')),
    s.figure.slice(s.figure.indexOf('.') + 1),
  ];
  const row = (figure: string) => totals.perSaldo?.rows.find((r) => r.figure === figure);
  switch (kind) {
    case 'verschil': {
      const r = row(rest)!;
      return { cents: euros(r.verschil), richting: r.richting };
    }
    case 'funding':
      return { cents: euros(totals.funding?.amount) };
    case 'source':
      return { cents: euros(totals.sources.find((x) => x.code === rest)?.amount) };
    case 'section':
      return { cents: euros(totals.sections.find((x) => x.titel === rest)?.amount) };
    case 'total':
      return { cents: euros(totals.total) };
    case 'declared':
      return { cents: euros(totals.declaredTotal) };
    default: {
      const r = row(kind)!;
      expect(r, s.figure).toBeDefined();
      return { cents: euros(rest === 'begroting' ? r.begroting.amount : r.rekening?.amount) };
    }
  }
}

/** The plan file of a stated total: its year and wijk. */
function planOf(folder: string, s: StatedTotal): string {
  const plans = readdirSync(join(folder, 'plans'));
  const name = s.wijk === undefined ? `${s.year}.yaml` : plans.find((p) => p.startsWith(`${s.year}-`));
  const found = plans.find((p) => p === name) ?? plans.find((p) => p.startsWith(String(s.year)));
  expect(found, `${s.what}: a plan of ${s.year}`).toBeDefined();
  return `plans/${found}`;
}

describe.each(documents)('%s', (document) => {
  const folder = join(base, document);
  const { address, stated } = parse(readFileSync(join(folder, 'stated.yaml'), 'utf8')) as { address: string; stated: StatedTotal[] | null };
  const list = stated ?? [];

  it('names its public address, in the README and beside every plan', () => {
    expect(address).toMatch(/^https:\/\//);
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(address);
    for (const plan of readdirSync(join(folder, 'plans')))
      expect(readFileSync(join(folder, 'plans', plan), 'utf8'), plan).toContain(address);
  });

  it('is a readable set of plans: no error but those of the document’s own slips', async () => {
    const r = await json<{ files: { path: string; diagnostics: { code: string; severity: string }[] }[] }>(['validate', 'plans'], folder);
    const errors = r.body.files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${f.path}: ${d.code}`));
    const slipCodes = new Set(['over-budget']);
    expect(errors.filter((e) => !slipCodes.has(e.split(': ')[1]!))).toEqual([]);
  });

  const plans = [...new Set(list.map((s) => planOf(folder, s)))];
  // Documents whose tables could not be read to their totals state none (their README says so).
  if (list.length > 0)
    it.each(plans)('gives every total the document states for %s, or reports its slip', async (plan) => {
      const totals = await json<TotalsJson>(['totals', plan], folder);
      expect(totals.code, totals.stderr).toBe(0);
      // The report of the plan's year gives the same figures (each folder holds one plan per year).
      const year = Number(/(\d{4})/.exec(plan)![1]);
      const report = await json<TotalsJson>(['report', '--year', String(year), '--plans', 'plans'], folder);
      expect(report.code, report.stderr).toBe(0);
      for (const key of ['perSaldo', 'funding', 'sources', 'sections', 'total', 'declaredTotal'] as const)
        expect(report.body[key], `report ${key}`).toEqual(totals.body[key]);
      const validate = await json<{ files: { diagnostics: { code: string; pointer: string; message: string }[] }[] }>(
        ['validate', plan],
        folder,
      );
      const findings = validate.body.files[0]!.diagnostics;
      for (const s of list.filter((x) => planOf(folder, x) === plan)) {
        const got = figureOf(s, totals.body);
        const label = `${s.what} (${s.where})`;
        expect(got.cents, label).not.toBeNull();
        let value = got.cents!;
        if (s.figure.startsWith('verschil.')) {
          // The document prints the magnitude with its own sign convention; jaarplan's sign is
          // begroting minus rekening, and V or N says which way it goes. Both must agree.
          value = Math.abs(value);
          expect(got.richting ?? null, `${label}: V/N`).toBe(s.richting ?? null);
        }
        const printed = centsOf(s.slip ? s.computed! : s.printed, s.unit) * (s.sign ?? 1);
        const expected = s.figure.startsWith('verschil.') ? Math.abs(printed) : printed;
        if (s.decimals === undefined) expect(value, label).toBe(expected);
        else {
          // Rounded in the document: jaarplan's exact figure rounds to the printed one.
          const step = (s.unit * 100) / 10 ** s.decimals;
          expect(Math.round(value / step) * step, label).toBe(expected);
        }
        if (s.slip) {
          // The figures still show what the lines give; the stated total is reported at its line.
          expect(centsOf(s.printed, s.unit) * (s.sign ?? 1), `${label}: the document's slip`).not.toBe(expected);
          const shown = formatMoney(Math.abs(centsOf(s.printed, s.unit)), 'nl').replace('€ ', '');
          const reported = findings.filter(
            (f) => /^(stated-total|not-balanced|over-budget|unallocated-budget)$/.test(f.code) && f.message.includes(shown),
          );
          expect(reported, `${label}: reported with the stated ${shown}`).not.toEqual([]);
        }
      }
    });

  if (list.some((s) => s.figure.startsWith('verschil.')))
    it('gives the same verschil and V/N in verantwoording, JSON and CSV as in totals', async () => {
      for (const s of list.filter((x) => x.figure.startsWith('verschil.'))) {
        const plan = planOf(folder, s);
        const totals = (await json<TotalsJson>(['totals', plan], folder)).body;
        const account = await json<VerantwoordingJson>(['verantwoording', '--year', String(s.year), '--plans', 'plans'], folder);
        expect(account.code, account.stderr).toBe(0);
        const figure = s.figure.slice('verschil.'.length);
        const a = account.body.perSaldo?.rows.find((r) => r.figure === figure);
        const t = totals.perSaldo?.rows.find((r) => r.figure === figure);
        expect(a, s.what).toEqual(t);
        const csv = await runCli(['verantwoording', '--year', String(s.year), '--plans', 'plans', '--format', 'csv'], folder);
        const words = moneyWords.nl;
        const row = csv.stdout
          .split('\n')
          .find((l) => l.includes(words.titles.perSaldo) && l.includes(words.figure[figure as keyof typeof words.figure]));
        expect(row, `${s.what}: CSV`).toBeDefined();
        const amount = t!.verschil!.toFixed(2).replace('.', ',');
        expect(row!, s.what).toContain(amount);
        if (t!.richting !== null) expect(row!, s.what).toContain(`;${t!.richting};`);
      }
    });
});

describe('the real documents as a whole', () => {
  it('are at least three documents, with co-funding by the province or the Rijk among them', () => {
    expect(documents.length).toBeGreaterThanOrEqual(3);
    const sources = documents.flatMap((d) =>
      readdirSync(join(base, d, 'plans')).map(
        (p) => (parse(readFileSync(join(base, d, 'plans', p), 'utf8')) as { bronnen: Record<string, { soort: string }> }).bronnen,
      ),
    );
    expect(sources.some((b) => Object.values(b).some((s) => s.soort === 'cofinanciering'))).toBe(true);
  });
});

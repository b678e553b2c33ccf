import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/load/parsePlan.js';
import { deviationOf, sumOf } from '../../src/core/sum.js';
import { checks, root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The rule for explanations: a difference between spending and budget beyond the threshold needs a
// toelichting; the threshold is the config's `deviation`, by default more than 10% and more than € 1.000.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A folder with the deviation fixture as its plan and, when given, a config. */
function project(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jaarplan-account-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'plans'));
  mkdirSync(join(dir, 'schemas'));
  copyFileSync(root + 'schemas/jaarplan.schema.json', join(dir, 'schemas/jaarplan.schema.json'));
  copyFileSync(checks + 'unexplained-deviation.yaml', join(dir, 'plans/2014.yaml'));
  if (config !== undefined) writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
  return dir;
}

const deviations = async (dir: string) => {
  const r = await runCli(['validate', '--format', 'json', 'plans'], dir);
  const json = JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line: number; message: string }[] }[] };
  return json.files[0]!.diagnostics.filter((d) => d.code === 'unexplained-deviation');
};

describe('the threshold of a difference', () => {
  it('is more than the percentage and more than the amount, both', () => {
    const t = { percent: 10, amount: 100_000 };
    const d = (budget: number, spent: number) => deviationOf(sumOf([budget]), sumOf([spent]), t);
    // The difference is begroting minus rekening: overspending is negative.
    expect(d(1_000_000, 1_100_000)).toEqual({ difference: -100_000, percent: -10, beyond: false });
    expect(d(1_000_000, 1_100_001)?.beyond).toBe(true);
    expect(d(1_000_000, 899_999)).toEqual({ difference: 100_001, percent: 10, beyond: true });
    expect(d(50_000, 80_000)?.beyond).toBe(false);
    expect(d(10_000_000, 10_500_000)?.beyond).toBe(false);
    expect(d(0, 150_000)).toEqual({ difference: -150_000, percent: null, beyond: true });
    // An unknown amount on either side is no difference at all.
    expect(deviationOf(sumOf([null]), sumOf([5])), 'unknown budget').toBeNull();
    expect(deviationOf(sumOf([5]), sumOf([null])), 'unknown spending').toBeNull();
  });

  it('says the difference in both languages', () => {
    const file = parsePlan(readFileSync(checks + 'unexplained-deviation.yaml'), 'plans/2014.yaml');
    const line = file.diagnostics.find((d) => d.code === 'unexplained-deviation')!;
    expect(line.args).toEqual({ nr: 1, bron: 'wijkaanpak', bedrag: 2_000_000, besteed: 1_200_000, difference: 800_000, percent: 40 });
  });

  it('by default warns at three places in the fixture', async () => {
    const found = await deviations(project());
    expect(found.map((d) => d.line)).toEqual([16, 51, 64]);
    expect(found[0]!.message).toBe(
      'Activiteit 1, bron "wijkaanpak": besteed € 12.000 tegen begroot € 20.000, € 8.000 minder (40%), zonder toelichting. ' +
        'Leg het verschil uit in toelichting van de regel of in verantwoording.toelichting van de activiteit.',
    );
  });

  it('follows the config: a stricter threshold finds more, a looser one fewer', async () => {
    const strict = await deviations(project('deviation:\n  percent: 5\n  amount: 100\n'));
    // Nr 4 (60%, € 300), nr 8 (10%, € 1.000) and the two lines of nr 6 now count; nr 5 is 5% exactly.
    expect(strict.map((d) => d.line)).toEqual([16, 40, 54, 57, 64, 71]);
    const loose = await deviations(project('deviation:\n  percent: 50\n  amount: "€ 1.000"\n'));
    expect(loose.map((d) => d.line)).toEqual([64]);
    // A key left out keeps its default.
    const amountOnly = await deviations(project('deviation:\n  amount: 5000\n'));
    expect(amountOnly.map((d) => d.line)).toEqual([16]);
  });

  it('refuses a wrong threshold with its place, before any plan is read', async () => {
    const r = await runCli(['validate', 'plans'], project('deviation:\n  percent: veel\n  bedrag: 1000\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jaarplan.config.yaml:2:12: "veel" voor percent: geef een getal van 0 of meer.');
    expect(r.stderr).toContain('jaarplan.config.yaml:3:3: onbekende sleutel "bedrag" onder deviation; kies percent of amount.');
    const notMap = await runCli(['validate', 'plans'], project('deviation: 10\n'));
    expect(notMap.code).toBe(2);
    expect(notMap.stderr).toContain('jaarplan.config.yaml:1:12: verwacht onder "deviation:" een mapping met "percent" en "amount".');
  });

  it('applies to totals and report as well as validate', async () => {
    const dir = project('deviation:\n  percent: 50\n  amount: 1000\n');
    const r = await runCli(['report', '--year', '2014', '--plans', 'plans', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const codes = (JSON.parse(r.stdout) as { reports: { diagnostics: { code: string; line: number }[] }[] }).reports[0]!.diagnostics.filter(
      (d) => d.code === 'unexplained-deviation',
    ).map((d) => d.line);
    expect(codes).toEqual([64]);
  });
});

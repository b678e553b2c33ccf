import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The programme: a city-wide plan and twenty wijk plans of one municipality, 2022–2024, made by
// test/fixtures/programme/generate.mjs (spending in 2022 and 2023, partly in 2024).
const programme = 'test/fixtures/programme';
const years = ['2022', '2023', '2024'];

async function out(argv: string[]): Promise<string> {
  const r = await runCli(argv, root);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout;
}

/** A Dutch amount cell as cents and unknown lines: `€ 1.234,50 + 2 onbekend`, `onbekend (3 regels)`, `onbekend`. */
function parseSum(cell: string): { known: number | null; unknownLines: number } {
  const allUnknown = /^onbekend(?: \((\d+) regels?\))?$/.exec(cell);
  if (allUnknown) return { known: null, unknownLines: Number(allUnknown[1] ?? 0) };
  const m = /^€ (-?)([\d.]+)(?:,(\d{2}))?(?: \+ (\d+) onbekend)?$/.exec(cell);
  expect(m, cell).not.toBeNull();
  const cents = Number(m![2]!.replaceAll('.', '')) * 100 + Number(m![3] ?? 0);
  return { known: m![1] ? -cents : cents, unknownLines: Number(m![4] ?? 0) };
}

/** A JSON amount (euros, null when every line is unknown) as the same shape. */
const jsonSum = (amount: number | null, unknownLines: number) => ({
  known: amount === null ? null : Math.round(amount * 100),
  unknownLines,
});

/** The rows of the Markdown table under the heading `### title`, as cells. */
function markdownRows(md: string, title: string): string[][] {
  const lines = md.split('\n');
  const start = lines.indexOf(`### ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(2, -2).split(' | '));
  }
  return rows;
}

// Twenty-one plans read several times over per test: slow on a busy machine.
describe('the overview of a programme in the year report', { timeout: 60_000 }, () => {
  it.each(years)('comes within the first 60 lines of the Markdown, both tables before the first plan (%s)', async (year) => {
    const md = await out(['report', programme, '--year', year, '--format', 'markdown']);
    const lines = md.split('\n');
    const wijk = lines.indexOf('### Per wijk');
    const source = lines.findIndex((l) => /^### Per bron/.test(l));
    const firstPlan = lines.findIndex((l) => l.startsWith('# Jaarplan'));
    expect(wijk).toBeGreaterThanOrEqual(0);
    expect(source).toBeGreaterThan(wijk);
    expect(source).toBeLessThan(60);
    expect(firstPlan).toBeGreaterThan(source);
    expect(lines[0]).toBe(`# Overzicht ${year}`);
  });

  it('comes before any plan in the HTML, in a section of its own', async () => {
    const page = await out(['report', programme, '--year', '2023', '--format', 'html']);
    const firstPlan = page.indexOf('<section class="plan">');
    const overview = page.indexOf('<section class="overview">');
    expect(overview).toBeGreaterThan(0);
    expect(firstPlan).toBeGreaterThan(overview);
    expect(page.indexOf('<caption>Per wijk</caption>')).toBeGreaterThan(overview);
    expect(page.indexOf('<caption>Per wijk</caption>')).toBeLessThan(firstPlan);
    expect(page.indexOf('<caption>Per bron</caption>')).toBeLessThan(firstPlan);
  });

  it('opens the terminal report too, in English with --lang en', async () => {
    const text = await out(['report', programme, '--year', '2022', '--lang', 'en']);
    expect(text.startsWith('Overview 2022\n')).toBe(true);
    const firstPlan = text.indexOf('Jaarplan 2022');
    expect(text.indexOf('By neighbourhood')).toBeLessThan(firstPlan);
    expect(text.indexOf('By source')).toBeLessThan(firstPlan);
  });

  it.each(years)('gives the figures of totals --format json and totals --by wijk (%s)', async (year) => {
    const md = await out(['report', programme, '--year', year, '--format', 'markdown']);
    const totals = JSON.parse(await out(['totals', programme, '--year', year, '--format', 'json']));
    const byWijk = JSON.parse(await out(['totals', programme, '--year', year, '--by', 'wijk', '--format', 'json']));

    const wijken = markdownRows(md, 'Per wijk');
    expect(wijken).toHaveLength(byWijk.groups.length + 1);
    byWijk.groups.forEach(
      (
        g: {
          key: string | null;
          amount: number | null;
          unknownLines: number;
          spent: { amount: number | null; unknownLines: number; remaining: number | null };
        },
        i: number,
      ) => {
        const [name, budget, spent, remaining] = wijken[i]!;
        expect(name).toBe(g.key ?? 'stadsbreed');
        expect(parseSum(budget!)).toEqual(jsonSum(g.amount, g.unknownLines));
        expect(parseSum(spent!)).toEqual(jsonSum(g.spent.amount, g.spent.unknownLines));
        expect(parseSum(remaining!)).toEqual(jsonSum(g.spent.remaining, 0));
      },
    );
    const [label, budget, spent, remaining] = wijken.at(-1)!;
    expect(label).toBe('Totaal');
    expect(parseSum(budget!)).toEqual(jsonSum(totals.total, totals.unknownLines));
    expect(parseSum(spent!)).toEqual(jsonSum(totals.spent.amount, totals.spent.unknownLines));
    expect(parseSum(remaining!)).toEqual(jsonSum(totals.spent.remaining, 0));

    const sources = markdownRows(md, 'Per bron');
    expect(sources).toHaveLength(totals.sources.length + 1);
    totals.sources.forEach(
      (
        s: { code: string; amount: number | null; unknownLines: number; spent: { amount: number | null; unknownLines: number } },
        i: number,
      ) => {
        const row = sources[i]!;
        expect(row[0]).toBe(s.code);
        expect(parseSum(row[3]!)).toEqual(jsonSum(s.amount, s.unknownLines));
        expect(parseSum(row[4]!)).toEqual(jsonSum(s.spent.amount, s.spent.unknownLines));
      },
    );
  });

  it.each(years)('rates each wijk as verantwoording does, in every format (%s)', async (year) => {
    const report = JSON.parse(await out(['report', programme, '--year', year, '--format', 'json']));
    const account = JSON.parse(await out(['verantwoording', programme, '--year', year, '--format', 'json']));
    const rated = new Map(account.plans.map((p: { path: string; beoordeling: unknown }) => [p.path, p.beoordeling]));
    expect(report.reports).toHaveLength(21);
    for (const r of report.reports) expect(r.assessment, r.plan.path).toEqual(rated.get(r.plan.path));

    const md = await out(['report', programme, '--year', year, '--format', 'markdown']);
    const rows = markdownRows(md, 'Per wijk');
    report.reports.forEach((r: { assessment: { groen: number; oranje: number; rood: number } }, i: number) => {
      const a = r.assessment;
      expect(rows[i]!.at(-1)).toBe(`${a.groen} groen, ${a.oranje} oranje, ${a.rood} rood`);
    });
  });

  it('compares plans without spending with the total each declares', async () => {
    const md = await out(['report', 'test/fixtures/multi', '--year', '2014', '--format', 'markdown']);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Overzicht 2014');
    const rows = markdownRows(md, 'Per wijk');
    expect(rows.map((r) => r[0])).toEqual(['stadsbreed', 'Zeebuurt', 'Totaal']);
    expect(md.split('\n').find((l) => l.startsWith('| Wijk'))).toBe('| Wijk | Bedrag | Totaal budget (volgens plan) | Verschil |');
    const json = JSON.parse(await out(['report', 'test/fixtures/multi', '--year', '2014', '--format', 'json']));
    // Without spending there is no account to rate, and the JSON says nothing of it.
    for (const r of json.reports) expect(r).not.toHaveProperty('assessment');
  });

  it('names the municipality beside the wijk where the plans are of several', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-overview-'));
    try {
      for (const gemeente of ['Aastad', 'Beedorp']) {
        writeFileSync(
          join(dir, `${gemeente}.yaml`),
          `jaar: 2020\ntitel: Wijkplan Centrum ${gemeente}\ngemeente: ${gemeente}\nwijk: Centrum\nbronnen:\n  w: { naam: W, soort: eigen }\n` +
            'onderdelen:\n  - titel: A\n    activiteiten:\n      - nr: 1\n        titel: X\n        actiehouders: [Y]\n        dekking: [{ bron: w, bedrag: 100 }]\n',
        );
      }
      const md = await out(['report', dir, '--year', '2020', '--format', 'markdown']);
      expect(markdownRows(md, 'Per wijk').map((r) => r[0])).toEqual(['Centrum (Aastad)', 'Centrum (Beedorp)', 'Totaal']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is left out of the report of one plan, whose own tables say the same', async () => {
    const md = await out(['report', '--year', '2013', '--format', 'markdown']);
    expect(md).not.toMatch(/Overzicht|### Per wijk/);
    expect(md.startsWith('# Jaarplan 2013 HarderwijkAanpak\n')).toBe(true);
  });
});

describe('the report of a budget table', () => {
  const wesselerbrink = 'test/fixtures/real/06-wesselerbrink-wijkbudget-2016/plans';

  it('gives a line of the division alone its amount, without a source it does not have', async () => {
    const text = await out(['report', wesselerbrink, '--year', '2016']);
    expect(text).toContain('Dekking: € 17.600\n');
    expect(text).not.toMatch(/null/);
  });

  it('shows a kind of source without lines as dashes, not as € 0 left beside an unknown share', async () => {
    const md = await out(['report', wesselerbrink, '--year', '2016', '--format', 'markdown']);
    expect(markdownRows(md, 'Per soort bron')).toContainEqual(['cofinanciering', '–', '–', '–', '–']);
  });
});

import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/core/computeTotals.js';
import { readPlans } from '../../src/node/readPlans.js';
import { toCsv } from '../../src/reporters/shared/toCsv.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { transcript } from '../helpers/transcript.js';

/** Reads CSV as a spreadsheet of that language would: a real parser, not a split on separators. */
const read = (text: string, lang: 'nl' | 'en'): string[][] =>
  parse(text, { delimiter: lang === 'nl' ? ';' : ',', bom: true, relax_column_count: false });

/** A CSV amount in cents: `1234,56` (nl) or `1234.56` (en); null for an empty cell. */
const cents = (cell: string, lang: 'nl' | 'en'): number | null => {
  if (cell === '') return null;
  const pattern = lang === 'nl' ? /^(-?\d+),(\d\d)$/ : /^(-?\d+)\.(\d\d)$/;
  const m = pattern.exec(cell);
  if (!m) throw new Error(`not an amount: ${cell}`);
  const sign = m[1]!.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(m[1])) * 100 + Number(m[2]));
};

const languages = ['nl', 'en'] as const;

describe('CSV golden outputs', () => {
  const cases = languages.flatMap((lang) => [
    { name: `totals-csv-${lang}`, argv: ['totals', '--year', '2013', '--format', 'csv', '--lang', lang] },
    {
      name: `report-csv-besteed-${lang}`,
      argv: ['report', '--year', '2014', '--plans', 'test/fixtures/years', '--format', 'csv', '--lang', lang],
    },
    { name: `totals-csv-injection-${lang}`, argv: ['totals', 'test/fixtures/csv/injection.yaml', '--format', 'csv', '--lang', lang] },
    { name: `totals-by-wijk-csv-${lang}`, argv: ['totals', 'test/fixtures/years', '--by', 'wijk', '--format', 'csv', '--lang', lang] },
    {
      name: `totals-years-csv-${lang}`,
      argv: ['totals', 'test/fixtures/years', '--years', '2013-2016', '--format', 'csv', '--lang', lang],
    },
  ]);
  it.each(cases)('$name', async ({ name, argv }) => {
    const r = await runCli(argv, root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe('CSV for spreadsheets', () => {
  it('writes what Dutch Excel opens: BOM, semicolons, decimal comma, CRLF', async () => {
    const r = await runCli(['totals', '--year', '2013', '--format', 'csv'], root);
    expect(r.stdout.startsWith('\uFEFFPlan;Jaar;Gemeente;')).toBe(true);
    expect(r.stdout).toContain(';10000,00;');
    expect(r.stdout.split('\r\n').at(-1)).toBe(''); // every record ends in CRLF
    expect(r.stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes RFC 4180 in English: no BOM, commas, dot decimals, CRLF', async () => {
    const r = await runCli(['totals', '--year', '2013', '--format', 'csv', '--lang', 'en'], root);
    expect(r.stdout.startsWith('Plan,Year,Municipality,')).toBe(true);
    expect(r.stdout).toContain(',10000.00,');
    expect(r.stdout.endsWith('\r\n')).toBe(true);
  });

  const planSets = [['plans/2013.yaml'], ['test/fixtures/years'], ['test/fixtures/multi'], ['test/fixtures/csv/injection.yaml']];
  describe.each(languages)('parsed back (%s)', (lang) => {
    it.each(planSets)('adds up to the totals of %s, with unknown amounts as empty cells', async (path) => {
      const csv = await runCli(['totals', path, '--format', 'csv', '--lang', lang], root);
      const json = JSON.parse((await runCli(['totals', path, '--format', 'json'], root)).stdout);
      expect(csv.code).toBe(0);
      const [head, ...rows] = read(csv.stdout, lang);
      const bedrag = head!.indexOf(lang === 'nl' ? 'Bedrag' : 'Amount');
      const besteed = head!.indexOf(lang === 'nl' ? 'Besteed' : 'Spent');
      expect([bedrag, besteed]).toEqual([11, 12]);
      const amounts = rows.map((row) => cents(row[bedrag]!, lang));
      const known = amounts.filter((a): a is number => a !== null);
      expect(known.reduce((a, b) => a + b, 0)).toBe(Math.round(json.total * 100));
      expect(amounts.filter((a) => a === null)).toHaveLength(json.unknownLines);
      // One row per budget line.
      const plans = (await readPlans({ paths: [path], cwd: root })).files.map((f) => f.plan!);
      expect(rows).toHaveLength(computeTotals(plans).total.lines);
      if (json.spent) {
        const spent = rows.map((row) => cents(row[besteed]!, lang)).filter((a): a is number => a !== null);
        expect(spent.reduce((a, b) => a + b, 0)).toBe(Math.round(json.spent.amount * 100));
      }
    });
  });

  it('writes every budget line of a range of years for report --years, adding up to their totals', async () => {
    const r = await runCli(['report', '--years', '2014-2016', '--plans', 'test/fixtures/years', '--format', 'csv', '--lang', 'en'], root);
    const json = JSON.parse((await runCli(['totals', 'test/fixtures/years', '--format', 'json'], root)).stdout);
    const [, ...rows] = read(r.stdout, 'en');
    expect(rows.map((row) => row[1])).toEqual([...rows.map((row) => row[1])].sort());
    const known = rows.map((row) => cents(row[11]!, 'en')).filter((a): a is number => a !== null);
    expect(known.reduce((a, b) => a + b, 0)).toBe(Math.round(json.total * 100));
  });

  it('neutralises formulas in text cells and keeps the text otherwise intact', async () => {
    for (const lang of languages) {
      const r = await runCli(['totals', 'test/fixtures/csv/injection.yaml', '--format', 'csv', '--lang', lang], root);
      const [, ...rows] = read(r.stdout, lang);
      expect(rows.map((row) => [row[2], row[3], row[4], row[6], row[9]])).toEqual([
        ["'@Voorbeeld", "'+Zuid", "'=1+2", "'\tTab vooraan", "'-Wijkaanpak"],
        ["'@Voorbeeld", "'+Zuid", "'=1+2", "'\rCR vooraan", 'Stad; en "Regio", contract'],
        ["'@Voorbeeld", "'+Zuid", "'=1+2", 'Twee\nregels; met "aanhalingstekens", komma\'s', 'Stad; en "Regio", contract'],
      ]);
      // No cell a spreadsheet would evaluate.
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('keeps a negative amount a number, and never writes 0 for unknown', () => {
    expect(toCsv([['=x', -12.5, null, 0]], 'nl')).toBe("\uFEFF'=x;-12,50;;0,00\r\n");
    expect(toCsv([['-x', -12.5, null]], 'en')).toBe("'-x,-12.50,\r\n");
  });
});

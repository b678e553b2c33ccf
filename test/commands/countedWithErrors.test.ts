// A wrong plan can still be read: a plan whose budget rules fail is counted by totals, report,
// verantwoording and export, with its errors on top of every format and exit 1; a plan that cannot
// be counted is still refused; a config may lower the budget rules; errors come before warnings.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countable } from '../../src/core/countable.js';
import { readPlan } from '../../src/node/readPlan.js';
import { readPlanSet, refusalOf } from '../../src/node/planSet.js';
import { root } from '../helpers/paths.js';
import { readWorkbook } from '../helpers/readWorkbook.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

const checks = join(root, 'test/fixtures/checks');
const OVER_BUDGET = readFileSync(join(checks, 'over-budget.yaml'), 'utf8');

/** A plan with a warning (no-owner, line 10) before an error in file order (`bron` at line 19). */
const mixed = (bron: string, bedrag: string) => `jaar: 2014
titel: Plan
gemeente: Voorbeeld Zuid
bronnen:
  wijkaanpak: { naam: Wijkaanpak, soort: eigen }
onderdelen:
  - titel: Activiteiten
    activiteiten:
      - nr: 1
        titel: Buurtfeest
        dekking:
          - bron: wijkaanpak
            bedrag: "€ 600"
      - nr: 2
        titel: Schouw
        actiehouders: [Wijkmanager]
        dekking:
          - bron: ${bron}
            bedrag: ${bedrag}
`;

/** A folder with `plans/2014.yaml` holding `text`, and a config when given. */
function project(text: string, config?: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', '2014.yaml'), text);
  if (config !== undefined) writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
  return dir;
}

/** The fields of the first CSV records, quotes respected (enough for these files). */
function records(csv: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return out;
}

describe('which plans are counted', () => {
  it('counts a plan whose budget rules fail, with its errors as findings', async () => {
    const set = await readPlanSet({ paths: ['plans'], cwd: project(OVER_BUDGET) });
    expect(set.refused).toBeNull();
    expect(set.plans).toHaveLength(1);
    expect(set.findings.map((f) => [f.path, f.diagnostics.map((d) => d.code)])).toEqual([['plans/2014.yaml', ['over-budget']]]);
  });

  it.each(['over-budget', 'unknown-source', 'no-source', 'unknown-taakveld', 'taakveld-not-in-year', 'duplicate-activity-nr'])(
    'counts the plan of checks/%s.yaml and shows its error',
    async (code) => {
      const set = await readPlanSet({ paths: [`${code}.yaml`], cwd: checks });
      expect(set.refused).toBeNull();
      expect(set.findings.flatMap((f) => f.diagnostics.map((d) => d.code))).toContain(code);
    },
  );

  it.each(['schema', 'yaml-syntax', 'yaml-alias', 'duplicate-key', 'empty-file', 'invalid-amount', 'ambiguous-amount'])(
    'refuses the plan of checks/%s.yaml, which cannot be counted',
    async (code) => {
      const set = await readPlanSet({ paths: [`${code}.yaml`], cwd: checks });
      expect(set.refused?.kind).toBe('errors');
      expect(set.refused?.files[0]?.diagnostics.map((d) => d.code)).toContain(code);
    },
  );

  it('refuses a file that cannot be read with exit 2', async () => {
    const gone = await readPlan({ file: join(tempDir(), 'vanished.yaml'), display: 'plans/vanished.yaml' });
    expect(refusalOf([gone])).toMatchObject({ kind: 'errors', exitCode: 2 });
  });

  it('keeps every code that makes a plan uncountable an error, and no other', () => {
    const uncountable = Object.entries(countable)
      .filter(([, counts]) => !counts)
      .map(([code]) => code)
      .sort();
    expect(uncountable).toEqual(
      [
        'ambiguous-amount',
        'bidi-character',
        'duplicate-key',
        'duplicate-plan',
        'empty-file',
        'file-too-large',
        'invalid-amount',
        'invisible-character',
        'multiple-documents',
        'not-text',
        'schema',
        'string-too-long',
        'too-deep',
        'unreadable-file',
        'yaml-alias',
        'yaml-syntax',
        'yaml-tag',
      ].sort(),
    );
  });

  it('lists the error that refuses a plan before its warnings', async () => {
    const set = await readPlanSet({ paths: ['plans'], cwd: project(mixed('wijkaanpak', '"tienduizend"')) });
    expect(set.refused?.files[0]?.diagnostics.map((d) => d.code)).toEqual(['invalid-amount', 'no-owner']);
  });
});

describe('a plan whose budget rules fail, in every format', () => {
  const cases: { argv: string[]; check: (stdout: string) => void }[] = [
    {
      argv: ['totals'],
      check: (out) => {
        expect(out.startsWith('Let op: 1 fout in de plannen.')).toBe(true);
        expect(out.indexOf('[over-budget]')).toBeGreaterThan(-1);
        expect(out.indexOf('[over-budget]')).toBeLessThan(out.indexOf('Totalen'));
        expect(out).toContain('€ 1.234,56');
      },
    },
    {
      argv: ['totals', '--format', 'markdown', '--lang', 'en'],
      check: (out) => {
        expect(out).toMatch(/^> \*\*Attention: 1 error in the plans\.\*\*/);
        expect(out).toContain('> - `plans/2014.yaml:4:16` ');
        expect(out).toContain('€1,234.56');
      },
    },
    {
      argv: ['totals', '--format', 'json'],
      check: (out) => {
        const body = JSON.parse(out) as { findings: { path: string; code: string; severity: string; line: number }[]; total: number };
        expect(Object.keys(body)[0]).toBe('findings');
        expect(body.findings.map((f) => [f.path, f.code, f.severity, f.line])).toEqual([['plans/2014.yaml', 'over-budget', 'error', 4]]);
        expect(body.total).toBe(1234.56);
      },
    },
    {
      argv: ['totals', '--format', 'csv', '--lang', 'en'],
      check: (out) => {
        const [header, marked, first] = records(out, ',');
        expect(header![0]).toBe('Plan');
        expect(marked!.slice(0, 3)).toEqual(['ERROR', 'plans/2014.yaml:4:16', 'over-budget']);
        expect(marked).toHaveLength(header!.length);
        expect(first![0]).toBe('plans/2014.yaml');
      },
    },
    {
      argv: ['totals', '--format', 'csv'],
      check: (out) => {
        expect(out.startsWith('\uFEFF')).toBe(true);
        expect(records(out.slice(1), ';')[1]!.slice(0, 3)).toEqual(['FOUT', 'plans/2014.yaml:4:16', 'over-budget']);
      },
    },
    { argv: ['totals', '--by', 'wijk', '--format', 'markdown'], check: (out) => expect(out).toMatch(/^> \*\*Let op: 1 fout/) },
    {
      argv: ['totals', '--by', 'wijk', '--format', 'csv', '--lang', 'en'],
      check: (out) => {
        // A header of three columns: the code and the message share the last cell.
        const [header, marked] = records(out, ',');
        expect(header).toHaveLength(3);
        expect(marked!.slice(0, 2)).toEqual(['ERROR', 'plans/2014.yaml:4:16']);
        expect(marked![2]).toMatch(/^over-budget The known amounts/);
      },
    },
    {
      argv: ['totals', '--years', '2014-2014', '--format', 'json'],
      check: (out) => expect(Object.keys(JSON.parse(out) as object)[0]).toBe('findings'),
    },
    {
      argv: ['report', '--year', '2014', '--format', 'html'],
      check: (out) => {
        expect(out).toContain('<main>\n<div class="findings" role="alert"');
        const at = out.indexOf('<code>plans/2014.yaml:4:16</code>, over-budget');
        expect(at).toBeGreaterThan(-1);
        expect(at).toBeLessThan(out.indexOf('<h1'));
      },
    },
    {
      argv: ['report', '--year', '2014', '--format', 'markdown'],
      check: (out) => expect(out).toMatch(/^# [^\n]*\n\n> \*\*Let op: 1 fout in de plannen\.\*\*/),
    },
    {
      argv: ['report', '--years', '2014-2014', '--format', 'markdown'],
      check: (out) => expect(out).toContain('> **Let op: 1 fout in de plannen.**'),
    },
    {
      argv: ['report', '--years', '2014-2014', '--format', 'html'],
      check: (out) => expect(out).toContain('<div class="findings" role="alert"'),
    },
    {
      argv: ['verantwoording', '--year', '2014', '--format', 'json'],
      check: (out) => expect((JSON.parse(out) as { findings: unknown[] }).findings).toHaveLength(1),
    },
    { argv: ['verantwoording', '--year', '2014'], check: (out) => expect(out.startsWith('Let op: 1 fout in de plannen.')).toBe(true) },
    {
      argv: ['verantwoording', '--years', '2014-2014', '--format', 'csv', '--lang', 'en'],
      check: (out) => expect(records(out, ',')[1]!.slice(0, 3)).toEqual(['ERROR', 'plans/2014.yaml:4:16', 'over-budget']),
    },
  ];

  it.each(cases)('$argv: the figures with the error on top, exit 1', async ({ argv, check }) => {
    const r = await runCli(argv, project(OVER_BUDGET));
    expect(r.code, r.stderr).toBe(1);
    check(r.stdout);
  });

  it.each([
    ['totals', '--year', '2014'],
    ['report', '--year', '2014'],
    ['verantwoording', '--year', '2014'],
    ['verantwoording', '--years', '2014-2014'],
    ['report', '--years', '2014-2014'],
  ])('%s %s %s --format xlsx: a first sheet of marked rows', async (...argv) => {
    const dir = project(OVER_BUDGET);
    const r = await runCli([...argv, '--format', 'xlsx', '--out', 'out.xlsx', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[over-budget]');
    const book = readWorkbook(readFileSync(join(dir, 'out.xlsx')));
    const [name, sheet] = book.sheets[0]!;
    expect(name).toBe('Errors');
    expect(sheet.cells.A1?.value).toBe('Attention: 1 error in the plans.');
    expect([sheet.cells.A5?.value, sheet.cells.B5?.value, sheet.cells.D5?.value]).toEqual(['plans/2014.yaml', 4, 'over-budget']);
    expect(book.sheets.length).toBeGreaterThan(1);
  });

  it('exports the plan, with its errors on standard error and exit 1', async () => {
    const dir = project(OVER_BUDGET);
    const r = await runCli(['export', '--out', 'open-data'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[over-budget]');
    expect(existsSync(join(dir, 'open-data', 'datapackage.json'))).toBe(true);
  });

  it('gives a plan without errors no findings and exit 0', async () => {
    const dir = project(readFileSync(join(checks, 'valid.yaml'), 'utf8'));
    for (const argv of [
      ['totals', '--format', 'json'],
      ['report', '--year', '2014', '--format', 'json'],
    ]) {
      const r = await runCli(argv, dir);
      expect(r.code).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout) as object)).not.toContain('findings');
    }
  });

  it('still refuses a plan that cannot be counted: nothing on standard output', async () => {
    const r = await runCli(['totals'], project(mixed('wijkaanpak', '"tienduizend"')));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.indexOf('[invalid-amount]')).toBeGreaterThan(-1);
    expect(r.stderr.indexOf('[invalid-amount]')).toBeLessThan(r.stderr.indexOf('[no-owner]'));
  });
});

describe('the config and the budget rules', () => {
  it('may lower over-budget to a warning: the figures without a banner, exit 0', async () => {
    const dir = project(OVER_BUDGET, 'rules:\n  over-budget: warning\n');
    const totals = await runCli(['totals'], dir);
    expect([totals.code, totals.stderr]).toEqual([0, '']);
    expect(totals.stdout).not.toContain('Let op');
    expect((await runCli(['validate'], dir)).code).toBe(0);
  });

  it('may turn unknown-source off', async () => {
    const dir = project(readFileSync(join(checks, 'unknown-source.yaml'), 'utf8'), 'rules:\n  unknown-source: off\n');
    expect((await runCli(['report', '--year', '2014', '--format', 'json'], dir)).code).toBe(0);
  });

  it('may not lower what makes a plan uncountable', async () => {
    const r = await runCli(['totals'], project(OVER_BUDGET, 'rules:\n  invalid-amount: warning\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid-amount is altijd een fout');
  });
});

describe('errors before warnings', () => {
  it('in validate’s text: the error first, each in file order; JSON keeps file order', async () => {
    const dir = project(mixed('wijkaanpk', '"€ 634,56"'));
    const text = await runCli(['validate'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout.indexOf('[unknown-source]')).toBeGreaterThan(-1);
    expect(text.stdout.indexOf('[unknown-source]')).toBeLessThan(text.stdout.indexOf('[no-owner]'));
    const json = JSON.parse((await runCli(['validate', '--format', 'json'], dir)).stdout) as {
      files: { diagnostics: { code: string }[] }[];
    };
    expect(json.files[0]!.diagnostics.map((d) => d.code)).toEqual(['no-owner', 'unknown-source']);
  });

  it('with --max-errors 1, the error is the one shown', async () => {
    const r = await runCli(['validate', '--max-errors', '1'], project(mixed('wijkaanpk', '"€ 634,56"')));
    expect(r.stdout).toContain('[unknown-source]');
    expect(r.stdout).not.toContain('[no-owner]');
  });

  it('in the diagnostics a diff introduced', async () => {
    const dir = project(OVER_BUDGET.replace('totaal_budget: "€ 1.000"\n', ''));
    writeFileSync(join(dir, 'new.yaml'), mixed('wijkaanpk', '"€ 634,56"'));
    const r = await runCli(['diff', 'plans/2014.yaml', 'new.yaml', '--format', 'markdown'], dir);
    expect(r.stdout.indexOf('unknown-source')).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('unknown-source')).toBeLessThan(r.stdout.indexOf('no-owner'));
  });

  it('in the report’s points of attention', async () => {
    const r = await runCli(['report', '--year', '2014', '--format', 'json'], project(mixed('wijkaanpk', '"€ 634,56"')));
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as { reports: { diagnostics: { code: string }[] }[] };
    expect(body.reports[0]!.diagnostics.map((d) => d.code)).toEqual(['unknown-source', 'no-owner']);
  });
});

describe('a public budget document that exceeds its declared total', () => {
  // Wesselerbrink's account states € 13.800 for a section whose parts add up to € 16.560: with
  // stated-total raised to an error, the document is still read, its slip on top.
  const wesselerbrink = () => {
    const dir = tempDir();
    cpSync(join(root, 'test/fixtures/real/06-wesselerbrink-wijkbudget-2016/plans'), join(dir, 'plans'), { recursive: true });
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'rules:\n  stated-total: error\n');
    return dir;
  };

  it.each([
    [['totals', '--format', 'markdown']],
    [['report', '--year', '2016', '--format', 'markdown']],
    [['report', '--years', '2016-2016', '--format', 'markdown']],
    [['verantwoording', '--year', '2016', '--format', 'markdown']],
  ])('%j shows the figures with the finding on top, exit 1', async (argv) => {
    const r = await runCli(argv, wesselerbrink());
    expect(r.code, r.stderr).toBe(1);
    const banner = r.stdout.indexOf('> **Let op: 1 fout in de plannen.**');
    expect(banner).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('[stated-total\\]')).toBeGreaterThan(banner);
    expect(r.stdout).toContain('€ 16.560');
  });
});

// Every family of reporters has one registry (reporters/<family>/index.ts). Each format in it loads
// a reporter that renders its result; the command's --format choices and shell completion are the
// registry's keys; and the library's renderReport holds the same functions as the report registry.
import { describe, expect, it } from 'vitest';
import { buildVerantwoording } from '../../src/core/buildVerantwoording.js';
import { buildVerantwoordingYears } from '../../src/core/buildVerantwoordingYears.js';
import { buildYearsReport } from '../../src/core/buildYearsReport.js';
import { reportOf } from '../../src/core/buildReport.js';
import { compareYears } from '../../src/core/compareYears.js';
import { computeTotals } from '../../src/core/computeTotals.js';
import { diffReport, diffFile } from '../../src/core/diffPlans.js';
import { groupTotals } from '../../src/core/groupTotals.js';
import type { Plan } from '../../src/core/plan.js';
import { readPlans } from '../../src/node/readPlans.js';
import { verantwoordingFormats } from '../../src/reporters/verantwoording/index.js';
import { verantwoordingYearsFormats } from '../../src/reporters/verantwoordingYears/index.js';
import { diffFormats } from '../../src/reporters/diff/index.js';
import { totalsByFormats } from '../../src/reporters/totalsBy/index.js';
import { formatsOf, type Registry } from '../../src/reporters/registry.js';
import { reportFormats } from '../../src/reporters/report/index.js';
import { renderReport, type ReportFormat } from '../../src/reporters/report/render.js';
import { totalsFormats } from '../../src/reporters/totals/index.js';
import { validateFormats } from '../../src/reporters/validate/index.js';
import { fullResult } from '../../src/reporters/validate/result.js';
import { totalsYearsFormats } from '../../src/reporters/totalsYears/index.js';
import { reportYearsFormats } from '../../src/reporters/reportYears/index.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const read = async (paths: string[]) => (await readPlans({ paths, cwd: root })).files;
const plan2013 = async () => (await read(['plans/2013.yaml']))[0]!;
const years = async () => (await read(['test/fixtures/years'])).map((f) => f.plan!).filter((p): p is Plan => p !== null);

/** Each registry with a result to render, made from real plans. */
const families: [name: string, registry: Registry<never>, result: () => Promise<unknown>][] = [
  ['validate', validateFormats, async () => fullResult([await plan2013()])],
  ['totals', totalsFormats, async () => computeTotals([(await plan2013()).plan!])],
  ['totals --by', totalsByFormats, async () => groupTotals(await years(), 'wijk')],
  ['totals --years', totalsYearsFormats, async () => compareYears(await years(), 2014, 2016, 'source')],
  ['report', reportFormats, async () => reportOf([await plan2013()] as never, 2013)],
  ['report --years', reportYearsFormats, async () => buildYearsReport(await years(), 2014, 2016)],
  ['verantwoording', verantwoordingFormats, async () => buildVerantwoording(2015, await years())],
  ['verantwoording --years', verantwoordingYearsFormats, async () => buildVerantwoordingYears(await years(), 2014, 2016)],
  [
    'diff',
    diffFormats,
    async () => {
      const f = await plan2013();
      const side = { path: f.path, revision: null, state: 'plan' as const, plan: f.plan, diagnostics: f.diagnostics };
      return diffReport([diffFile(f.path, side, side)], null);
    },
  ],
];

describe.each(families)('the %s registry', (_, registry, result) => {
  it.each(formatsOf(registry))('loads a reporter for %s that renders the result', async (format) => {
    const reporter = (await registry[format]!()) as (r: unknown, o: { lang: 'nl' | 'en'; color: boolean }) => string | Promise<Uint8Array>;
    expect(typeof reporter).toBe('function');
    const out = await reporter(await result(), { lang: 'nl', color: false });
    // What the entry declares is what the reporter gives: bytes for a binary format, text otherwise.
    if (registry[format]!.binary) {
      // A workbook: a zip file (its first bytes are the zip signature) with the workbook in it.
      expect(out).toBeInstanceOf(Uint8Array);
      const bytes = out as Uint8Array;
      expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(Buffer.from(bytes).includes('xl/workbook.xml')).toBe(true);
    } else {
      const text = out as string;
      expect(text.length).toBeGreaterThan(0);
      expect(text.endsWith('\n')).toBe(true);
    }
  });
});

describe('the --format choices of each command', () => {
  const commands: [argv: string[], registry: Registry<never>][] = [
    [['validate', 'plans/2013.yaml'], validateFormats],
    [['totals', 'plans/2013.yaml'], totalsFormats],
    [['report', '--year', '2013'], reportFormats],
    [['verantwoording', '--year', '2013'], verantwoordingFormats],
    [['diff', 'plans/2013.yaml', 'plans/2013.yaml'], diffFormats],
  ];

  it.each(commands)('%j are the keys of its registry', async (argv, registry) => {
    const r = await runCli([...argv, '--format', 'nope', '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jaarplan: Invalid value "nope" for --format; choose one of ${formatsOf(registry).join(', ')}.\n`);
  });

  it('are what shell completion offers', async () => {
    const bash = (await runCli(['completion', 'bash'], root)).stdout;
    for (const [, registry] of commands) expect(bash).toContain(`compgen -W '${formatsOf(registry).join(' ')}'`);
  });

  it('of the groups, years and years report are those of totals and report', () => {
    expect(formatsOf(totalsByFormats)).toEqual(formatsOf(totalsFormats));
    expect(formatsOf(totalsYearsFormats)).toEqual(formatsOf(totalsFormats));
    expect(formatsOf(reportYearsFormats)).toEqual(formatsOf(reportFormats));
    expect(formatsOf(verantwoordingYearsFormats)).toEqual(formatsOf(verantwoordingFormats));
  });
});

describe('binary formats, as their entries declare', () => {
  it.each([
    ['totals', 'plans/2013.yaml'],
    ['report', '--year', '2013'],
    ['verantwoording', '--year', '2013'],
  ])('%s: a binary format without --out is a usage error, a text format is not', async (...argv) => {
    const registry = { totals: totalsFormats, report: reportFormats, verantwoording: verantwoordingFormats }[
      argv[0] as 'totals' | 'report' | 'verantwoording'
    ];
    const binary = formatsOf(registry).filter((f) => registry[f]!.binary);
    expect(binary.length).toBeGreaterThan(0);
    for (const format of formatsOf(registry)) {
      const r = await runCli([...argv, '--format', format, '--lang', 'en'], root);
      if (registry[format]!.binary) expect([r.code, r.stdout], format).toEqual([2, '']);
      else expect(r.code, `${format}: ${r.stderr}`).not.toBe(2);
    }
  });
});

describe('the library', () => {
  // A workbook is the command's to write to a file; the library renders the formats the registry declares text.
  it.each(formatsOf(reportFormats).filter((f) => !reportFormats[f].binary))('renders %s as the command does', async (format) => {
    const f = await plan2013();
    const cli = await runCli(['report', '--year', '2013', '--format', format], root);
    expect(renderReport([f] as never, { format: format as ReportFormat })).toBe(cli.stdout);
  });
});

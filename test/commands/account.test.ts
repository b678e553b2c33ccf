import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVerantwoording, targetMet } from '../../src/core/buildVerantwoording.js';
import type { Plan } from '../../src/core/plan.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import type { VerantwoordingJson, VerantwoordingYearsJson, JsonMoney } from '../../src/reporters/jsonContract.js';
import type { JsonSpending, JsonSum, ReportJson, TotalsJson } from '../../src/reporters/jsonContract.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';
import { transcript } from '../helpers/transcript.js';

// `jaarplan verantwoording`: the rules of the assessment, agreement with totals and report on a
// municipality's 2014–2016 plans with spending, and the output of every text format.

const cycle = 'test/fixtures/cycle';

/** A plan from YAML text, checked as the CLI checks it. */
function plan(activities: string, path = 'plans/2015.yaml'): Plan {
  const text = `jaar: 2015\ntitel: Plan\ngemeente: Voorbeeld\nbronnen:\n  wijkaanpak: { naam: Wijkaanpak, soort: eigen }\nonderdelen:\n  - titel: Activiteiten\n    activiteiten:\n${activities}`;
  const checked = parsePlan(new TextEncoder().encode(text), path);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return checked.plan!;
}
const activity = (nr: number, extra: string, bedrag: number | null, besteed: number | null) =>
  [
    `      - nr: ${nr}`,
    `        titel: Activiteit ${nr}`,
    `        actiehouders: [Wijkmanager]`,
    ...extra
      .split('\n')
      .filter(Boolean)
      .map((l) => `        ${l}`),
    `        dekking:`,
    `          - bron: wijkaanpak`,
    ...(bedrag === null ? [] : [`            bedrag: ${bedrag}`]),
    ...(besteed === null ? [] : [`            besteed: ${besteed}`]),
  ].join('\n') + '\n';

describe('the assessment follows its documented rules', () => {
  const met = 'indicatoren:\n  - { naam: Bezoekers, nulmeting: 100, streefwaarde: 150, realisatie: 160 }';
  const cases: [string, string, number | null, number | null, string, string[]][] = [
    ['afgerond, target met, within the threshold', `status: afgerond\n${met}`, 10000, 9500, 'groen', []],
    ['afgerond without indicators, exactly on budget', 'status: afgerond', 10000, 10000, 'groen', []],
    ['lopend', `status: lopend\n${met}`, 10000, 9500, 'oranje', ['lopend']],
    // A plan that gives no status anywhere (a budget table) is not rated on statuses; see below for one that does.
    ['no status, in a plan that gives none', met, 10000, 9500, 'groen', []],
    [
      'a target missed',
      'status: afgerond\nindicatoren:\n  - { naam: Bezoekers, nulmeting: 100, streefwaarde: 150, realisatie: 140 }',
      10000,
      9500,
      'oranje',
      ['target-missed'],
    ],
    [
      'a realisation not given',
      'status: afgerond\nindicatoren:\n  - { naam: Bezoekers, streefwaarde: 150 }',
      10000,
      9500,
      'oranje',
      ['realisation-unknown'],
    ],
    [
      'over the threshold with an explanation',
      'status: afgerond\nverantwoording:\n  toelichting: Duurder dan gedacht.',
      10000,
      12000,
      'oranje',
      ['explained-deviation'],
    ],
    ['spending not known', 'status: afgerond', 10000, null, 'oranje', ['spending-unknown']],
    ['over the threshold without an explanation', 'status: afgerond', 10000, 12000, 'rood', ['unexplained-deviation']],
    ['vervallen', 'status: vervallen', 10000, 0, 'rood', ['vervallen']],
    ['still gepland, and underspent without a word', 'status: gepland', 10000, 0, 'rood', ['gepland', 'unexplained-deviation']],
  ];
  it.each(cases)('%s', (_name, extra, bedrag, besteed, light, reasons) => {
    const a = buildVerantwoording(2015, [plan(activity(1, extra, bedrag, besteed))]).plans[0]!.activities[0]!;
    expect([a.light, a.reasons]).toEqual([light, reasons]);
  });

  it('rates an activity without a status down only in a plan that gives statuses', () => {
    const mixed = buildVerantwoording(2015, [plan(activity(1, met, 10000, 9500) + activity(2, 'status: afgerond', 10000, 9500))]).plans[0]!
      .activities;
    expect(mixed.map((a) => [a.light, a.reasons])).toEqual([
      ['oranje', ['no-status']],
      ['groen', []],
    ]);
    const table = buildVerantwoording(2015, [plan(activity(1, '', 10000, 9500) + activity(2, '', 5000, 5000))]).plans[0]!.activities;
    expect(table.map((a) => [a.light, a.reasons])).toEqual([
      ['groen', []],
      ['groen', []],
    ]);
  });

  it('reads a target below the baseline as lower is better', () => {
    expect(targetMet({ naam: 'Meldingen', nulmeting: 140, streefwaarde: 120, realisatie: 112, pointer: '' })).toBe(true);
    expect(targetMet({ naam: 'Meldingen', nulmeting: 140, streefwaarde: 120, realisatie: 125, pointer: '' })).toBe(false);
    expect(targetMet({ naam: 'Bezoekers', streefwaarde: 120, realisatie: 120, pointer: '' })).toBe(true);
    expect(targetMet({ naam: 'Bezoekers', streefwaarde: 120, pointer: '' })).toBeNull();
  });

  it('follows richting where the plan gives it', () => {
    expect(targetMet({ naam: 'Respons', nulmeting: 36, streefwaarde: 35, realisatie: 37, pointer: '' })).toBe(false);
    expect(targetMet({ naam: 'Respons', nulmeting: 36, streefwaarde: 35, richting: 'hoger', realisatie: 37, pointer: '' })).toBe(true);
    expect(targetMet({ naam: 'Meldingen', streefwaarde: 90, richting: 'lager', realisatie: 85, pointer: '' })).toBe(true);
  });

  it('keeps the meaning of a target that was passed when init --from makes the realisation the baseline', async () => {
    const dir = tempDir('jaarplan-account-init-');
    cpSync(root + 'schemas', `${dir}/schemas`, { recursive: true });
    cpSync(root + `${cycle}/2016.yaml`, `${dir}/plans/2016.yaml`);
    const r = await runCli(['init', '--year', '2017', '--from', 'plans/2016.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    const next = readFileSync(`${dir}/plans/2017.yaml`, 'utf8');
    // Respons 2016: baseline 31, target 35, realised 36. From 36, a target of 35 would read as
    // "lower is better"; init writes the direction it had.
    expect(next).toContain(
      '          - naam: Respons op de wijkenquête\n            eenheid: procent\n            nulmeting: 36\n            streefwaarde: 35\n            richting: hoger\n',
    );
    // Meldingen 2016: baseline 96, target 90 (lower is better), realised 101: still lower, nothing added.
    expect(next).toContain(
      '          - naam: Meldingen van overlast\n            eenheid: meldingen\n            nulmeting: 101\n            streefwaarde: 90\n        dekking:',
    );
    // An indicator without a baseline gets one, before its target.
    expect(next).toContain(
      '          - naam: Bewoners in de klankbordgroep\n            eenheid: bewoners\n            nulmeting: 14\n            streefwaarde: 12\n            richting: hoger\n',
    );
  });

  it('uses the threshold of the config, as the check does', async () => {
    const strict = await runCli(['verantwoording', '--year', '2015', '--plans', cycle, '--format', 'json'], root);
    const base = JSON.parse(strict.stdout) as VerantwoordingJson;
    // Buurtfeest 2015: € 3.310,25 against € 3.250 is 1,9% and € 60,25: within the default threshold.
    const feest = base.plans[1]!.activities[0]!;
    expect([feest.beoordeling, feest.differencePercent, feest.beyondThreshold]).toEqual(['groen', -1.9, false]);
    const dir = tempDir('jaarplan-account-config-');
    cpSync(root + cycle, `${dir}/plans`, { recursive: true });
    writeFileSync(`${dir}/jaarplan.config.yaml`, 'deviation:\n  percent: 1\n  amount: 50\n');
    const r = await runCli(['verantwoording', '--year', '2015', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const tight = JSON.parse(r.stdout) as VerantwoordingJson;
    expect(tight.threshold).toEqual({ percent: 1, amount: 50 });
    expect(tight.plans[1]!.activities[0]!.beoordeling).toBe('rood');
    expect(tight.plans[1]!.activities[0]!.redenen).toEqual(['unexplained-deviation']);
  });
});

describe('the account agrees with totals and report, for each year of 2014–2016', () => {
  const json = async <T>(argv: string[]) => {
    const r = await runCli([...argv, '--format', 'json'], root);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as T;
  };
  /** The account's money against a totals row: the same budget and spending, and the same budget minus spent. */
  const agree = (m: JsonMoney, sum: JsonSum, spent: JsonSpending | undefined, what: string) => {
    expect(m.budget, what).toEqual({ amount: sum.amount, unknownLines: sum.unknownLines });
    expect(m.spent, what).toEqual({ amount: spent!.amount, unknownLines: spent!.unknownLines });
    // One sign for one difference: the account's verschil is the remainder of totals and report.
    expect(m.difference, what).toBe(spent!.remaining);
  };

  it.each([2014, 2015, 2016])('%i', async (year) => {
    const account = await json<VerantwoordingJson>(['verantwoording', '--year', String(year), '--plans', cycle]);
    const totals = await json<TotalsJson>(['totals', '--year', String(year), cycle]);
    const report = await json<ReportJson>(['report', '--year', String(year), '--plans', cycle]);
    agree(account, { amount: totals.total, unknownLines: totals.unknownLines }, totals.spent, 'total');
    expect([report.total, report.unknownLines, report.spent]).toEqual([totals.total, totals.unknownLines, totals.spent]);
    expect(account.sources.map((s) => s.code)).toEqual(totals.sources.map((s) => s.code));
    for (const [i, s] of account.sources.entries()) agree(s, totals.sources[i]!, totals.sources[i]!.spent, s.code);
    account.soorten.forEach((s) => {
      const t = totals.soorten.find((x) => x.soort === s.soort)!;
      agree(s, t, t.spent, s.soort);
    });
    for (const p of account.plans) {
      const own = await json<TotalsJson>(['totals', p.path]);
      agree(p, { amount: own.total, unknownLines: own.unknownLines }, own.spent, p.path);
      const entry = report.reports.find((e) => e.plan.path === p.path)!;
      expect(entry.totals.total).toBe(own.total);
      for (const a of p.activities) {
        const t = totals.activities.find((x) => x.plan === p.path && x.nr === a.nr)!;
        agree(a, t, t.spent, `${p.path} ${a.nr}`);
      }
    }
  });

  it('2016 by hand: € 39.000 budgeted, € 25.950 spent, € 13.050 less', async () => {
    const account = await json<VerantwoordingJson>(['verantwoording', '--year', '2016', '--plans', cycle]);
    // 9000 + 12000 + 10000 + 8000 budgeted; 8750 + 7200 + 10000 + 0 spent.
    expect([account.budget.amount, account.spent.amount, account.difference, account.differencePercent]).toEqual([
      39000, 25950, 13050, 33.5,
    ]);
    expect(account.beoordeling).toEqual({ groen: 1, oranje: 0, rood: 2 });
  });
});

describe('jaarplan verantwoording', () => {
  const cases = (['nl', 'en'] as const).flatMap((lang) =>
    (['table', 'markdown', 'json', 'csv', 'html'] as const).map((format) => ({
      name: `verantwoording-${format}-${lang}`,
      argv: ['verantwoording', '--year', '2015', '--plans', cycle, '--format', format, '--lang', lang],
    })),
  );
  it.each(cases)('$name', async ({ name, argv }) => {
    const r = await runCli(argv, root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });

  it('needs a year, and a year with plans', async () => {
    const none = await runCli(['verantwoording'], root);
    expect(none).toEqual({
      code: 2,
      stdout: '',
      stderr: 'jaarplan: Geef een jaar (--year 2013) of een reeks jaren (--years 2013-2016).\n',
    });
    const missing = await runCli(['verantwoording', '--year', '2099'], root);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'jaarplan: Geen plan voor 2099 in plans.\n' });
  });

  it('shows a plan whose budget rules fail with its errors on top, as report does', async () => {
    const r = await runCli(['verantwoording', '--year', '2014', '--plans', 'test/fixtures/checks/over-budget.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('Let op: 1 fout in de plannen.')).toBe(true);
    expect(r.stdout).toContain('Buurtfeest');
  });

  it('refuses a plan that cannot be counted', async () => {
    const r = await runCli(['verantwoording', '--year', '2014', '--plans', 'test/fixtures/checks/invalid-amount.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('says each activity in words beside its colour, in the HTML too', () => {
    const html = readFileSync(root + 'test/golden/verantwoording-html-nl.txt', 'utf8');
    expect(html).toContain('<span class="tone-bad">rood</span>');
    expect(html).toContain('<span class="tone-good">groen</span>');
    expect(html).not.toMatch(/<script/);
  });
});

describe('jaarplan verantwoording --years', () => {
  const cases = (['nl', 'en'] as const).flatMap((lang) =>
    (['table', 'markdown', 'json', 'csv'] as const).map((format) => ({
      name: `verantwoording-years-${format}-${lang}`,
      argv: ['verantwoording', '--years', '2014-2016', '--plans', cycle, '--format', format, '--lang', lang],
    })),
  );
  it.each(cases)('$name', async ({ name, argv }) => {
    const r = await runCli(argv, root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });

  it('follows an indicator that comes back, and each year is the account of that year', async () => {
    const r = await runCli(['verantwoording', '--years', '2013-2016', '--plans', cycle, '--format', 'json'], root);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as VerantwoordingYearsJson;
    expect(j.years.map((y) => y.year)).toEqual([2013, 2014, 2015, 2016]);
    expect(j.years[0]!.account).toBeNull();
    const meldingen = j.series.find((s) => s.naam === 'Meldingen van overlast')!;
    expect(meldingen.perYear.map((v) => v && [v.nulmeting, v.streefwaarde, v.realisatie, v.gehaald])).toEqual([
      null,
      [140, 120, 112, true],
      [112, 100, 96, true],
      [96, 90, 101, false],
    ]);
    // An indicator of one year only is no series.
    expect(j.series.map((s) => s.naam)).toEqual([
      'Respons op de wijkenquête',
      'Meldingen van overlast',
      'Bezoekers van het buurtfeest',
      'Huishoudens met een energieadvies',
    ]);
    for (const year of [2014, 2015, 2016]) {
      const one = await runCli(['verantwoording', '--year', String(year), '--plans', cycle, '--format', 'json'], root);
      expect(j.years.find((y) => y.year === year)!.account).toEqual(JSON.parse(one.stdout));
    }
  });

  it('needs --year or --years, not both', async () => {
    const both = await runCli(['verantwoording', '--year', '2015', '--years', '2014-2016', '--plans', cycle, '--lang', 'en'], root);
    expect(both.code).toBe(2);
    const none = await runCli(['verantwoording', '--plans', cycle, '--lang', 'en'], root);
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'jaarplan: Give a year (--year 2013) or a range of years (--years 2013-2016).\n' });
  });
});

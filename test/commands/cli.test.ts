import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ciFormatCases, failureCases, goldenCases, moneyCases, usageCases } from '../helpers/cases.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';
import { transcript } from '../helpers/transcript.js';

describe('golden outputs (in-process)', () => {
  it.each([...goldenCases, ...ciFormatCases, ...moneyCases])('$name', async ({ name, argv, code }) => {
    const result = await runCli(argv, root);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe('');
    await expect(transcript(argv, result)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe('failures (in-process)', () => {
  it.each(failureCases)('$name', async ({ name, argv, code }) => {
    const result = await runCli(argv, root);
    expect(result.code).toBe(code);
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /); // no stack trace
    await expect(transcript(argv, result)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe("the command line's own words (in-process)", () => {
  it.each(usageCases)('$name', async ({ name, argv, code }) => {
    const result = await runCli(argv, root);
    expect(result.code).toBe(code);
    // Help goes to standard output, a usage error to standard error, in one language only.
    expect(code === 0 ? result.stderr : result.stdout).toBe('');
    const english = /\b(Usage|Options|Examples|Unknown|Invalid|Did you mean|display help|error:)\b/;
    if (argv.includes('en'))
      expect(result.stdout + result.stderr).not.toMatch(/\b(Gebruik|Opties|Voorbeelden|Onbekende|Ongeldige|Bedoelt u)\b/);
    else expect(result.stdout + result.stderr).not.toMatch(english);
    await expect(transcript(argv, result)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe('the command line', () => {
  it('refuses to total a plan that cannot be counted and prints nothing misleading on stdout', async () => {
    const r = await runCli(['totals', 'test/fixtures/checks/invalid-amount.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[invalid-amount]');
  });

  it('totals a plan whose budget rule fails, its error on top of stdout, and exits 1', async () => {
    const r = await runCli(['totals', 'test/fixtures/checks/over-budget.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1]).toContain('[over-budget]');
    expect(r.stdout).toContain('€ 1.234,56');
  });

  it('prints help with examples and exits 0', async () => {
    const r = await runCli(['--help'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Voorbeelden:');
    expect(r.stdout).toContain('Afsluitcodes');
    const en = await runCli(['--help', '--lang', 'en'], root);
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('Exit codes');
  });

  it('prints the version from package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const r = await runCli(['--version'], root);
    expect([r.code, r.stdout.trim()]).toEqual([0, version]);
  });

  it('colours only when allowed', async () => {
    const plain = await runCli(['validate'], root, { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['validate'], root, { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[');
    const flag = await runCli(['validate', '--no-color'], root, { FORCE_COLOR: '1' });
    expect(flag.stdout).not.toContain('\u001b[');
  });

  it('never colours JSON or Markdown', async () => {
    for (const argv of [
      ['validate', '--format', 'json'],
      ['totals', '--format', 'markdown'],
      ['report', '--year', '2013', '--format', 'json'],
    ]) {
      const r = await runCli(argv, root, { FORCE_COLOR: '1' });
      expect(r.stdout).not.toContain('\u001b[');
    }
  });

  it('gives JSON amounts as euros, null where every line is unknown', async () => {
    const r = await runCli(['totals', '--year', '2013', '--format', 'json'], root);
    const json = JSON.parse(r.stdout);
    expect(json.sources).toEqual([
      { code: 'wijkaanpak', naam: 'Wijkaanpak', soort: 'eigen', amount: 40000, unknownLines: 0 },
      { code: 'S+R', naam: 'Stad- en Regiocontract', soort: 'cofinanciering', amount: null, unknownLines: 1 },
      { code: 'D+K', naam: 'Duurzaamheid- en Klimaatbudget', soort: 'cofinanciering', amount: null, unknownLines: 1 },
    ]);
    expect([json.total, json.unknownLines, json.declaredTotal, json.difference]).toEqual([40000, 2, 60000, 20000]);
  });
});

describe('one command line for every command that reads a set of plans', () => {
  const cycle = 'test/fixtures/cycle';

  it('reads the plans named as arguments, plans/ by default, and --plans as an alias of one folder', async () => {
    const asArgument = await runCli(['report', 'plans/', '--year', '2013', '--format', 'json'], root);
    expect([asArgument.code, asArgument.stderr]).toEqual([0, '']);
    expect(JSON.parse(asArgument.stdout).plans.map((p: { path: string }) => p.path)).toEqual(['plans/2013.yaml']);
    for (const argv of [
      ['report', '--year', '2013', '--format', 'json'],
      ['report', '--plans', 'plans', '--year', '2013', '--format', 'json'],
      ['report', 'plans/2013.yaml', '--year', '2013', '--format', 'json'],
      ['report', 'plans', '--plans', './plans/', '--year', '2013', '--format', 'json'],
    ]) {
      expect(await runCli(argv, root), argv.join(' ')).toEqual(asArgument);
    }
  });

  it('takes files, folders and patterns in report and verantwoording, for one year and for several', async () => {
    for (const command of ['report', 'verantwoording']) {
      const folder = await runCli([command, cycle, '--year', '2015', '--format', 'json'], root);
      expect([folder.code, folder.stderr]).toEqual([0, '']);
      expect(await runCli([command, '--plans', cycle, '--year', '2015', '--format', 'json'], root)).toEqual(folder);
      const pattern = await runCli([command, `${cycle}/2015*.yaml`, '--year', '2015', '--format', 'json'], root);
      expect(pattern).toEqual(folder);
      const years = await runCli([command, `${cycle}/2014.yaml`, `${cycle}/2015.yaml`, '--years', '2014-2015', '--format', 'json'], root);
      expect([years.code, years.stderr]).toEqual([0, '']);
      expect(years.stdout).not.toContain('oosterpoort');
      expect(years.stdout).toContain(`${cycle}/2015.yaml`);
    }
  });

  it('is a usage error when --plans and the arguments name different plans', async () => {
    const r = await runCli(['verantwoording', 'plans', '--plans', cycle, '--year', '2015', '--lang', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `jaarplan: --plans ${cycle} and plans name different plans; give the plans as arguments (--plans is the same as one folder as an argument).\n`,
    );
  });

  it('says so in the help of each command', async () => {
    for (const command of ['validate', 'totals', 'report', 'verantwoording', 'export']) {
      const help = (await runCli([command, '--help', '--lang', 'en'], root)).stdout;
      expect(help, command).toMatch(new RegExp(`Usage: jaarplan ${command} \\[options\\] \\[paths\\.\\.\\.\\]`));
      expect(help.replace(/\s+/g, ' '), command).toContain('plan files, folders or glob patterns (default: plans/)');
    }
  });
});

/** A folder with the 2013 plan under plans/ and, when given, a jaarplan.config.yaml. */
function project(config?: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'plans'));
  copyFileSync(root + 'plans/2013.yaml', join(dir, 'plans', '2013.yaml'));
  if (config !== undefined) writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
  return dir;
}

describe('a config with several mistakes', () => {
  const config = [
    'rules:',
    '  no-ownr: error', // 2: unknown code, with a suggestion
    '  no-owner: fatal', // 3: unknown setting
    '  schema: off', // 4: an error cannot be turned off
    '  unused-source: off', // 5: fine
    '  foo: bar', // 6: unknown code and unknown setting
    'regels:', // 7: unknown key
    '  x: y',
  ].join('\n');

  it('reports every mistake at once, each with its file, line and column', async () => {
    const r = await runCli(['validate'], project(config));
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      [
        'jaarplan: jaarplan.config.yaml:2:3: onbekende code "no-ownr"; bedoelt u "no-owner"?',
        'jaarplan: jaarplan.config.yaml:3:13: "fatal" voor no-owner: kies error, warning of off.',
        'jaarplan: jaarplan.config.yaml:4:11: schema is altijd een fout (een plan ermee kan niet worden geteld) en kan niet "off" worden.',
        'jaarplan: jaarplan.config.yaml:6:3: onbekende code "foo".',
        'jaarplan: jaarplan.config.yaml:6:8: "bar" voor foo: kies error, warning of off.',
        'jaarplan: jaarplan.config.yaml:7:1: onbekende sleutel "regels"; alleen "rules" en "deviation" zijn toegestaan.',
        '',
      ].join('\n'),
    );
  });

  it('reports every duplicate key, and the mistakes beside them', async () => {
    const r = await runCli(['validate', '--lang', 'en'], project('rules:\n  no-owner: error\n  no-owner: off\n  nope: off\n'));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^jaarplan: jaarplan\.config\.yaml:3:3: not valid YAML \(.*unique.*\)\.$/);
    expect(lines[1]).toBe('jaarplan: jaarplan.config.yaml:4:3: unknown code "nope".');
  });
});

describe('a config file that cannot be read', () => {
  it('is "not found" only when it is not there; otherwise it says why it cannot be read', async () => {
    const dir = project();
    mkdirSync(join(dir, 'folder.yaml'));
    const missing = await runCli(['validate', '-c', 'nothere.yaml', '--lang', 'en'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('jaarplan: Not found: nothere.yaml\n');
    const folder = await runCli(['validate', '-c', 'folder.yaml', '--lang', 'en'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('jaarplan: Cannot read folder.yaml (EISDIR).\n');
  });
});

describe('config severities hold in every command', () => {
  // The points of attention are recognised by their messages: those of the terminal, Markdown and
  // JSON, and the plain words of the published HTML page.
  const attention = (text: string) => text.match(/heeft geen bedrag; het telt als onbekend|het bedrag uit \S+ is nog niet bekend/g) ?? [];

  it.each(['table', 'markdown', 'json', 'html'])('a rule set off is no point of attention in the %s report', async (format) => {
    const dir = project();
    const before = await runCli(['report', '--year', '2013', '--format', format], dir);
    expect(before.code).toBe(0);
    expect(attention(before.stdout).length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'rules:\n  unknown-amount: off\n');
    const after = await runCli(['report', '--year', '2013', '--format', format], dir);
    expect(after.code).toBe(0);
    expect(attention(after.stdout)).toEqual([]);
    // The other warnings are still there.
    expect(after.stdout).toMatch(/heeft (nog )?geen actiehouder/);
  });

  it.each([
    ['validate'],
    ['totals'],
    ['totals', '--year', '2013', '--format', 'json'],
    ['report', '--year', '2013'],
    ['report', '--years', '2013-2013', '--format', 'markdown'],
  ])('a warning raised to error fails %j as it fails validate', async (...argv) => {
    const dir = project();
    expect((await runCli(argv, dir)).code).toBe(0);
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'rules:\n  no-owner: error\n');
    const r = await runCli(argv, dir);
    expect(r.code).toBe(1);
    if (argv[0] !== 'validate') {
      // Counted all the same, the error on top of the figures.
      expect(r.stderr).toBe('');
      expect(r.stdout.slice(0, 600)).toContain('no-owner');
      expect(r.stdout).toContain('plans/2013.yaml');
    }
  });

  it('an explicit --config is read by totals and report too', async () => {
    const dir = project();
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  no-owner: error\n');
    for (const argv of [['totals'], ['report', '--year', '2013']]) {
      expect((await runCli([...argv, '--config', 'strict.yaml'], dir)).code).toBe(1);
      expect((await runCli([...argv, '-c', 'strict.yaml'], dir)).code).toBe(1);
      expect((await runCli(argv, dir)).code).toBe(0);
    }
  });

  it("applies to diff's introduced and resolved diagnostics", async () => {
    const dir = tempDir();
    for (const name of ['base', 'edit']) copyFileSync(root + `test/fixtures/diff/${name}.yaml`, join(dir, `${name}.yaml`));
    const diff = async (config?: string) => {
      if (config !== undefined) writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
      const r = await runCli(['diff', 'base.yaml', 'edit.yaml', '--format', 'json', '--lang', 'en'], dir);
      const { introduced, resolved } = JSON.parse(r.stdout).files[0].diagnostics;
      const codes = (list: { code: string; severity: string }[]) => list.map((d) => `${d.severity}:${d.code}`);
      return { code: r.code, stderr: r.stderr, introduced: codes(introduced), resolved: codes(resolved) };
    };
    expect(await diff()).toEqual({
      code: 0,
      stderr: '',
      introduced: ['warning:unallocated-budget'],
      resolved: ['warning:unallocated-budget', 'warning:unknown-amount'],
    });
    expect(await diff('rules:\n  unknown-amount: off\n  unallocated-budget: error\n')).toEqual({
      code: 1,
      stderr: 'The edit introduces 1 new error into the plan.\n',
      introduced: ['error:unallocated-budget'],
      resolved: ['error:unallocated-budget'],
    });
  });

  describe("the config's threshold for differences", () => {
    // The deviation fixture, its spending read against three thresholds with unexplained-deviation an
    // error: the default finds three lines, a looser threshold none, a stricter one six. Every command
    // must judge the plan as validate and totals do under the same config.
    const plan = readFileSync(root + 'test/fixtures/checks/unexplained-deviation.yaml', 'utf8');
    // The same plan before its spending was known: no difference at all.
    const planBefore = plan.replace(/^ *besteed: .*\n/gm, '');
    const asError = 'rules:\n  unexplained-deviation: error\n';
    const thresholds: [string, string, number[]][] = [
      ['the default', asError, [16, 51, 64]],
      ['a looser', asError + 'deviation:\n  amount: 100000\n', []],
      ['a stricter', asError + 'deviation:\n  percent: 5\n  amount: 100\n', [16, 40, 54, 57, 64, 71]],
    ];
    const cases = thresholds.map(([name, config, lines]) => ({ name, config, lines }));

    /** A folder with the plan as plans/2014.yaml, the config, and its version before the spending as old.yaml. */
    const deviationProject = (config: string): string => {
      const dir = tempDir();
      mkdirSync(join(dir, 'plans'));
      writeFileSync(join(dir, 'plans/2014.yaml'), plan);
      writeFileSync(join(dir, 'old.yaml'), planBefore);
      writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
      return dir;
    };

    type Found = { code: string; severity: string; line: number };
    /** The lines of unexplained-deviation, each as an error. */
    const deviationErrors = (found: Found[]) =>
      found.filter((d) => d.code === 'unexplained-deviation').map((d) => `${d.severity}:${d.line}`);
    const asErrors = (lines: number[]) => lines.map((l) => `error:${l}`);

    /** What validate says of the plan: its exit code and its unexplained differences; its other findings are warnings. */
    const validated = async (dir: string) => {
      const r = await runCli(['validate', 'plans', '--format', 'json'], dir);
      const diagnostics = (JSON.parse(r.stdout) as { files: { diagnostics: Found[] }[] }).files[0]!.diagnostics;
      expect(diagnostics.filter((d) => d.code !== 'unexplained-deviation' && d.severity === 'error')).toEqual([]);
      return { code: r.code, deviations: deviationErrors(diagnostics) };
    };

    it.each(cases)('export shows the errors totals and validate show, under $name threshold', async ({ config, lines }) => {
      const dir = deviationProject(config);
      expect(await validated(dir)).toEqual({ code: lines.length > 0 ? 1 : 0, deviations: asErrors(lines) });
      const totals = await runCli(['totals', 'plans'], dir);
      const exported = await runCli(['export', 'plans', '--out', 'open-data'], dir);
      expect(exported.code).toBe(totals.code);
      expect(exported.code).toBe(lines.length > 0 ? 1 : 0);
      // The plan is counted: the errors on top of the totals, and on standard error beside the folder export writes.
      expect(totals.stdout.match(/\[unexplained-deviation\]/g) ?? []).toHaveLength(lines.length);
      expect(exported.stderr.match(/\[unexplained-deviation\]/g) ?? []).toHaveLength(lines.length);
      expect(existsSync(join(dir, 'open-data/datapackage.json'))).toBe(true);
    });

    /** Runs git in `dir`, with an identity of its own and no user or system config. */
    const git = (dir: string, ...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=Jaarplan Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: dir },
          encoding: 'utf8',
        },
      );

    /** The deviation project as a repository: the plan before its spending (tag voor), then with it (tag na, and the working tree). */
    const repository = (config: string): string => {
      const dir = deviationProject(config);
      writeFileSync(join(dir, 'plans/2014.yaml'), planBefore);
      git(dir, 'init', '-q');
      git(dir, 'add', '.');
      git(dir, 'commit', '-q', '-m', 'voor');
      git(dir, 'tag', 'voor');
      writeFileSync(join(dir, 'plans/2014.yaml'), plan);
      git(dir, 'commit', '-q', '-am', 'na');
      git(dir, 'tag', 'na');
      return dir;
    };

    // Every form of diff, each from the version before the spending to the one with it.
    const forms: [string, string[], string?][] = [
      ['two files', ['old.yaml', 'plans/2014.yaml']],
      ['- PATH', ['-', 'plans/2014.yaml'], planBefore],
      ['PATH -', ['old.yaml', '-'], plan],
      ['--base', ['--base', 'voor']],
      ['A..B PATH', ['voor..na', 'plans/2014.yaml']],
      ['REV PATH', ['voor', 'plans/2014.yaml']],
    ];

    it.each(forms.flatMap(([form, argv, stdin]) => cases.map((c) => ({ form, argv, stdin, ...c }))))(
      'diff ($form) introduces what validate finds, under $name threshold',
      async ({ argv, stdin, config, lines }) => {
        const dir = repository(config);
        const expected = await validated(dir);
        expect(expected).toEqual({ code: lines.length > 0 ? 1 : 0, deviations: asErrors(lines) });
        const r = await runCli(['diff', ...argv, '--format', 'json', '--lang', 'en'], dir, {}, stdin);
        const [file] = (JSON.parse(r.stdout) as { files: { diagnostics: Record<'introduced' | 'resolved', Found[]> }[] }).files;
        expect(file!.diagnostics.resolved).toEqual([]);
        expect(deviationErrors(file!.diagnostics.introduced)).toEqual(expected.deviations);
        expect(r.code).toBe(expected.code);
        expect(r.stderr).toBe(lines.length === 0 ? '' : `The edit introduces ${lines.length} new errors into the plan.\n`);
      },
    );
  });

  it('a config with mistakes stops every command before it reads a plan', async () => {
    const dir = project('rules:\n  no-ownr: off\n');
    for (const argv of [['validate'], ['totals'], ['report', '--year', '2013'], ['diff', 'plans/2013.yaml', 'plans/2013.yaml']]) {
      const r = await runCli(argv, dir);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        2,
        '',
        'jaarplan: jaarplan.config.yaml:2:3: onbekende code "no-ownr"; bedoelt u "no-owner"?\n',
      ]);
    }
  });
});

describe('validate --strict says why it failed', () => {
  it('on standard error, in both languages and under --quiet', async () => {
    const nl = await runCli(['validate', 'plans/2013.yaml', '--strict', '-q'], root);
    expect([nl.code, nl.stderr]).toEqual([1, 'jaarplan: 5 waarschuwingen; met --strict laten waarschuwingen de controle mislukken.\n']);
    const en = await runCli(['validate', 'plans/2013.yaml', '--strict', '--format', 'json', '--lang', 'en'], root);
    expect([en.code, en.stderr]).toEqual([1, 'jaarplan: 5 warnings; with --strict, warnings fail the check.\n']);
  });

  it('and says nothing when there are no warnings', async () => {
    const r = await runCli(['validate', 'test/fixtures/checks/valid.yaml', '--strict'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('validate --max-warnings says which limit was passed', () => {
  it('on standard error, after the usual output', async () => {
    const r = await runCli(['validate', 'plans/2013.yaml', '--max-warnings', '4'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 bestand gecontroleerd: 0 fouten, 5 waarschuwingen.');
    expect(r.stderr).toBe('jaarplan: 5 waarschuwingen, meer dan --max-warnings 4.\n');
  });

  it('in English with --lang en', async () => {
    const r = await runCli(['validate', 'plans/2013.yaml', '--max-warnings', '0', '--lang', 'en'], root);
    expect([r.code, r.stderr]).toEqual([1, 'jaarplan: 5 warnings, more than --max-warnings 0.\n']);
  });

  it('under --quiet too, which then shows the warnings that failed the run', async () => {
    const r = await runCli(['validate', 'plans/2013.yaml', '-q', '--max-warnings', '4'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('jaarplan: 5 waarschuwingen, meer dan --max-warnings 4.\n');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^\S+:\d+:\d+ {2}waarschuwing /.test(l))).toHaveLength(5);
    expect(lines.at(-1)).toBe('1 bestand gecontroleerd: 0 fouten, 5 waarschuwingen.');
  });

  it('beside a machine format, which stays as it is', async () => {
    const plain = await runCli(['validate', 'plans/2013.yaml', '--format', 'json'], root);
    const r = await runCli(['validate', 'plans/2013.yaml', '--format', 'json', '--max-warnings', '1'], root);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, plain.stdout, 'jaarplan: 5 waarschuwingen, meer dan --max-warnings 1.\n']);
  });

  it('and says nothing within the limit', async () => {
    expect(await runCli(['validate', 'plans/2013.yaml', '-q', '--max-warnings', '5'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('the language of the command line', () => {
  it.each([
    [['--lang', 'en', 'valdate'], 'en'],
    [['valdate', '--lang=en'], 'en'],
    [['valdate', '--lang', 'en', '--lang', 'nl'], 'nl'],
    [['valdate', '--', '--lang', 'en'], 'nl'],
    [['valdate'], 'nl'],
  ])('%j is worded in %s', async (argv, lang) => {
    const r = await runCli(argv, root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(lang === 'en' ? /^jaarplan: Unknown command "valdate"/ : /^jaarplan: Onbekende opdracht "valdate"/);
  });

  it.each([
    [['help', 'valdate'], 'jaarplan: Onbekende opdracht "valdate". Bedoelt u validate?'],
    [['help', 'valdate', '--lang', 'en'], 'jaarplan: Unknown command "valdate". Did you mean validate?'],
  ])('%j is the usage error of an unknown command, not the general help', async (argv, start) => {
    const r = await runCli(argv, root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(start)).toBe(true);
  });

  it('help NAME still shows the help of a command', async () => {
    const r = await runCli(['help', 'validate'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Gebruik: jaarplan validate/);
  });

  it.each([
    [['completion'], 'jaarplan: jaarplan completion mist het argument <shell>. jaarplan completion --help toont voorbeelden.'],
    [
      ['completion', '--lang', 'en'],
      'jaarplan: jaarplan completion needs the argument <shell>. jaarplan completion --help shows examples.',
    ],
    [['init'], 'jaarplan: jaarplan init heeft de optie -y, --year <year> nodig.'],
    [['init', '--lang', 'en'], 'jaarplan: jaarplan init needs the option -y, --year <year>.'],
    [['totals', '--year'], 'jaarplan: De optie -y, --year <year> mist een waarde.'],
    [['totals', '--lang', 'en', '--year'], 'jaarplan: The option -y, --year <year> needs a value.'],
    [['schema', 'extra'], 'jaarplan: Te veel argumenten voor jaarplan schema: geen verwacht, 1 gekregen (extra).'],
    [['schema', 'extra', '--lang', 'en'], 'jaarplan: Too many arguments for jaarplan schema: expected none, got 1 (extra).'],
    [['validate', '-q', '--verbose', '--lang', 'en'], 'jaarplan: --quiet and --verbose cannot be used together; choose one.'],
    [['--lang', 'xx'], 'jaarplan: Ongeldige waarde "xx" voor --lang; kies uit nl, en.'],
    [['completion', 'powershell', '--lang', 'en'], 'jaarplan: Invalid value "powershell" for <shell>; choose one of bash, zsh, fish.'],
    [
      ['totals', '--format', 'pdf', '--lang', 'en'],
      'jaarplan: Invalid value "pdf" for --format; choose one of table, markdown, json, csv, xlsx.',
    ],
  ])('%j gives a usage error of our own words', async (argv, message) => {
    expect(await runCli(argv, root)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

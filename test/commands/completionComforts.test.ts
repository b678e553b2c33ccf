import { describe, expect, it } from 'vitest';
import { checks, root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The comforts of a command-line tool: help with examples for every command, suggestions for a
// mistyped command or option, and --quiet / --verbose for validate.

const commands = ['validate', 'totals', 'report', 'init', 'schema', 'completion'];

// The help's own words, in each language.
const words = {
  nl: { usage: 'Gebruik:', examples: 'Voorbeelden:' },
  en: { usage: 'Usage:', examples: 'Examples:' },
};

describe.each(['nl', 'en'] as const)('help (%s)', (lang) => {
  const w = words[lang];
  it('lists every command with its purpose, and examples', async () => {
    const r = await runCli(['--help', '--lang', lang], root);
    expect(r.code).toBe(0);
    for (const command of commands) expect(r.stdout).toMatch(new RegExp(`^  ${command}\\b.* {2,}\\S`, 'm'));
    expect(r.stdout).toContain(w.examples);
  });

  it.each(commands)('`%s --help` explains the command and shows examples of it', async (command) => {
    const r = await runCli([command, '--help', '--lang', lang], root);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^${w.usage} jaarplan ${command} `));
    expect(r.stdout.split('\n')[2]).toMatch(/^[a-z].{20,}/);
    expect(r.stdout).toContain(w.examples);
    expect(r.stdout).toMatch(new RegExp(`^  \\$ .*jaarplan ${command}\\b`, 'm'));
    // Each option says what it does.
    for (const line of r.stdout.split('\n').filter((l) => /^\s+-/.test(l))) expect(line).toMatch(/ {2,}\S/);
  });

  it('is what `help <command>` shows too', async () => {
    const a = await runCli(['help', 'init', '--lang', lang], root);
    const b = await runCli(['init', '--help', '--lang', lang], root);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('suggestions for a mistyped command or option', () => {
  it.each([
    [['valdate'], 'Onbekende opdracht "valdate". Bedoelt u validate?'],
    [['rapport'], 'Onbekende opdracht "rapport". Bedoelt u report?'],
    [['validate', '--stirct'], 'Onbekende optie --stirct voor validate. Bedoelt u --strict?'],
    [['report', '--year', '2013', '--formaat', 'json'], 'Onbekende optie --formaat voor report. Bedoelt u --format?'],
    [['init', '--year', '2014', '--keep-amount'], 'Onbekende optie --keep-amount voor init. Bedoelt u --keep-amounts?'],
    [['totals', '--formt', 'json'], 'Onbekende optie --formt voor totals. Bedoelt u --format?'],
    [['validate', '--lnag', 'en'], 'Onbekende optie --lnag voor validate. Bedoelt u --lang?'],
    [['valdate', '--lang', 'en'], 'Unknown command "valdate". Did you mean validate?'],
    [['totals', '--formt', 'json', '--lang=en'], 'Unknown option --formt for totals. Did you mean --format?'],
  ])('%j', async (argv, suggestion) => {
    const r = await runCli(argv, root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(new RegExp(`^jaarplan: ${suggestion.replace(/[.?]/g, '\\$&')} `));
  });
});

describe('validate --quiet', () => {
  it('prints nothing for clean plans (warnings allowed)', async () => {
    expect(await runCli(['validate', '--quiet'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints only the errors, and the summary of everything found', async () => {
    const r = await runCli(['validate', '-q', checks + 'over-budget.yaml', 'plans/2013.yaml'], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    // Each diagnostic line is followed by its source line and carets.
    const diagnostics = lines.filter((l) => /^\S+:\d+:\d+ /.test(l));
    expect(diagnostics.map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1])).toEqual(['over-budget']);
    expect(lines.at(-1)).toBe('2 bestanden gecontroleerd: 1 fout, 5 waarschuwingen.');
  });

  it('prints the warnings that fail under --strict', async () => {
    const r = await runCli(['validate', '--quiet', '--strict', 'plans/2013.yaml', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => /^\S+:\d+:\d+ /.test(l))).toHaveLength(5);
    expect(lines).toHaveLength(5 * 3 + 1);
    expect(r.stdout).toContain('1 file checked: 0 errors, 5 warnings.');
  });

  it('does not change the JSON contract', async () => {
    const quiet = await runCli(['validate', '--quiet', '--format', 'json'], root);
    const plain = await runCli(['validate', '--format', 'json'], root);
    expect(quiet).toEqual(plain);
  });

  it('cannot be combined with --verbose', async () => {
    const r = await runCli(['validate', '--quiet', '--verbose'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jaarplan: --quiet en --verbose gaan niet samen; kies er één.\n');
  });
});

describe('validate --verbose', () => {
  it('lists every file checked, with notes about each plan', async () => {
    const r = await runCli(['validate', '--verbose', 'plans/2013.yaml', checks + 'unknown-source.yaml', '--lang', 'en'], root);
    expect(r.code).toBe(1);
    const info = r.stdout.split('\n').filter((l) => l.includes('  info  '));
    expect(info).toEqual([
      'plans/2013.yaml  info  checked: 0 errors, 5 warnings',
      'plans/2013.yaml  info  year 2013: 2 sections, 8 activities, 3 sources; known amounts €40,000, 2 lines without an amount',
      expect.stringMatching(/unknown-source\.yaml {2}info {2}checked: 1 error, \d+ warnings?$/),
      expect.stringMatching(/unknown-source\.yaml {2}info {2}year 2014: 1 section, 1 activity, 2 sources; known amounts €300$/),
    ]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 files checked: 1 error, \d+ warnings?\.$/);
    // The diagnostics themselves are the same lines as without --verbose.
    const plain = await runCli(['validate', 'plans/2013.yaml', checks + 'unknown-source.yaml', '--lang', 'en'], root);
    expect(r.stdout.split('\n').filter((l) => !l.includes('  info  '))).toEqual(plain.stdout.split('\n'));
  });

  it('speaks Dutch by default', async () => {
    const r = await runCli(['validate', '--verbose'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'plans/2013.yaml  info  jaar 2013: 2 onderdelen, 8 activiteiten, 3 bronnen; bekende bedragen € 40.000, 2 regels zonder bedrag',
    );
  });
});

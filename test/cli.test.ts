import { describe, expect, it } from 'vitest';
import { ciFormatCases, failureCases, goldenCases } from './helpers/cases.js';
import { root } from './helpers/paths.js';
import { runCli } from './helpers/runCli.js';

const transcript = (argv: string[], r: { code: number; stdout: string; stderr: string }) =>
  `$ jaarplan ${argv.join(' ')}\nExit code: ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;

describe('golden outputs (in-process)', () => {
  it.each([...goldenCases, ...ciFormatCases])('$name', async ({ name, argv, code }) => {
    const result = await runCli(argv, root);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe('');
    await expect(transcript(argv, result)).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});

describe('failures (in-process)', () => {
  it.each(failureCases)('$name', async ({ name, argv, code }) => {
    const result = await runCli(argv, root);
    expect(result.code).toBe(code);
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at /); // no stack trace
    await expect(transcript(argv, result)).toMatchFileSnapshot(`golden/${name}.txt`);
  });
});

describe('the command line', () => {
  it('refuses to total a plan with errors and prints nothing misleading on stdout', async () => {
    const r = await runCli(['totals', 'test/fixtures/checks/over-budget.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[over-budget]');
  });

  it('prints help with examples and exits 0', async () => {
    const r = await runCli(['--help'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes');
  });

  it('prints the version from package.json', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
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
    for (const argv of [['validate', '--format', 'json'], ['totals', '--format', 'markdown'], ['report', '--year', '2013', '--format', 'json']]) {
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

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as library from '../../src/index.js';
import { runCli } from '../helpers/runCli.js';
import { root } from '../helpers/paths.js';

const example = readFileSync(new URL('../fixtures/library/example.ts', import.meta.url), 'utf8');

describe('the library API', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is shown in docs/library.md exactly as tested', () => {
    const page = readFileSync(root + 'docs/library.md', 'utf8');
    expect(page).toContain('```ts\n' + example + '```\n');
  });

  it('runs the documented example against the built package, with the output it promises', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    await import('../fixtures/library/example.js');
    expect(lines[0]).toBe(
      'plans/2013.yaml:19:16 warning [unallocated-budget] Of the total budget of €60,000, €40,000 is allocated; €20,000 is not allocated, and there are 2 lines without an amount.',
    );
    expect(lines.slice(0, 5).map((l) => /\[([a-z-]+)\]/.exec(l)?.[1])).toEqual([
      'unallocated-budget',
      'no-owner',
      'no-owner',
      'unknown-amount',
      'unknown-amount',
    ]);
    expect(lines[5]).toBe('Known: € 40.000, lines without an amount: 2');
    expect(lines[6]).toBe('# Jaarplan 2013 HarderwijkAanpak');
    expect(lines[7]).toBe('true schema schema schema');
    expect(lines).toHaveLength(8);
  });

  it('renders the very report the command line prints', async () => {
    const loaded = await library.loadPlan('plans/2013.yaml', { cwd: root });
    const cli = await runCli(['report', '--year', '2013', '--format', 'json', '--lang', 'en'], root);
    expect(cli.code).toBe(0);
    expect(library.renderReport([loaded], { format: 'json', lang: 'en' })).toBe(cli.stdout);
  });

  it('reports a plan whose budget rules fail with its errors on top, as the command does', async () => {
    const wrong = await library.loadPlan('test/fixtures/checks/unknown-source.yaml', { cwd: root });
    expect(library.hasErrors(wrong)).toBe(true);
    const markdown = library.renderReport([wrong], { format: 'markdown', lang: 'en' });
    expect(markdown).toMatch(/^# [^\n]*\n\n> \*\*Attention: 1 error in the plans\.\*\*/);
    expect(markdown).toContain('[unknown-source\\]');
    const cli = await runCli(
      ['report', 'test/fixtures/checks/unknown-source.yaml', '--year', String(wrong.plan!.jaar), '--format', 'markdown', '--lang', 'en'],
      root,
    );
    expect(cli.code).toBe(1);
    expect(markdown).toBe(cli.stdout);
  });

  it('refuses to report a plan that cannot be counted', async () => {
    const broken = await library.loadPlan('test/fixtures/checks/invalid-amount.yaml', { cwd: root });
    expect(library.hasErrors(broken)).toBe(true);
    // A known failure, typed like every other: its code says what went wrong, and messageOf-style
    // words for it come with the command line.
    const failure = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return null;
    };
    const hasErrors = failure(() => library.renderReport([broken]));
    expect(hasErrors).toBeInstanceOf(library.JaarplanError);
    expect(hasErrors).toMatchObject({ code: 'report-plan-has-errors', args: { path: 'test/fixtures/checks/invalid-amount.yaml' } });
    expect(failure(() => library.renderReport([]))).toMatchObject({ code: 'report-no-plans' });
  });

  it('throws a typed failure for a file that is not there', async () => {
    await expect(library.loadPlan('plans/2099.yaml', { cwd: root })).rejects.toMatchObject({
      name: 'JaarplanError',
      code: 'path-not-found',
    });
  });

  it('checks text as the files are checked', () => {
    const text = readFileSync(root + 'plans/2013.yaml', 'utf8');
    const checked = library.validatePlan(text, 'plans/2013.yaml');
    expect(checked.plan?.jaar).toBe(2013);
    expect(checked.diagnostics.map((d) => d.code)).toEqual([
      'unallocated-budget',
      'no-owner',
      'no-owner',
      'unknown-amount',
      'unknown-amount',
    ]);
  });

  it('is what the package exports', () => {
    const pkg = JSON.parse(readFileSync(root + 'package.json', 'utf8')) as { exports: Record<string, unknown>; types: string };
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.types).toBe('./dist/index.d.ts');
    for (const name of ['loadPlan', 'validatePlan', 'computeTotals', 'renderReport']) {
      expect(typeof (library as Record<string, unknown>)[name]).toBe('function');
    }
  });
});

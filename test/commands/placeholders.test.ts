import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/core/checkPlaceholders.js';
import { initWords } from '../../src/i18n/init.js';
import { loadPlan } from '../../src/node/loadPlan.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-placeholder-'));
  mkdirSync(join(dir, 'schemas'));
  copyFileSync(root + 'schemas/jaarplan.schema.json', join(dir, 'schemas/jaarplan.schema.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const config = (rules: string) => writeFileSync(join(dir, 'jaarplan.config.yaml'), `rules:\n  ${rules}\n`);

describe('what counts as a placeholder', () => {
  it.each(['nl', 'en'] as const)('every placeholder init writes (%s)', (lang) => {
    const written = Object.values(initWords[lang].placeholder);
    expect(written.length).toBeGreaterThan(0);
    for (const text of written) expect(isPlaceholder(text), text).toBe(true);
  });

  it.each(['<...>', '<…>', ' <gemeente> ', '<wijk>', '<naam van de wijk>', '<2015>'])('a whole value %j', (text) => {
    expect(isPlaceholder(text)).toBe(true);
  });

  it.each([
    'Projecten < € 500',
    '<b>Noord</b>',
    "Plan <script>alert('x')</script> & co",
    'Onderdeel <img src=x onerror=alert(1)>',
    '<img src=x>',
    'Jaarplan 2014 voor <wijk>',
    'a <> b',
    '<>',
    '< >',
    '<<Nieuw>>',
    'Lindewaard',
  ])('not real text with angle brackets: %j', (text) => {
    expect(isPlaceholder(text)).toBe(false);
  });

  it('not the plan with markup the HTML report is tested with', async () => {
    const loaded = await loadPlan(root + 'test/fixtures/html/2013-markup.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).not.toContain('placeholder');
  });
});

describe('an unfilled skeleton', () => {
  it.each(['nl', 'en'] as const)('validates with a placeholder warning at each placeholder init writes (%s)', async (lang) => {
    expect((await runCli(['init', '--year', '2014', '--lang', lang], dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'plans/2014.yaml'), 'utf8');
    const lines = text.split('\n');
    const at = (placeholder: string) => {
      const line = lines.findIndex((l) => l.includes(placeholder));
      return `${line + 1}:${lines[line]!.indexOf(placeholder) + 1}`;
    };
    const expected = Object.values(initWords[lang].placeholder).map(at).sort();
    const { diagnostics } = await loadPlan('plans/2014.yaml', { cwd: dir });
    const found = diagnostics.filter((d) => d.code === 'placeholder');
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect(found.map((d) => `${d.line}:${d.column}`).sort()).toEqual(expected);

    const r = await runCli(['validate', 'plans/2014.yaml', '--lang', lang], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`plans/2014.yaml:${at(initWords[lang].placeholder.gemeente)}`);
    expect(r.stdout).toContain('[placeholder]');
    expect((await runCli(['validate', 'plans/2014.yaml', '--strict'], dir)).code).toBe(1);
  });

  it.each([
    [['report', '--year', '2014']],
    [['report', '--years', '2014', '--format', 'markdown']],
    [['totals']],
    [['totals', '--year', '2014', '--format', 'json']],
    [['totals', '--years', '2014']],
  ])('is refused by %j, as a plan with an error is, and nothing is published', async (argv) => {
    expect((await runCli(['init', '--year', '2014'], dir)).code).toBe(0);
    const r = await runCli(argv, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('plans/2014.yaml:9:11  waarschuwing  "<gemeente>" is nog in te vullen');
    expect(r.stderr).toContain(
      'plans/2014.yaml heeft nog plekken tussen <...> om in te vullen; eerst invullen (jaarplan validate plans/2014.yaml).\n',
    );
  });

  it('is refused in English with --lang en', async () => {
    expect((await runCli(['init', '--year', '2014', '--lang', 'en'], dir)).code).toBe(0);
    const r = await runCli(['report', '--year', '2014', '--lang', 'en'], dir);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('"<municipality>" is still to be filled in');
    expect(r.stderr).toContain('plans/2014.yaml still has places between <...> to fill in; fill them in first');
  });

  it('is used once it is filled in, even beside the placeholders of another plan that are refused', async () => {
    expect((await runCli(['init', '--year', '2014', '--wijk', 'Zeebuurt'], dir)).code).toBe(0);
    expect((await runCli(['init', '--year', '2014'], dir)).code).toBe(0);
    const filled = readFileSync(join(dir, 'plans/2014.yaml'), 'utf8').replace(/<[^<>\n]+>/g, 'Ingevuld');
    writeFileSync(join(dir, 'plans/2014.yaml'), filled);
    const alone = await runCli(['totals', 'plans/2014.yaml'], dir);
    expect(alone).toMatchObject({ code: 0, stderr: '' });
    const both = await runCli(['totals'], dir);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('plans/2014-zeebuurt.yaml heeft nog plekken');
    expect(both.stderr).not.toContain('plans/2014.yaml');
  });

  it('is published when the config turns the check off, and validates without the warning', async () => {
    expect((await runCli(['init', '--year', '2014'], dir)).code).toBe(0);
    config('placeholder: off');
    const v = await runCli(['validate', 'plans/2014.yaml'], dir);
    expect(v.stdout).not.toContain('[placeholder]');
    const r = await runCli(['report', '--year', '2014'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Gemeente: <gemeente>');
    expect((await runCli(['totals'], dir)).code).toBe(0);
  });

  it('follows the config named by --config, not only the one found in the folder', async () => {
    expect((await runCli(['init', '--year', '2014'], dir)).code).toBe(0);
    // The folder's config lets placeholders through; the config named on the command line does not.
    config('placeholder: off');
    writeFileSync(join(dir, 'elders.yaml'), 'rules:\n  no-owner: error\n');
    expect((await runCli(['report', '--year', '2014'], dir)).code).toBe(0);
    expect((await runCli(['report', '--year', '2014', '--config', 'elders.yaml'], dir)).code).toBe(1);
    expect((await runCli(['totals', '-c', 'elders.yaml'], dir)).code).toBe(1);
  });

  it('fails validate when the config makes it an error, and is still refused', async () => {
    expect((await runCli(['init', '--year', '2014'], dir)).code).toBe(0);
    config('placeholder: error');
    const v = await runCli(['validate', 'plans/2014.yaml'], dir);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('plans/2014.yaml:9:11  fout');
    expect((await runCli(['report', '--year', '2014'], dir)).code).toBe(1);
  });
});

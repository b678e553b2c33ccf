import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffFile, diffReport, type DiffSide } from '../../src/core/diffPlans.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { jsonChange, toDiffJson } from '../../src/reporters/diff/json.js';
import { diffMarkdown } from '../../src/reporters/diff/markdown.js';
import type { CliCase } from '../helpers/cases.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { transcript } from '../helpers/transcript.js';

const base = 'test/fixtures/diff/base.yaml';
const edit = 'test/fixtures/diff/edit.yaml';
const fixture = (name: string) => `test/fixtures/diff/${name}.yaml`;

/** Every format of `diff` in both languages, and the ways it can fail. */
const diffCases: CliCase[] = [
  ...(['nl', 'en'] as const).flatMap((lang) =>
    (['table', 'markdown', 'json'] as const).map((format) => ({
      name: `diff-${format}-${lang}`,
      argv: ['diff', base, edit, '--format', format, '--lang', lang],
      code: 0,
    })),
  ),
  { name: 'diff-markdown-collapsed-en', argv: ['diff', 'plans/2013.yaml', base, '--format', 'markdown', '--lang', 'en'], code: 0 },
  { name: 'diff-unchanged', argv: ['diff', base, base], code: 0 },
  { name: 'diff-fail-on-increase', argv: ['diff', base, fixture('amount-up'), '--fail-on', 'increase'], code: 1 },
  {
    name: 'diff-fail-on-decrease-not-tripped',
    argv: ['diff', base, fixture('amount-up'), '--fail-on', 'decrease', '--lang', 'en'],
    code: 0,
  },
  { name: 'diff-error-introduced', argv: ['diff', base, fixture('error-introduced'), '--lang', 'en'], code: 1 },
  { name: 'diff-unreadable', argv: ['diff', base, fixture('unreadable')], code: 1 },
  { name: 'diff-no-arguments', argv: ['diff'], code: 2 },
  { name: 'diff-missing-file', argv: ['diff', base, 'test/fixtures/diff/nope.yaml', '--lang', 'en'], code: 2 },
  { name: 'diff-bad-fail-on', argv: ['diff', base, edit, '--fail-on', 'sometimes'], code: 2 },
];

describe('diff: golden outputs (in-process)', () => {
  it.each(diffCases)('$name', async ({ name, argv, code }) => {
    const r = await runCli(argv, root);
    expect(r.code).toBe(code);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    await expect(transcript(argv, r)).toMatchFileSnapshot(`../golden/${name}.txt`);
  });
});

describe('diff: the built bin gives the same', () => {
  it.each(diffCases.filter((c) => !c.name.endsWith('-en')))('$name', ({ name, argv, code }) => {
    const r = spawnSync(process.execPath, [root + 'bin/jaarplan.js', ...argv], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(code);
    expect(transcript(argv, { code: r.status, stdout: r.stdout, stderr: r.stderr })).toBe(
      readFileSync(new URL(`../golden/${name}.txt`, import.meta.url), 'utf8'),
    );
  });
});

describe('diff: output details', () => {
  it('colours only the deltas that go up or down, and only when allowed', async () => {
    const forced = await runCli(['diff', base, edit], root, { FORCE_COLOR: '1' });
    expect(forced.stdout).toContain('\u001b[32m€ +2.500\u001b[39m'); // up: green
    expect(forced.stdout).toContain('\u001b[31m€ -2.000\u001b[39m'); // down: red
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no colour code may be written
    expect(forced.stdout).not.toMatch(/\u001b\[3[1-9]m(nu bekend|€ \+1\.500)/); // became known: no colour
    const plain = await runCli(['diff', base, edit, '--no-color'], root, { FORCE_COLOR: '1' });
    expect(plain.stdout).not.toContain('\u001b[');
    for (const format of ['markdown', 'json']) {
      const r = await runCli(['diff', base, edit, '--format', format], root, { FORCE_COLOR: '1' });
      expect(r.stdout).not.toContain('\u001b[');
    }
  });

  it('starts the Markdown with a one-line summary and collapses long lists', async () => {
    const r = await runCli(['diff', 'plans/2013.yaml', base, '--format', 'markdown', '--lang', 'en'], root);
    expect(r.stdout.split('\n')[0]).toMatch(/^\*\*jaarplan diff:\*\* 1 plan changed; total .* → .*\.$/);
    expect(r.stdout).toContain('<details>\n<summary>Activities (8)</summary>');
  });

  it('gives JSON amounts in euros, with null where an amount is unknown', async () => {
    const r = await runCli(['diff', base, edit, '--format', 'json'], root);
    const json = JSON.parse(r.stdout);
    const [file] = json.files;
    expect(file.total).toEqual({
      kind: 'became-known',
      before: { amount: 23000, unknownLines: 1 },
      after: { amount: 27000, unknownLines: 0 },
      delta: 4000,
    });
    expect(file.declaredTotal).toEqual({ before: 30000, after: 35000, delta: 5000 });
    const wijkkrant = file.activities.find((a: { nr: number }) => a.nr === 2);
    expect(wijkkrant.lines).toEqual([
      {
        bron: 'S+R',
        bronBefore: null,
        change: { kind: 'became-known', before: { amount: null, unknownLines: 1 }, after: { amount: 1500, unknownLines: 0 }, delta: null },
        spent: { kind: 'unchanged', before: { amount: null, unknownLines: 1 }, after: { amount: null, unknownLines: 1 }, delta: null },
        texts: [],
      },
    ]);
    expect(wijkkrant.actiehoudersAdded).toEqual(['Communicatieadviseur']);
    expect(json.failOn).toEqual({ mode: null, failed: false });
  });

  it('--fail-on any trips on a declared total alone and on a renumbering; increase and decrease only on budget', async () => {
    expect((await runCli(['diff', base, fixture('declared-up'), '--fail-on', 'any'], root)).code).toBe(1);
    expect((await runCli(['diff', base, fixture('declared-up'), '--fail-on', 'increase'], root)).code).toBe(1);
    expect((await runCli(['diff', base, fixture('renumbered'), '--fail-on', 'any'], root)).code).toBe(1);
    expect((await runCli(['diff', base, fixture('renumbered'), '--fail-on', 'increase'], root)).code).toBe(0);
    expect((await runCli(['diff', base, base, '--fail-on', 'any'], root)).code).toBe(0);
    expect((await runCli(['diff', base, fixture('known-to-unknown'), '--fail-on', 'decrease'], root)).code).toBe(1);
  });
});

describe('diff - PATH without anything piped in', () => {
  it('says what to type instead of waiting, exit 2', async () => {
    const r = await runCli(['diff', '-', base, '--lang', 'en'], root);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `jaarplan: The argument - reads the old version from standard input, but nothing is piped in; pipe it, for example: git show HEAD:${base} | jaarplan diff - ${base}\n`,
    );
    expect((await runCli(['diff', '-', '-'], root)).code).toBe(2);
  });
});

describe('diff reporters, directly', () => {
  const side = (name: string, edit: (text: string) => string = (t) => t): DiffSide => {
    const checked = parsePlan(new TextEncoder().encode(edit(readFileSync(root + fixture(name), 'utf8'))), `${name}.yaml`);
    return {
      path: checked.path,
      revision: null,
      state: checked.plan === null ? 'unreadable' : 'plan',
      plan: checked.plan,
      diagnostics: checked.diagnostics,
    };
  };

  it('gives an unknown amount as null in JSON, never as 0', () => {
    expect(
      jsonChange({
        kind: 'became-known',
        before: { known: 0, unknownLines: 1, lines: 1 },
        after: { known: 150000, unknownLines: 0, lines: 1 },
        delta: null,
      }),
    ).toEqual({
      kind: 'became-known',
      before: { amount: null, unknownLines: 1 },
      after: { amount: 1500, unknownLines: 0 },
      delta: null,
    });
    expect(jsonChange({ kind: 'added', before: null, after: { known: 0, unknownLines: 0, lines: 0 }, delta: null })).toMatchObject({
      before: null,
      after: null,
    });
  });

  it('puts the --fail-on verdict and the introduced errors in the contract', () => {
    const report = diffReport([diffFile('p.yaml', side('base'), side('error-introduced'))], 'any');
    const json = toDiffJson(report, 'en');
    expect([json.failOn, json.errorsIntroduced]).toEqual([{ mode: 'any', failed: true }, 1]);
    expect(json.files[0]?.diagnostics.introduced.map((d) => d.code)).toEqual(['unknown-source']);
  });

  it('escapes plan text in Markdown, so a title cannot open a tag or a list', () => {
    const hostile = side('base', (t) => t.replace('titel: Buurtfeest', 'titel: "<img src=x> *Feest* | </details>"'));
    const out = diffMarkdown(diffReport([diffFile('p.yaml', side('base'), hostile)], null), { lang: 'en', color: false });
    expect(out).not.toMatch(/(?<!\\)<img/);
    expect(out).not.toMatch(/(?<!\\)<\/details>/);
    expect(out).toContain('| 1. \\<img src=x\\> \\*Feest\\* \\| \\</details\\> |'); // in the table cell
    expect(out).toContain('\\<img src=x\\> \\*Feest\\* \\| \\</details\\>'); // in the list
  });
});

import { describe, expect, it } from 'vitest';
import { severities, type Code } from '../../src/core/diagnostic.js';
import { checkTexts } from '../../src/i18n/checks.js';
import { allCodes, checksPage, explainText } from '../../src/reporters/explain.js';
import { toSarif } from '../../src/reporters/validate/sarif.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

describe('jaarplan explain', () => {
  it('explains every code in both languages, with its severity and how to fix it', async () => {
    expect(allCodes.length).toBe(Object.keys(severities).length);
    for (const code of allCodes) {
      for (const lang of ['nl', 'en'] as const) {
        const r = await runCli(['explain', code, '--lang', lang], root);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        const t = checkTexts[lang][code];
        expect(r.stdout.split('\n')[0]).toBe(
          `${code} (${lang === 'nl' ? { error: 'fout', warning: 'waarschuwing' }[severities[code]] : severities[code]}): ${t.title}`,
        );
        expect(r.stdout).toContain(t.fix);
        expect(r.stdout).toContain(t.why);
      }
    }
  });

  it('lists every code without an argument', async () => {
    const r = await runCli(['explain'], root);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(allCodes);
  });

  it('prints Markdown on request', async () => {
    const r = await runCli(['explain', 'ambiguous-amount', '--markdown', '--lang', 'en'], root);
    expect(r.stdout).toMatch(/^## ambiguous-amount\n\n\*\*Ambiguous amount\*\* \(error\)\./);
    expect(r.stdout).toContain('```yaml\nbedrag: 10.000\n```');
  });

  it('refuses an unknown code with exit 2 and the nearest code', async () => {
    const nl = await runCli(['explain', 'ambigous-amount'], root);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe('jaarplan: Onbekende code ambigous-amount; bedoelt u ambiguous-amount? "jaarplan explain" toont alle codes.\n');
    const en = await runCli(['explain', 'xyz', '--lang', 'en'], root);
    expect(en.stderr).toBe('jaarplan: Unknown code xyz. "jaarplan explain" lists every code.\n');
  });
});

describe('the checks page', () => {
  // docs/checks.md and docs/checks.nl.md are made from the same texts as `explain` and SARIF's help:
  // regenerate them with `npx vitest run -u test/commands/explain.test.ts` after changing a check's text.
  it('is the explanation of every code, in English and in Dutch', async () => {
    await expect(checksPage('en')).toMatchFileSnapshot('../../docs/checks.md');
    await expect(checksPage('nl')).toMatchFileSnapshot('../../docs/checks.nl.md');
    for (const code of allCodes) expect(checksPage('en')).toContain(`\n## ${code}\n`);
  });
});

describe('SARIF rules', () => {
  const empty = { files: [], maxErrors: null } as unknown as Parameters<typeof toSarif>[0];
  const rules = (home?: string) =>
    (
      toSarif(empty, { lang: 'en', color: false }, home) as {
        runs: { tool: { driver: { rules: { id: Code; help: { text: string }; helpUri?: string }[] } } }[];
      }
    ).runs[0]!.tool.driver.rules;

  it('carry the explanation of each check as help', () => {
    for (const rule of rules()) expect(rule.help.text).toBe(explainText(rule.id, 'en'));
  });

  it('link to the checks page only when package.json names a homepage', () => {
    expect(rules().every((r) => r.helpUri === undefined)).toBe(true);
    const linked = rules('https://example.org/jaarplan');
    expect(linked.find((r) => r.id === 'no-owner')!.helpUri).toBe('https://example.org/jaarplan/docs/checks.md#no-owner');
  });
});

import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const problems = ['test/fixtures/checks/unknown-source.yaml', 'test/fixtures/checks/schema-nested.yaml', 'plans/2013.yaml'];
const validate = (format: string, lang = 'nl') => runCli(['validate', ...problems, '--format', format, '--lang', lang], root);

describe('sarif', () => {
  it('is valid against the published SARIF 2.1.0 schema', async () => {
    const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    // The package is CommonJS with a default export; under NodeNext its default is the module object.
    const Ajv4 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as typeof ajvDraft04;
    const ajv = new (
      Ajv4 as unknown as new (
        o: object,
      ) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown[] | null } }
    )({
      allErrors: true,
      strict: false,
      validateFormats: false,
    });
    const check = ajv.compile(schema);
    for (const lang of ['nl', 'en']) {
      const log = JSON.parse((await validate('sarif', lang)).stdout);
      const ok = check(log);
      expect(check.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('uses our codes as rule ids, with help text, and gives every result a region', async () => {
    const log = JSON.parse((await validate('sarif', 'en')).stdout);
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('unknown-source');
    const noOwner = run.tool.driver.rules.find((r: { id: string }) => r.id === 'no-owner');
    expect(noOwner.shortDescription.text).toBe('Every activity has an owner; a plan without any owners or statuses gets one finding.');
    // The whole explanation, as `jaarplan explain no-owner --lang en` prints it.
    expect(noOwner.help.text).toContain('How to fix: Name at least one role under `actiehouders`, or turn the check off');
    expect(noOwner.help.markdown).toMatch(/^## no-owner\n/);
    expect(noOwner.helpUri).toBeUndefined();
    // 1 + 4 + 5: S+R is not also unused, since the unknown S+K is nearest to it.
    expect(run.results).toHaveLength(10);
    for (const result of run.results) {
      expect(ids[result.ruleIndex]).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run.results[0]).toMatchObject({
      ruleId: 'unknown-source',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'test/fixtures/checks/unknown-source.yaml' },
            region: { startLine: 16, startColumn: 19 },
          },
        },
      ],
    });
  });
});

describe('junit', () => {
  it('is well-formed XML with one suite per file and one case per check', async () => {
    const r = await validate('junit');
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(problems);
    const caseCount = suites[0].testcase.length;
    expect(Number(xml.testsuites.tests)).toBe(caseCount * problems.length);
    // unknown-source.yaml fails its unknown-source check; schema-nested.yaml its schema check; 2013 fails none.
    expect(suites.map((s: { failures: string }) => Number(s.failures))).toEqual([1, 1, 0]);
    const failed = suites[0].testcase.find((c: { failure?: unknown }) => c.failure);
    expect(failed.name).toMatch(/^unknown-source: /);
    expect(failed.failure.type).toBe('unknown-source');
  });
});

describe('github', () => {
  it("writes one workflow command per problem with the runner's escaping", async () => {
    const r = await validate('github', 'en');
    const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(10);
    expect(commands[0]).toBe(
      '::error file=test/fixtures/checks/unknown-source.yaml,line=16,col=19,endLine=16,endColumn=22,title=jaarplan unknown-source::' +
        'Unknown source "S+K". Did you mean "S+R"? Declared sources: wijkaanpak, S+R; add "S+K" under bronnen or use one of these.',
    );
    for (const c of commands) expect(c).not.toMatch(/\n|\r/);
  });

  it('escapes %, newlines, colons and commas', async () => {
    const { validateGithub } = await import('../../src/reporters/validate/github.js');
    const file = {
      path: 'a,b:c.yaml',
      plan: null,
      jaar: null,
      source: null,
      diagnostics: [
        {
          code: 'yaml-syntax',
          severity: 'error',
          pointer: '',
          args: { yamlCode: 'X', detail: '100%\nnext' },
          file: 'a,b:c.yaml',
          line: 1,
          column: 2,
          endLine: 1,
          endColumn: 3,
        },
      ],
    } as const;
    const out = validateGithub({ files: [file as never], maxPerFile: null }, { lang: 'en', color: false });
    expect(out.split('\n')[0]).toBe(
      '::error file=a%2Cb%3Ac.yaml,line=1,col=2,endLine=1,endColumn=3,title=jaarplan yaml-syntax::Not valid YAML: 100%25%0Anext.',
    );
  });
});

describe('several formats at once', () => {
  it('writes each --format to the --output after it, and one to standard output', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/jaarplan-out-`);
    const r = await runCli(
      [
        'validate',
        'plans/2013.yaml',
        '--format',
        'github',
        '--format',
        'junit',
        '--output',
        `${dir}/junit.xml`,
        '-f',
        'sarif',
        '-o',
        `${dir}/r.sarif`,
      ],
      root,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning /);
    expect(readFileSync(`${dir}/junit.xml`, 'utf8')).toMatch(/^<\?xml/);
    expect(JSON.parse(readFileSync(`${dir}/r.sarif`, 'utf8')).version).toBe('2.1.0');
  });

  it('refuses two formats on standard output, and --output before any --format', async () => {
    expect((await runCli(['validate', '-f', 'text', '-f', 'json'], root)).code).toBe(2);
    const r = await runCli(['validate', '--output', 'x.txt'], root);
    expect([r.code, r.stderr]).toEqual([
      2,
      'jaarplan: Geef eerst --format en dan --output (bijvoorbeeld --format junit --output junit.xml).\n',
    ]);
  });

  it('never overwrites a plan with a report', async () => {
    const before = readFileSync(root + 'plans/2013.yaml', 'utf8');
    const r = await runCli(['validate', '-f', 'json', '-o', 'plans/2013.yaml'], root);
    expect(r.code).toBe(2);
    expect(readFileSync(root + 'plans/2013.yaml', 'utf8')).toBe(before);
  });
});

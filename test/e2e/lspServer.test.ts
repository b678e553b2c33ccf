import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lspClient.js';
import { root } from '../helpers/paths.js';

// `jaarplan lsp` as an editor meets it: the built bin over stdio, spoken to by a JSON-RPC client
// (vscode-languageserver-protocol), in a workspace with a plans folder.

const plan2013 = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');

/** The position of the `occurrence`-th `needle` in `text` (0-based line and character), plus `shift` characters. */
function at(text: string, needle: string, shift = 0, occurrence = 1): { line: number; character: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  if (offset === -1) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset + shift);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies a quick fix or rename to a text. */
function apply(text: string, uri: string, edits: { changes?: Record<string, TextEdit[]> } | undefined): string {
  const list = edits?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), list);
}

let workspace: string;
const clients: LspClient[] = [];
async function start(options: Parameters<LspClient['initialize']>[0] = {}, folder = workspace): Promise<LspClient> {
  const client = new LspClient(folder);
  clients.push(client);
  await client.initialize(options);
  return client;
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-'));
  mkdirSync(join(workspace, 'plans'));
  cpSync(join(root, 'plans/2013.yaml'), join(workspace, 'plans/2013.yaml'));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('jaarplan lsp: diagnostics', () => {
  it('shows what validate shows, at the same positions, with the code and its documentation', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    const { diagnostics } = await client.diagnostics(uri);
    const validate = JSON.parse(
      execFileSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'validate', 'plans/2013.yaml', '--format', 'json'], {
        cwd: workspace,
        encoding: 'utf8',
      }),
    ) as {
      files: {
        diagnostics: {
          code: string;
          line: number;
          column: number;
          endLine: number;
          endColumn: number;
          message: string;
          severity: string;
        }[];
      }[];
    };
    const expected = validate.files[0]!.diagnostics;
    expect(expected).toHaveLength(5);
    expect(
      diagnostics.map((d) => ({
        code: d.code,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: d.message,
        severity: d.severity === 1 ? 'error' : 'warning',
      })),
    ).toEqual(
      expected.map(({ code, line, column, endLine, endColumn, message, severity }) => ({
        code,
        line,
        column,
        endLine,
        endColumn,
        message,
        severity,
      })),
    );
    expect(diagnostics.every((d) => d.source === 'jaarplan')).toBe(true);
    // The code links to its explanation on the checks page that ships with the package.
    const href = diagnostics[0]!.codeDescription!.href;
    expect(href).toMatch(/docs\/checks\.nl\.md#unallocated-budget$/);
    expect(readFileSync(new URL(href), 'utf8')).toContain('## unallocated-budget');
  });

  it('speaks English when the client locale or the setting says so', async () => {
    const byLocale = await start({ locale: 'en-GB' });
    const uri = await byLocale.open('plans/2013.yaml', plan2013);
    const { diagnostics } = await byLocale.diagnostics(uri);
    expect(diagnostics[0]!.message).toMatch(/^Of the total budget of €60,000/);
    expect(diagnostics[0]!.codeDescription!.href).toMatch(/docs\/checks\.md#unallocated-budget$/);

    const bySetting = await start({ locale: 'nl', initializationOptions: { lang: 'en' } });
    const uri2 = await bySetting.open('plans/2013.yaml', plan2013);
    expect((await bySetting.diagnostics(uri2)).diagnostics[0]!.message).toMatch(/^Of the total budget/);
    // And back to Dutch when the setting changes.
    const since = Date.now();
    await bySetting.connection.sendNotification('workspace/didChangeConfiguration', { settings: { jaarplan: { lang: 'nl' } } });
    expect((await bySetting.diagnostics(uri2, (d) => String(d[0]?.message).startsWith('Van het totaal'), since)).diagnostics).toHaveLength(
      5,
    );
  });

  // How soon it shows is measured in the benchmark (test/bench/lsp.mjs), not here: a timed test
  // measures the machine it runs on.
  it('shows the ambiguous amount after typing it, and fixes it', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    await client.diagnostics(uri);
    const where = at(plan2013, '"€ 10.000"');
    const since = Date.now();
    await client.edit(uri, { start: where, end: { line: where.line, character: where.character + '"€ 10.000"'.length } }, '10.000');
    const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'ambiguous-amount'), since);
    const ambiguous = diagnostics.find((d) => d.code === 'ambiguous-amount')!;
    expect(ambiguous.range.start).toEqual(where);
    const text = plan2013.replace('"€ 10.000"', '10.000');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: ambiguous.range,
      context: { diagnostics: [ambiguous] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Schrijf "€ 10.000"', 'Schrijf 10000']);
    expect(actions[0]!.isPreferred).toBe(true);
    expect(apply(text, uri, actions[0]!.edit)).toBe(plan2013);
    expect(apply(text, uri, actions[1]!.edit)).toBe(plan2013.replace('"€ 10.000"', '10000'));
  });

  it('applies the config, and reads it again when it changes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-config-'));
    try {
      mkdirSync(join(folder, 'plans'));
      writeFileSync(join(folder, 'plans/2013.yaml'), plan2013);
      writeFileSync(join(folder, 'jaarplan.config.yaml'), 'rules:\n  no-owner: off\n');
      const client = await start({}, folder);
      const uri = await client.open('plans/2013.yaml', plan2013);
      const first = await client.diagnostics(uri, (d) => d.length > 0);
      expect(first.diagnostics.map((d) => d.code)).toEqual(['unallocated-budget', 'unknown-amount', 'unknown-amount']);
      const since = Date.now();
      writeFileSync(join(folder, 'jaarplan.config.yaml'), 'rules:\n  unknown-amount: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: client.uri('jaarplan.config.yaml'), type: 2 }],
      });
      const second = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'no-owner'), since);
      expect(second.diagnostics.map((d) => d.code)).toEqual(['unallocated-budget', 'no-owner', 'no-owner']);
      // A config with a mistake is not used, and the editor is told why.
      writeFileSync(join(folder, 'jaarplan.config.yaml'), 'rules:\n  no-ownr: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: client.uri('jaarplan.config.yaml'), type: 2 }],
      });
      await expect.poll(() => client.messages.map((m) => m.message).join('\n'), { timeout: 5000 }).toMatch(/no-ownr/);
      // A client that sends no file events: the server watches the workspace folder itself.
      const unwatched = Date.now();
      writeFileSync(join(folder, 'jaarplan.config.yaml'), 'rules:\n  no-owner: off\n  unknown-amount: off\n');
      const third = await client.diagnostics(uri, (d) => d.length === 1, unwatched);
      expect(third.diagnostics.map((d) => d.code)).toEqual(['unallocated-budget']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("reads plans with the config's threshold for differences, as validate does, and again when it changes", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-deviation-'));
    try {
      mkdirSync(join(folder, 'plans'));
      const plan = readFileSync(join(root, 'test/fixtures/checks/unexplained-deviation.yaml'), 'utf8');
      // The same plan made large with comments, so that the worker thread for large plans reads it.
      const large = plan + '# Een opmerking die het plan groot maakt.\n'.repeat(8000);
      expect(large.length).toBeGreaterThan(256 * 1024);
      writeFileSync(join(folder, 'plans/2014.yaml'), plan);
      writeFileSync(join(folder, 'plans/2014-groot.yaml'), large);
      const config = (deviation: string) =>
        writeFileSync(join(folder, 'jaarplan.config.yaml'), `rules:\n  unexplained-deviation: error\n${deviation}`);
      /** What validate says under the config: the lines of unexplained-deviation, each with its severity. */
      const validated = (file: string) => {
        const r = spawnSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'validate', file, '--format', 'json'], {
          cwd: folder,
          encoding: 'utf8',
        });
        const json = JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line: number; severity: string }[] }[] };
        return json.files[0]!.diagnostics.filter((d) => d.code === 'unexplained-deviation').map((d) => `${d.severity}:${d.line}`);
      };
      const shown = (diagnostics: { code?: string | number; severity?: number; range: { start: { line: number } } }[]) =>
        diagnostics
          .filter((d) => d.code === 'unexplained-deviation')
          .map((d) => `${d.severity === 1 ? 'error' : 'warning'}:${d.range.start.line + 1}`);

      // Looser than the default: one difference instead of three.
      config('deviation:\n  percent: 50\n  amount: 1000\n');
      expect(validated('plans/2014.yaml')).toEqual(['error:64']);
      expect(validated('plans/2014-groot.yaml')).toEqual(['error:64']);
      const client = await start({}, folder);
      const uri = await client.open('plans/2014.yaml', plan);
      const largeUri = await client.open('plans/2014-groot.yaml', large);
      const first = await client.diagnostics(uri, (d) => d.length > 0);
      expect(shown(first.diagnostics)).toEqual(['error:64']);
      const firstLarge = await client.diagnostics(largeUri, (d) => d.length > 0, 0, 30_000);
      expect(shown(firstLarge.diagnostics)).toEqual(['error:64']);

      // Stricter than the default: six. The open plans are read again with the new threshold.
      const since = Date.now();
      config('deviation:\n  percent: 5\n  amount: 100\n');
      const strict = validated('plans/2014.yaml');
      expect(strict).toEqual(['error:16', 'error:40', 'error:54', 'error:57', 'error:64', 'error:71']);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: client.uri('jaarplan.config.yaml'), type: 2 }],
      });
      const second = await client.diagnostics(uri, (d) => shown(d).length === strict.length, since);
      expect(shown(second.diagnostics)).toEqual(strict);
      const secondLarge = await client.diagnostics(largeUri, (d) => shown(d).length === strict.length, since, 30_000);
      expect(shown(secondLarge.diagnostics)).toEqual(validated('plans/2014-groot.yaml'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('checks the plan identity across the files of the plans folder', async () => {
    const client = await start();
    const copy = plan2013.replace('# Jaarplan 2013', '# Een kopie');
    const uri = await client.open('plans/2013-kopie.yaml', copy);
    const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'duplicate-plan'));
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-plan')!;
    expect(duplicate.message).toContain('plans/2013.yaml');
    // Made a draft, it is no longer a second plan for the year.
    const since = Date.now();
    await client.change(uri, copy.replace('jaar: 2013\n', 'jaar: 2013\nconcept: true\n'));
    await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'duplicate-plan'), since);
  });
});

describe('jaarplan lsp: the money inline', () => {
  it('puts the allocated, unknown and unallocated budget at totaal_budget, and each section and activity its total', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    const lenses = await client.request<{ range: { start: { line: number } }; command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    const byLine = new Map(lenses.map((l) => [l.range.start.line, l.command.title]));
    expect(byLine.get(at(plan2013, 'totaal_budget:').line)).toBe('€ 40.000 toegewezen, 2 regels zonder bedrag, € 20.000 niet toegewezen');
    expect(byLine.get(at(plan2013, 'titel: Wijkoverstijgende').line)).toBe('Onderdeel: € 40.000 + 2 onbekend');
    expect(byLine.get(at(plan2013, 'titel: Activiteiten 2013').line)).toBe('Onderdeel: geen dekking');
    expect(byLine.get(at(plan2013, 'nr: 5').line)).toBe('Activiteit: € 10.000');
    expect(byLine.get(at(plan2013, 'nr: 7').line)).toBe('Activiteit: € 5.000 + 1 onbekend');
    expect(lenses).toHaveLength(1 + 2 + 8);

    const hints = await client.request<{ position: { line: number; character: number }; label: string }[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } },
    });
    expect(hints).toEqual([
      {
        position: { line: 18, character: 25 },
        label: '€ 40.000 toegewezen, 2 regels zonder bedrag, € 20.000 niet toegewezen',
        paddingLeft: true,
      },
    ]);
  });

  it('says over budget, and follows the text as it is typed', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    await client.change(uri, plan2013.replace('"€ 20.000"', '"€ 60.000"'));
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses[0]!.command.title).toBe('€ 80.000 toegewezen, 2 regels zonder bedrag, € 20.000 boven budget');
  });
});

describe('jaarplan lsp: hover and completion', () => {
  it('hovers a source with its name, kind and total, an amount with how it was read, a key with the schema help, a finding with its check', async () => {
    const client = await start();
    const text = plan2013.replace('"€ 5.000"', '5.000');
    const uri = await client.open('plans/2013.yaml', text);
    await client.diagnostics(uri);
    const hoverAt = async (position: { line: number; character: number }) =>
      (await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position }))?.contents
        .value;
    // The line has no amount: the finding and its check come first, then the source.
    const sr = (await hoverAt(at(text, 'bron: S+R', 7)))!;
    expect(sr).toMatch(/^\*\*Bedrag onbekend\*\* `unknown-amount`\n\nActiviteit 7: /);
    expect(sr).toContain('*Waarom:* ');
    expect(sr.endsWith('\n\n---\n\n**S+R**: Stad- en Regiocontract (cofinanciering)\n\nIn dit plan: onbekend')).toBe(true);
    expect(await hoverAt(at(text, 'bron: wijkaanpak', 8))).toBe(
      '**wijkaanpak**: Wijkaanpak (eigen budget)\n\nIn dit plan: € 35.000 + 1 onbekend',
    );
    expect(await hoverAt(at(text, '"€ 10.000"', 3))).toBe('Gelezen als **€ 10.000,00**');
    const ambiguous = await hoverAt(at(text, '5.000', 1));
    expect(ambiguous).toContain('**Dubbelzinnig bedrag** `ambiguous-amount`');
    expect(ambiguous).toContain('Gelezen als **€ 5,00**');
    expect(await hoverAt(at(text, 'totaal_budget', 2))).toMatch(/^\*\*Totaal budget\*\*\n\nHet totale budget/);
    expect(await hoverAt(at(text, 'titel: Wijkmanagers', 2))).toMatch(/^\*\*Titel\*\*/);
  });

  it('completes source codes after bron:, keys with their help, and values from the schema', async () => {
    const client = await start();
    const text = plan2013.replace('          - bron: S+R\n', '          - bron: \n');
    const uri = await client.open('plans/2013.yaml', text);
    const complete = async (position: { line: number; character: number }) =>
      client.request<{ label: string; documentation?: { value: string } }[]>('textDocument/completion', {
        textDocument: { uri },
        position,
      });
    const sources = await complete(at(text, '- bron: \n', '- bron: '.length));
    expect(sources.map((s) => s.label)).toEqual(['wijkaanpak', 'S+R', 'D+K']);

    // A half-typed key in an activity.
    const typing = plan2013.replace('        titel: Regiegroep\n', '        titel: Regiegroep\n        sta\n');
    await client.change(uri, typing);
    const keys = await complete(at(typing, '        sta\n', 11));
    expect(keys.map((k) => k.label)).toEqual(expect.arrayContaining(['status', 'dekking', 'actiehouders']));
    expect(keys.map((k) => k.label)).not.toContain('titel');
    expect(keys.find((k) => k.label === 'status')!.documentation!.value).toMatch(/^\*\*Status\*\*/);

    const enumText = plan2013.replace('    soort: eigen\n', '    soort: \n');
    await client.change(uri, enumText);
    expect((await complete(at(enumText, 'soort: \n', 7))).map((k) => k.label)).toEqual(['eigen', 'cofinanciering']);
    const themes = plan2013.replace('        themas: [sociaal]\n', '        themas:\n          - \n');
    await client.change(uri, themes);
    expect((await complete(at(themes, '          - \n', 12))).map((k) => k.label)).toEqual(['sociaal', 'fysiek', 'economisch', 'veilig']);
  });
});

describe('jaarplan lsp: quick fixes', () => {
  const fixesFor = async (client: LspClient, uri: string, code: string) => {
    const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => x.code === code));
    const diagnostic = diagnostics.find((d) => d.code === code)!;
    return {
      diagnostic,
      actions: await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      }),
    };
  };

  it('replaces an unknown key with the nearest one', async () => {
    const client = await start();
    const text = plan2013.replace('        omschrijving: >-\n          De Regiegroep', '        omschrijvng: >-\n          De Regiegroep');
    const uri = await client.open('plans/2013.yaml', text);
    const { actions } = await fixesFor(client, uri, 'schema');
    expect(actions.map((a) => a.title)).toEqual(['Vervang "omschrijvng" door "omschrijving"']);
    expect(apply(text, uri, actions[0]!.edit)).toBe(plan2013);
  });

  it('offers each successor of a taakveld of another year, choosing none where there are several', async () => {
    const client = await start();
    const text = readFileSync(join(root, 'test/fixtures/checks/taakveld-not-in-year.yaml'), 'utf8');
    const uri = await client.open('plans/2025.yaml', text);
    const { actions } = await fixesFor(client, uri, 'taakveld-not-in-year');
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Vervang taakveld 6.2 door 6.21 (Toegang en eerstelijnsvoorzieningen Wmo)', false],
      ['Vervang taakveld 6.2 door 6.22 (Toegang en eerstelijnsvoorzieningen Jeugd)', false],
      ['Vervang taakveld 6.2 door 6.23 (Toegang en eerstelijnsvoorzieningen Integraal)', false],
    ]);
    expect(apply(text, uri, actions[1]!.edit)).toBe(text.replace('taakveld: "6.2"', 'taakveld: "6.22"'));
    // One successor: offered as the fix.
    const one = text.replace('taakveld: "6.2"', 'taakveld: "6.6"');
    await client.change(uri, one);
    const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => String(x.message).includes('"6.6"')));
    const diagnostic = diagnostics.find((d) => String(d.message).includes('"6.6"'))!;
    const single = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(single.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Vervang taakveld 6.6 door 6.60 (Hulpmiddelen en diensten (Wmo))', true],
    ]);
  });

  it('writes a taakveld written with a comma with a point', { timeout: 30_000 }, async () => {
    const client = await start();
    const text = readFileSync(join(root, 'test/fixtures/checks/taakveld-not-in-year.yaml'), 'utf8').replace(
      'taakveld: "6.2"',
      'taakveld: "6,1"',
    );
    const uri = await client.open('plans/2025.yaml', text);
    const { actions } = await fixesFor(client, uri, 'schema');
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Vervang taakveld "6,1" door 6.1 (Samenkracht en burgerparticipatie)', true],
    ]);
    expect(apply(text, uri, actions[0]!.edit)).toBe(text.replace('taakveld: "6,1"', 'taakveld: "6.1"'));
  });

  it("completes the taakvelden of the plan's year after taakveld:", async () => {
    const client = await start();
    const text = readFileSync(join(root, 'test/fixtures/checks/taakveld-not-in-year.yaml'), 'utf8').replace(
      'taakveld: "6.2"',
      'taakveld: ',
    );
    const uri = await client.open('plans/2025.yaml', text);
    const complete = async (body: string) => {
      await client.change(uri, body);
      return client.request<{ label: string; detail?: string; insertText?: string }[]>('textDocument/completion', {
        textDocument: { uri },
        position: at(body, 'taakveld: \n', 'taakveld: '.length),
      });
    };
    const in2025 = await complete(text);
    expect(in2025.map((c) => c.label)).toEqual(expect.arrayContaining(['6.1', '6.21', '6.711', '0.10']));
    expect(in2025.map((c) => c.label)).not.toContain('6.2');
    expect(in2025.find((c) => c.label === '6.21')).toMatchObject({
      detail: 'Toegang en eerstelijnsvoorzieningen Wmo',
      insertText: '"6.21"',
    });
    const in2018 = await complete(text.replace('jaar: 2025', 'jaar: 2018'));
    expect(in2018.map((c) => c.label)).toContain('6.2');
    expect(in2018.find((c) => c.label === '6.2')!.detail).toBe('Wijkteams');
    expect(in2018.map((c) => c.label)).not.toContain('6.21');
    expect(in2018).toHaveLength(53);
  });

  it('replaces an unknown source with the nearest code, or declares it under bronnen', async () => {
    const client = await start();
    const text = plan2013.replace('- bron: S+R', '- bron: S+K');
    const uri = await client.open('plans/2013.yaml', text);
    const { actions } = await fixesFor(client, uri, 'unknown-source');
    expect(actions.map((a) => a.title)).toEqual(['Vervang bron "S+K" door "S+R"', 'Declareer bron "S+K" onder bronnen']);
    expect(apply(text, uri, actions[0]!.edit)).toBe(plan2013);
    const declared = apply(text, uri, actions[1]!.edit);
    expect(declared).toContain(
      '  D+K:\n    naam: Duurzaamheid- en Klimaatbudget\n    soort: cofinanciering\n  S+K:\n    naam: <naam van de bron>\n    soort: eigen\n\nresultaten:',
    );
    // Declared, the source is known; its name is a placeholder still to fill in.
    const since = Date.now();
    await client.change(uri, declared);
    const { diagnostics } = await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-source'), since);
    expect(diagnostics.map((d) => d.code)).toContain('placeholder');
  });

  it('removes an optional placeholder left by init, and fills in the municipality of the other plans', async () => {
    const client = await start();
    const folder = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-init-'));
    try {
      execFileSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'init', '--year', '2014', '--out', join(folder, 'new.yaml')], {
        encoding: 'utf8',
      });
      const text = readFileSync(join(folder, 'new.yaml'), 'utf8');
      const uri = await client.open('plans/2014.yaml', text);
      const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'placeholder'));
      const placeholders = diagnostics.filter((d) => d.code === 'placeholder');
      const titles = new Map<string, CodeAction>();
      for (const diagnostic of placeholders) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        });
        for (const a of actions) titles.set(a.title, a);
      }
      expect([...titles.keys()]).toEqual([
        'Vul "Harderwijk" in (de gemeente van de andere plannen)',
        'Verwijder omschrijving (niet verplicht)',
        'Verwijder deze actiehouder',
      ]);
      expect(apply(text, uri, titles.get('Vul "Harderwijk" in (de gemeente van de andere plannen)')!.edit)).toBe(
        text.replace('gemeente: <gemeente>', 'gemeente: Harderwijk'),
      );
      expect(apply(text, uri, titles.get('Verwijder omschrijving (niet verplicht)')!.edit)).toBe(
        text.replace('        omschrijving: <wat de activiteit inhoudt>\n', ''),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('jaarplan lsp: navigation', () => {
  it('goes from a bron to its entry under bronnen, finds the references back, and renames a source across the plan', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    const onBron = at(plan2013, 'bron: wijkaanpak', 8);
    const definition = await client.request<{ uri: string; range: { start: unknown } }>('textDocument/definition', {
      textDocument: { uri },
      position: onBron,
    });
    expect(definition).toEqual({ uri, range: { start: at(plan2013, 'wijkaanpak:'), end: at(plan2013, 'wijkaanpak:', 10) } });

    const refs = await client.request<{ range: { start: { line: number } } }[]>('textDocument/references', {
      textDocument: { uri },
      position: at(plan2013, 'wijkaanpak:', 2),
      context: { includeDeclaration: true },
    });
    expect(refs.map((r) => r.range.start.line + 1)).toEqual([22, 125, 139, 157, 175]);

    const prepared = await client.request('textDocument/prepareRename', { textDocument: { uri }, position: onBron });
    expect(prepared).toEqual({ start: at(plan2013, 'bron: wijkaanpak', 6), end: at(plan2013, 'bron: wijkaanpak', 16) });
    const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', {
      textDocument: { uri },
      position: onBron,
      newName: 'wijk budget: 2013',
    });
    const renamed = apply(plan2013, uri, edit);
    expect(renamed.match(/"wijk budget: 2013"/g)).toHaveLength(5);
    expect(renamed).not.toMatch(/\bwijkaanpak:\n|bron: wijkaanpak/);
    // Nothing to rename outside a source code.
    expect(
      await client.request('textDocument/prepareRename', { textDocument: { uri }, position: at(plan2013, 'titel: Regiegroep', 9) }),
    ).toBeNull();
  });

  it('goes from a bron written in another case to its source, as the checks read it', async () => {
    const client = await start();
    const text = plan2013.replace('bron: wijkaanpak', 'bron: WijkAanpak');
    const uri = await client.open('plans/2013.yaml', text);
    const onBron = at(text, 'bron: WijkAanpak', 8);
    const definition = await client.request<{ uri: string; range: { start: unknown } }>('textDocument/definition', {
      textDocument: { uri },
      position: onBron,
    });
    expect(definition).toEqual({ uri, range: { start: at(text, 'wijkaanpak:'), end: at(text, 'wijkaanpak:', 10) } });
    const refs = await client.request<{ range: { start: { line: number } } }[]>('textDocument/references', {
      textDocument: { uri },
      position: at(text, 'wijkaanpak:', 2),
      context: { includeDeclaration: false },
    });
    expect(refs.map((r) => r.range.start.line + 1)).toEqual([125, 139, 157, 175]);
  });

  it('outlines the plan as sections with their activities', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    const symbols = await client.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols.map((s) => [s.name, s.children.map((c) => c.name)])).toEqual([
      ['Activiteiten 2013', ['1. Wijkmanagers', '2. Regiegroep', '3. Communicatie HarderWijkaanpak', '4. Opstellen Wijkmonitor 2013']],
      [
        'Wijkoverstijgende projecten',
        [
          '5. Culturele activiteiten',
          '6. Project Armoede: Geloof in eigen kracht',
          '7. Onderzoek wijkeconomie',
          '8. Communicatie klimaatneutrale wijken',
        ],
      ],
    ]);
    // A shutdown, then exit: the server stops with 0.
    expect(await client.close()).toBe(0);
  });
});

describe('jaarplan lsp: hostile input', () => {
  it('survives malformed and half-typed documents, and keeps answering', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    const texts = [
      '',
      'jaar: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[',
      'jaar: 2013\n\tbronnen: x\n',
      'a: &a [1]\nb: *a\n',
      '- just\n- a list\n',
      plan2013.slice(0, plan2013.indexOf('onderdelen:') + 30),
      plan2013.replace('    soort: eigen\n', '    soort: "eig\n'),
      '\u0000\u0001binary',
    ];
    for (const text of texts) {
      const since = Date.now();
      const version = await client.change(uri, text);
      await client.diagnostics(uri, (_, v) => v === version, since);
      for (const method of ['textDocument/codeLens', 'textDocument/documentSymbol']) {
        expect(await client.request(method, { textDocument: { uri } })).toBeDefined();
      }
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
    }
    expect(client.server.exitCode).toBeNull();
    expect(client.stderr.join('')).toBe('');
  });

  it('keeps answering while a 5 MB plan is checked, checks it, and after rapid edits publishes only what was typed last', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    await client.diagnostics(uri);
    const activity = (nr: number) =>
      `      - nr: ${nr}\n        titel: Activiteit ${nr}\n        actiehouders: [Wijkmanager]\n        dekking:\n          - bron: wijkaanpak\n            bedrag: 10\n`;
    let big =
      'jaar: 2014\ntitel: Groot\ngemeente: Harderwijk\nbronnen:\n  wijkaanpak:\n    naam: Wijkaanpak\n    soort: eigen\nonderdelen:\n  - titel: Alles\n    activiteiten:\n';
    for (let nr = 1; big.length < 5_000_000; nr++) big += activity(nr);
    const bigUri = await client.open('plans/2014.yaml', big);
    // The large plan is read in a worker thread: the other plan is answered while it is still being
    // checked (its diagnostics, seconds of work, have not come yet).
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols).toHaveLength(2);
    expect(client.published.some((p) => p.params.uri === bigUri)).toBe(false);
    const bigDiagnostics = await client.diagnostics(bigUri, undefined, 0, 60_000);
    expect(bigDiagnostics.diagnostics).toEqual([]);
    const bigSymbols = await client.request<{ children: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
    expect(bigSymbols).toHaveLength(1);
    expect(bigSymbols[0]!.children.length).toBeGreaterThan(30_000);
    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: bigUri } });
    expect(lenses[0]!.command.title).toMatch(/^Onderdeel: € \d{3}\.\d{3}$/);

    // Fifty keystrokes in a row: only the last text is checked and published.
    const since = Date.now();
    let last = 0;
    for (let i = 0; i < 50; i++) last = await client.change(uri, plan2013.replace('"€ 10.000"', `"€ ${i + 1}"`));
    const { diagnostics } = await client.diagnostics(uri, (_, v) => v === last, since, 10_000);
    expect(diagnostics[0]!.message).toContain('€ 30.050');
    const versions = client.published.filter((p) => p.at >= since && p.params.uri === uri).map((p) => p.params.version);
    expect(versions.length).toBeLessThan(5);
  }, 120_000);
});

describe('jaarplan lsp: the money model', () => {
  const plan = readFileSync(join(root, 'test/fixtures/diff/every-field.yaml'), 'utf8');
  type Lens = { range: { start: { line: number } }; command: { title: string } };
  const lensesAt = async (client: LspClient, uri: string, text: string, key: string) => {
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    return lenses.filter((l) => l.range.start.line === at(text, `\n${key}`, 1).line).map((l) => l.command.title);
  };

  it('shows both sides of a funding table and whether they agree, and the plan per saldo with its account', async () => {
    const client = await start();
    const uri = await client.open('plans/2015-molenbuurt.yaml', plan);
    expect(await lensesAt(client, uri, plan, 'financiering:')).toEqual(['Financiering € 20.000, verdeling € 20.000: sluitend']);
    expect(await lensesAt(client, uri, plan, 'baten:')).toEqual([
      'Begroting: lasten € 20.000, baten € 5.250, saldo € -14.750',
      'Rekening: lasten € 7.500 + 2 onbekend, baten € 5.250, saldo € -2.250 + 2 onbekend',
    ]);
    expect(await lensesAt(client, uri, plan, 'reserves:')).toEqual([
      'Begroting: onttrekkingen € 1.500, toevoegingen –, resultaat € -13.250',
      'Rekening: onttrekkingen € 1.500, toevoegingen –, resultaat € -750 + 2 onbekend',
    ]);

    const more = plan.replace('    bedrag: 10000\n    besteed: 4000\n', '    bedrag: 12000\n    besteed: 4000\n');
    await client.change(uri, more);
    expect(await lensesAt(client, uri, more, 'financiering:')).toEqual([
      'Financiering € 22.000, verdeling € 20.000: € 2.000 meer financiering dan verdeeld',
    ]);
    // Per source that the division names, at its first funding line; corporatie funds the division alone.
    expect(await lensesAt(client, uri, more, '  - bron: S+R')).toEqual([
      'Bron: financiering € 12.000, verdeeld € 10.000: € 2.000 meer financiering dan verdeeld',
    ]);
    expect(await lensesAt(client, uri, more, '  - bron: wijkaanpak')).toEqual(['Bron: financiering € 5.000, verdeeld € 5.000: sluitend']);
    expect(await lensesAt(client, uri, more, '  - bron: corporatie')).toEqual([]);
    const less = plan.replace('    bedrag: 10000\n    besteed: 4000\n', '    bedrag: 9000\n    besteed: 4000\n');
    await client.change(uri, less);
    expect(await lensesAt(client, uri, less, 'financiering:')).toEqual([
      'Financiering € 19.000, verdeling € 20.000: € 1.000 meer verdeeld dan gefinancierd',
    ]);
    const unknown = plan.replace('    bedrag: 5500\n    karakter: incidenteel\n', '    karakter: incidenteel\n');
    await client.change(uri, unknown);
    expect(await lensesAt(client, uri, unknown, 'financiering:')).toEqual([
      'Financiering € 14.500 + 1 onbekend, verdeling € 20.000: niet na te rekenen (regels zonder bedrag)',
    ]);
  });

  it('speaks English, and shows no per-saldo view or funding for a plan without them', async () => {
    const client = await start({ locale: 'en-GB' });
    const uri = await client.open('plans/2015-molenbuurt.yaml', plan);
    expect(await lensesAt(client, uri, plan, 'financiering:')).toEqual(['Funding €20,000, division €20,000: balanced']);
    expect((await lensesAt(client, uri, plan, 'baten:'))[0]).toBe('Budget: costs €20,000, income €5,250, balance -€14,750');
    const plain = await client.open('plans/2013.yaml', plan2013);
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: plain } });
    expect(lenses.filter((l) => /^(Funding|Budget|Verantwoording)/.test(l.command.title))).toEqual([]);
  });

  it('hovers an amount as the plan reads it, in its unit and with its sign, and the source of a funding line with its total', async () => {
    const client = await start();
    const text = readFileSync(join(root, 'test/fixtures/noorderhaven/2016-noorderhaven.yaml'), 'utf8');
    const uri = await client.open('plans/2016-noorderhaven.yaml', text);
    await client.diagnostics(uri);
    const hoverAt = async (position: { line: number; character: number }) =>
      (await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position }))?.contents
        .value;
    // schaal: 1000, so 700 is € 700.000; a line with an aard may be negative.
    expect(await hoverAt(at(text, 'bedrag: 700', 9))).toBe('Gelezen als **€ 700.000,00**');
    expect(await hoverAt(at(text, 'bedrag: -100', 9))).toBe('Gelezen als **€ -100.000,00**');
    expect(await hoverAt(at(text, 'realisatie: 420', 13))).toBe('Gelezen als **€ 420.000,00**');
    expect(await hoverAt(at(text, 'saldo: -800', 8))).toBe('Gelezen als **€ -800.000,00**');
    expect(await hoverAt(at(text, '    totaal: 750', 13))).toBe('Gelezen als **€ 750.000,00**');
    expect(await hoverAt(at(text, 'bron: corporatie', 7))).toBe(
      '**corporatie**: Woonstichting Lindewaard (cofinanciering)\n\nIn dit plan: € 450.000',
    );
  });

  it('renames a source everywhere the plan names it: budget, funding and income lines and the stated totals', async () => {
    const client = await start();
    const text = readFileSync(join(root, 'test/fixtures/noorderhaven/2016-noorderhaven.yaml'), 'utf8');
    const uri = await client.open('plans/2016-noorderhaven.yaml', text);
    await client.diagnostics(uri);
    // From the stated total's key, as from any other place that names it.
    const onStated = at(text, 'corporatie: 450 }', 2);
    const references = await client.request<unknown[]>('textDocument/references', {
      textDocument: { uri },
      position: onStated,
      context: { includeDeclaration: true },
    });
    expect(references).toHaveLength(4);
    const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', {
      textDocument: { uri },
      position: onStated,
      newName: 'woonstichting',
    });
    const renamed = apply(text, uri, edit);
    expect(renamed).not.toContain('corporatie');
    expect(renamed.match(/bron: woonstichting,/g)).toHaveLength(2);
    expect(renamed).toContain('  woonstichting: { naam: Woonstichting Lindewaard');
    expect(renamed).toContain('woonstichting: 450 }');
    const since = Date.now();
    await client.change(uri, renamed);
    const { diagnostics } = await client.diagnostics(uri, () => true, since);
    expect(diagnostics.map((d) => d.code)).toEqual([]);
  });

  it('outlines the funding table, income and reserves with their lines, in the order of the plan', async () => {
    const client = await start();
    const uri = await client.open('plans/2015-molenbuurt.yaml', plan);
    const symbols = await client.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    expect(symbols.map((s) => [s.name, s.children.map((c) => c.name)])).toEqual([
      ['Financiering', ['wijkaanpak', 'S+R', 'corporatie', 'corporatie']],
      ['Baten', ['Bijdrage Woonstichting Lindewaard', 'Terugbetaalde borg buurthuis']],
      ['Reserves', ['Onttrekking reserve wijkbudgetten']],
      ['Activiteiten', ['1. Buurtfeest', '2. Buurtpreventie']],
      ['Projecten', ['3. Speeltuin']],
    ]);
  });

  it('completes the sources of a funding or income line and of the stated totals, and the values of mutatie, karakter, aard and schaal', async () => {
    const client = await start();
    const uri = await client.open('plans/2015-molenbuurt.yaml', plan);
    const complete = async (text: string, needle: string) => {
      await client.change(uri, text);
      const position = at(text, needle, needle.length);
      const items = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position });
      return items.map((i) => i.label);
    };
    const values = [
      ['    mutatie: onttrekking\n', '    mutatie: '],
      ['    karakter: structureel\n', '    karakter: '],
      ['    aard: bezuiniging\n', '    aard: '],
      ['schaal: 1\n', 'schaal: '],
      ['  - bron: S+R\n', '  - bron: '],
    ] as const;
    const expected = [
      ['toevoeging', 'onttrekking'],
      ['incidenteel', 'structureel'],
      ['bezuiniging', 'correctie', 'terugbetaling'],
      ['1', '1000', '1000000'],
      ['wijkaanpak', 'S+R', 'corporatie'],
    ];
    for (const [i, [line, typed]] of values.entries()) {
      expect(await complete(plan.replace(line, `${typed}\n`), `\n${typed}`), typed).toEqual(expected[i]);
    }
    const stated = plan.replace(
      '  bronnen: { wijkaanpak: 5000, S+R: 10000, corporatie: 5000 }\n',
      '  bronnen:\n    wijkaanpak: 5000\n    \n',
    );
    expect(await complete(stated, '    wijkaanpak: 5000\n    ')).toEqual(['S+R', 'corporatie']);
    // The keys of an income line that it does not have yet, with the schema's help.
    const keys = plan.replace('    aard: terugbetaling\n', '    aard: terugbetaling\n    \n');
    const offered = await complete(keys, '    aard: terugbetaling\n    ');
    expect(offered).toEqual(expect.arrayContaining(['bron', 'karakter', 'toelichting']));
    expect(offered).not.toContain('omschrijving');
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lspClient.js';
import { root } from '../helpers/paths.js';

// `jaarplan lsp` in clients other than the documented set-ups: a generic client that sends every
// YAML file of the workspace, and VS Code with several workspace folders (the extension's client
// names them all in `initialize`, and starts the server in the first).

const plan2013 = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');
const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
const compose = 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n';

let tmp: string;
let first: string;
let second: string;
const clients: LspClient[] = [];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-folders-'));
  // Two plan repositories with a plan of the same year and municipality; the first has a config
  // that makes a missing owner an error.
  first = join(tmp, 'harderwijk');
  second = join(tmp, 'harderwijk-archief');
  for (const folder of [first, second]) {
    mkdirSync(join(folder, 'plans'), { recursive: true });
    cpSync(join(root, 'plans/2013.yaml'), join(folder, 'plans/2013.yaml'));
  }
  writeFileSync(join(first, 'jaarplan.config.yaml'), 'rules:\n  no-owner: error\n');
  mkdirSync(join(first, '.github/workflows'), { recursive: true });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * The initialize request of the VS Code extension's client (vscode-languageclient 9, as
 * lib/common/client.js and workspaceFolder.js fill it in): the extension host's process, the first
 * folder as the root, every folder in workspaceFolders, and the capabilities that matter here.
 */
function vscodeInitialize(folders: string[]) {
  return {
    processId: process.pid,
    clientInfo: { name: 'Visual Studio Code', version: '1.96.0' },
    locale: 'nl',
    rootPath: folders[0],
    rootUri: pathToFileURL(folders[0]!).href,
    capabilities: {
      workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        configuration: true,
        workspaceFolders: true,
        codeLens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true, dataSupport: true },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        rename: { dynamicRegistration: true, prepareSupport: true },
      },
      window: { workDoneProgress: true, showMessage: {} },
      general: { positionEncodings: ['utf-16'] },
    },
    initializationOptions: {},
    trace: 'off',
    workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f.split('/').at(-1) })),
  };
}

async function vscode(folders: string[]): Promise<LspClient> {
  const client = new LspClient(folders[0]!);
  clients.push(client);
  client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  await client.connection.sendRequest('initialize', vscodeInitialize(folders));
  await client.connection.sendNotification('initialized', {});
  return client;
}

/** Opens a document by its URI (a file anywhere, or untitled). */
async function openUri(client: LspClient, uri: string, text: string): Promise<string> {
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return uri;
}

describe('jaarplan lsp with several workspace folders (VS Code)', () => {
  it("checks each folder's plans with that folder's config and against that folder's plans only", async () => {
    const client = await vscode([first, second]);
    const inFirst = await openUri(client, pathToFileURL(join(first, 'plans/2013.yaml')).href, plan2013);
    const inSecond = await openUri(client, pathToFileURL(join(second, 'plans/2013.yaml')).href, plan2013);
    const a = (await client.diagnostics(inFirst)).diagnostics;
    const b = (await client.diagnostics(inSecond)).diagnostics;
    // The same plan, once in each repository: no duplicate across them.
    expect(a.map((d) => d.code)).not.toContain('duplicate-plan');
    expect(b.map((d) => d.code)).not.toContain('duplicate-plan');
    // The first folder's config makes a missing owner an error there, not in the second folder.
    const owners = (ds: typeof a) => ds.filter((d) => d.code === 'no-owner').map((d) => d.severity);
    expect(owners(a)).toEqual([1, 1]);
    expect(owners(b)).toEqual([2, 2]);
    // Within one folder the check across plans still works: a second plan of the same year there is a duplicate.
    const copy = await openUri(client, pathToFileURL(join(second, 'plans/2013-kopie.yaml')).href, plan2013);
    expect((await client.diagnostics(copy, (d) => d.some((x) => x.code === 'duplicate-plan'))).diagnostics.length).toBeGreaterThan(0);
  });
});

describe("jaarplan lsp when the window's folders change", () => {
  it('takes a folder added later as a repository of its own, and lets a removed one go', async () => {
    const client = await vscode([first]);
    const inFirst = await openUri(client, pathToFileURL(join(first, 'plans/2013.yaml')).href, plan2013);
    await client.diagnostics(inFirst);
    const folder = { uri: pathToFileURL(second).href, name: 'harderwijk-archief' };
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    const inSecond = await openUri(client, pathToFileURL(join(second, 'plans/2013.yaml')).href, plan2013);
    const b = (await client.diagnostics(inSecond)).diagnostics;
    expect(b.map((d) => d.code)).not.toContain('duplicate-plan');
    expect(b.filter((d) => d.code === 'no-owner').map((d) => d.severity)).toEqual([2, 2]);
    // Removed, the folder's plans belong to the first folder's window again: compared with its plans.
    const since = Date.now();
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    expect(
      (await client.diagnostics(inSecond, (d) => d.some((x) => x.code === 'duplicate-plan'), since)).diagnostics.length,
    ).toBeGreaterThan(0);
  });
});

describe('jaarplan lsp answers only for plans', () => {
  it('gives a workflow or compose file no diagnostics and no hover, and checks a plan outside the plans folder or untitled', async () => {
    const client = await vscode([first]);
    const ci = await openUri(client, pathToFileURL(join(first, '.github/workflows/ci.yml')).href, workflow);
    const dockerCompose = await openUri(client, pathToFileURL(join(first, 'docker-compose.yml')).href, compose);
    const untitledOther = await openUri(client, 'untitled:Untitled-2', compose);
    const untitledPlan = await openUri(client, 'untitled:Untitled-1', plan2013);
    const concept = await openUri(client, pathToFileURL(join(first, 'concept.yaml')).href, plan2013.replace('"€ 60.000"', '"€ 40.000"'));
    // The plans are checked: the untitled one as it is, the concept (a plan outside the plans folder) too.
    expect((await client.diagnostics(untitledPlan)).diagnostics.map((d) => d.code)).toContain('no-owner');
    expect((await client.diagnostics(concept)).diagnostics.map((d) => d.code)).toContain('no-owner');
    // Whatever was published for the others is empty, and they get no hover, lenses or symbols.
    for (const uri of [ci, dockerCompose, untitledOther]) {
      expect(
        client.published.filter((p) => p.params.uri === uri && p.params.diagnostics.length > 0),
        uri,
      ).toEqual([]);
      expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })).toBeNull();
      expect(await client.request('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
      expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
    }
    // A document that stops looking like a plan has its diagnostics taken back.
    const since = Date.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: untitledPlan, version: 2 },
      contentChanges: [{ text: compose }],
    });
    expect((await client.diagnostics(untitledPlan, (d) => d.length === 0, since)).diagnostics).toEqual([]);
  });
});

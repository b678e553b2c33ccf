import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../helpers/lspClient.js';
import { root } from '../helpers/paths.js';

// `jaarplan lsp` and the protocol's rules outside the documented editors' habits: how the session
// ends, what is answered after shutdown, renames that must be refused, line endings and a byte order
// mark in the synced text. The built bin over stdio, spoken to by the tests' JSON-RPC client.

const plan2013 = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');

let workspace: string;
const clients: LspClient[] = [];
async function start(): Promise<LspClient> {
  const client = new LspClient(workspace);
  clients.push(client);
  await client.initialize();
  return client;
}

/** The exit code of the server's process, or 'running' after `ms`. */
function exitWithin(client: LspClient, ms: number): Promise<number | null | 'running'> {
  if (client.server.exitCode !== null) return Promise.resolve(client.server.exitCode);
  return new Promise((done) => {
    const timer = setTimeout(() => done('running'), ms);
    client.server.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** The position of the first `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, shift = 0): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle) + shift);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'jaarplan-lsp-protocol-'));
  mkdirSync(join(workspace, 'plans'));
  cpSync(join(root, 'plans/2013.yaml'), join(workspace, 'plans/2013.yaml'));
});
afterEach(async () => {
  for (const c of clients.splice(0)) {
    if (c.server.exitCode === null && c.server.signalCode === null) c.server.kill();
  }
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('jaarplan lsp: the end of a session', () => {
  it('exits when the editor closes the connection without exit', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    // An idle server, its work done: nothing but the end of its input can end it.
    await client.diagnostics(uri);
    client.server.stdin.end();
    // Without shutdown first, the exit code is 1, as after an exit without shutdown; no crash.
    expect(await exitWithin(client, 10_000)).toBe(1);
    expect(client.stderr.join('')).toBe('');
  });

  it('exits when the process named by processId is gone', async () => {
    const parent = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    const client = new LspClient(workspace);
    clients.push(client);
    await client.connection.sendRequest('initialize', {
      processId: parent.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'plans' }],
      capabilities: {},
    });
    await client.connection.sendNotification('initialized', {});
    expect(await exitWithin(client, 500)).toBe('running');
    parent.kill();
    expect(await exitWithin(client, 15_000)).not.toBe('running');
  }, 30_000);

  it('answers requests after shutdown with InvalidRequest, and exits with 0 on exit', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    await client.diagnostics(uri);
    expect(await client.request('shutdown', null)).toBeNull();
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: at(plan2013, 'bron: S+R', 7) }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['shutdown', null],
    ] as const) {
      await expect(client.request(method, params)).rejects.toMatchObject({ code: -32600 });
    }
    const exited = exitWithin(client, 10_000);
    await client.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});

describe('jaarplan lsp: rename of a source code', () => {
  it('is refused, with the reason, for an existing code and for an empty, multi-line or too long one', async () => {
    const client = await start();
    const uri = await client.open('plans/2013.yaml', plan2013);
    await client.diagnostics(uri);
    const onBron = at(plan2013, 'bron: S+R', 7);
    const rename = (newName: string) =>
      client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', { textDocument: { uri }, position: onBron, newName });
    for (const [newName, reason] of [
      ['wijkaanpak', /al een bron "wijkaanpak"/],
      ['', /leeg/],
      ['S+R\nwijkaanpak', /één regel/],
      ['S+R\r\n', /één regel/],
      [' S+R', /spatie/],
      ['x'.repeat(41), /40 tekens/],
    ] as const) {
      await expect(rename(newName), JSON.stringify(newName)).rejects.toMatchObject({
        code: -32602,
        message: expect.stringMatching(reason),
      });
    }
    // A new code is renamed everywhere.
    const edit = await rename('S+R 2013');
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, plan2013), edit.changes[uri]!);
    expect(renamed.match(/bron: "?S\+R 2013"?$/gm)?.length).toBe(plan2013.match(/bron: S\+R$/gm)?.length);
    expect(renamed).toMatch(/^ {2}"?S\+R 2013"?:/m);
    expect(renamed).not.toMatch(/bron: S\+R$/m);
  });
});

describe('jaarplan lsp: the text as the editor holds it', () => {
  it('keeps a CRLF document CRLF in its quick fixes', async () => {
    const client = await start();
    const text = plan2013.replace('- bron: S+R', '- bron: S+K').replaceAll('\n', '\r\n');
    const uri = await client.open('plans/2013.yaml', text);
    const { diagnostics } = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'unknown-source'));
    const diagnostic = diagnostics.find((d) => d.code === 'unknown-source')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const declare = actions.find((a) => a.title.startsWith('Declareer'))!;
    const edits = declare.edit!.changes![uri]!;
    expect(edits.map((e) => e.newText).join('')).toContain('\r\n');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
    expect(fixed.replaceAll('\r\n', '')).not.toContain('\n');
    expect(fixed).toContain('  S+K:\r\n    naam: <naam van de bron>\r\n    soort: eigen\r\n');
  });

  it('gives the same positions with a byte order mark in the synced text as without', async () => {
    const client = await start();
    // A finding on the first line (an unknown key there) and on others.
    const text = `jaaar: 2013\n${plan2013}`;
    const plain = await client.open('plans/2013.yaml', text);
    const withBom = await client.open('plans/2013-bom.yaml', `\uFEFF${text}`);
    const a = (await client.diagnostics(plain, (d) => d.length > 0)).diagnostics;
    const b = (await client.diagnostics(withBom, (d) => d.length > 0)).diagnostics;
    const shifted = a.map((d) => ({
      code: d.code,
      start: { line: d.range.start.line, character: d.range.start.character + (d.range.start.line === 0 ? 1 : 0) },
      end: { line: d.range.end.line, character: d.range.end.character + (d.range.end.line === 0 ? 1 : 0) },
    }));
    expect(a.some((d) => d.range.start.line === 0)).toBe(true);
    expect(b.map((d) => ({ code: d.code, start: d.range.start, end: d.range.end }))).toEqual(shifted);
    // Hover reads the same text: on the first line's finding (one character on with the mark) and
    // on a source, the same answer.
    const hover = (uri: string, position: { line: number; character: number }) =>
      client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position });
    const onKey = await hover(plain, { line: 0, character: 2 });
    expect(onKey?.contents.value).toContain('jaaar');
    expect(await hover(withBom, { line: 0, character: 3 })).toEqual(onKey);
    const onSource = at(text, '  S+R:', 3);
    const source = await hover(plain, onSource);
    expect(source?.contents.value).toContain('Bron');
    expect(await hover(withBom, onSource)).toEqual(source);
  });
});

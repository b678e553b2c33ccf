import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';

// An editor's view of the schema: yaml-language-server (what VS Code's YAML extension runs) is
// started over stdio and spoken to as a language client does, JSON-RPC with Content-Length framing.
// The plans find the schema through their modeline, as users' plans do.

interface Message {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { message: string };
}

interface LspDiagnostic {
  message: string;
  severity: number;
  range: { start: { line: number; character: number } };
}

/** A minimal language client: requests with ids, notifications, and answers to the server's requests. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private listeners: ((m: Message) => void)[] = [];
  readonly diagnostics = new Map<string, LspDiagnostic[][]>();
  readonly stderr: string[] = [];

  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    server.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const list = this.diagnostics.get(message.params.uri) ?? [];
      list.push(message.params.diagnostics);
      this.diagnostics.set(message.params.uri, list);
    }
    if (message.id !== undefined) {
      // The server asks: its settings (one answer per item asked), or to register capabilities.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => settings.yaml) : null;
      this.send({ id: message.id, result });
    }
    for (const listener of this.listeners) listener(message);
  }

  private send(message: Message): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next diagnostics published for a document that satisfy `ready`. */
  diagnosticsFor(uri: string, ready: (d: LspDiagnostic[]) => boolean = () => true): Promise<LspDiagnostic[]> {
    const seen = (this.diagnostics.get(uri) ?? []).find(ready);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const listener = (m: Message) => {
        if (m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && ready(m.params.diagnostics)) {
          this.listeners = this.listeners.filter((l) => l !== listener);
          resolve(m.params.diagnostics);
        }
      };
      this.listeners.push(listener);
    });
  }
}

// No schema store: it would be fetched from the network, and plans name their schema themselves.
const settings = {
  yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } },
};

const uriOf = (path: string) => pathToFileURL(root + path).href;
let server: ChildProcessWithoutNullStreams;
let client: Client;
let version = 0;

function open(path: string, text = readFileSync(root + path, 'utf8')): string {
  const uri = uriOf(path);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
  return uri;
}

beforeAll(async () => {
  const bin = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
  server = spawn(process.execPath, [bin, '--stdio'], { cwd: root, stdio: 'pipe' });
  client = new Client(server);
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'jaarplan' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        publishDiagnostics: {},
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    },
  });
  expect(init.capabilities.completionProvider).toBeTruthy();
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings });
}, 30_000);

afterAll(async () => {
  if (!server) return;
  await client.request('shutdown', null).catch(() => undefined);
  client.notify('exit', null);
  await new Promise((resolve) => setTimeout(resolve, 200));
  if (server.exitCode === null) server.kill();
});

describe('editor help through yaml-language-server', () => {
  it('finds no schema problem in the bundled plan', async () => {
    const uri = open('plans/2013.yaml');
    const diagnostics = await client.diagnosticsFor(uri);
    expect(diagnostics).toEqual([]);
  }, 20_000);

  it('marks the errors of a wrong plan where they are', async () => {
    const uri = open('test/fixtures/lsp/fout.yaml');
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.length > 0);
    const found = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    expect(found).toEqual([
      '2:7 Incorrect type. Expected "integer".',
      '8:12 Value is not accepted. Valid values: "eigen", "cofinanciering".',
      '14:9 Property actiehouder is not allowed.',
    ]);
    expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
  }, 20_000);

  it('completes the top-level keys, with the Dutch help', async () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/jaarplan.schema.json',
      'jaar: 2014',
      'titel: Jaarplan 2014',
      'gemeente: Harderwijk',
      'onder',
      '',
    ].join('\n');
    const uri = open('plans/concept.yaml', text);
    await client.diagnosticsFor(uri);
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 5 } });
    const items: { label: string; documentation?: string | { value: string } }[] = Array.isArray(result) ? result : result.items;
    const onderdelen = items.find((i) => i.label === 'onderdelen');
    expect(onderdelen).toBeDefined();
    const documentation = typeof onderdelen!.documentation === 'string' ? onderdelen!.documentation : onderdelen!.documentation?.value;
    expect(documentation).toContain('De onderdelen (secties) van het plan');
    expect(items.map((i) => i.label)).not.toContain('jaar');
  }, 20_000);

  it('completes the keys of an activity inside the sections', async () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/jaarplan.schema.json',
      'jaar: 2014',
      'titel: Jaarplan 2014',
      'gemeente: Harderwijk',
      'bronnen:',
      '  wijkaanpak: { naam: Wijkaanpak, soort: eigen }',
      'onderdelen:',
      '  - titel: Activiteiten 2014',
      '    activiteiten:',
      '      - nr: 1',
      '        ',
      '',
    ].join('\n');
    const uri = open('plans/concept-activiteit.yaml', text);
    await client.diagnosticsFor(uri);
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 10, character: 8 } });
    const labels = (Array.isArray(result) ? result : result.items).map((i: { label: string }) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['titel', 'omschrijving', 'themas', 'actiehouders', 'dekking']));
    expect(labels).not.toContain('nr');
  }, 20_000);

  it('shows the Dutch description on hover', async () => {
    const uri = uriOf('plans/2013.yaml');
    const lines = readFileSync(root + 'plans/2013.yaml', 'utf8').split('\n');
    const line = lines.findIndex((l) => l.startsWith('totaal_budget:'));
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
    const contents = typeof hover.contents === 'string' ? hover.contents : (hover.contents.value ?? JSON.stringify(hover.contents));
    expect(contents).toContain('Het totale budget dat het plan noemt, alle bronnen samen.');
  }, 20_000);
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { root } from './paths.js';

/** A language client over stdio, as an editor is: `jaarplan lsp` from the built bin, spoken to in JSON-RPC. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly server: ChildProcessWithoutNullStreams;
  /** Every publishDiagnostics, with the time it arrived. */
  readonly published: { at: number; params: PublishDiagnosticsParams }[] = [];
  /** Every window/showMessage. */
  readonly messages: { type: number; message: string }[] = [];
  readonly stderr: string[] = [];
  private versions = new Map<string, number>();

  constructor(readonly workspace: string) {
    this.server = spawn(process.execPath, [join(root, 'bin/jaarplan.js'), 'lsp', '--stdio'], {
      cwd: workspace,
      env: { ...process.env, NO_COLOR: '1' },
    });
    this.server.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.server.stdout), new StreamMessageWriter(this.server.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push({ at: Date.now(), params });
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.listen();
  }

  /** Starts the session; `options` are the initializationOptions, `locale` the client's language. */
  async initialize(options: { initializationOptions?: unknown; locale?: string } = {}): Promise<any> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(this.workspace).href, name: 'plans' }],
      capabilities: { workspace: { codeLens: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      ...options,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  uri(file: string): string {
    return pathToFileURL(join(this.workspace, file)).href;
  }

  async open(file: string, text: string): Promise<string> {
    const uri = this.uri(file);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** Replaces the whole text, as a client that sends full changes does. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Changes one range, as most clients do while typing. */
  async edit(
    uri: string,
    range: { start: { line: number; character: number }; end: { line: number; character: number } },
    text: string,
  ): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** The first diagnostics published for `uri` after `since` that satisfy `ok`, or a timeout failure. */
  async diagnostics(
    uri: string,
    ok: (d: Diagnostic[], version?: number) => boolean = () => true,
    since = 0,
    timeoutMs = 10_000,
  ): Promise<{ at: number; diagnostics: Diagnostic[] }> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.at >= since && p.params.uri === uri && ok(p.params.diagnostics, p.params.version));
      if (found) return { at: found.at, diagnostics: found.params.diagnostics };
      if (Date.now() > end)
        throw new Error(
          `no matching diagnostics for ${uri}; last: ${JSON.stringify(
            this.published
              .filter((p) => p.params.uri === uri)
              .at(-1)
              ?.params.diagnostics.map((d) => d.code),
          )}; stderr: ${this.stderr.join('')}`,
        );
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Ends the session as a client does, and waits for the process to exit; returns its exit code. */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.server.on('exit', (code) => done(code)));
    if (this.server.exitCode !== null) return this.server.exitCode;
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

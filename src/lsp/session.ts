import { fileURLToPath } from 'node:url';
import { MessageType, TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../i18n/lang.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { lspWords } from '../i18n/lsp.js';
import { withPlanSetChecks } from '../node/withPlanSetChecks.js';
import { analyse, type Analysis } from './analysis.js';
import { toLsp } from './diagnostics.js';
import { LARGE_PLAN, LargePlans } from './largePlans.js';
import { looksLikePlan } from './looksLikePlan.js';
import { Workspace } from './workspace.js';

/** The settings a client may send (`jaarplan.lang`), in initializationOptions or as configuration. */
export interface Settings {
  lang?: string;
}

/** A language from a setting or a locale (`nl`, `nl-NL`, `en-GB`), or undefined for anything else. */
export const asLang = (value: unknown): Lang | undefined =>
  typeof value === 'string'
    ? value.toLowerCase().startsWith('en')
      ? 'en'
      : value.toLowerCase().startsWith('nl')
        ? 'nl'
        : undefined
    : undefined;

/**
 * What the server knows while it runs: the connection, the open documents and their analyses, the
 * workspace folders, the language and what the client can do. Every capability's handlers
 * (handlers/) share it; it answers the questions they all ask (is this document a plan, what is its
 * analysis, what are its diagnostics) and publishes diagnostics.
 */
export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly analyses = new Map<string, Analysis>();
  readonly published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  readonly pending = new Map<string, { version: number; checks: CheckOptions; promise: Promise<Analysis> }>();
  readonly largePlans = new LargePlans();
  readonly timers = new Map<string, NodeJS.Timeout>();
  /** One per workspace folder, each with its own config, plans folder and plans to compare with. */
  workspaces: Workspace[];
  settingLang: Lang | undefined;
  localeLang: Lang | undefined;
  canRefreshLenses = false;
  canRefreshHints = false;
  canConfigure = false;
  /** Plans are checked once the config and the plans folder are read, as validate checks them. */
  readonly ready: Promise<void>;
  isReady!: () => void;

  constructor(
    readonly connection: Connection,
    /** The folder to use when the client names no workspace. */
    readonly cwd: string,
    /** The language when neither a setting nor the client's locale gives one. */
    private readonly defaultLang: Lang,
  ) {
    this.workspaces = [new Workspace(cwd)];
    this.ready = new Promise<void>((done) => (this.isReady = done));
  }

  /** The language of every answer: the setting, else the client's locale, else the command line's. */
  lang(): Lang {
    return this.settingLang ?? this.localeLang ?? this.defaultLang;
  }

  fileOf(uri: string): string | null {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }

  /** The workspace folder of a document: the innermost that holds its file, else the first. */
  workspaceOf(uri: string): Workspace {
    const file = this.fileOf(uri);
    const holding = file === null ? [] : this.workspaces.filter((w) => w.displayPath(file) !== file || w.root === file);
    return holding.sort((a, b) => b.root.length - a.root.length)[0] ?? this.workspaces[0]!;
  }

  displayOf(uri: string): string {
    const file = this.fileOf(uri);
    return file === null ? uri : this.workspaceOf(uri).displayPath(file);
  }

  /**
   * Whether the server answers for a document: a file in a workspace folder's plans folder, or any
   * other document whose text looks like a plan (looksLikePlan.ts).
   */
  isPlan(document: TextDocument): boolean {
    const file = this.fileOf(document.uri);
    if (file !== null && this.workspaces.some((w) => w.holdsPlan(file))) return true;
    return looksLikePlan(document.getText());
  }

  /** The open plans, other documents left out. */
  openPlans(): TextDocument[] {
    return this.documents.all().filter((d) => this.isPlan(d));
  }

  /**
   * The analysis of a document's current version, made when it is first needed: in this thread for
   * a plan of normal size, in a worker thread for a large one, so the server keeps answering.
   */
  analysisOf(document: TextDocument): Promise<Analysis> {
    // Read with the config's threshold for differences; a config read since makes it out of date.
    const checks = this.workspaceOf(document.uri).checks;
    const known = this.analyses.get(document.uri);
    if (known && known.version === document.version && known.checks === checks) return Promise.resolve(known);
    const text = document.getText();
    if (text.length < LARGE_PLAN) {
      const made = analyse(text, this.displayOf(document.uri), document.version, checks);
      this.analyses.set(document.uri, made);
      return Promise.resolve(made);
    }
    const running = this.pending.get(document.uri);
    if (running && running.version === document.version && running.checks === checks) return running.promise;
    const promise = this.largePlans.analyse(document.uri, text, this.displayOf(document.uri), document.version, checks).then((made) => {
      const latest = this.analyses.get(document.uri);
      if (this.documents.get(document.uri) && (!latest || latest.version <= made.version)) this.analyses.set(document.uri, made);
      if (this.pending.get(document.uri)?.promise === promise) this.pending.delete(document.uri);
      return made;
    });
    this.pending.set(document.uri, { version: document.version, checks, promise });
    return promise;
  }

  /** The diagnostics of a document as validate gives them: its own, the checks across plans, the config. */
  async diagnosticsOf(document: TextDocument): Promise<Diagnostic[]> {
    const analysis = await this.analysisOf(document);
    const workspace = this.workspaceOf(document.uri);
    // Compared with the plans of its own workspace folder only.
    const mine = this.openPlans().filter((d) => this.workspaceOf(d.uri) === workspace);
    const open = mine.filter((d) => d.uri !== document.uri);
    const openFiles = new Set(mine.map((d) => this.fileOf(d.uri)).filter((f): f is string => f !== null));
    // Other open plans as they are now; a large one that is still being read, as it was last read.
    const others = await Promise.all(
      open.map(async (d) => (d.getText().length < LARGE_PLAN ? (await this.analysisOf(d)).checked : this.analyses.get(d.uri)?.checked)),
    );
    const siblings = [...workspace.siblings(openFiles), ...others.filter((c) => c !== undefined)];
    const [checked] = withPlanSetChecks([analysis.checked], { cwd: workspace.root, siblings, spelling: true });
    const diagnostics = workspace.severities(checked!).diagnostics;
    // validate reads a file's byte order mark as no character; the editor's text may keep it as
    // one, before the first line's other characters.
    if (!document.getText().startsWith('\uFEFF')) return diagnostics;
    return diagnostics.map((d) => ({
      ...d,
      column: d.line === 1 ? d.column + 1 : d.column,
      endColumn: d.endLine === 1 ? d.endColumn + 1 : d.endColumn,
    }));
  }

  /** Publishes a document's diagnostics once the workspace folders are read. */
  publish(document: TextDocument): Promise<void> {
    return this.ready.then(() => this.publishNow(document));
  }

  private async publishNow(document: TextDocument): Promise<void> {
    if (this.documents.get(document.uri) !== document) return;
    const version = document.version;
    if (!this.isPlan(document)) {
      // Not a plan (or no longer one): nothing to show, and what was shown is taken back.
      if (this.published.delete(document.uri)) void this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [] });
      return;
    }
    try {
      const diagnostics = await this.diagnosticsOf(document);
      // A newer version was typed meanwhile: its own check will publish.
      if (this.documents.get(document.uri) !== document || document.version !== version) return;
      this.published.set(document.uri, { version, diagnostics });
      void this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics: diagnostics.map((d) => toLsp(d, this.lang())) });
    } catch (error) {
      this.connection.console.error(`jaarplan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /** The identity of a document's plan as last read, to tell when another open plan may now share it. */
  identityOf(uri: string): string {
    return JSON.stringify(this.analyses.get(uri)?.checked.identity ?? null);
  }

  /** Checks every open plan again (the config, the plans folder or the language changed). */
  publishAll(): void {
    for (const document of this.documents.all()) void this.publish(document);
    if (this.canRefreshLenses) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (this.canRefreshHints) void this.connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  }

  async reloadConfig(workspace: Workspace): Promise<void> {
    const failure = await workspace.reloadConfig(this.lang());
    if (failure !== null)
      void this.connection.sendNotification('window/showMessage', {
        type: MessageType.Error,
        message: lspWords[this.lang()].configFailed(failure),
      });
  }

  async readSettings(): Promise<void> {
    if (!this.canConfigure) return;
    try {
      const [settings] = (await this.connection.workspace.getConfiguration([{ section: 'jaarplan' }])) as (Settings | null)[];
      this.settingLang = asLang(settings?.lang) ?? this.settingLang;
    } catch {
      // A client that does not answer configuration requests keeps what it gave at the start.
    }
  }

  /** Reads a workspace folder's config and plans, and watches them. */
  async openWorkspace(workspace: Workspace): Promise<void> {
    await this.reloadConfig(workspace);
    await workspace.reloadPlans();
    workspace.watch((what) => void this.changed(workspace, what));
  }

  private async changed(workspace: Workspace, what: 'config' | 'plans'): Promise<void> {
    if (what === 'config') await this.reloadConfig(workspace);
    else await workspace.reloadPlans();
    this.publishAll();
  }

  /**
   * Answers for a document that is a plan, with its analysis; `empty` for any other document, or
   * when the text changed while a large plan was read (the positions no longer fit it).
   */
  async withDocument<T>(uri: string, empty: T, answer: (document: TextDocument, analysis: Analysis) => T | Promise<T>): Promise<T> {
    const document = this.documents.get(uri);
    if (!document || !this.isPlan(document)) return empty;
    const analysis = await this.analysisOf(document);
    if (analysis.version !== document.version) return empty;
    return answer(document, analysis);
  }

  /** Stops the timers, the watchers and the worker of large plans. */
  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const workspace of this.workspaces) workspace.close();
    this.largePlans.close();
  }
}

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core/amount.js';
import type { CheckOptions } from '../core/checkAccount.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { lspWords } from '../i18n/lsp.js';
import { withPlanSetChecks } from '../node/withPlanSetChecks.js';
import { quickFixes } from './actions.js';
import { analyse, type Analysis } from './analysis.js';
import { complete } from './completion.js';
import { toLsp } from './diagnostics.js';
import { hover } from './hover.js';
import { codeLenses, inlayHints, moneyNotes } from './lenses.js';
import { definition, documentSymbols, references, rename, sourceCodeAt } from './navigation.js';
import { LARGE_PLAN, LargePlans } from './largePlans.js';
import { afterShutdownGuard } from './shutdownGuard.js';
import { kindOfChange, Workspace } from './workspace.js';
import { looksLikePlan } from './looksLikePlan.js';

/** How the server is started. */
export interface ServerOptions {
  /** Where the client's messages come from (standard input). */
  input: NodeJS.ReadableStream;
  /** Where the answers go (standard output). */
  output: NodeJS.WritableStream;
  /** The language when neither a setting nor the client's locale gives one. */
  lang: Lang;
  /** The folder to use when the client names no workspace. */
  cwd: string;
  /** How long to wait after a keystroke before checking again, in milliseconds. */
  debounceMs?: number;
  /** Ends the process when the input ends without `exit`, with 0 after `shutdown`, else 1. */
  exit?: (code: number) => void;
}

/** The settings a client may send (`jaarplan.lang`), in initializationOptions or as configuration. */
interface Settings {
  lang?: string;
}

const asLang = (value: unknown): Lang | undefined =>
  typeof value === 'string' ? (value.toLowerCase().startsWith('en') ? 'en' : value.toLowerCase().startsWith('nl') ? 'nl' : undefined) : undefined;

/**
 * `jaarplan lsp`: a language server over the given streams. Every plan the editor opens is read by
 * the loader and checks of `validate`, with the checks across the plans of the plans folder and the
 * config's severities, and shown with its money, help, completion, quick fixes and navigation.
 * Resolves when the client closes the connection.
 */
export function startServer(options: ServerOptions): Promise<void> {
  const writer = new StreamMessageWriter(options.output);
  const connection: Connection = createConnection(afterShutdownGuard(new StreamMessageReader(options.input), writer), writer);
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  const pending = new Map<string, { version: number; checks: CheckOptions; promise: Promise<Analysis> }>();
  const largePlans = new LargePlans();
  const timers = new Map<string, NodeJS.Timeout>();
  const debounceMs = options.debounceMs ?? 150;
  // One per workspace folder, each with its own config, plans folder and plans to compare with.
  let workspaces = [new Workspace(options.cwd)];
  let settingLang: Lang | undefined;
  let localeLang: Lang | undefined;
  let canRefreshLenses = false;
  let canRefreshHints = false;
  let canConfigure = false;
  const lang = (): Lang => settingLang ?? localeLang ?? options.lang;
  // Plans are checked once the config and the plans folder are read, as validate checks them.
  let isReady!: () => void;
  const ready = new Promise<void>((done) => (isReady = done));

  const fileOf = (uri: string): string | null => (uri.startsWith('file:') ? fileURLToPath(uri) : null);
  /** The workspace folder of a document: the innermost that holds its file, else the first. */
  const workspaceOf = (uri: string): Workspace => {
    const file = fileOf(uri);
    const holding = file === null ? [] : workspaces.filter((w) => w.displayPath(file) !== file || w.root === file);
    return holding.sort((a, b) => b.root.length - a.root.length)[0] ?? workspaces[0]!;
  };
  const displayOf = (uri: string): string => {
    const file = fileOf(uri);
    return file === null ? uri : workspaceOf(uri).displayPath(file);
  };
  /**
   * Whether the server answers for a document: a file in a workspace folder's plans folder, or any
   * other document whose text looks like a plan (looksLikePlan.ts).
   */
  const isPlan = (document: TextDocument): boolean => {
    const file = fileOf(document.uri);
    if (file !== null && workspaces.some((w) => w.holdsPlan(file))) return true;
    return looksLikePlan(document.getText());
  };
  /** The open plans, other documents left out. */
  const openPlans = (): TextDocument[] => documents.all().filter(isPlan);

  /**
   * The analysis of a document's current version, made when it is first needed: in this thread for
   * a plan of normal size, in a worker thread for a large one, so the server keeps answering.
   */
  const analysisOf = (document: TextDocument): Promise<Analysis> => {
    // Read with the config's threshold for differences; a config read since makes it out of date.
    const checks = workspaceOf(document.uri).checks;
    const known = analyses.get(document.uri);
    if (known && known.version === document.version && known.checks === checks) return Promise.resolve(known);
    const text = document.getText();
    if (text.length < LARGE_PLAN) {
      const made = analyse(text, displayOf(document.uri), document.version, checks);
      analyses.set(document.uri, made);
      return Promise.resolve(made);
    }
    const running = pending.get(document.uri);
    if (running && running.version === document.version && running.checks === checks) return running.promise;
    const promise = largePlans.analyse(document.uri, text, displayOf(document.uri), document.version, checks).then((made) => {
      const latest = analyses.get(document.uri);
      if (documents.get(document.uri) && (!latest || latest.version <= made.version)) analyses.set(document.uri, made);
      if (pending.get(document.uri)?.promise === promise) pending.delete(document.uri);
      return made;
    });
    pending.set(document.uri, { version: document.version, checks, promise });
    return promise;
  };

  /** The diagnostics of a document as validate gives them: its own, the checks across plans, the config. */
  const diagnosticsOf = async (document: TextDocument): Promise<Diagnostic[]> => {
    const analysis = await analysisOf(document);
    const workspace = workspaceOf(document.uri);
    // Compared with the plans of its own workspace folder only.
    const mine = openPlans().filter((d) => workspaceOf(d.uri) === workspace);
    const open = mine.filter((d) => d.uri !== document.uri);
    const openFiles = new Set(mine.map((d) => fileOf(d.uri)).filter((f): f is string => f !== null));
    // Other open plans as they are now; a large one that is still being read, as it was last read.
    const others = await Promise.all(
      open.map(async (d) => (d.getText().length < LARGE_PLAN ? (await analysisOf(d)).checked : analyses.get(d.uri)?.checked)),
    );
    const siblings = [...workspace.siblings(openFiles), ...others.filter((c) => c !== undefined)];
    const [checked] = withPlanSetChecks([analysis.checked], { cwd: workspace.root, siblings, spelling: true });
    const diagnostics = workspace.severities(checked!).diagnostics;
    // validate reads a file's byte order mark as no character; the editor's text may keep it as
    // one, before the first line's other characters.
    if (!document.getText().startsWith('\uFEFF')) return diagnostics;
    return diagnostics.map((d) => ({ ...d, column: d.line === 1 ? d.column + 1 : d.column, endColumn: d.endLine === 1 ? d.endColumn + 1 : d.endColumn }));
  };

  const publish = (document: TextDocument): Promise<void> => ready.then(() => publishNow(document));
  const publishNow = async (document: TextDocument): Promise<void> => {
    if (documents.get(document.uri) !== document) return;
    const version = document.version;
    if (!isPlan(document)) {
      // Not a plan (or no longer one): nothing to show, and what was shown is taken back.
      if (published.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [] });
      return;
    }
    try {
      const diagnostics = await diagnosticsOf(document);
      // A newer version was typed meanwhile: its own check will publish.
      if (documents.get(document.uri) !== document || document.version !== version) return;
      published.set(document.uri, { version, diagnostics });
      void connection.sendDiagnostics({ uri: document.uri, version, diagnostics: diagnostics.map((d) => toLsp(d, lang())) });
    } catch (error) {
      connection.console.error(`jaarplan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  const identityOf = (uri: string): string => JSON.stringify(analyses.get(uri)?.checked.identity ?? null);

  /** Checks every open plan again (the config, the plans folder or the language changed). */
  const publishAll = (): void => {
    for (const document of documents.all()) void publish(document);
    if (canRefreshLenses) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (canRefreshHints) void connection.sendRequest('workspace/inlayHint/refresh').catch(() => undefined);
  };

  const reloadConfig = async (workspace: Workspace): Promise<void> => {
    const failure = await workspace.reloadConfig(lang());
    if (failure !== null) void connection.sendNotification('window/showMessage', { type: MessageType.Error, message: lspWords[lang()].configFailed(failure) });
  };

  const changed = async (workspace: Workspace, what: 'config' | 'plans'): Promise<void> => {
    if (what === 'config') await reloadConfig(workspace);
    else await workspace.reloadPlans();
    publishAll();
  };

  const readSettings = async (): Promise<void> => {
    if (!canConfigure) return;
    try {
      const [settings] = (await connection.workspace.getConfiguration([{ section: 'jaarplan' }])) as (Settings | null)[];
      settingLang = asLang(settings?.lang) ?? settingLang;
    } catch {
      // A client that does not answer configuration requests keeps what it gave at the start.
    }
  };

  /** Reads a workspace folder's config and plans, and watches them. */
  const openWorkspace = async (workspace: Workspace): Promise<void> => {
    await reloadConfig(workspace);
    await workspace.reloadPlans();
    workspace.watch((what) => void changed(workspace, what));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Every workspace folder the client names (VS Code sends them all), else its root, else ours.
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri).filter((uri) => uri.startsWith('file:'));
    const roots = folders.length > 0 ? folders.map((uri) => fileURLToPath(uri)) : [params.rootUri?.startsWith('file:') ? fileURLToPath(params.rootUri) : (params.rootPath ?? options.cwd)];
    workspaces = [...new Set(roots.map((r) => resolve(r)))].map((r) => new Workspace(r));
    settingLang = asLang((params.initializationOptions as Settings | undefined)?.lang);
    localeLang = asLang(params.locale);
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canConfigure = params.capabilities.workspace?.configuration === true;
    const watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    connection.onInitialized(async () => {
      if (watchFiles) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/jaarplan.config.{yaml,yml}' }, { globPattern: '**/package.json' }, { globPattern: '**/plans/**/*.{yaml,yml}' }],
        });
      }
      await readSettings();
      for (const workspace of workspaces) await openWorkspace(workspace);
      if (params.capabilities.workspace?.workspaceFolders === true) {
        // Folders added to or removed from the editor's window while the server runs.
        connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
          const gone = new Set(event.removed.map((f) => f.uri).filter((uri) => uri.startsWith('file:')).map((uri) => resolve(fileURLToPath(uri))));
          for (const workspace of workspaces.filter((w) => gone.has(w.root))) workspace.close();
          const kept = workspaces.filter((w) => !gone.has(w.root));
          const known = new Set(kept.map((w) => w.root));
          const added = event.added
            .map((f) => f.uri)
            .filter((uri) => uri.startsWith('file:'))
            .map((uri) => resolve(fileURLToPath(uri)))
            .filter((root) => !known.has(root))
            .map((root) => new Workspace(root));
          // The last folder removed leaves the one the server started in.
          workspaces = kept.length + added.length > 0 ? [...kept, ...added] : [new Workspace(options.cwd)];
          for (const workspace of added.length > 0 ? added : kept.length === 0 ? workspaces : []) await openWorkspace(workspace);
          publishAll();
        });
      }
      isReady();
      publishAll();
    });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'jaarplan' },
    };
  });

  connection.onDidChangeConfiguration(async (change) => {
    const given = (change.settings as { jaarplan?: Settings } | null)?.jaarplan;
    if (given) settingLang = asLang(given.lang);
    else await readSettings();
    publishAll();
  });

  connection.onDidChangeWatchedFiles(async (change) => {
    let any = false;
    for (const workspace of workspaces) {
      const kinds = new Set(change.changes.map((c) => (c.uri.startsWith('file:') ? kindOfChange(workspace.root, fileURLToPath(c.uri)) : null)));
      if (kinds.has('config')) await reloadConfig(workspace);
      if (kinds.has('plans')) await workspace.reloadPlans();
      any ||= kinds.has('config') || kinds.has('plans');
    }
    if (any) publishAll();
  });

  documents.onDidOpen(async (event) => {
    await publish(event.document);
    // Another open plan may now share its identity.
    for (const other of documents.all()) if (other.uri !== event.document.uri) void publish(other);
  });
  documents.onDidChangeContent((event) => {
    if (event.document.version === analyses.get(event.document.uri)?.version) return;
    clearTimeout(timers.get(event.document.uri));
    const before = identityOf(event.document.uri);
    timers.set(
      event.document.uri,
      setTimeout(async () => {
        timers.delete(event.document.uri);
        const document = documents.get(event.document.uri);
        if (!document) return;
        await publish(document);
        if (identityOf(document.uri) !== before) for (const other of documents.all()) if (other.uri !== document.uri) void publish(other);
      }, debounceMs),
    );
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    analyses.delete(event.document.uri);
    published.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    for (const other of documents.all()) void publish(other);
  });

  const withDocument = async <T>(uri: string, empty: T, answer: (document: TextDocument, analysis: Analysis) => T | Promise<T>): Promise<T> => {
    const document = documents.get(uri);
    if (!document || !isPlan(document)) return empty;
    const analysis = await analysisOf(document);
    // The text changed while a large plan was read: the positions no longer fit it.
    if (analysis.version !== document.version) return empty;
    return answer(document, analysis);
  };

  connection.onHover((p) =>
    withDocument(p.textDocument.uri, null, async (document, analysis) => {
      const known = published.get(document.uri);
      const diagnostics = known?.version === document.version ? known.diagnostics : await diagnosticsOf(document);
      return hover(analysis, diagnostics, document, p.position, lang());
    }),
  );
  connection.onCompletion((p) => withDocument(p.textDocument.uri, [], (document, analysis) => complete(analysis, document, p.position)));
  connection.onCodeAction((p) =>
    withDocument(p.textDocument.uri, [], (document, analysis) => {
      const gemeenten = new Set(workspaceOf(document.uri).siblings(new Set([fileOf(document.uri) ?? ''])).map((f) => f.identity?.gemeente).filter((g) => g !== undefined));
      const gemeente = gemeenten.size === 1 ? [...gemeenten][0] : undefined;
      return quickFixes(analysis, document, p.context.diagnostics, lang(), gemeente === undefined ? {} : { gemeente });
    }),
  );
  connection.onCodeLens((p) => withDocument(p.textDocument.uri, [], (document, analysis) => codeLenses(moneyNotes(analysis, document, lang()))));
  connection.languages.inlayHint.on((p) =>
    withDocument(p.textDocument.uri, [], (document, analysis) => inlayHints(moneyNotes(analysis, document, lang()), p.range)),
  );
  connection.onDefinition((p) => withDocument(p.textDocument.uri, null, (document, analysis) => definition(analysis, document, p.position)));
  connection.onReferences((p) =>
    withDocument(p.textDocument.uri, [], (document, analysis) => references(analysis, document, p.position, p.context.includeDeclaration)),
  );
  connection.onPrepareRename((p) =>
    withDocument(p.textDocument.uri, null, (document, analysis) => sourceCodeAt(analysis, document, p.position)?.range ?? null),
  );
  connection.onRenameRequest((p) =>
    withDocument(p.textDocument.uri, null, (document, analysis) => {
      const edit = rename(analysis, document, p.position, p.newName);
      // A refused rename is an error with the reason, which the editor shows instead of applying it.
      if (edit !== null && 'refused' in edit) return new ResponseError(ErrorCodes.InvalidParams, lspWords[lang()].renameRefused(edit));
      return edit;
    }),
  );
  connection.onDocumentSymbol((p) => withDocument(p.textDocument.uri, [], (document, analysis) => documentSymbols(analysis, document, lang())));

  documents.listen(connection);
  return new Promise((done) => {
    let shutDown = false;
    const stop = () => {
      for (const t of timers.values()) clearTimeout(t);
      for (const workspace of workspaces) workspace.close();
      largePlans.close();
      done();
    };
    // The protocol library ends the process after `exit` (0 after shutdown, else 1), and when the
    // process of `processId` is gone.
    connection.onExit(stop);
    connection.onShutdown(() => {
      shutDown = true;
      for (const t of timers.values()) clearTimeout(t);
    });
    // An editor that closes the connection without `exit` (or dies) ends the input: the same end,
    // so no server is left running without its editor.
    let ending = false;
    const ended = () => {
      if (ending) return;
      ending = true;
      stop();
      (options.exit ?? process.exit)(shutDown ? 0 : 1);
    };
    options.input.once('end', ended);
    options.input.once('close', ended);
    connection.listen();
  });
}

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { asLang, type Session, type Settings } from '../session.js';
import { Workspace } from '../workspace.js';

/**
 * The start of a session: the workspace folders the client names (and those it adds or removes
 * later), the language it asks for, what it can do, and the capabilities the server offers.
 */
export function registerInitialize(session: Session): void {
  const { connection } = session;
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Every workspace folder the client names (VS Code sends them all), else its root, else ours.
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri).filter((uri) => uri.startsWith('file:'));
    const roots =
      folders.length > 0
        ? folders.map((uri) => fileURLToPath(uri))
        : [params.rootUri?.startsWith('file:') ? fileURLToPath(params.rootUri) : (params.rootPath ?? session.cwd)];
    session.workspaces = [...new Set(roots.map((r) => resolve(r)))].map((r) => new Workspace(r));
    session.settingLang = asLang((params.initializationOptions as Settings | undefined)?.lang);
    session.localeLang = asLang(params.locale);
    session.canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    session.canRefreshHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    session.canConfigure = params.capabilities.workspace?.configuration === true;
    const watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    connection.onInitialized(async () => {
      if (watchFiles) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: '**/jaarplan.config.{yaml,yml}' },
            { globPattern: '**/package.json' },
            { globPattern: '**/plans/**/*.{yaml,yml}' },
          ],
        });
      }
      await session.readSettings();
      for (const workspace of session.workspaces) await session.openWorkspace(workspace);
      if (params.capabilities.workspace?.workspaceFolders === true) registerFolderChanges(session);
      session.isReady();
      session.publishAll();
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
}

/** Folders added to or removed from the editor's window while the server runs. */
function registerFolderChanges(session: Session): void {
  session.connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
    const gone = new Set(
      event.removed
        .map((f) => f.uri)
        .filter((uri) => uri.startsWith('file:'))
        .map((uri) => resolve(fileURLToPath(uri))),
    );
    for (const workspace of session.workspaces.filter((w) => gone.has(w.root))) workspace.close();
    const kept = session.workspaces.filter((w) => !gone.has(w.root));
    const known = new Set(kept.map((w) => w.root));
    const added = event.added
      .map((f) => f.uri)
      .filter((uri) => uri.startsWith('file:'))
      .map((uri) => resolve(fileURLToPath(uri)))
      .filter((root) => !known.has(root))
      .map((root) => new Workspace(root));
    // The last folder removed leaves the one the server started in.
    session.workspaces = kept.length + added.length > 0 ? [...kept, ...added] : [new Workspace(session.cwd)];
    for (const workspace of added.length > 0 ? added : kept.length === 0 ? session.workspaces : []) await session.openWorkspace(workspace);
    session.publishAll();
  });
}

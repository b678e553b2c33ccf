import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';
import type { Lang } from '../i18n/lang.js';
import { registerCodeActions } from './handlers/codeActions.js';
import { registerCompletion } from './handlers/completion.js';
import { registerConfiguration } from './handlers/configuration.js';
import { registerDocuments } from './handlers/documents.js';
import { registerHover } from './handlers/hover.js';
import { registerInitialize } from './handlers/initialize.js';
import { registerLenses } from './handlers/lenses.js';
import { registerNavigation } from './handlers/navigation.js';
import { Session } from './session.js';
import { afterShutdownGuard } from './shutdownGuard.js';

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

/**
 * `jaarplan lsp`: a language server over the given streams. Every plan the editor opens is read by
 * the loader and checks of `validate`, with the checks across the plans of the plans folder and the
 * config's severities, and shown with its money, help, completion, quick fixes and navigation.
 * The state is a Session (session.ts); each capability registers its handlers from its own module
 * in handlers/. Resolves when the client closes the connection.
 */
export function startServer(options: ServerOptions): Promise<void> {
  const writer = new StreamMessageWriter(options.output);
  const connection = createConnection(afterShutdownGuard(new StreamMessageReader(options.input), writer), writer);
  const session = new Session(connection, options.cwd, options.lang);
  registerInitialize(session);
  registerConfiguration(session);
  registerDocuments(session, options.debounceMs ?? 150);
  registerHover(session);
  registerCompletion(session);
  registerCodeActions(session);
  registerLenses(session);
  registerNavigation(session);

  session.documents.listen(connection);
  return new Promise((done) => {
    let shutDown = false;
    const stop = () => {
      session.close();
      done();
    };
    // The protocol library ends the process after `exit` (0 after shutdown, else 1), and when the
    // process of `processId` is gone.
    connection.onExit(stop);
    connection.onShutdown(() => {
      shutDown = true;
      for (const t of session.timers.values()) clearTimeout(t);
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

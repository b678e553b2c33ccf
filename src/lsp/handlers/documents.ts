import type { Session } from '../session.js';

/**
 * Open, typed in and closed documents: each is checked (after a pause in typing), and the other open
 * plans with it when it may now share their identity or no longer does.
 */
export function registerDocuments(session: Session, debounceMs: number): void {
  const { documents, connection, timers } = session;
  documents.onDidOpen(async (event) => {
    await session.publish(event.document);
    // Another open plan may now share its identity.
    for (const other of documents.all()) if (other.uri !== event.document.uri) void session.publish(other);
  });
  documents.onDidChangeContent((event) => {
    if (event.document.version === session.analyses.get(event.document.uri)?.version) return;
    clearTimeout(timers.get(event.document.uri));
    const before = session.identityOf(event.document.uri);
    timers.set(
      event.document.uri,
      setTimeout(async () => {
        timers.delete(event.document.uri);
        const document = documents.get(event.document.uri);
        if (!document) return;
        await session.publish(document);
        if (session.identityOf(document.uri) !== before)
          for (const other of documents.all()) if (other.uri !== document.uri) void session.publish(other);
      }, debounceMs),
    );
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    session.analyses.delete(event.document.uri);
    session.published.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    for (const other of documents.all()) void session.publish(other);
  });
}

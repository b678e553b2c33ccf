import { complete } from '../completion.js';
import type { Session } from '../session.js';

/** Keys, sources, themes and statuses offered where the cursor is. */
export function registerCompletion(session: Session): void {
  session.connection.onCompletion((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) => complete(analysis, document, p.position)),
  );
}

import { hover } from '../hover.js';
import type { Session } from '../session.js';

/** Help on the key or value under the cursor, with the diagnostics there and the money of its line. */
export function registerHover(session: Session): void {
  session.connection.onHover((p) =>
    session.withDocument(p.textDocument.uri, null, async (document, analysis) => {
      const known = session.published.get(document.uri);
      const diagnostics = known?.version === document.version ? known.diagnostics : await session.diagnosticsOf(document);
      return hover(analysis, diagnostics, document, p.position, session.lang());
    }),
  );
}

import { codeLenses, inlayHints, moneyNotes } from '../lenses.js';
import type { Session } from '../session.js';

/** The money of each section, activity and the plan, as code lenses and as inlay hints. */
export function registerLenses(session: Session): void {
  const { connection } = session;
  connection.onCodeLens((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) => codeLenses(moneyNotes(analysis, document, session.lang()))),
  );
  connection.languages.inlayHint.on((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) =>
      inlayHints(moneyNotes(analysis, document, session.lang()), p.range),
    ),
  );
}

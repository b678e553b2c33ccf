import { quickFixes } from '../actions.js';
import type { Session } from '../session.js';

/** Quick fixes for the diagnostics the editor shows, with the municipality the other plans name. */
export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) => {
      const others = session.workspaceOf(document.uri).siblings(new Set([session.fileOf(document.uri) ?? '']));
      const gemeenten = new Set(others.map((f) => f.identity?.gemeente).filter((g) => g !== undefined));
      const gemeente = gemeenten.size === 1 ? [...gemeenten][0] : undefined;
      return quickFixes(analysis, document, p.context.diagnostics, session.lang(), gemeente === undefined ? {} : { gemeente });
    }),
  );
}

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { lspWords } from '../../i18n/lsp.js';
import { definition, documentSymbols, references, rename, sourceCodeAt } from '../navigation.js';
import type { Session } from '../session.js';

/** From a source's use to its declaration and back, renaming a source, and the outline of a plan. */
export function registerNavigation(session: Session): void {
  const { connection } = session;
  connection.onDefinition((p) =>
    session.withDocument(p.textDocument.uri, null, (document, analysis) => definition(analysis, document, p.position)),
  );
  connection.onReferences((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) =>
      references(analysis, document, p.position, p.context.includeDeclaration),
    ),
  );
  connection.onPrepareRename((p) =>
    session.withDocument(p.textDocument.uri, null, (document, analysis) => sourceCodeAt(analysis, document, p.position)?.range ?? null),
  );
  connection.onRenameRequest((p) =>
    session.withDocument(p.textDocument.uri, null, (document, analysis) => {
      const edit = rename(analysis, document, p.position, p.newName);
      // A refused rename is an error with the reason, which the editor shows instead of applying it.
      if (edit !== null && 'refused' in edit)
        return new ResponseError(ErrorCodes.InvalidParams, lspWords[session.lang()].renameRefused(edit));
      return edit;
    }),
  );
  connection.onDocumentSymbol((p) =>
    session.withDocument(p.textDocument.uri, [], (document, analysis) => documentSymbols(analysis, document, session.lang())),
  );
}

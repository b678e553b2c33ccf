import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, stringify } from 'yaml';
import { plainDecimal } from '../core/amount.js';
import { formatMoney, type Lang } from '../i18n/lang.js';
import { taakveldName } from '../core/iv3Taakvelden.js';
import { lspWords } from '../i18n/lsp.js';
import type { Analysis } from './analysis.js';
import { pathOfPointer, sourceKeys } from './yamlNodes.js';

/** A plain YAML scalar for a code or key, quoted only where YAML needs it. */
export function yamlScalar(text: string): string {
  return stringify(text).trimEnd();
}

/** The document's line ending, by its first line: edits insert lines with the same, so a CRLF file stays one. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** Fields a plan may leave out: a placeholder in one of them can go. */
const OPTIONAL = new Set(['programma', 'herkomst', 'inleiding', 'omschrijving', 'toelichting', 'kader']);

/** What the quick fixes may know of the other plans: the municipality they name. */
export interface FixContext {
  gemeente?: string;
}

/**
 * Quick fixes for the findings the editor sent back: an ambiguous amount written as text or in
 * plain digits, an unknown key or source replaced by the nearest one, an unknown source declared
 * under `bronnen`, a placeholder from `init` removed or filled in, and a taakveld of another year
 * replaced by each of the codes that took over.
 */
export function quickFixes(
  analysis: Analysis,
  document: TextDocument,
  diagnostics: LspDiagnostic[],
  lang: Lang,
  context: FixContext,
): CodeAction[] {
  const w = lspWords[lang];
  const uri = document.uri;
  const actions: CodeAction[] = [];
  const eol = lineEndingOf(document.getText());
  const fix = (title: string, diagnostic: LspDiagnostic, edits: TextEdit[], preferred = false) => {
    const inDocument = edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) }));
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: inDocument } },
      ...(preferred ? { isPreferred: true } : {}),
    });
  };

  for (const d of diagnostics) {
    if (d.source !== 'jaarplan') continue;
    const data = d.data as { pointer?: string; args?: Record<string, unknown> } | undefined;
    const args = data?.args ?? {};
    const pointer = data?.pointer ?? '';
    if (d.code === 'ambiguous-amount' && typeof args.cents === 'number' && args.splitKey === undefined) {
      const quoted = `"${formatMoney(args.cents, 'nl')}"`;
      fix(w.writeAs(quoted), d, [{ range: d.range, newText: quoted }], true);
      fix(w.writeAs(plainDecimal(args.cents)), d, [{ range: d.range, newText: plainDecimal(args.cents) }]);
    } else if (d.code === 'schema' && args.keyword === 'additionalProperties' && typeof args.suggestion === 'string') {
      fix(w.replaceKey(String(args.key), args.suggestion), d, [{ range: d.range, newText: yamlScalar(args.suggestion) }], true);
    } else if (d.code === 'schema' && args.keyword === 'taakveld-format' && typeof args.suggestion === 'string') {
      // A taakveld written with a comma: the same code with a point is the fix.
      const naam = taakveldName(args.suggestion);
      fix(
        w.replaceTaakveld(String(args.value), args.suggestion, naam ?? ''),
        d,
        [{ range: d.range, newText: yamlScalar(args.suggestion) }],
        true,
      );
    } else if (d.code === 'unknown-source' && typeof args.bron === 'string') {
      if (typeof args.suggestion === 'string') {
        fix(w.replaceSource(args.bron, args.suggestion), d, [{ range: d.range, newText: yamlScalar(args.suggestion) }], true);
      }
      const declare = declareSource(analysis, document, args.bron, w.newSourceName);
      if (declare) fix(w.declareSource(args.bron), d, [declare]);
    } else if (d.code === 'taakveld-not-in-year' && typeof args.code === 'string' && typeof args.jaar === 'number') {
      // Each successor (or, for a code that starts later, each code of the plan's year it came
      // from) is offered; where there are several, none is preferred: the choice is the author's.
      const choices =
        args.kind === 'retired'
          ? ((args.successors ?? []) as { codes: string[] }[]).flatMap((s) => s.codes)
          : ((args.instead ?? []) as string[]);
      for (const code of choices) {
        fix(
          w.replaceTaakveld(args.code, code, taakveldName(code, args.jaar) ?? ''),
          d,
          [{ range: d.range, newText: yamlScalar(code) }],
          choices.length === 1,
        );
      }
    } else if (d.code === 'placeholder') {
      const path = pathOfPointer(pointer);
      const last = path[path.length - 1];
      const lineRange = { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line + 1, character: 0 } };
      const wholeLine = document.getText(lineRange);
      if (
        typeof last === 'string' &&
        OPTIONAL.has(last) &&
        new RegExp(`^\\s*(-\\s+)?${last}:`).test(wholeLine) &&
        !/^\s*-/.test(wholeLine)
      ) {
        fix(w.removeOptional(last), d, [{ range: lineRange, newText: '' }]);
      } else if (path[path.length - 2] === 'actiehouders' && /^\s*-\s/.test(wholeLine)) {
        fix(w.removeOwner, d, [{ range: lineRange, newText: '' }]);
      } else if (last === 'gemeente' && context.gemeente !== undefined) {
        fix(w.fillGemeente(context.gemeente), d, [{ range: d.range, newText: yamlScalar(context.gemeente) }], true);
      }
    }
  }
  return actions;
}

/** An edit that adds a source under `bronnen`, after its last entry, indented as the others. */
function declareSource(analysis: Analysis, document: TextDocument, code: string, naam: string): TextEdit | null {
  const doc = analysis.doc;
  if (!doc) return null;
  const keys = sourceKeys(doc);
  const lastPair = keys[keys.length - 1];
  const bronnen = doc.get('bronnen', true);
  if (!lastPair || !isMap(bronnen)) return null;
  const keyStart = document.positionAt((lastPair.key as { range: [number, number, number] }).range[0]);
  const indent = ' '.repeat(keyStart.character);
  const valueEnd =
    (lastPair.value as { range?: [number, number, number] } | null)?.range?.[1] ??
    (lastPair.key as { range: [number, number, number] }).range[1];
  // After the last line of the last source: the next line start after its value.
  const endPosition = document.positionAt(valueEnd);
  const insertAt = endPosition.character === 0 ? endPosition : { line: endPosition.line + 1, character: 0 };
  const inner = `${indent}  `;
  return {
    range: { start: insertAt, end: insertAt },
    newText: `${indent}${yamlScalar(code)}:\n${inner}naam: ${yamlScalar(naam)}\n${inner}soort: eigen\n`,
  };
}

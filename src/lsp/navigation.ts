import {
  SymbolKind,
  type DocumentSymbol,
  type Location,
  type Position,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { lspWords, type RenameRefusal } from '../i18n/lsp.js';
import type { Lang } from '../i18n/lang.js';
import { sourceKey } from '../core/planIdentity.js';
import type { Analysis } from './analysis.js';
import { yamlScalar } from './actions.js';
import { bronValues, keyOf, nodeAt, sourceKeys } from './yamlNodes.js';

const rangeOf = (document: TextDocument, node: Node): Range => ({
  start: document.positionAt(node.range![0]),
  end: document.positionAt(node.range![1]),
});

/**
 * The source code under the cursor: a `bron` of a budget, funding or income line, a key under
 * `bronnen`, or a key of the stated totals per source.
 */
export function sourceCodeAt(analysis: Analysis, document: TextDocument, position: Position): { code: string; range: Range } | null {
  if (!analysis.doc) return null;
  const at = nodeAt(analysis.doc, document.offsetAt(position));
  if (!at || !isScalar(at.node) || !at.node.range) return null;
  const isBron =
    !at.onKey && ['onderdelen', 'financiering', 'baten'].includes(String(at.path[0])) && at.path[at.path.length - 1] === 'bron';
  const isDeclared = at.onKey && at.path.length === 2 && at.path[0] === 'bronnen';
  const isStated = at.onKey && at.path.length === 3 && at.path[0] === 'totalen' && at.path[1] === 'bronnen';
  if (!isBron && !isDeclared && !isStated) return null;
  return { code: String(at.node.value), range: rangeOf(document, at.node) };
}

/** From a `bron` to its entry under `bronnen`. */
export function definition(analysis: Analysis, document: TextDocument, position: Position): Location | null {
  const at = sourceCodeAt(analysis, document, position);
  if (!at || !analysis.doc) return null;
  // Codes are compared as the checks compare them (see sourceKey): `ISV` leads to `isv`.
  const pair = sourceKeys(analysis.doc).find((p) => sourceKey(String(keyOf(p))) === sourceKey(at.code));
  return pair ? { uri: document.uri, range: rangeOf(document, pair.key as Node) } : null;
}

/** Every `bron` that names the source under the cursor, and its declaration when asked. */
export function references(analysis: Analysis, document: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
  const at = sourceCodeAt(analysis, document, position);
  if (!at || !analysis.doc) return [];
  const uses = bronValues(analysis.doc)
    .filter((b) => sourceKey(String(b.node.value)) === sourceKey(at.code))
    .map((b) => ({ uri: document.uri, range: rangeOf(document, b.node) }));
  const declared = includeDeclaration ? definition(analysis, document, position) : null;
  return declared ? [declared, ...uses] : uses;
}

/** The longest source code the schema admits (`propertyNames.maxLength` of `bronnen`), in characters. */
const MAX_CODE = 40;

/**
 * Renames a source code in its declaration and everywhere the plan names it (see bronValues). A new
 * code that the schema would refuse, or that another source already has (the two would merge into a
 * duplicate key), is refused with the reason.
 */
export function rename(
  analysis: Analysis,
  document: TextDocument,
  position: Position,
  newName: string,
): WorkspaceEdit | RenameRefusal | null {
  const at = sourceCodeAt(analysis, document, position);
  if (!at) return null;
  if (newName === '') return { refused: 'empty' };
  if (/[\r\n\u2028\u2029\u0085]/.test(newName)) return { refused: 'multi-line' };
  if (newName.trim() !== newName) return { refused: 'spaces' };
  if ([...newName].length > MAX_CODE) return { refused: 'too-long' };
  if (newName !== at.code && analysis.doc && sourceKeys(analysis.doc).some((p) => keyOf(p) === newName))
    return { refused: 'exists', code: newName };
  const text = yamlScalar(newName);
  const edits: TextEdit[] = references(analysis, document, position, true).map((l) => ({ range: l.range, newText: text }));
  return { changes: { [document.uri]: edits } };
}

/** The outline: the funding table, income and reserves with their lines, and each section with its activities. */
export function documentSymbols(analysis: Analysis, document: TextDocument, lang: Lang): DocumentSymbol[] {
  if (analysis.precomputed) return analysis.precomputed.symbols[lang];
  const doc = analysis.doc;
  if (!doc) return [];
  const symbols: DocumentSymbol[] = [];
  // The funding table, income and reserves, each with its lines by what names them.
  for (const [list, name] of [
    ['financiering', 'bron'],
    ['baten', 'omschrijving'],
    ['reserves', 'omschrijving'],
  ] as const) {
    const pair = doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => keyOf(p) === list) : undefined;
    const lines = pair?.value;
    if (!pair || !isSeq(lines) || !(pair.key as Node).range || !lines.range) continue;
    const children: DocumentSymbol[] = [];
    for (const line of lines.items) {
      if (!isMap(line) || !(line as Node).range) continue;
      const r = rangeOf(document, line as Node);
      children.push({
        name: String(line.get(name) ?? '–'),
        kind: SymbolKind.Field,
        range: r,
        selectionRange: selectionOf(document, line as Node, name) ?? r,
      });
    }
    const key = rangeOf(document, pair.key as Node);
    const range = { start: key.start, end: rangeOf(document, lines as Node).end };
    symbols.push({ name: lspWords[lang].listSymbol[list], kind: SymbolKind.Array, range, selectionRange: key, children });
  }
  const sections = doc.get('onderdelen', true);
  if (!isSeq(sections)) return symbols;
  for (const section of sections.items) {
    if (!isMap(section) || !(section as Node).range) continue;
    const titel = section.get('titel');
    const range = rangeOf(document, section as Node);
    const children: DocumentSymbol[] = [];
    const activities = section.get('activiteiten', true);
    if (isSeq(activities)) {
      for (const activity of activities.items) {
        if (!isMap(activity) || !(activity as Node).range) continue;
        const nr = activity.get('nr');
        const name = lspWords[lang].activitySymbol(Number(nr), String(activity.get('titel') ?? ''));
        const r = rangeOf(document, activity as Node);
        children.push({ name, kind: SymbolKind.Function, range: r, selectionRange: selectionOf(document, activity as Node, 'nr') ?? r });
      }
    }
    symbols.push({
      name: typeof titel === 'string' && titel !== '' ? titel : '–',
      kind: SymbolKind.Namespace,
      range,
      selectionRange: selectionOf(document, section as Node, 'titel') ?? range,
      children,
    });
  }
  // In the order of the plan file.
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

function selectionOf(document: TextDocument, map: Node, key: string): Range | null {
  if (!isMap(map)) return null;
  const pair = map.items.find((p) => keyOf(p) === key);
  const value = pair?.value as Node | null | undefined;
  return value?.range ? rangeOf(document, value) : null;
}

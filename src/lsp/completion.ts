import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, type Document } from 'yaml';
import { iv3VersionOf } from '../core/iv3Taakvelden.js';
import { yamlScalar } from './actions.js';
import type { Analysis } from './analysis.js';
import { helpOf, schemaAt } from './schemaHelp.js';
import { keyOf, parseForPositions, sourceKeys, type Path } from './yamlNodes.js';

const MARK = '__jaarplan_completion__';

/**
 * Where the cursor is, in a line that may be half typed: the path of the mapping whose key is being
 * typed, or of the key whose value is. Found by putting a marker in place of what is typed and
 * reading the YAML around it, so an unfinished line does not stop the rest from being read.
 */
function cursorPath(text: string, document: TextDocument, position: Position): { path: Path; value: boolean } | null {
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const offset = document.offsetAt(position);
  const nextLine = text.indexOf('\n', offset);
  const before = text.slice(lineStart, offset);
  const after = nextLine === -1 ? '' : text.slice(nextLine);
  const valueMatch = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):\s*(\S*)$/.exec(before);
  const keyMatch = /^(\s*(?:-\s+)?)([^\s:#-][^:#\s]*)?$/.exec(before);
  let line: string;
  if (valueMatch) line = `${valueMatch[1]}${valueMatch[2]}: ${MARK}`;
  else if (keyMatch) line = `${keyMatch[1]}${MARK}: x`;
  else return null;
  const doc = parseForPositions(text.slice(0, lineStart) + line + after);
  let found: { path: Path; value: boolean } | null = null;
  const path: Path = [];
  const walk = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyOf(pair);
        if (key === MARK) {
          found = { path: [...path], value: false };
          return;
        }
        if (isScalar(pair.value) && pair.value.value === MARK) {
          found = { path: [...path, key], value: true };
          return;
        }
        path.push(key);
        walk(pair.value);
        path.pop();
      }
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      (node as { items: unknown[] }).items.forEach((item, i) => {
        path.push(i);
        walk(item);
        path.pop();
      });
    }
  };
  walk(doc.contents);
  return found;
}

/** Keys already in the mapping at a path of the editor's own reading. */
function presentKeys(doc: Document | null, path: Path): Set<string> {
  const node = doc?.getIn(path, true);
  return new Set(isMap(node) ? node.items.map(keyOf) : []);
}

/** The taakvelden on the list of the plan's year, in list order, each with its name; none without a year. */
function taakveldItems(jaar: unknown): CompletionItem[] {
  if (typeof jaar !== 'number') return [];
  const version = iv3VersionOf(jaar);
  if (version === undefined) return [];
  return Object.entries(version.taakvelden).map(([code, naam], i) => ({
    label: code,
    kind: CompletionItemKind.EnumMember,
    detail: naam,
    insertText: yamlScalar(code),
    sortText: String(i).padStart(3, '0'),
  }));
}

/**
 * Completion: source codes after `bron:` and under `totalen.bronnen`, the taakvelden of the plan's year after `taakveld:`, the
 * schema's keys with their help, and its enum values.
 */
export function complete(analysis: Analysis, document: TextDocument, position: Position): CompletionItem[] {
  // A plan checked in a worker (a large one) or over the size limit is not parsed again here, on the
  // main thread, at every space typed: hover and navigation do without it too.
  if (analysis.doc === null) return [];
  const at = cursorPath(analysis.text, document, position);
  if (!at) return [];
  const last = at.path[at.path.length - 1];
  if (at.value) {
    // A source is named by a budget line, a funding line and an income line.
    if (last === 'bron' && ['onderdelen', 'financiering', 'baten'].includes(String(at.path[0])) && analysis.doc) {
      return sourceKeys(analysis.doc).map((pair) => {
        const naam = isMap(pair.value) ? pair.value.get('naam') : undefined;
        return { label: keyOf(pair), kind: CompletionItemKind.Reference, ...(typeof naam === 'string' ? { detail: naam } : {}) };
      });
    }
    if (last === 'taakveld' && at.path[0] === 'onderdelen') return taakveldItems(analysis.doc.get('jaar'));
    const schema = schemaAt(at.path);
    const values = schema?.enum ?? (schema?.type === 'array' ? schemaAt([...at.path, 0])?.enum : undefined);
    return (values ?? []).map((v) => ({ label: String(v), kind: CompletionItemKind.EnumMember }));
  }
  // The keys of the stated totals per source are the plan's source codes.
  if (at.path.length === 2 && at.path[0] === 'totalen' && at.path[1] === 'bronnen') {
    const present = presentKeys(analysis.doc, at.path);
    return sourceKeys(analysis.doc)
      .filter((pair) => !present.has(keyOf(pair)))
      .map((pair) => ({ label: keyOf(pair), kind: CompletionItemKind.Reference, insertText: `${keyOf(pair)}: ` }));
  }
  const schema = schemaAt(at.path);
  // A list item of values from a fixed list (`themas`): the values.
  if (schema?.enum) return schema.enum.map((v) => ({ label: String(v), kind: CompletionItemKind.EnumMember }));
  const present = presentKeys(analysis.doc, at.path);
  return Object.entries(schema?.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, node]) => {
      const help = helpOf(schemaAt([...at.path, key]) ?? node);
      return {
        label: key,
        kind: CompletionItemKind.Property,
        insertText: `${key}: `,
        ...(help ? { documentation: { kind: 'markdown' as const, value: help } } : {}),
        ...(schema?.required?.includes(key) ? { sortText: `0${key}` } : { sortText: `1${key}` }),
      };
    });
}

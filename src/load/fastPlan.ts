import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { hiddenCharacters } from '../core/characters.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { contentEnd } from '../core/lineContent.js';
import { compareDiagnostics, placeFinding, type Diagnostic, type Span } from '../core/diagnostic.js';
import { LIMITS } from '../core/limits.js';
import { identityOf } from '../core/planIdentity.js';
import type { CheckedFile } from './parsePlan.js';
import { lineCounterOf, spanBetween } from './locate.js';
import { checkData } from './checkData.js';
import type { WrittenScalars } from './toPlan.js';
import {
  BOOL,
  CORE_NOT_TEXT,
  FLOAT,
  INT,
  mayNotBeText,
  NO_CHILDREN,
  NULL,
  PLAIN_NUMBER,
  readPlainTree,
  type TreeNode,
} from './plainTree.js';

/**
 * The fast reader. The full reader (`parsePlan`: the `yaml` Document with every node's position)
 * builds much that a plan's checks never look at; this reader reads the text with js-yaml 4, whose
 * `listener` tells where each node starts and ends, runs the same checks on the data (`checkData`:
 * the schema, the amounts, the budget's own rules) and places each finding from its own nodes, as
 * the full reader's locator places it. It returns a result only when it can vouch that the full
 * reader would return the same:
 *
 * - the text holds only what both read alike: no backslash (escapes), tab, directive (`%`), bidi or
 *   invisible character, no comment glued to a quote or bracket, no anchor, alias or tag, no explicit
 *   key (`? `), no `__proto__`, no block scalar header but `|`, `>`, `|-` and `>-` (nor one whose
 *   first line is empty), no quoted text or flow collection over more lines, no value after a
 *   comment on the lines between it and its key;
 * - every plain scalar resolves as YAML 1.2's core schema resolves it in `yaml`: a number is a plain
 *   decimal (`5000`, `12.50`), a boolean `true` or `false`, a null empty, `~` or `null`; a plain text
 *   that `yaml` would read as anything but text is refused; every key is text;
 * - the document is a mapping, and every finding lands on a node whose place it knows: not on a
 *   block scalar, an empty list item or an empty value inside `{ … }`, and no amount is split at its
 *   comma inside `{ … }`.
 *
 * Anything else returns null, and the caller reads the file with the full reader, which is the
 * authority. test/property/fastPlan.test.ts runs both readers on every fixture, the bad-input corpus, the
 * benchmark corpora and generated and damaged plans, and requires identical results, places included.
 */
export function readClean(source: string, path: string, checks: CheckOptions = {}): CheckedFile | null {
  if (REFUSED_TEXT.test(source) || hiddenCharacters(source).length > 0) return null;
  // The subset of YAML plans are written in is read by hand; any other text by js-yaml.
  const root = readPlainTree(source) ?? readTree(source);
  if (root === null || root.kind !== 'mapping') return null;
  const data = root.value as Record<string, unknown>;
  try {
    const { findings, plan } = checkData(data, writtenInTree(root, source), path, checks);
    const locate = locator(root, source);
    const diagnostics: Diagnostic[] = findings.map((f) => placeFinding(f, path, locate(f.pointer, f.atKey ?? false)));
    diagnostics.sort(compareDiagnostics);
    const jaar = typeof data.jaar === 'number' && Number.isInteger(data.jaar) ? data.jaar : null;
    return { path, diagnostics, plan, jaar, source, identity: identityOf(data, (pointer) => locate(pointer)) };
  } catch (error) {
    if (error === REFUSE) return null;
    throw error;
  }
}

/**
 * Text the fast reader leaves to the full reader: a backslash (an escape may make any character), a
 * tab, a line starting with `%` (a directive such as `%YAML 1.1` changes how values read), a `#`
 * glued to a closing quote or bracket (a comment for js-yaml, an error for `yaml`), the carriage
 * return outside a line end, a byte order mark, a document marker with something glued to it
 * (`---#`: a marker for js-yaml, text for `yaml`), an explicit key (`? `, which may leave a key
 * without a value) and `__proto__` (which the two build into their data each in its own way).
 */
const REFUSED_TEXT = /[\\\t\uFEFF]|^%|["'\]}]#|\r(?!\n)|^(?:---|\.\.\.)(?![ \r\n]|$)|(?:^|[ ,[{])\?(?=[ \r\n]|$)|__proto__/m;

/** Thrown inside the reader when the text is not one it can vouch for. */
const REFUSE = Symbol('refuse');

const BLOCK_HEADER = /^[|>]-?(?=[ \r\n]|$)/;

/** Whether a character code is YAML's white space or a line break (the no-break space is content). */
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** Where a node's text starts and ends, without the white space js-yaml counts to it. */
function trimmed(source: string, node: TreeNode): [number, number] {
  let start = node.start;
  let end = node.end;
  while (start < end && isSpace(source.charCodeAt(start))) start++;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** The text of a node, from its first to its last character that is not YAML's white space. */
function rawOf(source: string, node: TreeNode): string {
  const [start, end] = trimmed(source, node);
  return source.slice(start, end);
}

/**
 * Whether a node's text, from where js-yaml began it, starts with a comment: a text value on a line
 * after a comment (`key:`, `#…`, `  value`), which `yaml` may read as a key.
 */
function afterComment(source: string, node: TreeNode): boolean {
  return source[trimmed(source, node)[0]] === '#';
}

/** Whether a scalar as read by js-yaml is what `yaml` reads too. */
function agrees(source: string, node: TreeNode): boolean {
  // Called for every node of every file: the text's bounds are found once, and nothing is sliced
  // that a character code can tell.
  let start = node.start;
  let end = node.end;
  while (start < end && isSpace(source.charCodeAt(start))) start++;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  const first = source.charCodeAt(start);
  // An empty value, perhaps with comments after it (`bedrag:  # nog onbekend`).
  if (node.kind === null) return node.value === null && (start === end || EMPTY_VALUE.test(source.slice(start, end)));
  // A flow collection or quoted text over more lines: `yaml` asks more of the indentation of its lines.
  if (first === 0x5b || first === 0x7b || first === 0x22 || first === 0x27) {
    const lineEnd = source.indexOf('\n', start);
    if (lineEnd !== -1 && lineEnd < end) return false;
  }
  if (node.kind !== 'scalar') return node.tag === null && first !== 0x21 && first !== 0x26 && first !== 0x2a;
  if (typeof node.value === 'string' && node.value.length > LIMITS.stringLength) return false;
  // A text value on a line after a comment (`key:`, `#…`, `  value`), which `yaml` may read as a key.
  if (first === 0x23) return false;
  switch (node.tag) {
    case '?':
      return typeof node.value === 'string' && !(mayNotBeText(node.value) && CORE_NOT_TEXT.test(node.value));
    case null: {
      if (first === 0x22 || first === 0x27) return true;
      // A block scalar whose first line is empty: `yaml` asks for an indentation indicator.
      const block = source.slice(start, node.end);
      return BLOCK_HEADER.test(block) && !/^[^\n]*\n[ \r]*(?:\n|$)/.test(block);
    }
    case INT:
    case FLOAT:
      return PLAIN_NUMBER.test(source.slice(start, end));
    case BOOL: {
      const raw = source.slice(start, end);
      return raw === 'true' || raw === 'false';
    }
    case NULL: {
      const raw = source.slice(start, end);
      return raw === 'null' || raw === '~';
    }
    default:
      return false;
  }
}

/** An empty value's text: white space and comments only. */
const EMPTY_VALUE = /^(?:[ \r\n]|(?<![^ \r\n])#[^\n]*)*$/;

/** Whether a mapping holds a value for each of its keys, and each key is a text, as the data has them. */
function textKeys(node: TreeNode): boolean {
  const { children } = node;
  if (children.length % 2 !== 0 || Object.keys(node.value as object).length * 2 !== children.length) return false;
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    if (key.kind !== 'scalar' || typeof key.value !== 'string') return false;
  }
  return true;
}

/** Reads the text into a tree of nodes with their places, or null when the fast reader cannot vouch for it. */
function readTree(source: string): TreeNode | null {
  const stack: TreeNode[] = [{ start: 0, end: 0, kind: null, value: null, tag: null, children: [] }];
  let refused = false;
  let last: State | null = null;
  const listener = (event: 'open' | 'close', state: State) => {
    if (refused) return;
    if (event === 'open') {
      stack.push({ start: state.position, end: state.position, kind: null, value: null, tag: null, children: NO_CHILDREN });
      if (stack.length > LIMITS.depth) refused = true;
      return;
    }
    let node = stack.pop()!;
    node.end = state.position;
    node.kind = (state.kind as TreeNode['kind']) ?? null;
    node.value = state.result;
    node.tag = (state as unknown as { tag?: string | null }).tag ?? null;
    // js-yaml opens some nodes twice (a list item, an explicit key): the outer one holds the same.
    // A tag read before the inner node (`! text`, `!!str text`) is the outer one's: refused.
    const only = node.children.length === 1 ? node.children[0]! : null;
    if (only && only.kind === node.kind && only.value === node.value) {
      if (node.tag !== null && node.tag !== only.tag) refused = true;
      if (only.kind === 'scalar' && afterComment(source, node)) refused = true;
      node = only;
    } else if (
      !agrees(source, node) ||
      (node.kind === 'mapping' && !textKeys(node)) ||
      (node.kind === 'sequence' && node.children.length !== (node.value as unknown[]).length)
    ) {
      refused = true;
    }
    last = state;
    const parent = stack[stack.length - 1]!;
    if (parent.children === NO_CHILDREN) parent.children = [node];
    else parent.children.push(node);
  };
  try {
    load(source, { schema: CORE_SCHEMA, listener });
  } catch {
    return null;
  }
  // An anchor stays in js-yaml's map to the end of the document (and an alias needs one).
  const anchors = last !== null && Object.keys((last as unknown as { anchorMap: object }).anchorMap).length > 0;
  if (refused || anchors || stack.length !== 1 || stack[0]!.children.length !== 1) return null;
  return stack[0]!.children[0]!;
}

/** The node at a path, checked against the data at every step; refuses when the tree and the data part. */
function nodeAt(root: TreeNode, segments: (string | number)[]): TreeNode | null {
  let node = root;
  for (const segment of segments) {
    let next: TreeNode | undefined;
    if (node.kind === 'mapping') {
      const value = (node.value as Record<string, unknown>)[segment];
      // Every key is a text (`textKeys`).
      const key = String(segment);
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        if (node.children[i]!.value === key) {
          next = node.children[i + 1]!;
          break;
        }
      }
      if (next === undefined) return null;
      if (next.value !== value) throw REFUSE;
    } else if (node.kind === 'sequence') {
      const items = node.value as unknown[];
      next = node.children[Number(segment)];
      if (next === undefined) return null;
      if (next.value !== items[Number(segment)] || node.children.length !== items.length) throw REFUSE;
    } else {
      return null;
    }
    node = next;
  }
  return node;
}

/** How the scalars were written, read from the tree. */
function writtenInTree(root: TreeNode, source: string): WrittenScalars {
  return {
    at(segments) {
      const node = nodeAt(root, segments);
      if (node === null || node.kind !== 'scalar') return null;
      // js-yaml tags a plain scalar by what it resolved to (`?` for text); quoted and block scalars have none.
      const plain = node.tag === null ? undefined : rawOf(source, node);
      // An amount split at its comma inside `{ … }` leaves a key of its cents, which the full
      // reader makes part of the amount's finding: left to it.
      const splitKey = () => {
        const end = trimmed(source, node)[1];
        if (source[end] === ',' && !/^[ \r\n,}\]]?$/.test(source.slice(end + 1, end + 2))) throw REFUSE;
        return null;
      };
      return { value: node.value, ...(plain === undefined ? {} : { plain }), splitKey };
    },
  };
}

/** Where a node's content starts: past white space and comments (js-yaml starts some nodes before them). */
function contentStart(source: string, node: TreeNode): number {
  let at = node.start;
  for (;;) {
    while (at < node.end && isSpace(source.charCodeAt(at))) at++;
    if (source[at] !== '#') return at;
    const lineEnd = source.indexOf('\n', at);
    if (lineEnd === -1 || lineEnd >= node.end) return at;
    at = lineEnd + 1;
  }
}

/** Whether a scalar is a block scalar (`|`, `>`), whose place the full reader ends otherwise. */
function isBlock(source: string, node: TreeNode): boolean {
  return BLOCK_HEADER.test(source.slice(contentStart(source, node), node.end));
}

/**
 * Places JSON pointers as the full reader's locator (`makeLocator` in locate.ts) places them in the
 * `yaml` Document, step for step: a key at the key, a scalar value at the value, a collection at its
 * key, and a list item or the document at the first line of the node. A place it cannot give as the
 * full reader does (a block scalar, an empty list item, an empty value that is not at a line's end)
 * refuses the file.
 */
function locator(root: TreeNode, source: string): (pointer: string, atKey?: boolean) => Span {
  const lines = lineCounterOf(source);
  const span = (start: number, end: number): Span => spanBetween(lines, start, end);
  return (pointer, atKey = false) => {
    let node = root;
    let key: TreeNode | null = null;
    for (const segment of segmentsOf(pointer)) {
      if (node.kind === 'mapping') {
        let found = -1;
        for (let i = 0; i + 1 < node.children.length; i += 2) {
          if (node.children[i]!.value === segment) {
            found = i;
            break;
          }
        }
        if (found === -1) break;
        key = node.children[found]!;
        node = node.children[found + 1]!;
      } else if (node.kind === 'sequence') {
        const item = node.children[Number(segment)];
        if (item === undefined) break;
        key = null;
        node = item;
      } else {
        break;
      }
    }
    if (key !== null && (atKey || node.kind === 'mapping' || node.kind === 'sequence')) {
      const [start, end] = trimmed(source, key);
      return span(start, end);
    }
    if (key !== null) {
      if (node.kind === null) {
        // An empty value: `yaml` places it after the spaces behind its key, before a comment or the line's end.
        let at = node.start;
        while (source[at] === ' ') at++;
        if (!(at >= source.length || source[at] === '#' || source[at] === '\n' || source[at] === '\r')) throw REFUSE;
        return span(at, at);
      }
      if (isBlock(source, node)) throw REFUSE;
      const [start, end] = trimmed(source, node);
      return span(start, end);
    }
    // A list item or the document: the first line of the node, without a trailing comment or spaces.
    if (node.kind === null || (node.kind === 'scalar' && isBlock(source, node))) throw REFUSE;
    const start = contentStart(source, node);
    const end = trimmed(source, node)[1];
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', start);
    const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
    const firstLineEnd = Math.min(end, lineStart + contentEnd(line, start - lineStart));
    return span(start, Math.max(start + 1, firstLineEnd));
  };
}

/** A JSON pointer's segments, unescaped. */
function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  if (pointer.includes('~'))
    for (let i = 0; i < segments.length; i++) segments[i] = segments[i]!.replaceAll('~1', '/').replaceAll('~0', '~');
  return segments;
}

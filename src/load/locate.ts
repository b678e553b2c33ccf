import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';
import type { Span } from '../core/diagnostic.js';
import { contentEnd } from '../core/lineContent.js';

function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The place from one source offset to another, in the lines a line counter knows. */
export function spanBetween(lineCounter: LineCounter, start: number, end: number): Span {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** A line counter for a text the YAML parser has not read (which fills one as it goes). */
export function lineCounterOf(source: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/**
 * Places JSON pointers in the YAML source. A pointer that leads past the existing nodes (a missing
 * key) is placed at the deepest node that exists, so a diagnostic always has a line and column.
 */
export function makeLocator(doc: Document, lineCounter: LineCounter, source: string) {
  const span = (start: number, end: number): Span => spanBetween(lineCounter, start, end);
  return (pointer: string, atKey = false): Span => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    for (const segment of segmentsOf(pointer)) {
      if (isMap(node)) {
        const found = node.items.find((p) => keyText(p) === segment);
        if (!found) break;
        pair = found;
        node = found.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) break;
        pair = undefined;
        node = item;
      } else {
        break;
      }
    }
    const keyNode = pair && isPair(pair) ? (pair.key as Node | null) : null;
    const valueNode = node as Node | null;
    if (atKey && keyNode?.range) return span(keyNode.range[0], keyNode.range[1]);
    if (keyNode?.range && valueNode?.range && !atKey && isScalar(valueNode)) {
      return span(valueNode.range[0], valueNode.range[1]);
    }
    if (keyNode?.range) {
      // A collection value: point at its key, which is where the reader looks.
      return span(keyNode.range[0], keyNode.range[1]);
    }
    if (valueNode?.range) {
      // Sequence items and the document itself: the first line of the node.
      // It stops before a trailing comment and trailing spaces.
      const start = valueNode.range[0];
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = source.indexOf('\n', start);
      const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
      const firstLineEnd = Math.min(valueNode.range[1], lineStart + contentEnd(line, start - lineStart));
      return span(start, Math.max(start + 1, firstLineEnd));
    }
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  };
}

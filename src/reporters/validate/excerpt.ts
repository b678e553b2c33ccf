import type { ChalkInstance } from 'chalk';
import { masked } from '../../core/characters.js';
import type { Span } from '../../core/diagnostic.js';
import { contentEnd } from '../../core/lineContent.js';

const MAX_WIDTH = 120;

/**
 * The source line a diagnostic points at, with its number in a gutter and carets under the
 * offending span, as compilers show it. Tabs are shown as single spaces so the carets line up; bidi
 * controls and invisible characters as one `�` each, so that the line shows as it is stored; a
 * long line is cut to a window around the span. The carets never run on over a trailing comment.
 */
export function excerpt(source: string, span: Span, chalk: ChalkInstance): string {
  const text = lineOf(source, span.line);
  if (text === undefined) return '';
  let shown = masked(text.replaceAll('\t', ' '));
  let start = Math.min(span.column - 1, shown.length);
  let end = span.endLine === span.line ? Math.max(start + 1, span.endColumn - 1) : shown.length;
  // The carets stop before a trailing comment and trailing spaces.
  end = Math.max(start + 1, Math.min(end, contentEnd(shown)));
  if (shown.length > MAX_WIDTH) {
    const from = Math.max(0, Math.min(start - 20, shown.length - MAX_WIDTH));
    shown = (from > 0 ? '…' : '') + shown.slice(from, from + MAX_WIDTH) + (from + MAX_WIDTH < text.length ? '…' : '');
    const shift = from > 0 ? from - 1 : 0;
    start -= shift;
    end = Math.min(end - shift, shown.length);
  }
  const gutter = String(span.line);
  const pad = ' '.repeat(gutter.length);
  const carets = ' '.repeat(start) + '^'.repeat(Math.max(1, end - start));
  return [`  ${chalk.dim(`${gutter} │`)} ${shown}`, `  ${chalk.dim(`${pad} │`)} ${chalk.red(carets)}`].join('\n');
}

/** Where the lines of the source excerpted last start: a file's diagnostics come one after another. */
let last: { source: string; starts: number[] } | undefined;

/**
 * Line `n` (1-based) of a source split at a line feed with or without a carriage return before it,
 * as `source.split(/\r?\n/)[n - 1]` gives it, without cutting the source into all its lines.
 */
export function lineOf(source: string, n: number): string | undefined {
  if (last?.source !== source) {
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
    last = { source, starts };
  }
  const { starts } = last;
  if (!(Number.isInteger(n) && n >= 1 && n <= starts.length)) return undefined;
  const broken = n < starts.length;
  const text = source.slice(starts[n - 1], broken ? starts[n]! - 1 : source.length);
  return broken && text.endsWith('\r') ? text.slice(0, -1) : text;
}

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
  const lines = linesOf(source);
  const text = lines[span.line - 1];
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

/** The lines of the source excerpted last: a file's diagnostics come one after another. */
let last: { source: string; lines: string[] } | undefined;

function linesOf(source: string): string[] {
  if (last?.source !== source) last = { source, lines: source.split(/\r?\n/) };
  return last.lines;
}

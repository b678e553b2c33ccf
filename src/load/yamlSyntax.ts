import { CST, Parser, type YAMLError } from 'yaml';
import type { YamlSyntaxArgs, YamlSyntaxKind } from '../core/diagnostic.js';
import { contentEnd } from '../core/lineContent.js';

/** The one syntax error shown for a file: what it is, and where (source offsets). */
export interface SyntaxError {
  args: YamlSyntaxArgs;
  start: number;
  end: number;
}

/** An unclosed quote or bracket, found in the parser's concrete syntax tree. */
interface Unclosed {
  kind: 'unclosed-quote' | 'unclosed-bracket';
  opening: string;
  offset: number;
}

/**
 * The syntax error to show, of the YAML parser's errors (duplicate keys and extra documents are
 * not syntax errors here), or null when there is none. After the first syntax error the parser's
 * further complaints are mostly its consequences, so one is chosen: a tab used as indentation when
 * there is one (it throws everything after it off); otherwise the first mistake in the file, where
 * an unclosed quote or bracket is placed where it opens, not where the parser ran out of text.
 */
export function syntaxError(errors: readonly YAMLError[], source: string): SyntaxError | null {
  const syntax = errors.filter((e) => e.code !== 'DUPLICATE_KEY' && e.code !== 'MULTIPLE_DOCS');
  if (syntax.length === 0) return null;
  const byPosition = [...syntax].sort((a, b) => a.pos[0] - b.pos[0]);
  const base = (e: YAMLError) => ({ yamlCode: e.code, detail: firstLine(e.message) });

  const tab = byPosition.find((e) => e.code === 'TAB_AS_INDENT');
  if (tab) return { args: { ...base(tab), kind: 'tab-indent' }, start: tab.pos[0], end: Math.max(tab.pos[1], tab.pos[0] + 1) };

  const first = byPosition[0]!;
  const open = firstUnclosed(source);
  if (open && open.offset <= first.pos[0]) {
    const end = lineContentEnd(source, open.offset);
    const cause = syntax.find((e) => e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT') ?? first;
    return {
      args: { ...base(cause), kind: open.kind, opening: open.opening, text: source.slice(open.offset, end) },
      start: open.offset,
      end,
    };
  }
  return classify(first, source, base(first));
}

function classify(e: YAMLError, source: string, base: { yamlCode: string; detail: string }): SyntaxError {
  const at = (kind: YamlSyntaxKind, extra: Partial<YamlSyntaxArgs> = {}, start = e.pos[0], end = Math.max(e.pos[1], e.pos[0] + 1)) => ({
    args: { ...base, kind, ...extra },
    start,
    end,
  });
  const message = e.message;
  const line = (kind: YamlSyntaxKind) => {
    // A mistake of indentation is shown under the line's text, not at its first column.
    const start = e.pos[0] + (/^[ ]*/.exec(source.slice(e.pos[0]))?.[0].length ?? 0);
    return at(kind, {}, start, lineContentEnd(source, start));
  };
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const colon = unquotedColon(source, e.pos[0]);
      if (colon) return at('unquoted-colon', { key: colon.key, text: colon.text }, e.pos[0], e.pos[0] + colon.text.length);
      return at(e.code === 'MULTILINE_IMPLICIT_KEY' ? 'multiline-key' : 'nested-key');
    }
    case 'UNEXPECTED_TOKEN': {
      const quoted = textAfterQuote(source, e.pos[0]);
      if (quoted) return at('text-after-quote', { key: quoted.key, text: quoted.text }, quoted.start, quoted.start + quoted.text.length);
      return at('unexpected');
    }
    case 'BAD_INDENT':
      return /end with a [\]}]/.test(message) ? at('unclosed-bracket') : line('bad-indent');
    case 'MISSING_CHAR':
      if (/quote/.test(message)) return at('unclosed-quote');
      if (/end with a [\]}]/.test(message)) return at('unclosed-bracket');
      if (/^Missing ,/.test(message)) return at('missing-comma');
      if (/^Missing space after :/.test(message)) return at('flow-space');
      if (/followed by map values/.test(message)) return line('missing-colon');
      if (/without - indicator/.test(message)) return line('missing-dash');
      if (/^Comments must be separated/.test(message)) return at('comment-space');
      if (/directive|doc-start/.test(message)) return at('directive');
      if (/Tags and anchors/.test(message)) return at('properties');
      return at('unexpected');
    case 'BAD_SCALAR_START':
      return at('bad-start', { text: source.charAt(e.pos[0]) });
    case 'BAD_DQ_ESCAPE':
      return at('bad-escape', { text: source.slice(e.pos[0], e.pos[0] + 2) }, e.pos[0], e.pos[0] + 2);
    case 'BLOCK_IN_FLOW':
      return at('block-in-flow');
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return at('properties');
    case 'BAD_DIRECTIVE':
      return at('directive');
    case 'KEY_OVER_1024_CHARS':
      return at('long-key');
    default:
      return at('unexpected');
  }
}

/**
 * The first quoted text or flow collection (`[…]`, `{…}`) that is opened and never closed, by the
 * same test the parser uses (a quoted text must end with its quote).
 */
function firstUnclosed(source: string): Unclosed | null {
  let found: Unclosed | null = null;
  const consider = (u: Unclosed) => {
    if (!found || u.offset < found.offset) found = u;
  };
  const check = (token: CST.Token | null | undefined) => {
    if (!token) return;
    if (token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') {
      const quote = token.source[0]!;
      const text = token.source;
      if (text.length === 1 || text[text.length - 1] !== quote) consider({ kind: 'unclosed-quote', opening: quote, offset: token.offset });
    } else if (token.type === 'flow-collection') {
      const closer = token.start.source === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === closer)) {
        consider({ kind: 'unclosed-bracket', opening: token.start.source, offset: token.start.offset });
      }
    }
  };
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    check(token.value);
    CST.visit(token, (item) => {
      check(item.key);
      check(item.value);
    });
  }
  return found;
}

/**
 * Text with `: ` in it, written without quotes as a value (`titel: Project: groen`): YAML reads the
 * second colon as the start of a mapping. `at` is the offset where the value starts.
 */
function unquotedColon(source: string, at: number): { key: string; text: string } | null {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(lineStart, at);
  const key = /^\s*(?:-\s+)*([^\s#'"[{][^:#]*?|"[^"]*"|'[^']*')\s*:\s+$/.exec(before);
  if (!key) return null;
  const text = source.slice(at, lineContentEnd(source, at));
  if (/^['"[{|>&*!%@`#]/.test(text) || !/:(\s|$)/.test(text)) return null;
  return { key: key[1]!.replace(/^["']|["']$/g, ''), text };
}

/**
 * A quoted text followed by more text on its line (`titel: "Feest" in de wijk`, or `'t Veld en
 * 's-Hertogenbosch`, where the first apostrophe is read as an opening quote). `at` is where the
 * parser found the extra text.
 */
function textAfterQuote(source: string, at: number): { key: string; text: string; start: number } | null {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(lineStart, at);
  const m = /^(\s*(?:-\s+)*([^\s#'"[{][^:#]*?)\s*:\s+)(["'])/.exec(before);
  if (!m || !/["']\s*$/.test(before)) return null;
  const start = lineStart + m[1]!.length;
  return { key: m[2]!, text: source.slice(start, lineContentEnd(source, start)), start };
}

/** The offset just past the last character that is not a trailing space or comment on the line of `offset`. */
function lineContentEnd(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = source.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd).replace(/\r$/, '');
  return Math.max(offset + 1, lineStart + contentEnd(line, offset - lineStart));
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

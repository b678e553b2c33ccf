import { LIMITS } from '../core/limits.js';

/** A node of a plan's YAML: where it starts and ends, and what it read. */
export interface TreeNode {
  start: number;
  end: number;
  /** Null for an empty value (`bedrag:` with nothing after it). */
  kind: 'scalar' | 'mapping' | 'sequence' | null;
  value: unknown;
  /** A plain scalar's resolved type (`?` for text); null for quoted and block scalars and collections. */
  tag: string | null;
  /** A mapping's keys and values in turn; a sequence's items. */
  children: TreeNode[];
}

export const INT = 'tag:yaml.org,2002:int';
export const FLOAT = 'tag:yaml.org,2002:float';
export const BOOL = 'tag:yaml.org,2002:bool';
export const NULL = 'tag:yaml.org,2002:null';
/** A number written as `yaml` and js-yaml read it alike: plain decimal digits, a point, no sign but a minus. */
export const PLAIN_NUMBER = /^(?:0|-?[1-9][0-9]{0,14})(?:\.[0-9]{1,6})?$/;
/** What `yaml` reads as something other than text in the core schema. */
export const CORE_NOT_TEXT =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))?$/;

/** Thrown inside the reader when the text is not in the subset it reads. */
const OUTSIDE = Symbol('outside');

/**
 * Reads the YAML that plans are written in, and nothing else: a block mapping at the top, block
 * mappings and sequences in it (a sequence also at its key's indentation, a mapping also started
 * on a `- ` line), plain scalars on one line, quoted scalars on one line without escapes, flow
 * sequences and mappings of such scalars on one line, and block scalars (`|`, `|-`, `>`, `>-`)
 * whose lines all have one indentation and no empty line between them; comments and empty lines
 * anywhere. A plain scalar is read as the core schema reads it where `yaml` and js-yaml agree: a
 * plain decimal number, `true`, `false`, `null`, `~` or empty; any other text that the core schema
 * would read as something else, and every key that is not text, is outside the subset.
 *
 * It returns the tree the fast reader works on (`fastPlan.ts`), with tight places (a node starts
 * at its first character and ends after its last), or null for any text outside the subset: the
 * fast reader then reads the text with js-yaml, as before. Reading the subset by hand takes a
 * fraction of js-yaml's time with its listener; test/property/fastPlan.test.ts holds its results
 * to the full reader's on every fixture, the corpora and generated and damaged plans.
 *
 * The caller has refused what `REFUSED_TEXT` in fastPlan.ts refuses (tabs, backslashes, directives,
 * document markers with something glued to them, explicit keys, `__proto__`, a lone carriage return)
 * and every hidden character.
 */
export function readPlainTree(source: string): TreeNode | null {
  // Line separators (U+2028, U+2029) and the next-line character (U+0085) are line breaks to some
  // readers: left to js-yaml and `yaml`.
  if (source.indexOf('\u2028') !== -1 || source.indexOf('\u2029') !== -1 || source.indexOf('\u0085') !== -1) return null;
  try {
    const reader = new PlainReader(source);
    return reader.document();
  } catch (error) {
    if (error === OUTSIDE) return null;
    throw error;
  }
}

/** The children of a node that has none yet: shared, and replaced by a list of its own at the first child. */
export const NO_CHILDREN: TreeNode[] = Object.freeze([]) as unknown as TreeNode[];

/**
 * The keys read so far, each as one string: a key seen before is given as the string that was
 * stored as a property name then, which V8 has made a property name once, so storing it again takes
 * the fast path (a new slice of the text would be made a property name at every store). Bounded, so
 * that a text of many keys cannot make it grow without end.
 */
const KEYS = new Map<string, string>();

function knownKey(text: string): string {
  const known = KEYS.get(text);
  if (known !== undefined) return known;
  if (KEYS.size >= 4096) KEYS.clear();
  KEYS.set(text, text);
  return text;
}

/** Characters that may not start a plain scalar or a key in block context (YAML's indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** What may not start a plain value: an indicator, or a dash followed by a space or nothing. */
const VALUE_INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
/** What a plain key may not start with (an indicator) or hold here (flow indicators, comments, quotes, tags, anchors). */
const KEY_REFUSED = /^[-?:]|[,[\]{}#&*!|>'"%@`]/;

class PlainReader {
  private readonly source: string;
  /** Where each line starts; the last entry is the source's length plus one. */
  private readonly starts: number[] = [];
  /** The line being read. */
  private line = 0;
  private depth = 0;

  /** The indentation of each line, -1 for a line that is empty or only a comment. */
  private readonly indents: Int32Array;

  constructor(source: string) {
    this.source = source;
    this.starts.push(0);
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
    if (this.starts[this.starts.length - 1] !== source.length + 1) this.starts.push(source.length + 1);
    this.indents = new Int32Array(this.starts.length - 1);
    for (let n = 0; n < this.indents.length; n++) {
      const start = this.starts[n]!;
      const end = this.lineEnd(n);
      let i = start;
      while (i < end && source.charCodeAt(i) === 0x20) i++;
      this.indents[n] = i === end || source.charCodeAt(i) === 0x23 ? -1 : i - start;
    }
  }

  private get lines(): number {
    return this.starts.length - 1;
  }

  /** Where line `n`'s text ends: before its line feed and a carriage return before that. */
  private lineEnd(n: number): number {
    let end = this.starts[n + 1]! - 1;
    if (end > this.source.length) end = this.source.length;
    if (end > this.starts[n]! && this.source.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** The indentation of line `n`, or -1 when it is empty or only a comment. */
  private indentOf(n: number): number {
    return this.indents[n]!;
  }

  /** The next line with content from `n` on (skipping empty and comment lines), or `lines`. */
  private nextContent(n: number): number {
    while (n < this.lines && this.indentOf(n) === -1) n++;
    return n;
  }

  document(): TreeNode {
    const first = this.nextContent(0);
    if (first >= this.lines || this.indentOf(first) !== 0) throw OUTSIDE;
    this.line = first;
    const root = this.mapping(0, this.starts[first]!);
    if (this.nextContent(this.line + 1) < this.lines) throw OUTSIDE;
    return root;
  }

  private enter(): void {
    if (++this.depth > LIMITS.depth) throw OUTSIDE;
  }

  /**
   * A block mapping whose keys are at column `indent`; its first key starts at `at` on the current
   * line (after a `- ` when the mapping is a list item). Ends before the first line less indented.
   */
  private mapping(indent: number, at: number): TreeNode {
    this.enter();
    const value: Record<string, unknown> = {};
    const children: TreeNode[] = [];
    const node: TreeNode = { start: at, end: at, kind: 'mapping', value, tag: null, children };
    let keyStart = at;
    for (;;) {
      const key = this.key(keyStart);
      // A key given twice (compared with the keys before it: a mapping has a handful).
      for (let k = 0; k < children.length; k += 2) if (children[k]!.value === key.value) throw OUTSIDE;
      const item = this.valueAfterKey(indent, key.end + 1);
      value[key.value as string] = item.value;
      children.push(key, item);
      node.end = Math.max(item.end, key.end + 1);
      const next = this.nextContent(this.line + 1);
      if (next >= this.lines) break;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw OUTSIDE;
      this.line = next;
      keyStart = this.starts[next]! + indent;
      if (this.source.charCodeAt(keyStart) === 0x2d) throw OUTSIDE;
    }
    this.depth--;
    return node;
  }

  /** A plain key from `at` to the `:` after it, which is followed by a space or the line's end. */
  private key(at: number): TreeNode {
    const end = this.lineEnd(this.line);
    const source = this.source;
    let colon = -1;
    for (let i = at; i < end; i++) {
      if (source.charCodeAt(i) === 0x3a) {
        const after = i + 1 === end ? 0x20 : source.charCodeAt(i + 1);
        if (after === 0x20) {
          colon = i;
          break;
        }
      }
    }
    if (colon <= at) throw OUTSIDE;
    const text = source.slice(at, colon);
    if (KEY_REFUSED.test(text) || text.charCodeAt(text.length - 1) === 0x20 || (mayNotBeText(text) && CORE_NOT_TEXT.test(text)))
      throw OUTSIDE;
    return { start: at, end: colon, kind: 'scalar', value: knownKey(text), tag: '?', children: NO_CHILDREN };
  }

  /** What follows a key's `:` (at `at`): a value on the line, a block below, or nothing. */
  private valueAfterKey(indent: number, at: number): TreeNode {
    const end = this.lineEnd(this.line);
    const source = this.source;
    let i = at;
    while (i < end && source.charCodeAt(i) === 0x20) i++;
    if (i === end || (source.charCodeAt(i) === 0x23 && i > at)) {
      // Nothing on the line: a block below, or an empty value.
      const next = this.nextContent(this.line + 1);
      if (next < this.lines) {
        const nextIndent = this.indentOf(next);
        const first = this.starts[next]! + nextIndent;
        const isItem = this.isItem(first);
        if (nextIndent > indent || (nextIndent === indent && isItem)) {
          this.line = next;
          return isItem ? this.sequence(nextIndent) : this.mapping(nextIndent, first);
        }
      }
      return { start: at, end: at, kind: null, value: null, tag: null, children: NO_CHILDREN };
    }
    const c = source.charCodeAt(i);
    if (c === 0x7c || c === 0x3e) return this.blockScalar(indent, i);
    return this.inlineValue(i, end);
  }

  /** Whether a `- ` (or a `-` ending its line) starts at `at`. */
  private isItem(at: number): boolean {
    if (this.source.charCodeAt(at) !== 0x2d) return false;
    const after = this.source.charCodeAt(at + 1);
    return after === 0x20 || after === 0x0a || after === 0x0d || Number.isNaN(after);
  }

  /** A block sequence whose dashes are at column `indent`, from the current line. */
  private sequence(indent: number): TreeNode {
    this.enter();
    const items: unknown[] = [];
    const children: TreeNode[] = [];
    const start = this.starts[this.line]! + indent;
    const node: TreeNode = { start, end: start, kind: 'sequence', value: items, tag: null, children };
    for (;;) {
      const dash = this.starts[this.line]! + indent;
      const end = this.lineEnd(this.line);
      let i = dash + 1;
      while (i < end && this.source.charCodeAt(i) === 0x20) i++;
      // An empty item, or one that starts on a later line, is left to the other readers.
      if (i === end || i === dash + 1 || this.source.charCodeAt(i) === 0x23) throw OUTSIDE;
      const item = this.itemValue(i, end);
      items.push(item.value);
      children.push(item);
      node.end = item.end;
      const next = this.nextContent(this.line + 1);
      if (next >= this.lines) break;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw OUTSIDE;
      // A key at the dashes' indentation ends a sequence that is a mapping's value at its key's.
      if (!this.isItem(this.starts[next]! + indent)) break;
      this.line = next;
    }
    this.depth--;
    return node;
  }

  /** A list item's value from `at`: a mapping started on this line, or a value of one line. */
  private itemValue(at: number, end: number): TreeNode {
    const c = this.source.charCodeAt(at);
    if (c === 0x2d || c === 0x7c || c === 0x3e || c === 0x3f) throw OUTSIDE;
    if (c !== 0x22 && c !== 0x27 && c !== 0x5b && c !== 0x7b && this.hasKeyColon(at, end)) {
      return this.mapping(at - this.starts[this.line]!, at);
    }
    return this.inlineValue(at, end);
  }

  /** Whether the text from `at` holds a `:` followed by a space or the line's end (a key) before a comment. */
  private hasKeyColon(at: number, end: number): boolean {
    const source = this.source;
    for (let i = at; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x23 && source.charCodeAt(i - 1) === 0x20) return false;
      if (c === 0x3a && (i + 1 === end || source.charCodeAt(i + 1) === 0x20)) return true;
    }
    return false;
  }

  /**
   * A value on one line from `at`: quoted, a flow collection or plain, then only spaces and a
   * comment. (A next line more indented than the key or the dash, where a plain scalar would go on,
   * is refused by the mapping or list that reads on.)
   */
  private inlineValue(at: number, end: number): TreeNode {
    const source = this.source;
    const c = source.charCodeAt(at);
    let node: TreeNode;
    let after: number;
    if (c === 0x22 || c === 0x27) {
      [node, after] = this.quoted(at, end);
    } else if (c === 0x5b || c === 0x7b) {
      [node, after] = this.flow(at, end);
    } else {
      if (VALUE_INDICATOR.test(source.slice(at, Math.min(at + 2, end)))) throw OUTSIDE;
      let stop = end;
      for (let i = at; i < end; i++) {
        const d = source.charCodeAt(i);
        if (d === 0x23 && source.charCodeAt(i - 1) === 0x20) {
          stop = i;
          break;
        }
        // `a: b` in a value is a mapping where none may start.
        if (d === 0x3a && (i + 1 === end || source.charCodeAt(i + 1) === 0x20)) throw OUTSIDE;
      }
      let last = stop;
      while (last > at && source.charCodeAt(last - 1) === 0x20) last--;
      node = plainScalar(source.slice(at, last), at, last);
      after = last;
    }
    let i = after;
    while (i < end && source.charCodeAt(i) === 0x20) i++;
    if (i < end && !(source.charCodeAt(i) === 0x23 && i > after)) throw OUTSIDE;
    return node;
  }

  /** A quoted scalar on one line from `at`; returns it and where it ends. */
  private quoted(at: number, end: number): [TreeNode, number] {
    const source = this.source;
    const quote = source.charCodeAt(at);
    let text = '';
    let from = at + 1;
    for (let i = at + 1; i < end; i++) {
      if (source.charCodeAt(i) !== quote) continue;
      if (quote === 0x27 && source.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
        text += source.slice(from, i + 1);
        i++;
        from = i + 1;
        continue;
      }
      text += source.slice(from, i);
      if (text.length > LIMITS.stringLength) throw OUTSIDE;
      return [{ start: at, end: i + 1, kind: 'scalar', value: text, tag: null, children: NO_CHILDREN }, i + 1];
    }
    throw OUTSIDE;
  }

  /** A flow sequence or mapping of scalars on one line from `at`; returns it and where it ends. */
  private flow(at: number, end: number): [TreeNode, number] {
    this.enter();
    const source = this.source;
    const isMap = source.charCodeAt(at) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const items: unknown[] = [];
    const map: Record<string, unknown> = {};
    const children: TreeNode[] = [];
    let i = at + 1;
    const skip = () => {
      while (i < end && source.charCodeAt(i) === 0x20) i++;
    };
    skip();
    if (source.charCodeAt(i) === close) {
      this.depth--;
      return [{ start: at, end: i + 1, kind: isMap ? 'mapping' : 'sequence', value: isMap ? map : items, tag: null, children }, i + 1];
    }
    for (;;) {
      skip();
      if (isMap) {
        const key = this.flowScalar(i, end, true);
        if (key.tag !== '?' || Object.hasOwn(map, key.value as string)) throw OUTSIDE;
        i = key.end;
        if (source.charCodeAt(i) !== 0x3a || source.charCodeAt(i + 1) !== 0x20) throw OUTSIDE;
        i += 2;
        skip();
        const value = this.flowScalar(i, end, false);
        map[key.value as string] = value.value;
        children.push(key, value);
        i = value.end;
      } else {
        const item = this.flowScalar(i, end, false);
        items.push(item.value);
        children.push(item);
        i = item.end;
      }
      skip();
      const c = source.charCodeAt(i);
      if (c === close) {
        this.depth--;
        return [{ start: at, end: i + 1, kind: isMap ? 'mapping' : 'sequence', value: isMap ? map : items, tag: null, children }, i + 1];
      }
      if (c !== 0x2c || source.charCodeAt(i + 1) !== 0x20) throw OUTSIDE;
      i += 2;
      skip();
      // A comma before the closing bracket (an empty entry) is left to the other readers.
      if (source.charCodeAt(i) === close || source.charCodeAt(i) === 0x2c) throw OUTSIDE;
    }
  }

  /** A scalar inside `[ … ]` or `{ … }`: quoted, or plain up to a comma, bracket or (for a key) colon. */
  private flowScalar(at: number, end: number, isKey: boolean): TreeNode {
    const source = this.source;
    const c = source.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      if (isKey) throw OUTSIDE;
      return this.quoted(at, end)[0];
    }
    if (at >= end || (isKey ? INDICATOR : VALUE_INDICATOR).test(source.slice(at, Math.min(at + 2, end)))) throw OUTSIDE;
    let stop = at;
    while (stop < end) {
      const d = source.charCodeAt(stop);
      if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x5b || d === 0x7b || d === 0x23 || d === 0x22 || d === 0x27) break;
      if (d === 0x3a) {
        if (isKey && source.charCodeAt(stop + 1) === 0x20) break;
        throw OUTSIDE;
      }
      stop++;
    }
    const d = source.charCodeAt(stop);
    if (stop >= end || d === 0x5b || d === 0x7b || d === 0x23 || d === 0x22 || d === 0x27) throw OUTSIDE;
    let last = stop;
    while (last > at && source.charCodeAt(last - 1) === 0x20) last--;
    if (last === at) throw OUTSIDE;
    const node = plainScalar(source.slice(at, last), at, last);
    node.end = last;
    // Spaces before the comma or bracket belong to no node; the caller goes on from the scalar's end.
    return node;
  }

  /**
   * A block scalar whose header (`|`, `|-`, `>` or `>-`) is at `at`, in a mapping at `indent`:
   * its lines must share one indentation, deeper than the key's, with no empty line between them.
   */
  private blockScalar(indent: number, at: number): TreeNode {
    const source = this.source;
    const end = this.lineEnd(this.line);
    const folded = source.charCodeAt(at) === 0x3e;
    let i = at + 1;
    const strip = source.charCodeAt(i) === 0x2d;
    if (strip) i++;
    if (i !== end) throw OUTSIDE;
    const first = this.line + 1;
    if (first >= this.lines) throw OUTSIDE;
    const blockIndent = this.spacesOf(first);
    if (blockIndent <= indent || blockIndent === this.lineEnd(first) - this.starts[first]!) throw OUTSIDE;
    const parts: string[] = [];
    let n = first;
    let last = at;
    let length = 0;
    for (; n < this.lines; n++) {
      const lineStart = this.starts[n]!;
      const lineEnd = this.lineEnd(n);
      const spaces = this.spacesOf(n);
      if (spaces === lineEnd - lineStart) break; // an empty line ends it (or stands inside it: checked below)
      if (spaces < blockIndent) break;
      if (spaces > blockIndent) throw OUTSIDE;
      if (source.charCodeAt(lineEnd - 1) === 0x20) throw OUTSIDE;
      parts.push(source.slice(lineStart + blockIndent, lineEnd));
      length += lineEnd - lineStart;
      last = lineEnd;
    }
    // What follows the block must be less indented than its lines, also after empty lines.
    const next = this.nextContent(n);
    if (next < this.lines && this.spacesOf(next) >= blockIndent) throw OUTSIDE;
    for (let m = n; m < next; m++) {
      // A comment line among the empty lines after the block, indented as deep as it, would be text.
      if (this.spacesOf(m) >= blockIndent && this.spacesOf(m) < this.lineEnd(m) - this.starts[m]!) throw OUTSIDE;
    }
    // Kept as `yaml` keeps it with clipping: one line break after the last line, when it has one.
    const brokenAfter = this.starts[n]! - 1 < source.length;
    if (!strip && !brokenAfter) throw OUTSIDE;
    let text = parts.join(folded ? ' ' : '\n');
    if (!strip) text += '\n';
    if (length > LIMITS.stringLength) throw OUTSIDE;
    this.line = n - 1;
    return { start: at, end: last, kind: 'scalar', value: text, tag: null, children: NO_CHILDREN };
  }

  /** The number of spaces line `n` starts with. */
  private spacesOf(n: number): number {
    const start = this.starts[n]!;
    const end = this.lineEnd(n);
    let i = start;
    while (i < end && this.source.charCodeAt(i) === 0x20) i++;
    return i - start;
  }
}

/**
 * Whether `CORE_NOT_TEXT` may match a text: only an empty one, or one that starts with `~`, a
 * letter of null, true or false, a digit, a sign or a point does.
 */
export function mayNotBeText(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  return (
    (c >= 0x30 && c <= 0x39) ||
    c === 0x7e ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x4e ||
    c === 0x6e ||
    c === 0x54 ||
    c === 0x74 ||
    c === 0x46 ||
    c === 0x66
  );
}

/** A plain scalar's text read as the core schema reads it where `yaml` and js-yaml agree. */
function plainScalar(text: string, start: number, end: number): TreeNode {
  if (text.length > LIMITS.stringLength) throw OUTSIDE;
  let value: unknown;
  let tag: string;
  if (PLAIN_NUMBER.test(text)) {
    value = Number(text);
    tag = text.includes('.') ? FLOAT : INT;
  } else if (text === 'true' || text === 'false') {
    value = text === 'true';
    tag = BOOL;
  } else if (text === 'null' || text === '~') {
    value = null;
    tag = NULL;
  } else if (mayNotBeText(text) && CORE_NOT_TEXT.test(text)) {
    throw OUTSIDE;
  } else {
    value = text;
    tag = '?';
  }
  return { start, end, kind: 'scalar', value, tag, children: NO_CHILDREN };
}

import type { CheckOptions } from '../core/checkVerantwoording.js';
import { isCollection, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { compareDiagnostics, finding, placeFinding, type Diagnostic, type Finding, type Span } from '../core/diagnostic.js';
import type { Plan } from '../core/plan.js';
import { LIMITS } from '../core/limits.js';
import { identityOf, type PlanIdentity } from '../core/planIdentity.js';
import { firstInvalidUtf8, looksLikeUtf16, windows1252Character } from './encoding.js';
import { lineCounterOf, makeLocator, spanBetween } from './locate.js';
import { scanCharacters } from './scanCharacters.js';
import { checkData } from './checkData.js';
import { writtenInDocument } from './toPlan.js';
import { syntaxError } from './yamlSyntax.js';

export { LIMITS } from '../core/limits.js';

/** A plan file, read and checked. */
export interface CheckedFile {
  /** The file, as shown to the user. */
  path: string;
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[];
  /** The typed plan, when the file has no errors that stop it from being read (it may still have errors). */
  plan: Plan | null;
  /** The plan's year, when one could be read, even from a plan with errors. */
  jaar: number | null;
  /**
   * The file's text, for showing the lines that diagnostics point at; null when it is not text. Of
   * many files read (`readPlans`), only those lines are kept, the others empty (see `shownLines`).
   */
  source: string | null;
  /** Its year, municipality, wijk and draft marker, when they can be read, even from a plan with errors. */
  identity?: PlanIdentity | null;
}

/** Decodes UTF-8, refusing what is not; a byte order mark is dropped. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** A plan's text as checked and shown in excerpts: its bytes as UTF-8, without a byte order mark. */
export function sourceOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** Whether a file's checks found an error. */
export function hasErrors(file: CheckedFile): boolean {
  return file.diagnostics.some((d) => d.severity === 'error');
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A control character other than tab, line feed and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * A fast reader, tried before the full reader: it returns the result the full reader would, findings
 * and their places included, or null to leave the file to it. `readClean` of `fastPlan.ts` is one.
 */
export type CleanReader = (source: string, path: string, checks: CheckOptions) => CheckedFile | null;

/** How a plan is read. */
export interface ReadOptions {
  /** What the account's check is told (the config's threshold for differences). */
  checks?: CheckOptions;
  /**
   * The fast reader (`readClean` of `fastPlan.ts`), for callers that read many
   * files: it pays for its own loading only over many. Without it every file takes the full reader;
   * the results are the same, which test/property/fastPlan.test.ts checks.
   */
  clean?: CleanReader;
}

/**
 * Reads one plan from its bytes: YAML with positions, the schema, amounts, and the budget's own
 * rules. Never throws on bad input: every problem becomes a located diagnostic. Every input is
 * treated as hostile until read: size, encoding, nesting, aliases and tags are checked before the
 * YAML is turned into data.
 */
export function parsePlan(bytes: Uint8Array, path: string, options: ReadOptions = {}): CheckedFile {
  const checks = options.checks ?? {};
  const result = (diagnostics: Diagnostic[], source: string | null, plan: Plan | null = null, jaar: number | null = null): CheckedFile => ({
    path,
    diagnostics: diagnostics.sort(compareDiagnostics),
    plan,
    jaar,
    source,
  });
  const placed = (f: Finding, span: Span = START): Diagnostic => placeFinding(f, path, span);

  if (bytes.byteLength > LIMITS.fileBytes) {
    return result([placed(finding('file-too-large', '', { bytes: bytes.byteLength, limit: LIMITS.fileBytes }))], null);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return result([placed(finding('not-text', '', { reason: 'utf16' }))], null);
  }
  if (bytes.includes(0)) {
    // UTF-16 without a byte order mark has a zero byte beside every ASCII character.
    return result([placed(finding('not-text', '', { reason: looksLikeUtf16(bytes) ? 'utf16' : 'binary' }))], null);
  }
  // Node's strict decoder tells quickly whether the bytes are UTF-8; only a file that is not is
  // walked byte by byte, to place the first byte that is not.
  let decoded: string | null = null;
  try {
    decoded = STRICT_UTF8.decode(bytes);
  } catch {
    decoded = null;
  }
  const invalid = decoded === null ? firstInvalidUtf8(bytes) : -1;
  if (invalid !== -1) {
    // Placed at the first byte that is not UTF-8, counted in the characters before it.
    const before = new TextDecoder().decode(bytes.subarray(0, invalid));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const character = windows1252Character(bytes, invalid);
    const args = {
      reason: 'encoding' as const,
      byte: `0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')}`,
      ...(character === undefined ? {} : { windows1252: character }),
    };
    return result([placed(finding('not-text', '', args), { line, column, endLine: line, endColumn: column + 1 })], null);
  }
  // A UTF-8 byte order mark is accepted and dropped.
  const source = decoded ?? sourceOf(bytes);
  // Control characters have no place in a plan, and in a terminal they could rewrite the screen.
  const offset = CONTROL.exec(source)?.index ?? -1;
  if (offset !== -1) {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const code = `U+${source.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')}`;
    return result(
      [placed(finding('not-text', '', { reason: 'control', character: code }), { line, column, endLine: line, endColumn: column + 1 })],
      null,
    );
  }

  // Deep flow nesting (`[[[[…`) can exhaust the YAML parser before it reports anything, so it is
  // refused from the raw text first. Brackets in quoted text count too: no real plan comes near.
  const flowDepth = deepestFlow(source);
  if (flowDepth !== null) {
    const span = spanBetween(lineCounterOf(source), flowDepth, flowDepth + 1);
    return result([placed(finding('too-deep', '', { limit: LIMITS.depth }), span)], source);
  }

  const clean = options.clean?.(source, path, checks) ?? null;
  if (clean !== null) return clean;

  const lineCounter = new LineCounter();
  const spanOf = (start: number, end: number): Span => spanBetween(lineCounter, start, end);

  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });

  const early: Diagnostic[] = [];
  // One syntax error is shown: after it, the parser's further complaints are mostly its
  // consequences. Duplicate keys before it are real; after it they may be its consequences too
  // (a tab-indented line is read as part of the line above it).
  const syntax = doc.errors.length > 0 ? syntaxError(doc.errors, source) : null;
  if (syntax) early.push(placed(finding('yaml-syntax', '', syntax.args), spanOf(syntax.start, syntax.end)));
  for (const error of doc.errors) {
    const span = spanOf(error.pos[0], error.pos[1]);
    if (error.code === 'DUPLICATE_KEY' && !(syntax && error.pos[0] >= syntax.start)) {
      early.push(placed(finding('duplicate-key', '', { key: duplicateKeyName(source, error.pos[0]) }), span));
    } else if (error.code === 'MULTIPLE_DOCS') {
      early.push(placed(finding('multiple-documents', '', {}), span));
    }
  }
  if (early.length === 0) early.push(...unsafeNodes(doc).map(([f, start, end]) => placed(f, spanOf(start, end))));
  // Bidi controls anywhere and invisible characters outside free text, each at the character.
  const hidden = scanCharacters(source, early.length === 0 ? doc : null);
  const characters = hidden.map(({ finding: f, offset }) => placed(f, spanOf(offset, offset + 1)));
  if (early.length > 0) return result([...early, ...characters], source);

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return result([placed(finding('empty-file', '', {})), ...characters], source);
  }

  const locate = makeLocator(doc, lineCounter, source);
  const place = (f: Finding): Diagnostic => placed(f, locate(f.pointer, f.atKey ?? false));

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const jaarValue = (data as { jaar?: unknown } | null)?.jaar;
  const jaar = typeof jaarValue === 'number' && Number.isInteger(jaarValue) ? jaarValue : null;

  // A key or value with a refused character gets no further finding: what it says is not what it shows.
  // (A character in a value leaves a finding about its key standing, such as an unknown key.)
  const refused = new Set(hidden.map((h) => h.finding.pointer).filter((p) => p !== ''));
  const refusedKeys = new Set(hidden.filter((h) => h.finding.atKey).map((h) => h.finding.pointer));
  const unrefused = (f: Finding) => {
    if (f.atKey && refused.has(f.pointer) && !refusedKeys.has(f.pointer)) return true;
    for (let p = f.pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) if (refused.has(p)) return false;
    return true;
  };
  const { findings, plan } = checkData(data, writtenInDocument(doc, source), path, checks);
  return {
    ...result([...findings.filter(unrefused).map(place), ...characters], source, plan, jaar),
    identity: identityOf(data, (pointer) => locate(pointer)),
  };
}

/** The offset where flow brackets first nest deeper than the limit, or null. */
function deepestFlow(source: string): number | null {
  // Cheaply first: no more opening brackets than the limit cannot nest deeper than it.
  let opening = 0;
  for (const bracket of ['[', '{']) {
    for (let i = source.indexOf(bracket); i !== -1 && opening <= LIMITS.depth; i = source.indexOf(bracket, i + 1)) opening++;
  }
  if (opening <= LIMITS.depth) return null;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > LIMITS.depth) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return null;
}

/**
 * Nodes a plan may not contain, as findings with their source offsets: aliases (a few lines of them
 * can expand into gigabytes, and plans never need them), explicit tags other than `!!str` (custom
 * tags such as `!!js/function` mean nothing here), text values over the length limit, and nesting
 * deeper than the limit. One finding per kind, at its first occurrence.
 */
function unsafeNodes(doc: Document): [Finding, number, number][] {
  const found: [Finding, number, number][] = [];
  let aliases = 0;
  let firstAlias: [number, number] | undefined;
  let tag: [Finding, number, number] | undefined;
  let long: [Finding, number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      aliases++;
      firstAlias ??= [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    },
    Node(_, node) {
      const range = node.range ?? [0, 0, 0];
      if (node.tag !== undefined && node.tag !== 'tag:yaml.org,2002:str' && !tag) {
        tag = [finding('yaml-tag', '', { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }), range[0], range[1]];
      }
      if (isScalar(node) && typeof node.value === 'string' && node.value.length > LIMITS.stringLength && !long) {
        long = [finding('string-too-long', '', { length: node.value.length, limit: LIMITS.stringLength }), range[0], range[1]];
      }
    },
  });
  if (firstAlias) found.push([finding('yaml-alias', '', { count: aliases }), ...firstAlias]);
  if (tag) found.push(tag);
  if (long) found.push(long);
  const deep = deepestNode(doc.contents as Node | null);
  if (deep) found.push([finding('too-deep', '', { limit: LIMITS.depth }), deep[0], deep[1]]);
  return found;
}

/** The range of the first node nested deeper than the limit, found without recursion. */
function deepestNode(root: Node | null): [number, number] | null {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > LIMITS.depth) return [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    for (const item of node.items as unknown[]) {
      const value =
        item !== null && typeof item === 'object' && 'value' in item && 'key' in item ? (item as { value: unknown }).value : item;
      stack.push([value, depth + 1]);
    }
  }
  return null;
}

function duplicateKeyName(source: string, offset: number): string {
  const rest = source.slice(offset);
  const m = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+?)\s*:/.exec(rest);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : rest.split('\n')[0]!.slice(0, 40);
}

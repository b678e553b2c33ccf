import type { AmountNotation, Cents } from './amount.js';
import type { StatedFigures } from './plan.js';
import type { Successors, YearSpan } from './iv3Taakvelden.js';

/** Which stated total a `stated-total` finding is about. */
export type StatedWhat =
  | { side: 'begroting' | 'rekening'; figure: keyof StatedFigures }
  | { side: 'bron'; code: string }
  | { side: 'onderdeel'; titel: string };

/** How bad a finding is: errors fail validation, warnings only under `--strict`. */
export type Severity = 'error' | 'warning';

/** What a schema violation is about, for wording it without ajv's English. */
export type SchemaArgs = {
  /** The JSON Schema keyword that failed, or `other`. */
  keyword:
    | 'type'
    | 'required'
    | 'additionalProperties'
    | 'enum'
    | 'minItems'
    | 'minProperties'
    | 'minLength'
    | 'maxLength'
    | 'minimum'
    | 'maximum'
    | 'uniqueItems'
    /** A taakveld that is not written as a code (such as `6,1` for `6.1`). */
    | 'taakveld-format'
    | 'other';
  /** The key concerned: the missing or unknown one, or the one whose value is wrong. */
  key: string;
  /** For `type`: the expected JSON type(s), such as `integer` or `number,string`. */
  expected?: string;
  /** For `enum` and `additionalProperties`: the allowed values or keys. */
  allowed?: string[];
  /** For `additionalProperties`: the nearest allowed key, if one is close; for `taakveld-format`, the code written with a point. */
  suggestion?: string;
  /** For limits: the limit. */
  limit?: number;
  /** For `enum`, `type` and `taakveld-format`: the value found, as YAML would show it. */
  value?: string;
  /** For `type`: the value is text that reads as a number, so the quotes are the mistake. */
  quotedNumber?: boolean;
  /** ajv's own message, used for `other`. */
  detail?: string;
};

/** A file that is not valid UTF-8, with its first invalid byte; its position is the diagnostic's. */
export type NotUtf8Args = {
  reason: 'encoding';
  /** The first invalid byte, as `0x80`. */
  byte: string;
  /** What that byte is in Windows-1252, when the file looks like Windows-1252 or Latin-1 text. */
  windows1252?: string;
};

/**
 * What is wrong with a file's YAML syntax. `kind` is the mistake in words of our own; `yamlCode`
 * and `detail` are the YAML parser's code and English text, kept for reference but not shown.
 */
export type YamlSyntaxArgs = {
  /** The YAML parser's error code, such as `BAD_INDENT`. */
  yamlCode: string;
  /** The YAML parser's own (English) message. */
  detail: string;
  /** The mistake, when it is recognised. */
  kind?: YamlSyntaxKind;
  /** For `unclosed-quote` and `unclosed-bracket`: the quote or bracket that is not closed. */
  opening?: string;
  /** The text concerned as it stands on its line (an unclosed quote, a value to quote, a character). */
  text?: string;
  /** For `unquoted-colon` and `text-after-quote`: the key whose value is to be quoted. */
  key?: string;
};

/** The syntax mistakes `yaml-syntax` names in words of its own. */
export type YamlSyntaxKind =
  | 'tab-indent'
  | 'unclosed-quote'
  | 'unclosed-bracket'
  | 'unquoted-colon'
  | 'text-after-quote'
  | 'bad-indent'
  | 'missing-comma'
  | 'missing-colon'
  | 'missing-dash'
  | 'comment-space'
  | 'flow-space'
  | 'multiline-key'
  | 'nested-key'
  | 'bad-start'
  | 'bad-escape'
  | 'block-in-flow'
  | 'properties'
  | 'directive'
  | 'long-key'
  | 'unexpected';

/** The arguments of each diagnostic code; the wording is made from these per language. */
export interface DiagnosticArgs {
  'unreadable-file': { reason: string };
  'not-text': { reason: 'binary' | 'utf16' } | { reason: 'control'; character: string } | NotUtf8Args;
  'too-deep': { limit: number };
  'string-too-long': { length: number; limit: number };
  'multiple-documents': Record<string, never>;
  'yaml-tag': { tag: string };
  'file-too-large': { bytes: number; limit: number };
  'empty-file': Record<string, never>;
  'yaml-syntax': YamlSyntaxArgs;
  'yaml-alias': { count: number };
  'duplicate-key': { key: string };
  schema: SchemaArgs;
  'bidi-character': {
    character: string;
    name: string;
    /** The key or value that holds it (cut around the character when long); absent in a comment. */
    value?: string;
  };
  'invisible-character': {
    character: string;
    name: string;
    /** What holds it: a key, an amount, free text, or another value (a code, a number, a name). */
    where: 'key' | 'amount' | 'text' | 'value';
    /** The key or value that holds it, cut to a window around the character when long. */
    value: string;
  };
  'ambiguous-amount': {
    text: string;
    read: string;
    readAs: 'number' | 'text';
    cents: Cents;
    /** Inside `{ … }`: the key YAML made of what followed the decimal comma. */
    splitKey?: string;
  };
  'invalid-amount': {
    text: string;
    reason: 'negative' | 'precision' | 'not-a-number' | 'unparsable' | 'too-large' | 'notation';
    /** For `notation`: how the number was written. */
    notation?: AmountNotation;
    /** What YAML read, when the digits mean something else (hexadecimal, octal). */
    read?: string;
    /** The same amount in plain digits, keeping every digit typed. */
    advice?: string;
  };
  'unknown-source': { bron: string; suggestion?: string; declared: string[] };
  'duplicate-activity-nr': { nr: number; firstTitel: string };
  'over-budget': { declared: Cents; known: Cents; difference: Cents; unknownLines: number };
  'unallocated-budget': { declared: Cents; known: Cents; difference: Cents; unknownLines: number };
  /** A line without an amount; without `bron`, a line of the division alone. */
  'unknown-amount': { nr: number; bron?: string };
  overspent: { nr: number; bron?: string; bedrag: Cents; besteed: Cents };
  /** A line without a source in a plan that gives no funding per source. */
  'no-source': { nr: number };
  /** A funding table that does not agree with the division (in all or for one source) or with the declared total. */
  'not-balanced': { kind: 'division' | 'source' | 'declared'; bron?: string; funding: Cents; other: Cents; difference: Cents };
  /** A total the document states that its lines do not give: stated minus computed. */
  'stated-total': { what: StatedWhat; stated: Cents; computed: Cents; difference: Cents };
  /** `programma_budget` in a wijk plan, where it is not counted. */
  'programme-budget-in-wijk': { wijk: string };
  /** An amount that looks written in another unit than the plan's (`written` in the plan's unit, cents times the unit). */
  'suspicious-scale': { direction: 'multiplied' | 'not-multiplied'; written: Cents; schaal: number; median: Cents };
  /** A line (with `bron`) or a whole activity (without) whose spending differs beyond the threshold, unexplained. */
  /** `difference` is begroting minus rekening (bedrag minus besteed), as every difference. */
  'unexplained-deviation': { nr: number; bron?: string; bedrag: Cents; besteed: Cents; difference: Cents; percent: number | null };
  /**
   * `afgerond` with nothing spent (`unfilled` of its `lines` have no `besteed` at all: not known is
   * not zero), or `vervallen` with spending (`besteed`, the amount spent).
   */
  'status-spending':
    | { nr: number; status: 'afgerond'; unfilled: number; lines: number }
    | { nr: number; status: 'vervallen'; besteed: Cents };
  /**
   * An activity without owners; or, in a plan that names no owners and no statuses anywhere (a
   * budget table), the plan as a whole, with the number of its activities.
   */
  'no-owner': { nr: number; titel: string } | { activities: number };
  'unused-source': { code: string };
  'results-percentage': {
    declared: number;
    lines: number;
    points: number;
    total: number;
  };
  'year-mismatch': { kind: 'file-name'; jaar: number; fileYear: number } | { kind: 'results'; jaar: number; resultsYear: number };
  placeholder: { text: string };
  'duplicate-plan': { others: string[]; jaar: number; gemeente: string; wijk?: string };
  'wijk-spelling': { wijk: string; spelling: string; file: string; jaar: number };
  'unknown-taakveld': { nr: number; code: string; group?: { code: string; naam: string; codes: string[] } };
  'taakveld-year-not-covered': { nr: number; code: string; jaar: number; firstYear: number };
  'taakveld-not-in-year':
    | { kind: 'retired'; nr: number; code: string; jaar: number; years: YearSpan[]; successors: Successors[] }
    | { kind: 'not-yet'; nr: number; code: string; jaar: number; years: YearSpan[]; since: number; instead: string[] };
  'taakveld-list-out-of-date': { nr: number; code: string; jaar: number; version: string; checkedThrough: number; onList: boolean };
}

/** A stable diagnostic code, shown in brackets and used in JSON. */
export type Code = keyof DiagnosticArgs;

/** The severity of each code. */
export const severities = {
  'unreadable-file': 'error',
  'not-text': 'error',
  'too-deep': 'error',
  'string-too-long': 'error',
  'multiple-documents': 'error',
  'yaml-tag': 'error',
  'file-too-large': 'error',
  'empty-file': 'error',
  'yaml-syntax': 'error',
  'yaml-alias': 'error',
  'duplicate-key': 'error',
  schema: 'error',
  'bidi-character': 'error',
  'invisible-character': 'error',
  'ambiguous-amount': 'error',
  'invalid-amount': 'error',
  'unknown-source': 'error',
  'duplicate-activity-nr': 'error',
  'over-budget': 'error',
  'unallocated-budget': 'warning',
  'unknown-amount': 'warning',
  'no-source': 'error',
  'not-balanced': 'warning',
  'stated-total': 'warning',
  'suspicious-scale': 'warning',
  'programme-budget-in-wijk': 'warning',
  overspent: 'warning',
  'unexplained-deviation': 'warning',
  'status-spending': 'warning',
  'no-owner': 'warning',
  'unused-source': 'warning',
  'results-percentage': 'warning',
  'year-mismatch': 'warning',
  placeholder: 'warning',
  'duplicate-plan': 'error',
  'wijk-spelling': 'warning',
  'unknown-taakveld': 'error',
  'taakveld-year-not-covered': 'warning',
  'taakveld-not-in-year': 'error',
  'taakveld-list-out-of-date': 'warning',
} as const satisfies Record<Code, Severity>;

/** A finding about a plan, located by JSON pointer, before it is placed at a line and column. */
export type Finding = {
  [C in Code]: {
    /** The stable code. */
    code: C;
    /** Its severity. */
    severity: Severity;
    /** JSON pointer of the offending node (RFC 6901), `""` for the whole document. */
    pointer: string;
    /** Point at the key of the node rather than its value (unknown keys). */
    atKey?: boolean;
    /**
     * JSON pointers of the other nodes the finding is derived from (an owner warning from the
     * owners' list, a budget sum from every amount): an error at or above one of them drops it.
     * A pointer ending in `/` stands for the node with everything below it.
     */
    basis?: string[];
    /** What the message is made from. */
    args: DiagnosticArgs[C];
  };
}[Code];

/** A position in a file: 1-based line and column; the end is exclusive. */
export interface Span {
  /** Line of the first character, 1-based. */
  line: number;
  /** Column of the first character, 1-based. */
  column: number;
  /** Line of the end, 1-based. */
  endLine: number;
  /** Column just past the last character, 1-based. */
  endColumn: number;
}

/** A finding placed in a file. */
export type Diagnostic = Finding &
  Span & {
    /** The file, as shown to the user. */
    file: string;
  };

/** Makes a finding with the code's own severity. */
export function finding<C extends Code>(code: C, pointer: string, args: DiagnosticArgs[C], atKey = false): Finding {
  const severity = severities[code];
  return (atKey ? { code, severity, pointer, args, atKey } : { code, severity, pointer, args }) as Finding;
}

/**
 * A finding placed in a file: its fields in their order, then the file and the place, with its
 * arguments or severity replaced when given. The same object as `{ ...f, file, ...span }`, written
 * out field by field: findings come in a dozen shapes, and spreading them took V8's slow generic
 * path (a fifth of the fast reader's own time on plans with warnings).
 */
export function placeFinding(
  f: Finding,
  file: string,
  span: Span,
  replaced: { args?: Finding['args']; severity?: Severity } = {},
): Diagnostic {
  const severity = replaced.severity ?? f.severity;
  const args = replaced.args ?? f.args;
  const { line, column, endLine, endColumn } = span;
  return (
    f.atKey === undefined
      ? { code: f.code, severity, pointer: f.pointer, args, file, line, column, endLine, endColumn }
      : { code: f.code, severity, pointer: f.pointer, args, atKey: f.atKey, file, line, column, endLine, endColumn }
  ) as Diagnostic;
}

/** Sorts diagnostics by file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  if (typeof segment === 'number') return String(segment);
  // Most segments need no escape; a plan is read with thousands of pointers.
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

/** Joins a JSON pointer from segments. */
export function pointerOf(...segments: (string | number)[]): string {
  let pointer = '';
  for (const segment of segments) pointer += '/' + pointerSegment(segment);
  return pointer;
}

import { basename } from 'node:path';
import { LineCounter, parseDocument, visit } from 'yaml';
import { checkPlan } from '../core/checkPlan.js';
import { compareDiagnostics, finding, type Diagnostic, type Finding } from '../core/diagnostic.js';
import type { Plan } from '../core/plan.js';
import { makeLocator } from './locate.js';
import { schemaFindings } from './schema.js';
import { toPlan } from './toPlan.js';

/** The largest plan file read: real plans are a few kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A plan file, read and checked. */
export interface CheckedFile {
  /** The file, as shown to the user. */
  path: string;
  /** Every problem found, sorted by position. */
  diagnostics: Diagnostic[];
  /** The typed plan, when its shape allowed one to be made (it may still have errors). */
  plan: Plan | null;
  /** The plan's year, when one could be read, even from a plan with errors. */
  jaar: number | null;
}

const at = (file: string, f: Finding, line = 1, column = 1): Diagnostic => ({
  ...f,
  file,
  line,
  column,
  endLine: line,
  endColumn: column,
});

/** Whether a file's checks found an error. */
export function hasErrors(file: CheckedFile): boolean {
  return file.diagnostics.some((d) => d.severity === 'error');
}

/**
 * Reads one plan from its bytes: YAML with positions, the schema, amounts, and the budget's own
 * rules. Never throws on bad input: every problem becomes a located diagnostic.
 */
export function parsePlan(bytes: Uint8Array, path: string): CheckedFile {
  const fail = (f: Finding, line = 1, column = 1): CheckedFile => ({
    path,
    diagnostics: [at(path, f, line, column)],
    plan: null,
    jaar: null,
  });

  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(finding('file-too-large', '', { bytes: bytes.byteLength, limit: MAX_FILE_BYTES }));
  }
  if (bytes.includes(0)) return fail(finding('not-text', '', { reason: 'binary' }));
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(finding('not-text', '', { reason: 'encoding' }));
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => lineCounter.linePos(offset);

  const early: Diagnostic[] = [];
  for (const error of doc.errors) {
    const { line, col } = position(error.pos[0]);
    const end = position(error.pos[1]);
    const f =
      error.code === 'DUPLICATE_KEY'
        ? finding('duplicate-key', '', { key: duplicateKeyName(source, error.pos[0]) })
        : finding('yaml-syntax', '', { detail: firstLine(error.message) });
    early.push({ ...f, file: path, line, column: col, endLine: end.line, endColumn: end.col });
  }
  if (early.length === 0) {
    // Aliases can multiply a small file into a huge value (a "billion laughs"); plans never need them.
    let count = 0;
    let first: [number, number] | undefined;
    visit(doc, {
      Alias(_, node) {
        count++;
        first ??= [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      },
    });
    if (first) {
      const { line, col } = position(first[0]);
      const end = position(first[1]);
      early.push({ ...finding('yaml-alias', '', { count }), file: path, line, column: col, endLine: end.line, endColumn: end.col });
    }
  }
  if (early.length > 0) return { path, diagnostics: early.sort(compareDiagnostics), plan: null, jaar: null };

  if (doc.contents === null || (doc.contents as { value?: unknown }).value === null) {
    return fail(finding('empty-file', '', {}));
  }

  const locate = makeLocator(doc, lineCounter, source);
  const place = (f: Finding): Diagnostic => ({ ...f, file: path, ...locate(f.pointer, f.atKey ?? false) });

  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const jaarValue = (data as { jaar?: unknown } | null)?.jaar;
  const jaar = typeof jaarValue === 'number' && Number.isInteger(jaarValue) ? jaarValue : null;

  const shape = schemaFindings(data);
  const findings = [...shape];
  let plan: Plan | null = null;
  if (!breaksStructure(shape)) {
    const mapped = toPlan(doc, source, path);
    plan = mapped.plan;
    // A node the schema already refused gets no second, derived finding: nothing at or below a
    // wrong or incomplete node, and nothing about the node that holds an unknown (perhaps misspelt) key.
    const covered = (pointer: string) =>
      shape.some((f) =>
        f.code === 'schema' && f.args.keyword === 'additionalProperties'
          ? pointer === f.pointer.slice(0, f.pointer.lastIndexOf('/'))
          : pointer === f.pointer || pointer.startsWith(f.pointer + '/'),
      );
    findings.push(...[...mapped.findings, ...checkPlan(plan, basename(path))].filter((f) => !covered(f.pointer)));
    if (shape.length > 0) plan = null;
  }
  return { path, diagnostics: findings.map(place).sort(compareDiagnostics), plan, jaar };
}

/**
 * Whether schema errors leave too little structure for the budget checks to mean anything: the
 * document is not a mapping, or the sources or sections are missing or of the wrong shape.
 */
function breaksStructure(shape: Finding[]): boolean {
  return shape.some(
    (f) =>
      f.code === 'schema' &&
      ((f.pointer === '' && f.args.keyword === 'type') ||
        (f.pointer === '' && f.args.keyword === 'required' && ['bronnen', 'onderdelen'].includes(f.args.key)) ||
        ((f.pointer === '/bronnen' || f.pointer === '/onderdelen') && f.args.keyword === 'type')),
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function duplicateKeyName(source: string, offset: number): string {
  const rest = source.slice(offset);
  const m = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+?)\s*:/.exec(rest);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : rest.split('\n')[0]!.slice(0, 40);
}

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
    visit(doc, {
      Alias(_, node) {
        const { line, col } = position(node.range?.[0] ?? 0);
        const end = position(node.range?.[1] ?? 0);
        early.push({ ...finding('yaml-alias', '', {}), file: path, line, column: col, endLine: end.line, endColumn: end.col });
      },
    });
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
  // Unknown keys leave the rest of the plan readable, so the budget checks still run; any other
  // schema error means the plan cannot be trusted to have the shape the checks need.
  const readable = shape.every((f) => f.code === 'schema' && f.args.keyword === 'additionalProperties');
  const findings = [...shape];
  let plan: Plan | null = null;
  if (readable) {
    const mapped = toPlan(doc, source, path);
    plan = mapped.plan;
    findings.push(...mapped.findings, ...checkPlan(plan, basename(path)));
  }
  return { path, diagnostics: findings.map(place).sort(compareDiagnostics), plan, jaar };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function duplicateKeyName(source: string, offset: number): string {
  const rest = source.slice(offset);
  const m = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+?)\s*:/.exec(rest);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : rest.split('\n')[0]!.slice(0, 40);
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareDiagnostics, placeFinding, type Diagnostic, type Finding } from '../core/diagnostic.js';
import { duplicatePlans, wijkSpellings } from '../core/planIdentity.js';
import type { CheckedFile } from '../load/parsePlan.js';

/** What the checks across plans compare, and how to find a file's text again. */
export interface PlanSetOptions {
  /** The folder paths are relative to. */
  cwd: string;
  /** Plans that are compared with the files but not reported on (see `readSiblings`). */
  siblings?: CheckedFile[];
  /** Also warn about wijken written in more than one way; without it, only duplicates are checked. */
  spelling?: boolean;
  /** The name standard input is shown as: its text cannot be read again from that path. */
  stdinName?: string;
}

/**
 * The files with the checks that look at several plans at once added to their diagnostics: two
 * plans with one identity (`duplicate-plan`) and, with `spelling`, one wijk written in several ways
 * (`wijk-spelling`). Siblings take part in the comparison; only the files themselves get findings.
 */
export function withPlanSetChecks(files: CheckedFile[], options: PlanSetOptions): CheckedFile[] {
  const all = [...files, ...(options.siblings ?? [])];
  const duplicates = duplicatePlans(all);
  const spellings = options.spelling ? wijkSpellings(all) : new Map<string, Finding[]>();
  return files.map((file) => {
    const found = [...(duplicates.get(file.path) ?? []), ...(spellings.get(file.path) ?? [])];
    if (found.length === 0 || !file.identity) return file;
    const at = file.identity.at;
    const placed: Diagnostic[] = found.map((f) => placeFinding(f, file.path, at));
    return {
      ...file,
      diagnostics: [...file.diagnostics, ...placed].sort(compareDiagnostics),
      // A file without diagnostics was kept without its text; read it again to show the line.
      source: file.source ?? (file.path === options.stdinName ? null : textOf(resolve(options.cwd, file.path))),
    };
  });
}

function textOf(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

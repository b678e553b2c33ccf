import type { CheckOptions } from '../core/checkVerantwoording.js';
import { errorsFirst, isUncountable } from '../core/countable.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Plan } from '../core/plan.js';
import { JaarplanError } from '../errors.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { loadSettings } from './loadSettings.js';
import { isUnreadable, type StdinReader } from './readPlan.js';
import { readPlans, yearOf } from './readPlans.js';
import { withPlanSetChecks } from './withPlanSetChecks.js';

/** Which plans a command asks for. */
export interface PlanSetRequest {
  /** Files, folders, glob patterns or `-`, as given (a default such as `plans` already filled in). */
  paths: string[];
  /** The folder relative paths start from. */
  cwd: string;
  /** An explicit config file; without it, the one found upward from `cwd`. */
  config?: string;
  /** Only the plans of one year, or of a range of years; without it, every plan read. */
  wanted?: YearsWanted;
  /** Reads standard input, for `-`. */
  readStdin?: StdinReader;
}

/** Which plans a report or account is made of: one year, or a range of years side by side. */
export type YearsWanted = { year: number } | { years: { first: number; last: number } };

/** Something the plan set says about a plan it leaves out, worded by the caller. */
export type PlanSetNote = { kind: 'concept'; path: string };

/**
 * Why the plan set may not be used, with the files that are the reason: `errors` (a plan that cannot
 * be counted: not a readable plan, an amount that cannot be read, hidden characters, a duplicate of
 * another; see `core/countable.ts`) or `placeholders` (a plan with `<…>` still to fill in). The exit
 * code is 2 when a file could not be read at all, 1 otherwise.
 */
export interface Refusal {
  /** What the files have that refuses them. */
  kind: 'errors' | 'placeholders';
  /** The refused files, with the diagnostics to show, errors first (for placeholders, those alone). */
  files: CheckedFile[];
  /** The exit code of the refusal. */
  exitCode: 1 | 2;
}

/** The plans a command may count, and what it must say about the others. */
export interface PlanSet {
  /** The plans of the years asked for, drafts left out, with the checks across plans and the config's severities. */
  files: CheckedFile[];
  /** Their typed plans, in the same order. */
  plans: Plan[];
  /** Every file read, which `--out` may never overwrite. */
  all: CheckedFile[];
  /** Plans left out, in the order met. */
  notes: PlanSetNote[];
  /** Why the set may not be used, or null when it may. */
  refused: Refusal | null;
  /**
   * The counted plans that have errors left (the budget rules: `over-budget`, `unknown-source`, …),
   * each with those errors alone, in the order of `files`: the figures are shown with these on top,
   * and the command exits 1. Empty when no counted plan has an error.
   */
  findings: CheckedFile[];
  /** What the checks were told (the config's threshold for differences). */
  checks: CheckOptions;
}

/**
 * The one decision of which plans a command counts: every command that counts plans (totals,
 * report, verantwoording, export) reads them through here. The year filter comes first, then drafts
 * (`concept: true`) are left out with a note, two plans with one identity get `duplicate-plan`, the
 * config's severities are applied, and the set is refused when a plan cannot be counted, or else
 * when a plan has a placeholder left (a config that turns a check off lets its plans through). The
 * errors that do not keep a plan from being counted (the budget rules) are its `findings`. An
 * empty set is returned as such (see `noPlansError`); a config with mistakes is a JaarplanError
 * (exit 2).
 */
export async function readPlanSet(request: PlanSetRequest): Promise<PlanSet> {
  const { severities, checks } = await loadSettings(request, request.config);
  const all = (
    await readPlans({
      paths: request.paths,
      cwd: request.cwd,
      checks,
      ...(request.readStdin ? { readStdin: request.readStdin } : {}),
    })
  ).files;
  const range = rangeOf(request.wanted);
  const wanted = range === null ? all : all.filter((f) => inYears(f, range.first, range.last));
  const notes: PlanSetNote[] = [];
  const counted: CheckedFile[] = [];
  for (const file of wanted) {
    if (file.identity?.concept) notes.push({ kind: 'concept', path: file.path });
    else counted.push(file);
  }
  const files = withPlanSetChecks(counted, { cwd: request.cwd }).map(severities);
  return {
    files,
    plans: files.map((f) => f.plan).filter((p): p is Plan => p !== null),
    all,
    notes,
    refused: refusalOf(files),
    findings: findingsOf(files),
    checks,
  };
}

/** What refuses a file besides the errors that make it uncountable. */
export interface RefusalOptions {
  /** Refuse a plan with a placeholder left. */
  placeholders: boolean;
  /** Refuse a plan with any error, not only one that makes it uncountable (for `init --from`, which copies the plan). */
  anyError?: boolean;
}

/**
 * Why these files may not be counted, or null: a file with an error that cannot be counted (exit 2
 * when a file could not be read at all), then placeholders. A refused file keeps all its diagnostics,
 * errors first, so that what refuses it is read first. `files` come with the config's severities
 * applied.
 */
export function refusalOf(files: CheckedFile[], options: RefusalOptions = { placeholders: true }): Refusal | null {
  const refuses = options.anyError === true ? (d: Diagnostic) => d.severity === 'error' : isUncountable;
  const bad = files.filter((f) => f.diagnostics.some(refuses)).map((f) => ({ ...f, diagnostics: errorsFirst(f.diagnostics) }));
  if (bad.length > 0) return { kind: 'errors', files: bad, exitCode: bad.some(isUnreadable) ? 2 : 1 };
  if (!options.placeholders) return null;
  const unfilled = files
    .map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.code === 'placeholder') }))
    .filter((f) => f.diagnostics.length > 0);
  if (unfilled.length > 0) return { kind: 'placeholders', files: unfilled, exitCode: 1 };
  return null;
}

/**
 * The errors of counted files that leave them countable (see `core/countable.ts`), per file with
 * those errors alone, in file order; files without one are left out.
 */
export function findingsOf(files: CheckedFile[]): CheckedFile[] {
  return files
    .map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }))
    .filter((f) => f.diagnostics.length > 0);
}

/** Whether a file is of one of the years from `first` to `last`: the one year filter of every command. */
export function inYears(file: CheckedFile, first: number, last: number): boolean {
  const year = yearOf(file);
  return year !== null && year >= first && year <= last;
}

function rangeOf(wanted: YearsWanted | undefined): { first: number; last: number } | null {
  if (wanted === undefined) return null;
  return 'year' in wanted ? { first: wanted.year, last: wanted.year } : wanted.years;
}

/** The failure of a request that found no plan to count (exit 2), worded by what was asked. */
export function noPlansError(request: PlanSetRequest): JaarplanError {
  const dir = request.paths.join(', ');
  const { wanted } = request;
  if (wanted === undefined) return new JaarplanError('no-plans', { paths: request.paths });
  if ('year' in wanted) return new JaarplanError('no-plan-for-year', { year: wanted.year, dir });
  return new JaarplanError('no-plan-for-years', { ...wanted.years, dir });
}

import type { Diagnostic } from '../core/diagnostic.js';
import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import { findingsWords } from '../i18n/findings.js';
import { labels } from '../i18n/labels.js';
import { planSetWords } from '../i18n/planSet.js';
import { noPlansError, readPlanSet, type PlanSet, type PlanSetRequest, type Refusal, type YearsWanted } from '../node/planSet.js';
import { writeOutput } from '../node/writeOutput.js';
import { isBinary, type FormatTraits } from '../reporters/registry.js';
import type { ReporterOptions } from '../reporters/shared/options.js';
import { fullResult } from '../reporters/validate/result.js';
import { reporterOptions, type GlobalOptions } from './common.js';

/**
 * What a command asks of the plan set: the paths given (`plans` when none), from the working folder,
 * with the year or years wanted, the config of `--config` and standard input for `-`. Every command
 * that counts plans builds its request here.
 */
export function planSetRequest(paths: string[], options: { config?: string }, io: Io, wanted?: YearsWanted): PlanSetRequest {
  return {
    paths: paths.length > 0 ? paths : ['plans'],
    cwd: io.cwd,
    ...(wanted === undefined ? {} : { wanted }),
    ...(options.config === undefined ? {} : { config: options.config }),
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
  };
}

/**
 * The plans a command counts (`node/planSet.ts` decides which), with what the set says written to
 * standard error: a note per draft left out; then no plan at all is a JaarplanError (exit 2), and
 * when the set is refused (a plan that cannot be counted), the findings of the refused plans, errors
 * first, and a line per plan. Returns the set, or the exit code of the refusal. A set whose plans
 * have errors that leave them countable is returned: the command shows them on top of its figures
 * (`withSetFindings`) and ends with `countedExit`.
 */
export async function planSetFor(request: PlanSetRequest, global: GlobalOptions, io: Io): Promise<PlanSet | number> {
  const set = await readPlanSet(request);
  for (const note of set.notes) io.stderr(`jaarplan: ${planSetWords[global.lang].conceptSkipped(note.path)}\n`);
  if (set.files.length === 0) throw noPlansError(request);
  if (set.refused !== null) return printRefusal(set.refused, global, io);
  return set;
}

/** Writes a refusal to standard error (its findings, then a line per refused plan) and returns its exit code. */
export async function printRefusal(refusal: Refusal, global: GlobalOptions, io: Io): Promise<number> {
  // Loaded only when a plan is refused: a clean run of a JSON format never loads the terminal text code.
  const { validateText } = await import('../reporters/validate/text.js');
  const options = reporterOptions(global, { ...io, isTTY: false });
  io.stderr(validateText(fullResult(refusal.files), options));
  const line = refusal.kind === 'errors' ? labels[global.lang].refused : labels[global.lang].refusedPlaceholder;
  for (const file of refusal.files) io.stderr(line(file.path) + '\n');
  return refusal.exitCode;
}

/** The errors of the counted plans, each plan's in file order. */
function findingsOfSet(set: PlanSet): Diagnostic[] {
  return set.findings.flatMap((f) => f.diagnostics);
}

/** A command's reporter options with the set's findings, which every format shows on top. */
function withSetFindings(options: ReporterOptions, set: PlanSet): ReporterOptions {
  const findings = findingsOfSet(set);
  return findings.length === 0 ? options : { ...options, findings };
}

/**
 * A reporter's output with the findings of its options on top, in the way of `format`; the code
 * that puts them there is loaded only when there are findings.
 */
async function onTop(format: string, output: string | Uint8Array, options: ReporterOptions): Promise<string | Uint8Array> {
  if (options.findings === undefined || options.findings.length === 0) return output;
  const { withFindings } = await import('../reporters/shared/findingsOnTop.js');
  return withFindings(format, output, options);
}

/**
 * The exit code of a command that wrote the figures of a set: 1 when a counted plan has errors, as
 * `validate` gives for errors, else 0. When the output went to a file or a folder, where nobody sees
 * it at once, the errors and a line per such plan are written to standard error.
 */
export async function countedExit(set: PlanSet, toFile: boolean, global: GlobalOptions, io: Io): Promise<number> {
  if (set.findings.length === 0) return 0;
  if (toFile) {
    const { validateText } = await import('../reporters/validate/text.js');
    io.stderr(validateText(fullResult(set.findings), reporterOptions(global, { ...io, isTTY: false })));
    for (const file of set.findings) io.stderr(`jaarplan: ${findingsWords[global.lang].counted(file.path, file.diagnostics.length)}\n`);
  }
  return 1;
}

/** What a command that counts plans asks for, from its command line. */
export interface PlanSetCommand extends GlobalOptions {
  /** Files, folders or patterns as given (`plans` when none). */
  paths: string[];
  /** The year or years, or every plan read. */
  wanted?: YearsWanted;
  /** The chosen format, a key of the registry. */
  format: string;
  /** `--out`: write to this file instead of standard output. */
  out?: string;
  /** `--config`. */
  config?: string;
}

/**
 * The one run of `totals`, `report` and `verantwoording`: a binary format without `--out` is a usage
 * error (exit 2) before any plan is read; then the plan set is read (what cannot be counted refused),
 * `render` makes the output of the chosen format from it with the set's errors in the reporter's
 * options, the errors are put on top, the output goes to standard output or all at once to `--out`
 * (never over an input), and the exit code is that of the set (1 when a counted plan has errors). A
 * command gives only its registry and how it renders; it enters this module once.
 */
export async function runOnPlanSet(
  command: PlanSetCommand,
  io: Io,
  registry: Record<string, FormatTraits>,
  render: (set: PlanSet, options: ReporterOptions) => Promise<string | Uint8Array>,
): Promise<number> {
  const { out, format } = command;
  if (isBinary(registry, format) && out === undefined) throw new JaarplanError('binary-needs-out', {});
  const request = planSetRequest(command.paths, command, io, command.wanted);
  const set = await planSetFor(request, command, io);
  if (typeof set === 'number') return set;
  // A file is no terminal: it gets no colour unless FORCE_COLOR asks.
  const options = withSetFindings(reporterOptions(command, out === undefined ? io : { ...io, isTTY: false }), set);
  const output = await onTop(format, await render(set, options), options);
  if (out === undefined) {
    if (typeof output !== 'string') throw new JaarplanError('binary-needs-out', {});
    io.stdout(output);
  } else {
    await writeOutput(out, output, { cwd: io.cwd, inputs: set.all.map((f) => f.path), folders: request.paths });
  }
  return countedExit(set, out !== undefined, command, io);
}

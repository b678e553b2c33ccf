import { useColor, type Io } from '../io.js';
import { labels } from '../i18n/labels.js';
import { planSetWords } from '../i18n/planSet.js';
import { noPlansError, readPlanSet, type PlanSet, type PlanSetRequest, type Refusal, type YearsWanted } from '../node/planSet.js';
import { fullResult } from '../reporters/validate/result.js';
import type { GlobalOptions } from './common.js';

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
 * standard error: a note per draft left out; then no plan at all is a JaarplanError (exit 2), and when the set is refused, the findings of the
 * refused plans and a line per plan. Returns the set, or the exit code of the refusal.
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
  const options = { lang: global.lang, color: useColor(global.color, { env: io.env, isTTY: false }) };
  io.stderr(validateText(fullResult(refusal.files), options));
  const line = refusal.kind === 'errors' ? labels[global.lang].refused : labels[global.lang].refusedPlaceholder;
  for (const file of refusal.files) io.stderr(line(file.path) + '\n');
  return refusal.exitCode;
}

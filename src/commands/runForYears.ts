import { JaarplanError } from '../errors.js';
import type { Io } from '../io.js';
import type { GlobalOptions } from './common.js';

/** What `report` and `verantwoording` are given on the command line, besides their arguments. */
export interface YearsCommandLine<F> {
  format: F;
  year?: number;
  years?: { first: number; last: number };
  /** `--plans`: one folder, the same as giving it as the only argument. */
  plans?: string;
  out?: string;
  config?: string;
}

/** The options both commands run with, besides the year or years. */
export type YearsBase<F> = GlobalOptions & {
  format: F;
  /** The plans asked for: files, folders or patterns. */
  paths: string[];
  out?: string;
  config?: string;
};

/** A path as the user may write one folder in several ways: `plans`, `plans/`, `./plans`. */
const folderKey = (path: string) => path.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';

/**
 * The plans a command line names: its arguments, else `--plans` (kept as an alias of one folder as
 * argument), else `plans/`. Both, naming different plans, are a usage error (exit 2).
 */
export function plansOf(paths: string[], plans: string | undefined): string[] {
  if (plans === undefined) return paths.length > 0 ? paths : ['plans'];
  if (paths.length === 0) return [plans];
  if (paths.length === 1 && folderKey(paths[0]!) === folderKey(plans)) return paths;
  throw new JaarplanError('plans-twice', { plans, paths });
}

/**
 * Runs `report` or `verantwoording` for what the command line asks: `--years A-B` side by side, or
 * `--year N`; neither is a usage error (exit 2).
 */
export async function runForYears<F>(
  paths: string[],
  o: YearsCommandLine<F>,
  global: GlobalOptions,
  io: Io,
  run: {
    year: (options: YearsBase<F> & { year: number }, io: Io) => Promise<number>;
    years: (options: YearsBase<F> & { years: { first: number; last: number } }, io: Io) => Promise<number>;
  },
): Promise<number> {
  const base: YearsBase<F> = {
    ...global,
    format: o.format,
    paths: plansOf(paths, o.plans),
    ...(o.out === undefined ? {} : { out: o.out }),
    ...(o.config === undefined ? {} : { config: o.config }),
  };
  if (o.years !== undefined) return run.years({ ...base, years: o.years }, io);
  if (o.year !== undefined) return run.year({ ...base, year: o.year }, io);
  throw new JaarplanError('year-required', {});
}

import { withRules, type WithDiagnostics } from '../core/applyRules.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { loadConfig } from './loadConfig.js';

/** Applies the config's severities to what carries diagnostics. */
export type Severities = <T extends WithDiagnostics>(item: T) => T;

/**
 * What a config asks of every command that reads plans: `checks` for reading them (the threshold of
 * `unexplained-deviation`), `severities` for what the reading found.
 */
export interface Settings {
  /** The config's severities. */
  severities: Severities;
  /** What the checks are told. */
  checks: CheckOptions;
}

/**
 * The settings of the config (`file`, or the one found upward from `cwd`), for every command that
 * reads plans (validate, totals, report, verantwoording, export and both sides of diff) and the
 * language server. `checks` goes to the reading of each plan; `severities` is the one function
 * applied to the diagnostics a command reports or acts on (the refusal of plans, the points of
 * attention, diff's introduced and resolved diagnostics). Without a config, nothing changes. A
 * config with mistakes is a JaarplanError (exit 2) before any plan is read.
 */
export async function loadSettings(where: { cwd: string }, file: string | undefined): Promise<Settings> {
  const config = await loadConfig(where.cwd, file);
  if (config === null) return { severities: (item) => item, checks: {} };
  return { severities: (item) => withRules(item, config.rules), checks: config.checks };
}

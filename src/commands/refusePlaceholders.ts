import { applyRules } from '../core/applyRules.js';
import { useColor, type Io } from '../io.js';
import { labels } from '../i18n/labels.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { fullResult } from '../reporters/validate/result.js';
import type { GlobalOptions } from './common.js';

/**
 * An unfilled plan is never published: when a plan still has `<…>` placeholders, `totals` and
 * `report` refuse it as they refuse a plan with errors, with its placeholders and a line per refused
 * plan on standard error, and exit code 1. A config that turns the `placeholder` check off lets such
 * plans through. Returns null when all plans may be used.
 */
export async function refusePlaceholders(files: CheckedFile[], global: GlobalOptions, io: Io): Promise<number | null> {
  const placeholders = (f: CheckedFile) => f.diagnostics.filter((d) => d.code === 'placeholder');
  if (!files.some((f) => placeholders(f).length > 0)) return null;
  // Loaded only when a plan has a placeholder: other runs read no config and load no text reporter.
  const { loadConfig } = await import('../node/loadConfig.js');
  const rules = (await loadConfig(io.cwd))?.rules ?? {};
  const unfilled = files
    .map((f) => ({ ...f, diagnostics: applyRules(placeholders(f), rules) }))
    .filter((f) => f.diagnostics.length > 0);
  if (unfilled.length === 0) return null;
  const { validateText } = await import('../reporters/validate/text.js');
  const options = { lang: global.lang, color: useColor(global.color, { env: io.env, isTTY: false }) };
  io.stderr(validateText(fullResult(unfilled), options));
  for (const file of unfilled) io.stderr(labels[global.lang].refusedPlaceholder(file.path) + '\n');
  return 1;
}

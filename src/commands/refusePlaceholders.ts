import { useColor, type Io } from '../io.js';
import { labels } from '../i18n/labels.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { fullResult } from '../reporters/validate/result.js';
import type { GlobalOptions } from './common.js';

/**
 * An unfilled plan is never published: when a plan still has `<…>` placeholders, `totals` and
 * `report` refuse it as they refuse a plan with errors, with its placeholders and a line per refused
 * plan on standard error, and exit code 1. A config that turns the `placeholder` check off lets such
 * plans through; `files` come with the config applied. Returns null when all plans may be used.
 */
export async function refusePlaceholders(files: CheckedFile[], global: GlobalOptions, io: Io): Promise<number | null> {
  // The files come with the config's severities applied (--config included): a `placeholder` check
  // turned off has left no placeholder diagnostic to refuse on.
  const unfilled = files
    .map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.code === 'placeholder') }))
    .filter((f) => f.diagnostics.length > 0);
  if (unfilled.length === 0) return null;
  // Loaded only when a plan has a placeholder: other runs load no text reporter.
  const { validateText } = await import('../reporters/validate/text.js');
  const options = { lang: global.lang, color: useColor(global.color, { env: io.env, isTTY: false }) };
  io.stderr(validateText(fullResult(unfilled), options));
  for (const file of unfilled) io.stderr(labels[global.lang].refusedPlaceholder(file.path) + '\n');
  return 1;
}

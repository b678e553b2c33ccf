import { labels } from '../../i18n/labels.js';
import { messageOf } from '../../i18n/messages.js';
import type { ReporterOptions } from '../shared/options.js';
import { countDiagnostics, shownInFileOrder, type ValidationResult } from './result.js';

// The runner's escaping rules for workflow commands: data escapes %, CR and LF; property values
// also escape : and , (which separate properties).
const escapeData = (s: string) => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), so each problem appears as an
 * annotation on its line in the pull request; then the plain summary line.
 */
export function validateGithub(result: ValidationResult, options: ReporterOptions): string {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const d of shownInFileOrder(file, result)) {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`jaarplan ${d.code}`)}`,
      ].join(',');
      lines.push(`::${d.severity} ${props}::${escapeData(messageOf(d, options.lang))}`);
    }
  }
  const c = countDiagnostics(result);
  lines.push(labels[options.lang].validateSummary(c.files, c.errors, c.warnings));
  return lines.join('\n') + '\n';
}

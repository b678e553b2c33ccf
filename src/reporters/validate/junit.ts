import { severities, type Code } from '../../core/diagnostic.js';
import { labels } from '../../i18n/labels.js';
import { messageOf } from '../../i18n/messages.js';
import { checkTexts } from '../../i18n/checks.js';
import type { ReporterOptions } from '../shared/options.js';
import { shownInFileOrder, type ValidationResult } from './result.js';
import { escapeXml } from './xml.js';

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one test suite per
 * file, one test case per check. A check fails on an error; warnings are listed in the case's
 * system-out so they are visible without failing the report.
 */
export function validateJunit(result: ValidationResult, options: ReporterOptions): string {
  const codes = Object.keys(severities) as Code[];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.files) {
    const diagnostics = shownInFileOrder(file, result);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const code of codes) {
      const mine = diagnostics.filter((d) => d.code === code);
      const errors = mine.filter((d) => d.severity === 'error');
      const warnings = mine.filter((d) => d.severity === 'warning');
      const line = (d: (typeof mine)[number]) =>
        `${d.file}:${d.line}:${d.column} ${labels[options.lang].severity[d.severity]}: ${messageOf(d, options.lang)}`;
      let body = '';
      if (errors.length > 0) {
        suiteFailures++;
        body += `\n      <failure message="${escapeXml(messageOf(errors[0]!, options.lang))}" type="${code}">${escapeXml(errors.map(line).join('\n'))}</failure>`;
      }
      if (warnings.length > 0) body += `\n      <system-out>${escapeXml(warnings.map(line).join('\n'))}</system-out>`;
      const name = `${code}: ${checkTexts[options.lang][code].summary}`;
      cases.push(
        `    <testcase classname="${escapeXml(file.path)}" name="${escapeXml(name)}" file="${escapeXml(file.path)}">${body}${body ? '\n    ' : ''}</testcase>`,
      );
    }
    tests += codes.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${escapeXml(file.path)}" tests="${codes.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jaarplan validate" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

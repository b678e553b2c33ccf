import { severities, type Code } from '../../core/diagnostic.js';
import { messageOf } from '../../i18n/messages.js';
import { checkTexts } from '../../i18n/checks.js';
import { explainMarkdown, explainText } from '../explain.js';
import type { ReporterOptions } from '../shared/options.js';
import { shownInFileOrder, type ValidationResult } from './result.js';
import { homepage, version } from '../../version.js';

/**
 * The SARIF 2.1.0 log of a validation. Rules carry each check's explanation as `help`; with a
 * `home` (package.json's homepage) they also link to its section of docs/checks.md.
 */
export function toSarif(result: ValidationResult, options: ReporterOptions, home: string | undefined = homepage): Record<string, unknown> {
  const helpUri = home === undefined ? undefined : new URL('docs/checks.md', home.endsWith('/') ? home : `${home}/`).href;
  const codes = Object.keys(severities) as Code[];
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: checkTexts[options.lang][code].summary },
    fullDescription: { text: `${checkTexts[options.lang][code].summary} ${checkTexts[options.lang][code].why}` },
    // The same explanation as `jaarplan explain CODE`, so a dashboard shows how to fix a finding.
    help: { text: explainText(code, options.lang), markdown: explainMarkdown(code, options.lang) },
    ...(helpUri ? { helpUri: `${helpUri}#${code}` } : {}),
    defaultConfiguration: { level: severities[code] },
  }));
  const results = result.files.flatMap((file) =>
    shownInFileOrder(file, result).map((d) => ({
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: messageOf(d, options.lang) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      ...(d.pointer ? { properties: { pointer: d.pointer } } : {}),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'jaarplan', semanticVersion: version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Validation results as SARIF 2.1.0, for code-scanning dashboards. */
export function validateSarif(result: ValidationResult, options: ReporterOptions): string {
  return JSON.stringify(toSarif(result, options), null, 2) + '\n';
}

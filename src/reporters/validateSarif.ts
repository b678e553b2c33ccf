import { severities, type Code } from '../core/diagnostic.js';
import { messageOf } from '../i18n/messages.js';
import { ruleHelp } from '../i18n/rules.js';
import type { ReporterOptions } from './options.js';
import { shown, type ValidationResult } from './validationResult.js';
import { version } from '../version.js';

/** The SARIF 2.1.0 log of a validation: one run, rule ids are the diagnostic codes. */
export function toSarif(result: ValidationResult, options: ReporterOptions): Record<string, unknown> {
  const codes = Object.keys(severities) as Code[];
  const rules = codes.map((code) => ({
    id: code,
    shortDescription: { text: ruleHelp[options.lang][code] },
    help: { text: ruleHelp[options.lang][code] },
    defaultConfiguration: { level: severities[code] },
  }));
  const results = result.files.flatMap((file) =>
    shown(file, result).map((d) => ({
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

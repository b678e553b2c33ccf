import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { messageOf } from '../i18n/messages.js';

/** The checks page of each language, shipped with the package. */
function checksPage(lang: Lang): string {
  return new URL(`../../docs/${lang === 'nl' ? 'checks.nl.md' : 'checks.md'}`, import.meta.url).href;
}

/** A validate diagnostic as the editor shows it: the same position, code and message. */
export function toLsp(d: Diagnostic, lang: Lang): LspDiagnostic {
  return {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: `${checksPage(lang)}#${d.code}` },
    source: 'jaarplan',
    message: messageOf(d, lang),
    // What the quick fixes are made from: the finding itself.
    data: { pointer: d.pointer, args: d.args },
  };
}

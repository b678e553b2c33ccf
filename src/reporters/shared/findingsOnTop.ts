import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { findingsWords } from '../../i18n/findings.js';
import { messageOf } from '../../i18n/messages.js';
import { publicMessageOf } from '../../i18n/publicFindings.js';
import { jsonFinding, type JsonFindings } from '../jsonContract.js';
import { diagnosticLine } from '../validate/text.js';
import { escapeHtml } from './html/escapeHtml.js';
import { escapeMarkdown } from './markdownTable.js';
import type { ReporterOptions } from './options.js';
import { toCsv } from './toCsv.js';

// The errors of plans that are counted all the same (a budget rule fails) go on top of every format,
// so that nobody reads the figures without them: a banner in the terminal, Markdown and HTML, a
// `findings` field first in JSON, marked rows right under the header of a CSV file. A workbook gets a
// first sheet of its own (see xlsx/findingsSheet.ts), since rows above its tables would move every
// formula. The formats are the same in every registry; a format not named here is given unchanged.

/** Each text format's way of putting the findings on top of its output. */
const onTop: Record<string, (text: string, findings: Diagnostic[], options: ReporterOptions) => string> = {
  table: tableOnTop,
  markdown: markdownOnTop,
  html: htmlOnTop,
  json: jsonOnTop,
  csv: csvOnTop,
};

/**
 * The output of a reporter with `options.findings` on top, in the way of its format. Without
 * findings, or for a binary format (a workbook has them already), the output is given as it is.
 */
export function withFindings(format: string, output: string | Uint8Array, options: ReporterOptions): string | Uint8Array {
  const findings = options.findings ?? [];
  if (findings.length === 0 || typeof output !== 'string' || !Object.hasOwn(onTop, format)) return output;
  return onTop[format]!(output, findings, options);
}

const location = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;

function tableOnTop(text: string, findings: Diagnostic[], options: ReporterOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const w = findingsWords[options.lang];
  const lines = [
    chalk.bold.red(`${w.title(findings.length)}.`) + ` ${w.explanation}`,
    ...findings.map((d) => `  ${diagnosticLine(d, options)}`),
  ];
  return `${lines.join('\n')}\n\n${text}`;
}

function markdownOnTop(text: string, findings: Diagnostic[], options: ReporterOptions): string {
  const w = findingsWords[options.lang];
  const banner = [
    `> **${escapeMarkdown(w.title(findings.length))}.** ${escapeMarkdown(w.explanation)}`,
    '>',
    ...findings.map((d) => `> - \`${location(d)}\` ${escapeMarkdown(messageOf(d, options.lang))} \\[${d.code}\\]`),
  ].join('\n');
  // Under the document's title, when it opens with one, so that the title stays the first line.
  const title = /^# [^\n]*\n\n/.exec(text);
  return title === null ? `${banner}\n\n${text}` : `${title[0]}${banner}\n\n${text.slice(title[0].length)}`;
}

const BANNER_STYLE = 'border: 2px solid #a61b1b; background: #fdf0f0; padding: .5rem 1rem; margin: 1rem 0;';

function htmlOnTop(text: string, findings: Diagnostic[], options: ReporterOptions): string {
  const w = findingsWords[options.lang];
  // In the plain words of the published page, as its points of attention; where, for whoever corrects the plan, after it.
  const items = findings.map(
    (d) =>
      `<li>${escapeHtml(publicMessageOf(d, options.lang))} <small>(<code>${escapeHtml(location(d))}</code>, ${escapeHtml(d.code)})</small></li>`,
  );
  const banner = [
    `<div class="findings" role="alert" style="${BANNER_STYLE}">`,
    `<p><strong class="tone-bad">${escapeHtml(w.title(findings.length))}.</strong> ${escapeHtml(w.explanation)}</p>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    '</div>',
  ].join('\n');
  const at = text.indexOf('<main>\n');
  if (at === -1) return `${banner}\n${text}`;
  const after = at + '<main>\n'.length;
  return `${text.slice(0, after)}${banner}\n${text.slice(after)}`;
}

function jsonOnTop(text: string, findings: Diagnostic[], options: ReporterOptions): string {
  // Every JSON output of these commands is one object, written with two spaces: `findings` becomes its first field.
  const data = JSON.parse(text) as Record<string, unknown>;
  const top: Required<JsonFindings> = { findings: findings.map((d) => jsonFinding(d, options.lang)) };
  return JSON.stringify({ ...top, ...data }, null, 2) + '\n';
}

/** The number of fields of the first record of CSV text, quotes respected. */
function firstRecord(text: string, delimiter: string): { fields: number; end: number } {
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === delimiter) fields++;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') return { fields, end: i + 2 };
  }
  return { fields, end: text.length };
}

function csvOnTop(text: string, findings: Diagnostic[], options: ReporterOptions): string {
  const w = findingsWords[options.lang];
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const header = firstRecord(body, options.lang === 'nl' ? ';' : ',');
  // The mark, the place, the code and the message, as wide as the header so that the file stays a
  // rectangle: empty cells after them, or, under a narrower header, the last ones in one cell.
  const width = header.fields;
  const rows = findings.map((d) => {
    const full: (string | null)[] = [w.csvMark, location(d), d.code, messageOf(d, options.lang)];
    if (width < full.length) return [...full.slice(0, width - 1), full.slice(width - 1).join(' ')];
    while (full.length < width) full.push(null);
    return full;
  });
  const marked = toCsv(rows, options.lang).replace(/^\uFEFF/, '');
  return `${bom}${body.slice(0, header.end)}${marked}${body.slice(header.end)}`;
}

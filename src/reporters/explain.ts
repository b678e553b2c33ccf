import type { Lang } from '../i18n/lang.js';
import { severities, type Code } from '../core/diagnostic.js';
import { checkExamples, checkTexts } from '../i18n/checks.js';

const words = {
  nl: {
    severity: { error: 'fout', warning: 'waarschuwing' },
    why: 'Waarom',
    fix: 'Oplossen',
    bad: 'Geeft de melding',
    good: 'Zo niet',
    heading: 'De controles van jaarplan',
    intro: 'Elke melding heeft een vaste code. `jaarplan explain CODE` toont de uitleg in de terminal; SARIF-regels dragen dezelfde tekst.',
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    why: 'Why',
    fix: 'How to fix',
    bad: 'Gives the finding',
    good: 'Does not',
    heading: 'The checks of jaarplan',
    intro:
      'Every finding has a stable code. `jaarplan explain CODE` shows its explanation in the terminal; SARIF rules carry the same text.',
  },
} as const;

/** Every code, in the order the checks run: reading the file first, then the schema, then the budget. */
export const allCodes = Object.keys(severities) as Code[];

/** One check explained for the terminal: title, severity, what, why, how to fix, an example. */
export function explainText(code: Code, lang: Lang): string {
  const t = checkTexts[lang][code];
  const w = words[lang];
  const example = checkExamples[code];
  const indent = (yaml: string) =>
    yaml
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n');
  return (
    [
      `${code} (${w.severity[severities[code]]}): ${t.title}`,
      '',
      t.summary,
      '',
      `${w.why}: ${t.why}`,
      '',
      `${w.fix}: ${t.fix}`,
      ...(example ? ['', `${w.bad}:`, indent(example.bad), ...(example.good ? [`${w.good}:`, indent(example.good)] : [])] : []),
    ].join('\n') + '\n'
  );
}

/** One check explained in Markdown, as a section of the checks page and as SARIF's `help.markdown`. */
export function explainMarkdown(code: Code, lang: Lang, level = 2): string {
  const t = checkTexts[lang][code];
  const w = words[lang];
  const example = checkExamples[code];
  const block = (yaml: string) => ['```yaml', yaml, '```'].join('\n');
  return (
    [
      `${'#'.repeat(level)} ${code}`,
      '',
      `**${t.title}** (${w.severity[severities[code]]}). ${t.summary}`,
      '',
      `${w.why}: ${t.why}`,
      '',
      `${w.fix}: ${t.fix}`,
      ...(example ? ['', `${w.bad}:`, '', block(example.bad), ...(example.good ? ['', `${w.good}:`, '', block(example.good)] : [])] : []),
    ].join('\n') + '\n'
  );
}

/** The list of every code with its one-line summary, for `jaarplan explain` without a code. */
export function explainList(lang: Lang): string {
  const width = Math.max(...allCodes.map((c) => c.length));
  return allCodes.map((code) => `${code.padEnd(width)}  ${checkTexts[lang][code].summary}`).join('\n') + '\n';
}

/** The whole checks page (docs/checks.md, docs/checks.nl.md): every code, one section each. */
export function checksPage(lang: Lang): string {
  const w = words[lang];
  return [`# ${w.heading}`, '', w.intro, '', ...allCodes.map((code) => explainMarkdown(code, lang))].join('\n');
}

import type { Lang } from './lang.js';
import type { Successors, YearSpan } from '../core/iv3Taakvelden.js';

/** Years a taakveld is on the list, as words: "2017–2022", "vanaf 2025", "2017–2022 en vanaf 2025". */
export function yearSpansText(spans: readonly YearSpan[], lang: Lang): string {
  const one = (s: YearSpan) =>
    s.to === null ? (lang === 'nl' ? `vanaf ${s.from}` : `from ${s.from}`) : s.to === s.from ? String(s.from) : `${s.from}–${s.to}`;
  return spans.map(one).join(lang === 'nl' ? ' en ' : ' and ');
}

/** Codes to choose from: "6.21, 6.22 of 6.23". */
export function codeChoiceText(codes: readonly string[], lang: Lang): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${codes[codes.length - 1]}`;
}

/** What replaced a code: "sinds 2025 6.21, 6.22 of 6.23". */
export function successorsText(successors: readonly Successors[], lang: Lang): string {
  return successors.map((s) => `${lang === 'nl' ? 'sinds' : 'since'} ${s.since} ${codeChoiceText(s.codes, lang)}`).join('; ');
}

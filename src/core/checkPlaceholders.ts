import { finding, type Finding } from './diagnostic.js';
import type { Plan } from './plan.js';

/**
 * A placeholder is a text value that is, as a whole, one pair of angle brackets around words:
 * `<gemeente>`, `<titel van de activiteit>`, `<role of who owns the action>`, `<...>`. Inside are
 * only letters, digits, spaces, hyphens, apostrophes and dots (or `…`), with at least one letter,
 * digit or dot. Text that merely contains angle brackets is content: `Kosten < € 500`,
 * `<b>Noord</b>`, `Onderdeel <img src=x>`, `a <> b`.
 */
const PLACEHOLDER = /^<(?=[^>]*[\p{L}\p{N}.…])[\p{L}\p{M}\p{N} '’.…-]+>$/u;

/** Whether a text value is a placeholder still to be filled in rather than content. */
export function isPlaceholder(text: string): boolean {
  // A text that starts with a printable ASCII character other than `<` (which trimming keeps) is
  // none: most texts are told at their first character.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f && first !== 0x3c) return false;
  return PLACEHOLDER.test(text.trim());
}

/**
 * Every text of the plan that is still a placeholder (such as those `jaarplan init` writes), each
 * located at its value: a plan with one is not finished, and is not to be published.
 */
export function checkPlaceholders(plan: Plan): Finding[] {
  // Pointers are made only for the placeholders found: a plan has hundreds of texts and seldom one.
  const found: Finding[] = [];
  const check = (text: string | undefined, pointer: string | (() => string)): void => {
    if (text !== undefined && isPlaceholder(text)) {
      found.push(finding('placeholder', typeof pointer === 'string' ? pointer : pointer(), { text: text.trim() }));
    }
  };
  check(plan.titel, '/titel');
  check(plan.gemeente, '/gemeente');
  check(plan.wijk, '/wijk');
  check(plan.programma, '/programma');
  check(plan.herkomst, '/herkomst');
  check(plan.inleiding, '/inleiding');
  for (const source of plan.bronnen) check(source.naam, () => source.pointer + '/naam');
  const r = plan.resultaten;
  if (r) {
    check(r.kader, () => r.pointer + '/kader');
    check(r.inleiding, () => r.pointer + '/inleiding');
    for (const [i, p] of r.punten.entries()) check(p.tekst, () => `${r.pointer}/punten/${i}/tekst`);
  }
  for (const section of plan.onderdelen) {
    check(section.titel, () => section.pointer + '/titel');
    for (const activity of section.activiteiten) {
      check(activity.titel, () => activity.pointer + '/titel');
      check(activity.omschrijving, () => activity.pointer + '/omschrijving');
      for (const [i, owner] of activity.actiehouders.entries()) check(owner, () => `${activity.pointer}/actiehouders/${i}`);
      for (const line of activity.dekking) check(line.toelichting, () => line.pointer + '/toelichting');
    }
  }
  return found;
}

import { finding, pointerOf, type Finding } from './diagnostic.js';
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
  return PLACEHOLDER.test(text.trim());
}

/**
 * Every text of the plan that is still a placeholder (such as those `jaarplan init` writes), each
 * located at its value: a plan with one is not finished, and is not to be published.
 */
export function checkPlaceholders(plan: Plan): Finding[] {
  const texts: [string | undefined, string][] = [
    [plan.titel, pointerOf('titel')],
    [plan.gemeente, pointerOf('gemeente')],
    [plan.wijk, pointerOf('wijk')],
    [plan.programma, pointerOf('programma')],
    [plan.herkomst, pointerOf('herkomst')],
    [plan.inleiding, pointerOf('inleiding')],
  ];
  for (const source of plan.bronnen) texts.push([source.naam, source.pointer + '/naam']);
  const r = plan.resultaten;
  if (r) {
    texts.push([r.kader, r.pointer + '/kader'], [r.inleiding, r.pointer + '/inleiding']);
    for (const [i, p] of r.punten.entries()) texts.push([p.tekst, `${r.pointer}/punten/${i}/tekst`]);
  }
  for (const section of plan.onderdelen) {
    texts.push([section.titel, section.pointer + '/titel']);
    for (const activity of section.activiteiten) {
      texts.push([activity.titel, activity.pointer + '/titel'], [activity.omschrijving, activity.pointer + '/omschrijving']);
      for (const [i, owner] of activity.actiehouders.entries()) texts.push([owner, `${activity.pointer}/actiehouders/${i}`]);
      for (const line of activity.dekking) texts.push([line.toelichting, line.pointer + '/toelichting']);
    }
  }
  return texts
    .filter((entry): entry is [string, string] => entry[0] !== undefined && isPlaceholder(entry[0]))
    .map(([text, pointer]) => finding('placeholder', pointer, { text: text.trim() }));
}

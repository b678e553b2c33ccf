import type { Lang } from './lang.js';
import type { Successors } from '../core/iv3Taakvelden.js';
import { codeChoiceText, successorsText } from './taakveld.js';
import { shellArg } from './shellArg.js';

/** The words of `jaarplan init`: the comments it writes into a new plan, and what it tells the user. */
export interface InitWords {
  /** The header of a new plan from scratch, one comment line per entry. */
  skeletonHeader: (year: number) => string[];
  /** The header of a plan made from an earlier one. */
  fromHeader: (year: number, from: string, keptAmounts: boolean) => string[];
  /** Placeholders in the skeleton: values that validate but say what to write. */
  placeholder: {
    /** The municipality. */
    gemeente: string;
    /** An activity's title. */
    activiteit: string;
    /** A section's title. */
    onderdeel: string;
    /** An owner's role. */
    actiehouder: string;
    /** An activity's description. */
    omschrijving: string;
  };
  /** Comments beside the skeleton's keys. */
  comment: {
    /** Beside `wijk`. */
    wijk: string;
    /** Beside the commented-out `programma`. */
    programma: string;
    /** Beside the commented-out `totaal_budget`. */
    totaalBudget: string;
    /** Above `bronnen`. */
    bronnen: string;
    /** Beside `soort`. */
    soort: string;
    /** Beside the commented-out `resultaten`. */
    resultaten: string;
    /** Above `onderdelen`. */
    onderdelen: string;
    /** Beside `nr`. */
    nr: string;
    /** Above `actiehouders`. */
    actiehouders: string;
    /** Above `dekking`. */
    dekking: string;
    /** Beside a budget line without an amount. */
    bedrag: string;
  };
  /** Above the emptied results of a plan made from an earlier one. */
  resultsToFill: (year: number) => string;
  /** Beside a budget line whose amount was cleared, and beside the commented-out declared total. */
  amountCleared: (previous: string) => string;
  /** Beside a taakveld left out because its code is not on the list of the new year: its successors to choose from. */
  taakveldRetired: (code: string, year: number, successors: Successors[]) => string;
  /** The warning for each such taakveld: the activity, the code and its successors. */
  taakveldRetiredWarning: (path: string, nr: number, code: string, year: number, successors: Successors[]) => string;
  /** Success: the file written, and what to do next. */
  written: (path: string, errors: number, warnings: number) => string;
  /** The next step. */
  next: (path: string) => string;
}

const nl: InitWords = {
  skeletonHeader: (year) => [
    `Jaarplan ${year}. Vul de plekken tussen <...> in en vul het plan aan met de activiteiten.`,
    'Een editor met de YAML-extensie vult sleutels aan en toont bij elke sleutel uitleg (zie de regel hierboven).',
    'Controleer het plan met: jaarplan validate',
  ],
  fromHeader: (year, from, keptAmounts) => [
    `Jaarplan ${year}, begonnen uit ${from} met jaarplan init.`,
    keptAmounts
      ? 'De bedragen van het vorige plan staan er nog in: pas ze aan voor dit jaar.'
      : 'De bedragen zijn leeggemaakt: vul ze in zodra ze bekend zijn.',
    'De resultaten van het vorige jaar zijn leeggemaakt voor wie ze invult; besteed en status zijn weggehaald.',
  ],
  placeholder: {
    gemeente: '<gemeente>',
    activiteit: '<titel van de activiteit>',
    onderdeel: '<titel van het onderdeel>',
    actiehouder: '<functie van wie de actie heeft>',
    omschrijving: '<wat de activiteit inhoudt>',
  },
  comment: {
    wijk: 'laat weg voor het stadsbrede plan',
    programma: 'het programma van de gemeente waaronder de wijkaanpak valt',
    totaalBudget: 'het totale budget, alle bronnen samen, bijvoorbeeld "€ 60.000" (met aanhalingstekens)',
    bronnen: 'de dekkingsbronnen, per code',
    soort: 'eigen | cofinanciering',
    resultaten: 'de resultaten van het vorige jaar (jaar, kader, punten_totaal, gerealiseerd_procent, punten)',
    onderdelen: 'de onderdelen van het plan, elk met zijn activiteiten',
    nr: 'uniek in het plan',
    actiehouders: 'functies, geen namen van personen',
    dekking: 'uit welke bron, en welk bedrag',
    bedrag: 'bedrag: 5000 of "€ 5.000"; laat weg zolang het niet bekend is',
  },
  resultsToFill: (year) => `Vul in: wat is er in ${year} gerealiseerd (punten, gerealiseerd_procent)?`,
  amountCleared: (previous) => `vorig jaar: ${previous}`,
  taakveldRetired: (code, year, successors) =>
    `vorig jaar: ${code}, in ${year} niet meer op de lijst van taakvelden; kies ${codeChoiceText(
      successors.flatMap((s) => s.codes),
      'nl',
    )}`,
  taakveldRetiredWarning: (path, nr, code, year, successors) =>
    `waarschuwing: ${path}: activiteit ${nr}: taakveld ${code} staat in ${year} niet meer op de lijst van taakvelden (${successorsText(successors, 'nl')}); het staat als opmerking in het plan, kies zelf.`,
  written: (path, errors, warnings) =>
    `${path} geschreven (${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}).`,
  next: (path) => `Vul het plan aan en controleer het met: jaarplan validate ${shellArg(path)}`,
};

const en: InitWords = {
  skeletonHeader: (year) => [
    `Yearly plan ${year}. Fill in the places between <...> and add the activities.`,
    'An editor with the YAML extension completes keys and explains each key (see the line above).',
    'Check the plan with: jaarplan validate',
  ],
  fromHeader: (year, from, keptAmounts) => [
    `Yearly plan ${year}, started from ${from} with jaarplan init.`,
    keptAmounts
      ? "The previous plan's amounts are still here: adjust them for this year."
      : 'The amounts have been cleared: fill them in once they are known.',
    "Last year's results have been emptied for whoever fills them in; besteed (spent) and status have been removed.",
  ],
  placeholder: {
    gemeente: '<municipality>',
    activiteit: '<title of the activity>',
    onderdeel: '<title of the section>',
    actiehouder: '<role of who owns the action>',
    omschrijving: '<what the activity is about>',
  },
  comment: {
    wijk: 'leave out for the city-wide plan',
    programma: 'the municipal programme the neighbourhood approach belongs to',
    totaalBudget: 'the total budget, all sources together, such as "€ 60.000" (with quotes)',
    bronnen: 'the funding sources, by code',
    soort: 'eigen (own) | cofinanciering (co-funding)',
    resultaten: "last year's results (jaar, kader, punten_totaal, gerealiseerd_procent, punten)",
    onderdelen: 'the sections of the plan, each with its activities',
    nr: 'unique in the plan',
    actiehouders: 'roles, not names of people',
    dekking: 'from which source, and what amount',
    bedrag: 'bedrag: 5000 or "€ 5.000"; leave out while it is not known',
  },
  resultsToFill: (year) => `To fill in: what was achieved in ${year} (punten, gerealiseerd_procent)?`,
  amountCleared: (previous) => `last year: ${previous}`,
  taakveldRetired: (code, year, successors) =>
    `last year: ${code}, not on the list of taakvelden in ${year}; choose ${codeChoiceText(
      successors.flatMap((s) => s.codes),
      'en',
    )}`,
  taakveldRetiredWarning: (path, nr, code, year, successors) =>
    `warning: ${path}: activity ${nr}: taakveld ${code} is not on the list of taakvelden in ${year} (${successorsText(successors, 'en')}); it is left as a comment in the plan, choose yourself.`,
  written: (path, errors, warnings) =>
    `Wrote ${path} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}).`,
  next: (path) => `Complete the plan and check it with: jaarplan validate ${shellArg(path)}`,
};

/** The words of `init` in each language. */
export const initWords: Record<Lang, InitWords> = { nl, en };

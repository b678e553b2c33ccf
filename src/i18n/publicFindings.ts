import { formatMoney, type Lang } from './lang.js';
import type { Code, DiagnosticArgs, Finding } from '../core/diagnostic.js';
import { messageOf } from './messages.js';
import { overspentBy } from '../core/sum.js';
import { roundedPercent } from '../core/percent.js';

type Wording = { [C in Code]?: (args: DiagnosticArgs[C]) => string };

const linesNl = (n: number) => (n === 1 ? '1 regel heeft' : `${n} regels hebben`);
const linesEn = (n: number) => (n === 1 ? '1 line has' : `${n} lines have`);
const pct = (part: number, whole: number) => roundedPercent(part, whole) ?? 0;

/**
 * The points of attention as the published page says them to residents: what is the case, in plain
 * words, without the keys of the plan file or what its editors should change. The findings a
 * reported plan can have are worded here; any other keeps its message, which names no file or code.
 */
const wordings: Record<Lang, Wording> = {
  nl: {
    'over-budget': (a) =>
      `De bekende bedragen tellen op tot ${formatMoney(a.known, 'nl')}: ${formatMoney(a.difference, 'nl')} meer dan het totale budget van ${formatMoney(a.declared, 'nl')}` +
      (a.unknownLines > 0 ? `, en ${linesNl(a.unknownLines)} nog geen bedrag.` : '.'),
    'unallocated-budget': (a) =>
      `Van het totale budget van ${formatMoney(a.declared, 'nl')} is ${formatMoney(a.known, 'nl')} aan activiteiten toegewezen; ${formatMoney(a.difference, 'nl')} nog niet` +
      (a.unknownLines > 0 ? `, en ${linesNl(a.unknownLines)} nog geen bedrag.` : '.'),
    'unknown-amount': (a) => `Activiteit ${a.nr}: het bedrag uit ${a.bron} is nog niet bekend.`,
    overspent: (a) =>
      `Activiteit ${a.nr}: uit ${a.bron} is ${formatMoney(a.besteed, 'nl')} besteed, ${formatMoney(overspentBy(a.bedrag, a.besteed), 'nl')} meer dan de begrote ${formatMoney(a.bedrag, 'nl')}.`,
    'no-owner': (a) =>
      'activities' in a ? 'Het plan noemt nog geen actiehouders.' : `Activiteit ${a.nr} (${a.titel}) heeft nog geen actiehouder.`,
    'unused-source': (a) => `Voor bron ${a.code} is nog geen activiteit begroot.`,
    'results-percentage': (a) =>
      `Het plan noemt ${a.declared}% van de punten gerealiseerd; volgens de genoemde resultaten is dat ${pct(a.points, a.total)}%.`,
    'year-mismatch': (a) =>
      a.kind === 'file-name'
        ? `Dit plan is voor ${a.jaar}, maar het bestand noemt ${a.fileYear}.`
        : `De resultaten zijn van ${a.resultsYear}, niet van het jaar voor dit plan (${a.jaar - 1}).`,
    'duplicate-activity-nr': (a) => `Het nummer ${a.nr} is aan meer dan één activiteit gegeven (ook aan ${a.firstTitel}).`,
  },
  en: {
    'over-budget': (a) =>
      `The known amounts add up to ${formatMoney(a.known, 'en')}: ${formatMoney(a.difference, 'en')} more than the total budget of ${formatMoney(a.declared, 'en')}` +
      (a.unknownLines > 0 ? `, and ${linesEn(a.unknownLines)} no amount yet.` : '.'),
    'unallocated-budget': (a) =>
      `Of the total budget of ${formatMoney(a.declared, 'en')}, ${formatMoney(a.known, 'en')} is allocated to activities; ${formatMoney(a.difference, 'en')} is not yet` +
      (a.unknownLines > 0 ? `, and ${linesEn(a.unknownLines)} no amount yet.` : '.'),
    'unknown-amount': (a) => `Activity ${a.nr}: the amount from ${a.bron} is not known yet.`,
    overspent: (a) =>
      `Activity ${a.nr}: ${formatMoney(a.besteed, 'en')} was spent from ${a.bron}, ${formatMoney(overspentBy(a.bedrag, a.besteed), 'en')} more than the budgeted ${formatMoney(a.bedrag, 'en')}.`,
    'no-owner': (a) => ('activities' in a ? 'The plan names no owners yet.' : `Activity ${a.nr} (${a.titel}) has no owner yet.`),
    'unused-source': (a) => `No activity has a budget from source ${a.code} yet.`,
    'results-percentage': (a) =>
      `The plan says ${a.declared}% of the points was realised; by the results it lists, that is ${pct(a.points, a.total)}%.`,
    'year-mismatch': (a) =>
      a.kind === 'file-name'
        ? `This plan is for ${a.jaar}, but its file says ${a.fileYear}.`
        : `The results are of ${a.resultsYear}, not of the year before this plan (${a.jaar - 1}).`,
    'duplicate-activity-nr': (a) => `The number ${a.nr} is given to more than one activity (also to ${a.firstTitel}).`,
  },
};

/** A finding in plain words for the published page: no file, no line, no code. */
export function publicMessageOf(f: Finding, lang: Lang): string {
  const make = wordings[lang][f.code] as ((args: unknown) => string) | undefined;
  return make ? make(f.args) : messageOf(f, lang);
}

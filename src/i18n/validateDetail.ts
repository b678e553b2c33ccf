import type { Lang } from './lang.js';

/** What `validate --verbose` notes about a plan. */
export interface PlanNote {
  /** The plan's year. */
  jaar: number;
  /** How many sections. */
  sections: number;
  /** How many activities. */
  activities: number;
  /** How many sources. */
  sources: number;
  /** The known amounts added up, formatted. */
  known: string;
  /** How many budget lines have no amount. */
  unknownLines: number;
}

/** The words of `validate --verbose`: a line per file checked, and notes about each plan. */
export interface ValidateDetailWords {
  /** Marks a note, where errors and warnings show their severity. */
  info: string;
  /** A file was checked, with what was found in it. */
  checked: (errors: number, warnings: number) => string;
  /** What the plan holds and what its lines add up to. */
  planNote: (note: PlanNote) => string;
}

const nl: ValidateDetailWords = {
  info: 'info',
  checked: (errors, warnings) =>
    `gecontroleerd: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`,
  planNote: (n) =>
    `jaar ${n.jaar}: ${n.sections} ${n.sections === 1 ? 'onderdeel' : 'onderdelen'}, ${n.activities} ${n.activities === 1 ? 'activiteit' : 'activiteiten'}, ` +
    `${n.sources} ${n.sources === 1 ? 'bron' : 'bronnen'}; bekende bedragen ${n.known}` +
    (n.unknownLines > 0 ? `, ${n.unknownLines} ${n.unknownLines === 1 ? 'regel' : 'regels'} zonder bedrag` : ''),
};

const en: ValidateDetailWords = {
  info: 'info',
  checked: (errors, warnings) =>
    `checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  planNote: (n) =>
    `year ${n.jaar}: ${n.sections} ${n.sections === 1 ? 'section' : 'sections'}, ${n.activities} ${n.activities === 1 ? 'activity' : 'activities'}, ` +
    `${n.sources} ${n.sources === 1 ? 'source' : 'sources'}; known amounts ${n.known}` +
    (n.unknownLines > 0 ? `, ${n.unknownLines} ${n.unknownLines === 1 ? 'line' : 'lines'} without an amount` : ''),
};

/** The words of `validate --verbose` in each language. */
export const validateDetailWords: Record<Lang, ValidateDetailWords> = { nl, en };

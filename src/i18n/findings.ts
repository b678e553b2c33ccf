import type { Lang } from './lang.js';

/** The words of the findings shown on top of a command's figures: errors of plans that are counted all the same. */
export interface FindingsWords {
  /** The banner's title, such as "Let op: 2 fouten in de plannen". */
  title: (errors: number) => string;
  /** What the figures are, beside those errors. */
  explanation: string;
  /** What the figures are, on the workbook's sheet of findings. */
  sheetExplanation: string;
  /** The mark in the first cell of a finding's row in CSV. */
  csvMark: string;
  /** The name of the workbook's first sheet, which lists the findings. */
  sheet: string;
  /** Its column headers. */
  headers: { bestand: string; regel: string; kolom: string; code: string; melding: string };
  /** On standard error, when the output went to a file or a folder: a plan counted with errors. */
  counted: (path: string, errors: number) => string;
}

const fouten = (n: number) => `${n} ${n === 1 ? 'fout' : 'fouten'}`;
const errors = (n: number) => `${n} ${n === 1 ? 'error' : 'errors'}`;

/** The findings' words per language. */
export const findingsWords: Record<Lang, FindingsWords> = {
  nl: {
    title: (n) => `Let op: ${fouten(n)} in de plannen`,
    explanation:
      'De cijfers hieronder zijn geteld zoals de plannen ze geven, met deze fouten erin. Verbeter de plannen en kijk ze na met jaarplan validate.',
    sheetExplanation:
      'De cijfers op de andere bladen zijn geteld zoals de plannen ze geven, met deze fouten erin. Verbeter de plannen en kijk ze na met jaarplan validate.',
    csvMark: 'FOUT',
    sheet: 'Fouten',
    headers: { bestand: 'Bestand', regel: 'Regel', kolom: 'Kolom', code: 'Code', melding: 'Melding' },
    counted: (path, n) => `${path} heeft ${fouten(n)}; het plan is meegeteld, met de fouten erin.`,
  },
  en: {
    title: (n) => `Attention: ${errors(n)} in the plans`,
    explanation:
      'The figures below are counted as the plans give them, with these errors in them. Correct the plans and check them with jaarplan validate.',
    sheetExplanation:
      'The figures on the other sheets are counted as the plans give them, with these errors in them. Correct the plans and check them with jaarplan validate.',
    csvMark: 'ERROR',
    sheet: 'Errors',
    headers: { bestand: 'File', regel: 'Line', kolom: 'Column', code: 'Code', melding: 'Message' },
    counted: (path, n) => `${path} has ${errors(n)}; the plan is counted, with its errors in it.`,
  },
};

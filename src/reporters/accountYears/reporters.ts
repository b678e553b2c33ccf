import type { AccountYears } from '../../core/buildAccountYears.js';
import { accountWords } from '../../i18n/account.js';
import { accountYearsBlocks, numberText } from '../account/blocks.js';
import { blocksHtml } from '../account/html.js';
import { toAccountJson } from '../account/json.js';
import type { AccountYearsJson } from '../jsonContract.js';
import { blocksMarkdown } from '../account/markdown.js';
import { blocksTable } from '../account/table.js';
import type { ReporterOptions } from '../shared/options.js';
import { toCsv, type CsvCell } from '../shared/toCsv.js';

/** The years side by side for the terminal. */
export function accountYearsTable(model: AccountYears, options: ReporterOptions): string {
  return blocksTable(accountYearsBlocks(model, options.lang), options);
}

/** The years side by side as Markdown. */
export function accountYearsMarkdown(model: AccountYears, options: ReporterOptions): string {
  return blocksMarkdown(accountYearsBlocks(model, options.lang));
}

/** The years side by side as a standalone page. */
export function accountYearsHtml(model: AccountYears, options: ReporterOptions): string {
  return blocksHtml(accountYearsBlocks(model, options.lang), accountWords[options.lang].yearsTitle(model.first, model.last), options);
}

/** Builds the years contract. */
export function toAccountYearsJson(model: AccountYears): AccountYearsJson {
  return {
    first: model.first,
    last: model.last,
    years: model.years.map((year, i) => ({ year, account: model.accounts[i] ? toAccountJson(model.accounts[i]!) : null })),
    series: model.series.map((s) => ({
      gemeente: s.gemeente,
      wijk: s.wijk ?? null,
      activiteit: s.activiteit,
      naam: s.naam,
      eenheid: s.eenheid ?? null,
      perYear: s.perYear.map((v, i) =>
        v === null
          ? null
          : { year: model.years[i]!, nulmeting: v.nulmeting ?? null, streefwaarde: v.streefwaarde ?? null, realisatie: v.realisatie ?? null, gehaald: v.met },
      ),
    })),
  };
}

/** The years as JSON text. */
export function accountYearsJson(model: AccountYears, _options: ReporterOptions): string {
  return JSON.stringify(toAccountYearsJson(model), null, 2) + '\n';
}

/** The indicators across the years as CSV, one row per indicator and year that measures it. */
export function accountYearsCsv(model: AccountYears, options: ReporterOptions): string {
  const w = accountWords[options.lang];
  const h = w.head;
  const rows: CsvCell[][] = [[h.indicator, w.wijk, h.eenheid, h.activiteit, w.jaar, h.nulmeting, h.streefwaarde, h.realisatie, h.gehaald]];
  for (const s of model.series) {
    s.perYear.forEach((v, i) => {
      if (v === null) return;
      const n = (x: number | undefined) => (x === undefined ? '' : numberText(x, options.lang));
      rows.push([s.naam, s.wijk ?? w.cityWide, s.eenheid ?? '', s.activiteit, String(model.years[i]), n(v.nulmeting), n(v.streefwaarde), n(v.realisatie), v.met === null ? '' : w.met(v.met)]);
    });
  }
  return toCsv(rows, options.lang);
}

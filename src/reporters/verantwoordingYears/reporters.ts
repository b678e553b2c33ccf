import type { VerantwoordingYears } from '../../core/buildVerantwoordingYears.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import { labels } from '../../i18n/labels.js';
import { verantwoordingYearsBlocks, numberText } from '../verantwoording/blocks.js';
import { blocksHtml } from '../verantwoording/html.js';
import { toVerantwoordingJson } from '../verantwoording/json.js';
import type { VerantwoordingYearsJson } from '../jsonContract.js';
import { blocksMarkdown } from '../verantwoording/markdown.js';
import { blocksTable } from '../verantwoording/table.js';
import type { ReporterOptions } from '../shared/options.js';
import { toCsv, type CsvCell } from '../shared/toCsv.js';

/** The years side by side for the terminal. */
export function verantwoordingYearsTable(model: VerantwoordingYears, options: ReporterOptions): string {
  return blocksTable(verantwoordingYearsBlocks(model, options.lang), options);
}

/** The years side by side as Markdown. */
export function verantwoordingYearsMarkdown(model: VerantwoordingYears, options: ReporterOptions): string {
  return blocksMarkdown(verantwoordingYearsBlocks(model, options.lang));
}

/** The years side by side as a standalone page. */
export function verantwoordingYearsHtml(model: VerantwoordingYears, options: ReporterOptions): string {
  return blocksHtml(
    verantwoordingYearsBlocks(model, options.lang),
    verantwoordingWords[options.lang].yearsTitle(model.first, model.last),
    options,
  );
}

/** Builds the years contract. */
export function toVerantwoordingYearsJson(model: VerantwoordingYears): VerantwoordingYearsJson {
  return {
    first: model.first,
    last: model.last,
    years: model.years.map((year, i) => ({ year, account: model.accounts[i] ? toVerantwoordingJson(model.accounts[i]!) : null })),
    series: model.series.map((s) => ({
      gemeente: s.gemeente,
      wijk: s.wijk ?? null,
      activiteit: s.activiteit,
      naam: s.naam,
      eenheid: s.eenheid ?? null,
      perYear: s.perYear.map((v, i) =>
        v === null
          ? null
          : {
              year: model.years[i]!,
              nulmeting: v.nulmeting ?? null,
              streefwaarde: v.streefwaarde ?? null,
              realisatie: v.realisatie ?? null,
              gehaald: v.met,
            },
      ),
    })),
  };
}

/** The years as JSON text. */
export function verantwoordingYearsJson(model: VerantwoordingYears, _options: ReporterOptions): string {
  return JSON.stringify(toVerantwoordingYearsJson(model), null, 2) + '\n';
}

/** The indicators across the years as CSV, one row per indicator and year that measures it. */
export function verantwoordingYearsCsv(model: VerantwoordingYears, options: ReporterOptions): string {
  const w = verantwoordingWords[options.lang];
  const h = w.head;
  const rows: CsvCell[][] = [[h.indicator, w.wijk, h.eenheid, h.activiteit, w.jaar, h.nulmeting, h.streefwaarde, h.realisatie, h.gehaald]];
  for (const s of model.series) {
    s.perYear.forEach((v, i) => {
      if (v === null) return;
      const n = (x: number | undefined) => (x === undefined ? '' : numberText(x, options.lang));
      rows.push([
        s.naam,
        s.wijk ?? labels[options.lang].meta.cityWide,
        s.eenheid ?? '',
        s.activiteit,
        String(model.years[i]),
        n(v.nulmeting),
        n(v.streefwaarde),
        n(v.realisatie),
        v.met === null ? '' : w.met(v.met),
      ]);
    });
  }
  return toCsv(rows, options.lang);
}

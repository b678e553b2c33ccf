import type { VerantwoordingYears } from '../../core/buildVerantwoordingYears.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import { labels } from '../../i18n/labels.js';
import { xlsxWords } from '../../i18n/xlsx.js';
import type { ReporterOptions } from '../shared/options.js';
import { gemeentenOf } from '../shared/xlsx/budgetWorkbook.js';
import {
  amountCell,
  formulaCell,
  headerRow,
  newWorkbook,
  PERCENT_FORMAT,
  sumCell,
  widths,
  workbookBytes,
} from '../shared/xlsx/workbook.js';
import { isUnknown, sumOfSums } from '../../core/sum.js';

/**
 * `verantwoording --years A-B --format xlsx`: a sheet per year's money (budget and spending as
 * numbers, the difference and its percentage and the totals over the years as formulas), and a sheet
 * of the indicators across the years. A year's budget and spending are figures, not formulas: this
 * workbook has no sheets of lines to add up (each year's own workbook, `--year`, has them and its
 * formulas); a figure known in part carries a note saying how many lines are unknown.
 */
export async function verantwoordingYearsXlsx(model: VerantwoordingYears, options: ReporterOptions): Promise<Uint8Array> {
  const w = verantwoordingWords[options.lang];
  const x = xlsxWords[options.lang];
  const h = w.head;
  const plans = model.accounts.flatMap((a) => a?.plans.map((p) => p.plan) ?? []);
  const title = w.yearsTitle(model.first, model.last);
  const wb = newWorkbook(
    { title, gemeente: gemeentenOf(plans), jaar: `${model.first}–${model.last}`, subject: x.subjectVerantwoording },
    options,
  );
  const ws = wb.addWorksheet(w.perYear);
  let row = 2;
  for (const [i, year] of model.years.entries()) {
    const m = model.perYear[i];
    const r = ws.getRow(row);
    r.getCell(1).value = year;
    if (m === null || m === undefined) {
      r.getCell(2).value = w.noPlan;
    } else {
      r.getCell(2).value = w.counts(m.counts);
      // A year known in part says so in a note, as every sum does: the figure is not the whole.
      amountCell(r.getCell(3), isUnknown(m.budget) ? null : m.budget.known, x.allUnknown);
      if (!isUnknown(m.budget) && m.budget.unknownLines > 0) r.getCell(3).note = x.someUnknown(m.budget.unknownLines);
      amountCell(r.getCell(4), isUnknown(m.spent) ? null : m.spent.known, x.unknownSpent);
      if (!isUnknown(m.spent) && m.spent.unknownLines > 0) r.getCell(4).note = x.unknownSpent;
      if (m.deviation === null) amountCell(r.getCell(5), null, x.remainingUnknown);
      else {
        // Begroting minus rekening, the one sign of every difference.
        formulaCell(r.getCell(5), `C${row}-D${row}`);
        if (m.deviation.percent !== null) formulaCell(r.getCell(6), `IF(C${row}=0,"",ROUND((C${row}-D${row})/C${row},3))`, PERCENT_FORMAT);
      }
    }
    row++;
  }
  const last = row - 1;
  const t = ws.getRow(row);
  t.font = { bold: true };
  const budget = sumOfSums(model.perYear.map((m) => m?.budget ?? null));
  const spent = sumOfSums(model.perYear.map((m) => m?.spent ?? null));
  t.getCell(1).value = x.total(budget.unknownLines, spent.unknownLines);
  const notes = { allUnknown: x.allUnknown, someUnknown: x.someUnknown };
  sumCell(t.getCell(3), `SUM(C2:C${last})`, budget, notes);
  sumCell(t.getCell(4), `SUM(D2:D${last})`, spent, { allUnknown: x.unknownSpent, someUnknown: () => x.unknownSpent });
  headerRow(ws, 1, [w.jaar, h.beoordeling, h.begroot, h.besteed, h.verschil, h.procent], last);
  widths(ws, [8, 28, 16, 16, 16, 12]);

  const s = wb.addWorksheet(w.series.slice(0, 31));
  row = 2;
  for (const series of model.series) {
    series.perYear.forEach((v, i) => {
      if (v === null) return;
      const r = s.getRow(row++);
      r.getCell(1).value = series.naam;
      r.getCell(2).value = series.wijk ?? labels[options.lang].meta.cityWide;
      r.getCell(3).value = series.eenheid ?? '';
      r.getCell(4).value = series.activiteit;
      r.getCell(5).value = model.years[i]!;
      r.getCell(6).value = v.nulmeting ?? null;
      r.getCell(7).value = v.streefwaarde ?? null;
      r.getCell(8).value = v.realisatie ?? null;
      r.getCell(9).value = v.met === null ? '' : w.met(v.met);
    });
  }
  headerRow(
    s,
    1,
    [h.indicator, w.wijk, h.eenheid, h.activiteit, w.jaar, h.nulmeting, h.streefwaarde, h.realisatie, h.gehaald],
    Math.max(row - 1, 1),
  );
  widths(s, [32, 14, 12, 24, 8, 12, 12, 12, 10]);
  return workbookBytes(wb);
}

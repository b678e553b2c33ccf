import { differenceKind } from '../../core/sum.js';
import { formatMoney, type Lang } from '../../core/amount.js';
import type { Sum, Totals } from '../../core/computeTotals.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import { sumCell } from '../shared/formatSum.js';
import { spendingAlign, spendingCells, spendingHead } from '../shared/spendingCells.js';
import type { Cell, TableSpec } from '../shared/tableSpec.js';

/** How a page for residents names the plans, instead of by their file. */
export interface PlanNames {
  /** The header of the column that names the plan. */
  head: string;
  /** The name of the plan at this path. */
  of: (path: string) => string;
}

/**
 * The content of the totals, as tables: shared by the terminal, Markdown and HTML reporters. With
 * `names`, plans are named by those names and no file path is shown.
 */
export function totalsTables(totals: Totals, lang: Lang, names?: PlanNames): TableSpec[] {
  const l = labels[lang];
  const several = totals.plans.length > 1;
  const money = (cents: number) => formatMoney(cents, lang);
  const tables: TableSpec[] = [];
  // Spending columns appear only when some line gives besteed, so plans without it read as before.
  const spent = totals.hasSpent;
  const amountHead = spent ? dataLabels[lang].budgeted : l.headers.amount;
  const spentHead = spent ? spendingHead(lang) : [];
  const spentAlign = spent ? spendingAlign : [];
  const spentCells = (sum: Sum, s: Sum): Cell[] => (spent ? spendingCells(sum, s, lang) : []);

  if (several && names) {
    tables.push({
      title: l.titles.plans,
      head: [l.headers.title, l.meta.jaar, l.meta.wijk],
      rows: totals.plans.map((p) => [p.titel, String(p.jaar), p.wijk ?? l.meta.cityWide]),
      align: ['left', 'right', 'left'],
    });
  } else if (several) {
    tables.push({
      title: l.titles.plans,
      head: [l.headers.plan, l.meta.jaar, l.meta.wijk, l.headers.title],
      rows: totals.plans.map((p) => [p.path, String(p.jaar), p.wijk ?? l.meta.cityWide, p.titel]),
      align: ['left', 'right', 'left', 'left'],
    });
  }

  let differenceCell: Cell = l.notDeclared;
  if (totals.difference !== null) {
    const note = differenceKind(totals.difference);
    const shown = `${money(Math.abs(totals.difference))} ${l.differenceText[note]}`;
    differenceCell = note === 'over' ? { text: shown, tone: 'bad' } : note === 'exact' ? { text: shown, tone: 'good' } : { text: shown, tone: 'warn' };
  }
  tables.push({
    title: l.titles.totals,
    head: ['', l.headers.amount],
    rows: [
      [l.total, sumCell(totals.total, lang)],
      [l.declaredTotal, totals.declaredTotal === null ? l.notDeclared : money(totals.declaredTotal)],
      [
        totals.declaredPlans > 0 && totals.declaredPlans < totals.plans.length
          ? l.differenceOf(totals.declaredPlans, totals.plans.length)
          : l.difference,
        differenceCell,
      ],
      ...(spent
        ? (() => {
            const [spentCell, remainingCell, percentCell] = spendingCells(totals.total, totals.spent, lang);
            return [
              [dataLabels[lang].spent, spentCell!],
              [dataLabels[lang].remaining, remainingCell!],
              [dataLabels[lang].percent, percentCell!],
            ];
          })()
        : []),
    ],
    align: ['left', 'right'],
  });

  tables.push({
    title: l.titles.perSource,
    head: [l.headers.code, l.headers.source, l.headers.soort, amountHead, ...spentHead],
    rows: [
      ...totals.sources.map((s) => [s.code, s.naam, l.soort[s.soort], sumCell(s.sum, lang), ...spentCells(s.sum, s.spent)]),
      [l.total, '', '', sumCell(totals.total, lang), ...spentCells(totals.total, totals.spent)],
    ],
    align: ['left', 'left', 'left', 'right', ...spentAlign],
  });

  tables.push({
    title: l.titles.perSoort,
    head: [l.headers.soort, amountHead, ...spentHead],
    rows: (['eigen', 'cofinanciering'] as const).map((soort) => [
      l.soort[soort],
      sumCell(totals.bySoort[soort], lang),
      ...spentCells(totals.bySoort[soort], totals.spentBySoort[soort]),
    ]),
    align: ['left', 'right', ...spentAlign],
  });

  const planColumn = (plan: string) => (several ? [names ? names.of(plan) : plan] : []);
  const planHead = several ? [names ? names.head : l.headers.plan] : [];
  tables.push({
    title: l.titles.perSection,
    head: [...planHead, l.headers.section, amountHead, ...spentHead],
    rows: totals.sections.map((s) => [...planColumn(s.plan), s.titel, sumCell(s.sum, lang), ...spentCells(s.sum, s.spent)]),
    align: [...(several ? (['left'] as const) : []), 'left', 'right', ...spentAlign],
  });

  tables.push({
    title: l.titles.perActivity,
    head: [...planHead, l.headers.nr, l.headers.activity, amountHead, ...spentHead],
    rows: totals.activities.map((a) => [
      ...planColumn(a.plan),
      String(a.nr),
      a.titel,
      sumCell(a.sum, lang),
      ...spentCells(a.sum, a.spent),
    ]),
    align: [...(several ? (['left'] as const) : []), 'right', 'left', 'right', ...spentAlign],
  });
  return tables;
}

import { differenceKind, sumOfSums } from '../../core/sum.js';
import { saldoRows } from '../../core/perSaldo.js';
import { moneyWords } from '../../i18n/money.js';
import { formatMoney, type Lang } from '../../i18n/lang.js';
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
        totals.difference === null ? l.notDeclared : differenceCell(totals.difference, lang),
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

  tables.push(...moneyTables(totals, lang, names));

  tables.push(sourcesTable(totals, lang));

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
    rows: totals.activities.map((a) => [...planColumn(a.plan), String(a.nr), a.titel, sumCell(a.sum, lang), ...spentCells(a.sum, a.spent)]),
    align: [...(several ? (['left'] as const) : []), 'right', 'left', 'right', ...spentAlign],
  });
  return tables;
}

/** A declared total's difference from the known amounts, in words, marked over budget, balanced or not yet allocated. */
export function differenceCell(difference: number, lang: Lang): Cell {
  const note = differenceKind(difference);
  const shown = `${formatMoney(Math.abs(difference), lang)} ${labels[lang].differenceText[note]}`;
  return { text: shown, tone: note === 'over' ? 'bad' : note === 'exact' ? 'good' : 'warn' };
}

/** The table per source (from the funding tables where plans have them), with its total row. */
export function sourcesTable(totals: Totals, lang: Lang): TableSpec {
  const l = labels[lang];
  const spent = totals.hasSpent;
  const amountHead = spent ? dataLabels[lang].budgeted : l.headers.amount;
  const spentHead = spent ? spendingHead(lang) : [];
  const spentAlign = spent ? spendingAlign : [];
  const spentCells = (sum: Sum, s: Sum): Cell[] => (spent ? spendingCells(sum, s, lang) : []);
  // The figures per source come from the funding tables where plans have them; the total row is
  // then theirs, not the division's (for plans without one the two are the same lines).
  const sourcesTotal = totals.funding === null ? totals.total : sumOfSums(totals.sources.map((s) => s.sum));
  const sourcesSpent = totals.funding === null ? totals.spent : sumOfSums(totals.sources.map((s) => s.spent));
  return {
    title: moneyWords[lang].perSourceFrom[totals.sourceSide],
    head: [l.headers.code, l.headers.source, l.headers.soort, amountHead, ...spentHead],
    rows: [
      ...totals.sources.map((s) => [s.code, s.naam, l.soort[s.soort], sumCell(s.sum, lang), ...spentCells(s.sum, s.spent)]),
      [l.total, '', '', sumCell(sourcesTotal, lang), ...spentCells(sourcesTotal, sourcesSpent)],
    ],
    align: ['left', 'left', 'left', 'right', ...spentAlign],
  };
}

/**
 * The tables of the money model, each only where the plans use it (so plans without it read as
 * before): the funding against the division per plan, the per-saldo view (begroting, rekening,
 * verschil as begroting minus rekening with V/N), and the programmes' budgets over their plans.
 */
export function moneyTables(totals: Totals, lang: Lang, names?: PlanNames): TableSpec[] {
  const w = moneyWords[lang];
  const l = labels[lang];
  const money = (cents: number) => formatMoney(cents, lang);
  const tables: TableSpec[] = [];
  if (totals.funding !== null) {
    const several = totals.balances.length > 1;
    tables.push({
      title: w.titles.balance,
      head: [
        ...(several ? [names ? names.head : l.headers.plan] : []),
        w.heads.funding,
        w.heads.division,
        w.heads.declared,
        w.heads.verschil,
      ],
      rows: totals.balances.map((b) => [
        ...(several ? [names ? names.of(b.plan) : b.plan] : []),
        sumCell(b.funding, lang),
        sumCell(b.division, lang),
        b.declared === null ? l.notDeclared : money(b.declared),
        { text: w.balance(b.difference, money), tone: b.difference === 0 ? 'good' : 'warn' },
      ]),
      align: [...(several ? (['left'] as const) : []), 'right', 'right', 'right', 'left'],
    });
  }
  const p = totals.perSaldo;
  if (p !== null) {
    const account = p.hasRekening;
    tables.push({
      title: w.titles.perSaldo,
      head: ['', w.heads.begroting, ...(account ? [w.heads.rekening, w.heads.verschil, w.directionHead] : [])],
      rows: saldoRows.map((row) => {
        const v = p.verschil[row];
        // A row over no lines on either side (no reserve movements, say) is a dash, not a zero.
        if (p.begroting[row].lines === 0 && p.rekening[row].lines === 0)
          return [w.figure[row], sumCell(p.begroting[row], lang), ...(account ? [sumCell(p.rekening[row], lang), l.noLines, ''] : [])];
        return [
          w.figure[row],
          sumCell(p.begroting[row], lang),
          ...(account
            ? [
                sumCell(p.rekening[row], lang),
                v === null ? l.unknown : money(v.amount),
                v === null || v.direction === null
                  ? ''
                  : { text: w.direction[v.direction], tone: v.direction === 'V' ? ('good' as const) : ('bad' as const) },
              ]
            : []),
        ];
      }),
      align: ['left', 'right', ...(account ? (['right', 'right', 'left'] as const) : [])],
    });
  }
  if (totals.programmes.length > 0) {
    tables.push({
      title: w.titles.programmes,
      head: [l.meta.gemeente, l.meta.jaar, w.heads.budget, w.heads.division, w.heads.plans, l.difference],
      rows: totals.programmes.map((g) => {
        const note = differenceKind(g.difference);
        const shown = `${money(Math.abs(g.difference))} ${l.differenceText[note]}`;
        return [
          g.gemeente,
          String(g.jaar),
          money(g.budget),
          sumCell(g.division, lang),
          String(g.plans),
          { text: shown, tone: note === 'over' ? 'bad' : note === 'exact' ? 'good' : 'warn' },
        ];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'left'],
    });
  }
  return tables;
}

import { formatMoney, type Lang } from '../core/amount.js';
import type { Totals } from '../core/computeTotals.js';
import { labels } from '../i18n/labels.js';
import { formatSum } from './formatSum.js';
import type { Cell, TableSpec } from './tableSpec.js';

/** The content of the totals, as tables: shared by the terminal and Markdown reporters. */
export function totalsTables(totals: Totals, lang: Lang): TableSpec[] {
  const l = labels[lang];
  const several = totals.plans.length > 1;
  const money = (cents: number) => formatMoney(cents, lang);
  const tables: TableSpec[] = [];

  if (several) {
    tables.push({
      title: l.titles.plans,
      head: [l.headers.plan, l.meta.jaar, l.meta.wijk, l.headers.title],
      rows: totals.plans.map((p) => [p.path, String(p.jaar), p.wijk ?? l.meta.cityWide, p.titel]),
      align: ['left', 'right', 'left', 'left'],
    });
  }

  let differenceCell: Cell = l.notDeclared;
  if (totals.difference !== null) {
    const note = l.differenceNote(totals.difference);
    const shown = `${money(Math.abs(totals.difference))} ${l.differenceText[note]}`;
    differenceCell = note === 'over' ? { text: shown, tone: 'bad' } : note === 'exact' ? { text: shown, tone: 'good' } : { text: shown, tone: 'warn' };
  }
  tables.push({
    title: l.titles.totals,
    head: ['', l.headers.amount],
    rows: [
      [l.total, formatSum(totals.total, lang)],
      [l.declaredTotal, totals.declaredTotal === null ? l.notDeclared : money(totals.declaredTotal)],
      [
        totals.declaredPlans > 0 && totals.declaredPlans < totals.plans.length
          ? l.differenceOf(totals.declaredPlans, totals.plans.length)
          : l.difference,
        differenceCell,
      ],
    ],
    align: ['left', 'right'],
  });

  tables.push({
    title: l.titles.perSource,
    head: [l.headers.code, l.headers.source, l.headers.soort, l.headers.amount],
    rows: [
      ...totals.sources.map((s) => [s.code, s.naam, l.soort[s.soort], formatSum(s.sum, lang)]),
      [l.total, '', '', formatSum(totals.total, lang)],
    ],
    align: ['left', 'left', 'left', 'right'],
  });

  tables.push({
    title: l.titles.perSoort,
    head: [l.headers.soort, l.headers.amount],
    rows: (['eigen', 'cofinanciering'] as const).map((soort) => [l.soort[soort], formatSum(totals.bySoort[soort], lang)]),
    align: ['left', 'right'],
  });

  const planColumn = (plan: string) => (several ? [plan] : []);
  tables.push({
    title: l.titles.perSection,
    head: [...planColumn(l.headers.plan), l.headers.section, l.headers.amount],
    rows: totals.sections.map((s) => [...planColumn(s.plan), s.titel, formatSum(s.sum, lang)]),
    align: [...(several ? (['left'] as const) : []), 'left', 'right'],
  });

  tables.push({
    title: l.titles.perActivity,
    head: [...planColumn(l.headers.plan), l.headers.nr, l.headers.activity, l.headers.amount],
    rows: totals.activities.map((a) => [...planColumn(a.plan), String(a.nr), a.titel, formatSum(a.sum, lang)]),
    align: [...(several ? (['left'] as const) : []), 'right', 'left', 'right'],
  });
  return tables;
}

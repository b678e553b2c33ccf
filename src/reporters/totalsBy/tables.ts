import type { Lang } from '../../i18n/lang.js';
import type { GroupBy, GroupTotals } from '../../core/groupTotals.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import { codeChoiceText, successorsText } from '../../i18n/taakveld.js';
import { sumCell } from '../shared/formatSum.js';
import { spendingAlign, spendingCells, spendingHead } from '../shared/spendingCells.js';
import type { Cell, TableSpec } from '../shared/tableSpec.js';

/** The name of a group as people read it: city-wide and no theme in words, everything else as it is. */
export function groupName(by: GroupBy, key: string | null, lang: Lang): string {
  if (key !== null) return key;
  return by === 'wijk'
    ? labels[lang].meta.cityWide
    : by === 'taakveld'
      ? dataLabels[lang].noTaakveld
      : by === 'karakter'
        ? dataLabels[lang].noKarakter
        : dataLabels[lang].noThema;
}

/** Whether a grouping has a longer name next to its key: the source's name, the plan's title. */
export function hasNaam(by: GroupBy): boolean {
  return by === 'source' || by === 'plan' || by === 'taakveld';
}

/** The header of the longer name of a grouping that has one. */
export function naamHeader(by: GroupBy, lang: Lang): string {
  return by === 'source' ? labels[lang].headers.source : by === 'taakveld' ? dataLabels[lang].taakveldNaam : labels[lang].headers.title;
}

/** The plan years of a taakveld's lines: "2017–2019", "2023, 2025". */
export function seriesYears(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === y - 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/** The notes under a table by taakveld: where a renumbering breaks a series, and where one starts. */
export function seriesNotes(g: GroupTotals, lang: Lang): string[] {
  const d = dataLabels[lang];
  return g.groups.flatMap((x) => {
    const s = x.taakveld;
    if (s === undefined || x.key === null) return [];
    return [
      ...(s.ends === undefined ? [] : [d.taakveldEnds(x.key, s.ends.year, successorsText(s.ends.successors, lang))]),
      ...(s.starts === undefined ? [] : [d.taakveldStarts(x.key, s.starts.year, codeChoiceText(s.starts.follows, lang))]),
    ];
  });
}

/** Budget lines per group as a table, and the notes a reader needs (by theme, rows overlap). */
export function groupTables(g: GroupTotals, lang: Lang): { tables: TableSpec[]; notes: string[] } {
  const l = labels[lang];
  const d = dataLabels[lang];
  const naam = hasNaam(g.by);
  const jaren = g.by === 'taakveld';
  const spent = g.hasSpent;
  const table: TableSpec = {
    title: d.byTitle[g.by],
    head: [
      d.byHeader[g.by],
      ...(naam ? [naamHeader(g.by, lang)] : []),
      ...(jaren ? [d.taakveldJaren] : []),
      spent ? d.budgeted : l.headers.amount,
      ...(spent ? spendingHead(lang) : []),
    ],
    rows: [
      ...g.groups.map((x): Cell[] => [
        groupName(g.by, x.key, lang),
        ...(naam ? [x.naam ?? ''] : []),
        ...(jaren ? [seriesYears(x.taakveld?.years ?? [])] : []),
        sumCell(x.sum, lang),
        ...(spent ? spendingCells(x.sum, x.spent, lang) : []),
      ]),
      [
        l.total,
        ...(naam ? [''] : []),
        ...(jaren ? [''] : []),
        sumCell(g.total, lang),
        ...(spent ? spendingCells(g.total, g.spent, lang) : []),
      ],
    ],
    align: [
      g.by === 'year' ? 'right' : 'left',
      ...(naam ? (['left'] as const) : []),
      ...(jaren ? (['left'] as const) : []),
      'right',
      ...(spent ? spendingAlign : []),
    ],
  };
  return { tables: [table], notes: g.by === 'thema' ? [d.themaNote] : seriesNotes(g, lang) };
}

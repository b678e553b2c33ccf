import type { Cents } from '../../core/amount.js';
import { formatMoneyChange, type Lang } from '../../i18n/lang.js';
import type { YearComparison, YearRow } from '../../core/compareYears.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import { sumCell } from '../shared/formatSum.js';
import { groupName, hasNaam, naamHeader } from '../totalsBy/tables.js';
import type { Align } from '../shared/markdownTable.js';
import type { TableSpec } from '../shared/tableSpec.js';

/** A change with its sign, `€ +1.000` or `+€1,000`; an unknown change stays unknown. */
export function formatChange(change: Cents | null, lang: Lang): string {
  return change === null ? labels[lang].unknown : formatMoneyChange(change, lang);
}

/** Years side by side: per group a column per year, after each year but the first its change, then the total. */
export function yearTables(y: YearComparison, lang: Lang): { tables: TableSpec[]; notes: string[] } {
  const l = labels[lang];
  const d = dataLabels[lang];
  const naam = hasNaam(y.by);
  const yearHead = y.years.flatMap((year, i) => (i === 0 ? [String(year)] : [String(year), d.delta(year)]));
  const cells = (r: YearRow, label: string) => [
    label,
    ...(naam ? [r.naam ?? ''] : []),
    ...r.perYear.flatMap((sum, i) => (i === 0 ? [sumCell(sum, lang)] : [sumCell(sum, lang), formatChange(r.deltas[i - 1]!, lang)])),
    sumCell(r.total, lang),
  ];
  const table: TableSpec = {
    title: d.yearsTitle(y.years[0]!, y.years[y.years.length - 1]!, d.byTitle[y.by]),
    head: [d.byHeader[y.by], ...(naam ? [naamHeader(y.by, lang)] : []), ...yearHead, l.total],
    rows: [...y.rows.map((r) => cells(r, groupName(y.by, r.key, lang))), cells(y.total, l.total)],
    align: [y.by === 'year' ? 'right' : 'left', ...(naam ? (['left'] as Align[]) : []), ...yearHead.map((): Align => 'right'), 'right'],
  };
  const notes = [...(y.missing.length > 0 ? [d.missingYears(y.missing)] : []), ...(y.by === 'thema' ? [d.themaNote] : [])];
  return { tables: [table], notes };
}

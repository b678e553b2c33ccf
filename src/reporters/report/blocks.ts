import { formatMoney, type Lang } from '../../i18n/lang.js';
import { taakveldName } from '../../core/iv3Taakvelden.js';
import type { Report } from '../../core/buildReport.js';
import type { Totals } from '../../core/computeTotals.js';
import { messageOf } from '../../i18n/messages.js';
import { publicMessageOf } from '../../i18n/publicFindings.js';
import { dataLabels } from '../../i18n/data.js';
import { labels } from '../../i18n/labels.js';
import type { TableSpec } from '../shared/tableSpec.js';
import { differenceCell, sourcesTable, totalsTables, type PlanNames } from '../totals/tables.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import type { Light } from '../../core/buildVerantwoording.js';
import { sumCell } from '../shared/formatSum.js';
import { lineSpending, spendingAlign, spendingCells, spendingHead } from '../shared/spendingCells.js';

/** A piece of a report, independent of its output format. */
export type Block =
  /** A heading; one that opens the overview, a plan or the combined totals says so in `section`. */
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; section?: 'overview' | 'plan' | 'combined' }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; spec: TableSpec }
  /** Where the formats that can draw put their charts of these totals (the terminal has the tables). */
  | { kind: 'charts'; totals: Totals };

/**
 * A field of a plan or activity: its label and value, and `empty` for budget lines that an activity
 * does not have at all (a dash in the terminal and Markdown, words on the published page).
 */
export type Field = [label: string, value: string, empty?: true];

/** For whom the report is. */
export interface BlockOptions {
  /**
   * A page published for residents: plans are named by their wijk, not by their file, and the points
   * of attention are said in plain words, without file, line or code.
   */
  public?: boolean;
}

/**
 * The names of a report's plans on a public page: the wijk (or city-wide), or the title where two
 * plans share a wijk.
 */
export function publicPlanNames(report: Report, lang: Lang): PlanNames {
  const l = labels[lang];
  const plans = report.entries.map((e) => e.plan);
  const wijk = (p: (typeof plans)[number]) => p.wijk ?? l.meta.cityWide;
  const byWijk = new Set(plans.map(wijk)).size === plans.length;
  const names = new Map(plans.map((p) => [p.path, byWijk ? wijk(p) : p.titel]));
  return { head: byWijk ? l.meta.wijk : l.headers.plan, of: (path) => names.get(path) ?? path };
}

/**
 * The overview that opens the report of several plans: a table per wijk (what its plan budgets and,
 * once spending is given, what was spent, what is left and the account's assessment; before that,
 * the plan's amount against the total it declares), and the table per source of all plans together,
 * each as `totals` gives these figures. A report of one plan has none: its own tables say the same.
 */
export function overviewBlocks(report: Report, lang: Lang): Block[] {
  const l = labels[lang];
  const d = dataLabels[lang];
  const w = verantwoordingWords[lang];
  const { combined, entries } = report;
  const spending = combined.hasSpent;
  const severalGemeenten = new Set(entries.map((e) => e.plan.gemeente)).size > 1;
  const name = (e: Report['entries'][number]) => {
    const wijk = e.plan.wijk ?? l.meta.cityWide;
    return severalGemeenten ? `${wijk} (${e.plan.gemeente})` : wijk;
  };
  const money = (cents: number) => formatMoney(cents, lang);
  let table: TableSpec;
  if (spending) {
    const all: Record<Light, number> = { groen: 0, oranje: 0, rood: 0 };
    for (const e of entries) for (const light of ['groen', 'oranje', 'rood'] as const) all[light] += e.assessment?.[light] ?? 0;
    table = {
      title: d.byTitle.wijk,
      head: [l.meta.wijk, d.budgeted, ...spendingHead(lang), w.head.beoordeling],
      rows: [
        ...entries.map((e) => [
          name(e),
          sumCell(e.totals.total, lang),
          ...spendingCells(e.totals.total, e.totals.spent, lang),
          e.assessment === null ? '' : w.counts(e.assessment),
        ]),
        [l.total, sumCell(combined.total, lang), ...spendingCells(combined.total, combined.spent, lang), w.counts(all)],
      ],
      align: ['left', 'right', ...spendingAlign, 'left'],
    };
  } else {
    // The total row gives the declared totals only when every plan declares one: a sum over some of
    // them beside the amount of all would not compare.
    const everyDeclares = combined.declaredPlans === entries.length && combined.declaredTotal !== null && combined.difference !== null;
    table = {
      title: d.byTitle.wijk,
      head: [l.meta.wijk, l.headers.amount, l.declaredTotal, l.difference],
      rows: [
        ...entries.map((e) => [
          name(e),
          sumCell(e.totals.total, lang),
          e.totals.declaredTotal === null ? l.notDeclared : money(e.totals.declaredTotal),
          e.totals.difference === null ? l.notDeclared : differenceCell(e.totals.difference, lang),
        ]),
        [
          l.total,
          sumCell(combined.total, lang),
          everyDeclares ? money(combined.declaredTotal!) : '',
          everyDeclares ? differenceCell(combined.difference!, lang) : '',
        ],
      ],
      align: ['left', 'right', 'right', 'left'],
    };
  }
  return [
    { kind: 'heading', level: 1, text: l.titles.overview(report.year), section: 'overview' },
    { kind: 'paragraph', text: l.titles.overviewNote(spending) },
    { kind: 'table', spec: table },
    { kind: 'table', spec: sourcesTable(combined, lang) },
  ];
}

/**
 * The content of a year's report: for several plans first their overview (`overviewBlocks`); per plan its metadata, last year's results, the activities by
 * section with owners and budget lines, the totals, and the warnings as points of attention; then,
 * for several plans, their combined totals.
 */
export function reportBlocks(report: Report, lang: Lang, options: BlockOptions = {}): Block[] {
  const l = labels[lang];
  const blocks: Block[] = [];
  const names = options.public ? publicPlanNames(report, lang) : undefined;
  const money = (cents: number | null) => (cents === null ? l.unknown : formatMoney(cents, lang));

  if (report.entries.length > 1) blocks.push(...overviewBlocks(report, lang));
  for (const { plan, totals, diagnostics } of report.entries) {
    blocks.push({ kind: 'heading', level: 1, text: plan.titel, section: 'plan' });
    const fields: Field[] = [
      [l.meta.jaar, String(plan.jaar)],
      [l.meta.gemeente, plan.gemeente],
      [l.meta.wijk, plan.wijk ?? l.meta.cityWide],
    ];
    if (plan.programma) fields.push([l.meta.programma, plan.programma]);
    if (plan.totaalBudget !== null) fields.push([l.meta.totaalBudget, money(plan.totaalBudget)]);
    if (plan.herkomst) fields.push([l.meta.herkomst, plan.herkomst]);
    if (!options.public) fields.push([l.headers.plan, plan.path]);
    blocks.push({ kind: 'fields', fields });
    if (plan.inleiding) blocks.push({ kind: 'paragraph', text: plan.inleiding });

    const r = plan.resultaten;
    if (r) {
      blocks.push({ kind: 'heading', level: 2, text: l.titles.results(r.jaar) });
      const resultFields: Field[] = [];
      if (r.kader) resultFields.push([l.meta.kader, r.kader]);
      if (r.gerealiseerdProcent !== undefined) {
        resultFields.push([l.meta.realisedLabel, l.meta.realised(r.gerealiseerdProcent, r.puntenTotaal)]);
      }
      if (resultFields.length > 0) blocks.push({ kind: 'fields', fields: resultFields });
      if (r.inleiding) blocks.push({ kind: 'paragraph', text: r.inleiding });
      if (r.punten.length > 0) {
        blocks.push({
          kind: 'list',
          items: r.punten.map((p) => (p.nrs.length > 0 ? `${l.meta.points(p.nrs)}: ${p.tekst}` : p.tekst)),
        });
      }
    }

    blocks.push({ kind: 'heading', level: 2, text: l.titles.activities });
    for (const section of plan.onderdelen) {
      blocks.push({ kind: 'heading', level: 3, text: section.titel });
      for (const a of section.activiteiten) {
        blocks.push({ kind: 'heading', level: 4, text: `${a.nr}. ${a.titel}` });
        if (a.omschrijving) blocks.push({ kind: 'paragraph', text: a.omschrijving });
        const activityFields: Field[] = [[l.meta.owners, a.actiehouders.length > 0 ? a.actiehouders.join('; ') : l.meta.noOwner]];
        if (a.themas.length > 0) activityFields.push([l.meta.themas, a.themas.join(', ')]);
        if (a.taakveld !== undefined)
          activityFields.push([l.meta.taakveld, `${a.taakveld} ${taakveldName(a.taakveld, plan.jaar) ?? ''}`.trim()]);
        if (a.status) activityFields.push([dataLabels[lang].statusLabel, dataLabels[lang].status[a.status]]);
        const lines = a.dekking.map(
          (d) =>
            // A line of the division alone names no source: its amount stands on its own.
            (d.bron === null ? money(d.bedrag) : `${d.bron} ${money(d.bedrag)}`) +
            (d.besteed === undefined ? '' : `, ${lineSpending(d.bedrag, d.besteed, lang)}`) +
            (d.toelichting ? ` (${d.toelichting})` : ''),
        );
        activityFields.push(lines.length === 0 ? [l.meta.budget, l.noLines, true] : [l.meta.budget, lines.join('; ')]);
        blocks.push({ kind: 'fields', fields: activityFields });
      }
    }

    blocks.push({ kind: 'heading', level: 2, text: l.meta.budgetHeading });
    blocks.push({ kind: 'charts', totals });
    for (const spec of totalsTables(totals, lang, names)) blocks.push({ kind: 'table', spec });

    blocks.push({ kind: 'heading', level: 2, text: l.titles.attention });
    if (diagnostics.length === 0) {
      blocks.push({ kind: 'paragraph', text: l.titles.noAttention });
    } else {
      blocks.push({
        kind: 'list',
        items: diagnostics.map((d) =>
          options.public ? publicMessageOf(d, lang) : `${d.file}:${d.line}:${d.column} ${messageOf(d, lang)} [${d.code}]`,
        ),
      });
    }
  }

  if (report.entries.length > 1) {
    blocks.push({ kind: 'heading', level: 1, text: l.titles.combined(report.year), section: 'combined' });
    blocks.push({ kind: 'charts', totals: report.combined });
    for (const spec of totalsTables(report.combined, lang, names)) blocks.push({ kind: 'table', spec });
  }
  return blocks;
}

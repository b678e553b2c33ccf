import { moneyTables } from '../totals/tables.js';
import { moneyWords } from '../../i18n/money.js';
import { spendingDirection, sumOf } from '../../core/sum.js';
import type { LineDeviation } from '../../core/checkVerantwoording.js';
import { formatMoney, formatMoneyChange, type Lang } from '../../i18n/lang.js';
import type { Verantwoording, VerantwoordingActivity, Light, LightReason, Money } from '../../core/buildVerantwoording.js';
import type { VerantwoordingYears } from '../../core/buildVerantwoordingYears.js';
import { verantwoordingWords, type VerantwoordingWords } from '../../i18n/verantwoording.js';
import { labels } from '../../i18n/labels.js';
import { sumCell } from '../shared/formatSum.js';
import type { Cell, TableSpec } from '../shared/tableSpec.js';

// The account as blocks, which the terminal, Markdown and the HTML page each render: the same
// content in every format, the words chosen here per language.

export type VerantwoordingBlock =
  | { kind: 'heading'; level: number; text: string; section?: 'overview' | 'plan' | 'activity' }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; fields: [string, Cell][] }
  | { kind: 'table'; spec: TableSpec };

const tone: Record<Light, 'good' | 'warn' | 'bad'> = { groen: 'good', oranje: 'warn', rood: 'bad' };

/** The assessment as a cell: the word always, the colour only as a mark beside it. */
export function lightCell(light: Light, w: VerantwoordingWords): Cell {
  return { text: w.light[light], tone: tone[light] };
}

/** The lines behind a reason: the unexplained deviating lines beside "without an explanation", the explained ones beside "explained". */
function linesOfReason(a: VerantwoordingActivity, r: LightReason): LineDeviation[] {
  if (r === 'unexplained-deviation') return a.deviatingLines.filter((l) => !l.explained);
  if (r === 'explained-deviation') return a.deviatingLines.filter((l) => l.explained);
  return [];
}

/**
 * An activity's assessment in its table row, beside its money: where a deviation decides the colour,
 * the lines that caused it are named beside it (`rood: regel 1 (wijkaanpak), regel 2 (gemeente)`), so
 * a red beside a total difference of € 0 is never left unexplained.
 */
export function activityLightCell(a: VerantwoordingActivity, w: VerantwoordingWords): Cell {
  const cell = lightCell(a.light, w);
  const top = a.reasons[0];
  const lines = top === undefined ? [] : linesOfReason(a, top);
  if (lines.length === 0 || typeof cell === 'string') return cell;
  return { ...cell, text: `${cell.text}: ${lines.map((l) => w.line(l.index, l.bron)).join(', ')}` };
}

/** A number of an indicator in the language's notation. */
export function numberText(n: number | undefined, lang: Lang): string {
  if (n === undefined) return verantwoordingWords[lang].unknownNumber;
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
}

/** A difference as money with its sign, and its percentage, or a dash when not to tell. */
export function differenceCells(m: Money, lang: Lang): [Cell, Cell] {
  const w = verantwoordingWords[lang];
  if (m.deviation === null) return [w.unknownNumber, w.unknownNumber];
  const d = m.deviation;
  // Begroting minus rekening, with V or N as a council document writes it.
  const direction = spendingDirection(d.difference);
  const text = formatMoneyChange(d.difference, lang) + (direction === null ? '' : ` ${moneyWords[lang].direction[direction]}`);
  const money: Cell = d.beyond ? { text, tone: 'warn' } : text;
  const pct = d.percent === null ? w.unknownNumber : `${d.percent > 0 ? '+' : ''}${numberText(d.percent, lang)}%`;
  return [money, pct];
}

/** A difference in one phrase: `€ +2.000 V (+25%)` (begroting minus rekening), or a dash. */
export function differenceText(m: Money, lang: Lang): string {
  const [money, pct] = differenceCells(m, lang).map((c) => (typeof c === 'string' ? c : c.text));
  return m.deviation === null ? money! : `${money} (${pct})`;
}

/** The money columns of a row: budget, spent, difference, difference in percent. */
export function moneyCells(m: Money, lang: Lang): Cell[] {
  return [sumCell(m.budget, lang), sumCell(m.spent, lang), ...differenceCells(m, lang)];
}

function moneyHead(w: VerantwoordingWords): string[] {
  return [w.head.begroot, w.head.besteed, w.head.verschil, w.head.procent];
}

const RIGHT4 = ['right', 'right', 'right', 'right'] as const;

/** The table of an account's plans: each plan's assessment and money; in the account of a year and of years side by side. */
function perPlanTable(account: Verantwoording, lang: Lang): VerantwoordingBlock {
  const w = verantwoordingWords[lang];
  return {
    kind: 'table',
    spec: {
      title: w.perPlan,
      head: [w.head.plan, w.head.beoordeling, ...moneyHead(w)],
      rows: account.plans.map((p) => [p.plan.titel, w.counts(p.counts), ...moneyCells(p, lang)]),
      align: ['left', 'left', ...RIGHT4],
    },
  };
}

/**
 * The reasons an activity is not green, in words; a deviation names the lines that caused it (the
 * unexplained ones beside "without an explanation", the explained ones beside "explained").
 */
export function reasonsText(a: VerantwoordingActivity, w: VerantwoordingWords): string {
  return a.reasons
    .map((r) => {
      const lines = linesOfReason(a, r);
      return lines.length === 0 ? w.reason[r] : `${w.reason[r]}: ${lines.map((l) => w.line(l.index, l.bron)).join(', ')}`;
    })
    .join('; ');
}

/** A deviating line with its figures: `regel 1 (wijkaanpak): € 10.000 begroot, € 8.000 besteed, € +2.000 V (+20%), zonder toelichting`. */
export function deviatingLineText(l: LineDeviation, lang: Lang): string {
  const w = verantwoordingWords[lang];
  const m: Money = { budget: sumOf([l.bedrag]), spent: sumOf([l.besteed]), deviation: l.deviation };
  return `${w.line(l.index, l.bron)}: ${w.head.begroot.toLowerCase()} ${formatMoney(l.bedrag, lang)}, ${w.head.besteed.toLowerCase()} ${formatMoney(l.besteed, lang)}, ${w.head.verschil.toLowerCase()} ${differenceText(m, lang)}, ${w.lineExplained(l.explained)}`;
}

/** The lines that deviate, each with its figures, in one text; empty when none does. */
export function deviatingLinesText(a: VerantwoordingActivity, lang: Lang): string {
  return a.deviatingLines.map((l) => deviatingLineText(l, lang)).join('; ');
}

/** Every explanation the plan gives of an activity: its own, then its lines' (each named); null when none. */
export function explanationText(a: VerantwoordingActivity, w: VerantwoordingWords): string | null {
  const parts = [
    ...(a.toelichting === undefined ? [] : [a.toelichting]),
    ...a.lineExplanations.map((e) => `${w.line(e.index, e.bron)}: ${e.text}`),
  ];
  return parts.length === 0 ? null : parts.join(' ');
}

/** The blocks of an account. */
export function verantwoordingBlocks(account: Verantwoording, lang: Lang): VerantwoordingBlock[] {
  const w = verantwoordingWords[lang];
  const l = labels[lang];
  const blocks: VerantwoordingBlock[] = [];
  const percent = `${numberText(account.threshold.percent, lang)}%`;
  blocks.push({ kind: 'heading', level: 1, text: w.title(account.year), section: 'overview' });
  blocks.push({ kind: 'paragraph', text: w.intro(percent, formatMoney(account.threshold.amount, lang)) });
  blocks.push({
    kind: 'fields',
    fields: [
      [w.head.beoordeling, w.counts(account.counts)],
      [w.head.begroot, sumCell(account.budget, lang)],
      [w.head.besteed, sumCell(account.spent, lang)],
      [w.head.verschil, differenceText(account, lang)],
    ],
  });
  blocks.push(perPlanTable(account, lang));
  // The per-saldo view, the funding against the division and the programmes' budgets, where the plans have them.
  for (const spec of moneyTables(account.combined, lang)) blocks.push({ kind: 'table', spec });
  blocks.push({
    kind: 'table',
    spec: {
      title: account.combined.sourceSide === 'verdeling' ? w.perSource : moneyWords[lang].perSourceFrom[account.combined.sourceSide],
      head: [w.head.bron, w.head.naam, w.head.soort, ...moneyHead(w)],
      rows: account.sources.map((s) => [s.code, s.naam, l.soort[s.soort], ...moneyCells(s, lang)]),
      align: ['left', 'left', 'left', ...RIGHT4],
    },
  });
  blocks.push({
    kind: 'table',
    spec: {
      title: w.perSoort,
      head: [w.head.soort, ...moneyHead(w)],
      rows: [
        ...account.soorten.map((s) => [l.soort[s.soort], ...moneyCells(s, lang)]),
        [w.total, ...moneyCells(account.soortenTotal, lang)],
      ],
      align: ['left', ...RIGHT4],
    },
  });
  for (const p of account.plans) {
    blocks.push({ kind: 'heading', level: 2, text: p.plan.titel, section: 'plan' });
    blocks.push({
      kind: 'table',
      spec: {
        title: w.activities,
        head: [w.head.nr, w.head.activiteit, w.head.status, w.head.beoordeling, ...moneyHead(w)],
        rows: [
          ...p.activities.map((a) => [
            String(a.nr),
            a.titel,
            a.status === undefined ? w.noStatus : w.status[a.status],
            activityLightCell(a, w),
            ...moneyCells(a, lang),
          ]),
          ['', w.total, '', w.counts(p.counts), ...moneyCells(p, lang)],
        ],
        align: ['right', 'left', 'left', 'left', ...RIGHT4],
      },
    });
    for (const a of p.activities) {
      blocks.push({ kind: 'heading', level: 3, text: `${a.nr}. ${a.titel}`, section: 'activity' });
      blocks.push({
        kind: 'fields',
        fields: [
          [w.head.beoordeling, lightCell(a.light, w)],
          ...(a.reasons.length === 0 ? [] : [[w.head.redenen, reasonsText(a, w)] as [string, Cell]]),
          ...(a.deviatingLines.length === 0 ? [] : [[w.head.afwijkendeRegels, deviatingLinesText(a, lang)] as [string, Cell]]),
          [w.head.status, a.status === undefined ? w.noStatus : w.status[a.status]],
        ],
      });
      blocks.push({ kind: 'heading', level: 4, text: w.want });
      blocks.push({ kind: 'paragraph', text: a.omschrijving ?? w.noGoal });
      if (a.indicators.length > 0) {
        blocks.push({
          kind: 'table',
          spec: {
            title: w.head.indicatoren,
            head: [w.head.indicator, w.head.eenheid, w.head.nulmeting, w.head.streefwaarde, w.head.realisatie, w.head.gehaald],
            rows: a.indicators.map((i) => [
              i.naam,
              i.eenheid ?? '',
              numberText(i.nulmeting, lang),
              numberText(i.streefwaarde, lang),
              numberText(i.realisatie, lang),
              i.met === null ? w.met(null) : { text: w.met(i.met), tone: i.met ? 'good' : 'warn' },
            ]),
            align: ['left', 'left', 'right', 'right', 'right', 'left'],
          },
        });
      }
      blocks.push({ kind: 'heading', level: 4, text: w.did });
      blocks.push({ kind: 'paragraph', text: a.resultaat ?? w.noResult });
      blocks.push({ kind: 'heading', level: 4, text: w.cost });
      blocks.push({
        kind: 'fields',
        fields: [
          [w.head.begroot, sumCell(a.budget, lang)],
          [w.head.besteed, sumCell(a.spent, lang)],
          [w.head.verschil, differenceText(a, lang)],
          [w.head.toelichting, explanationText(a, w) ?? w.noExplanation],
        ],
      });
    }
  }
  return blocks;
}

/** The blocks of the account of several years: each year side by side, the indicators across the years, each year's plans. */
export function verantwoordingYearsBlocks(model: VerantwoordingYears, lang: Lang): VerantwoordingBlock[] {
  const w = verantwoordingWords[lang];
  const dash = w.unknownNumber;
  const blocks: VerantwoordingBlock[] = [];
  const percent = `${numberText(model.threshold.percent, lang)}%`;
  blocks.push({ kind: 'heading', level: 1, text: w.yearsTitle(model.first, model.last), section: 'overview' });
  blocks.push({ kind: 'paragraph', text: w.intro(percent, formatMoney(model.threshold.amount, lang)) });
  blocks.push({
    kind: 'table',
    spec: {
      title: w.perYear,
      head: [w.jaar, w.head.beoordeling, ...moneyHead(w)],
      rows: model.years.map((year, i) => {
        const m = model.perYear[i];
        return m === null || m === undefined
          ? [String(year), w.noPlan, dash, dash, dash, dash]
          : [String(year), w.counts(m.counts), ...moneyCells(m, lang)];
      }),
      align: ['left', 'left', ...RIGHT4],
    },
  });
  if (model.series.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: w.series, section: 'plan' });
    blocks.push({ kind: 'paragraph', text: w.seriesNote });
    blocks.push({
      kind: 'table',
      spec: {
        title: w.seriesTable,
        head: [w.head.indicator, w.wijk, w.head.eenheid, ...model.years.map(String)],
        rows: model.series.map((s) => [
          s.naam,
          s.wijk ?? labels[lang].meta.cityWide,
          s.eenheid ?? '',
          ...s.perYear.map((v): Cell => {
            if (v === null) return dash;
            const text = w.measured(numberText(v.realisatie, lang), numberText(v.streefwaarde, lang), v.met);
            return v.met === null ? text : { text, tone: v.met ? 'good' : 'warn' };
          }),
        ]),
        align: ['left', 'left', 'left', ...model.years.map(() => 'right' as const)],
      },
    });
  }
  model.accounts.forEach((account) => {
    if (account === null) return;
    blocks.push({ kind: 'heading', level: 2, text: String(account.year), section: 'plan' });
    blocks.push(perPlanTable(account, lang));
  });
  return blocks;
}

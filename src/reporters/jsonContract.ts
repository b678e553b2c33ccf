import { centsToEuros, type Lang } from '../core/amount.js';
import { taakveldName } from '../core/iv3Taakvelden.js';
import type { Totals } from '../core/computeTotals.js';
import { saldoRows, type PerSaldo } from '../core/perSaldo.js';
import { spending, type Direction, type FigureKind, type Sum } from '../core/sum.js';
import type { YearComparison, YearRow } from '../core/compareYears.js';
import type { YearsReport } from '../core/buildYearsReport.js';
import type { GroupBy, GroupTotals } from '../core/groupTotals.js';
import type { Code, Diagnostic, Severity } from '../core/diagnostic.js';
import type { ActivityStatus, Aard, Indicator, Karakter, Plan, Soort, StatedFigures, Thema } from '../core/plan.js';
import { messageOf } from '../i18n/messages.js';
import { countDiagnostics, omitted, shownInFileOrder, type ValidationResult } from './validate/result.js';

// The JSON output is a public contract, documented in docs/json.md. These types are it: change them
// only with a note in docs/json.md.

/** One diagnostic in JSON. */
export interface JsonDiagnostic {
  /** Stable code, such as `unknown-source`. */
  code: Code;
  /** `error` or `warning`. */
  severity: Severity;
  /** The message in the requested language. */
  message: string;
  /** 1-based line of the offending node. */
  line: number;
  /** 1-based column of the offending node. */
  column: number;
  /** 1-based line where the node ends. */
  endLine: number;
  /** 1-based column just past the node's end. */
  endColumn: number;
  /** JSON pointer (RFC 6901) of the node in the plan's data. */
  pointer: string;
}

/**
 * An error of a plan that is counted all the same (a budget rule such as `over-budget`), with its
 * file. The JSON of `totals`, `report` and `verantwoording` has these as `findings`, its first
 * field, only when a counted plan has an error (contract 2.1.0); the command then exits 1.
 */
export interface JsonFinding extends JsonDiagnostic {
  /** The plan file, as given on the command line. */
  path: string;
}

/** `findings` first, before the other fields of an output, when there are any. */
export interface JsonFindings {
  /** The errors of the counted plans, errors before warnings, each plan's in file order. */
  findings?: JsonFinding[];
}

/** `jaarplan validate --format json`. */
export interface ValidateJson {
  /** One entry per file, in the order read; `omitted` counts diagnostics left out by --max-errors. */
  files: { path: string; valid: boolean; diagnostics: JsonDiagnostic[]; omitted: number }[];
  /** Counts over all files. */
  summary: { files: number; errors: number; warnings: number };
}

/** An amount with the lines that have none: `amount` is null when no line of it is known. */
export interface JsonSum {
  /** The known amounts in euros (a number, up to two decimals), or null when every line is unknown. */
  amount: number | null;
  /** How many lines have no amount and are not included in `amount`. */
  unknownLines: number;
}

/**
 * Spending next to a budget. Present in `totals` and `report` JSON only when some line of the plans
 * gives `besteed`, so the output of plans without it is unchanged.
 */
export interface JsonSpending {
  /** What was spent, in euros; null when no line of it gives `besteed`. */
  amount: number | null;
  /** How many lines give no `besteed` and are not included in `amount`. */
  unknownLines: number;
  /** Budgeted minus spent, in euros (negative: overspent); null when a line lacks `bedrag` or `besteed`. */
  remaining: number | null;
  /** Spent as a whole percentage of the budget; null when `remaining` is null or the budget is zero. */
  percent: number | null;
}

/** The spending of a row, when some line of the plans gives `besteed`. */
export interface JsonSpent {
  /** What was spent of this row's lines. */
  spent?: JsonSpending;
}

/** `jaarplan totals --format json`. */
export interface TotalsJson {
  /** Always `EUR`. */
  currency: 'EUR';
  /** The plans totalled. */
  plans: { path: string; jaar: number; titel: string; gemeente: string; wijk: string | null }[];
  /** Per source, in declaration order. */
  sources: ({ code: string; naam: string; soort: Soort } & JsonSum & JsonSpent)[];
  /** Per kind of source. */
  soorten: ({ soort: Soort } & JsonSum & JsonSpent)[];
  /** Per section of each plan. */
  sections: ({ plan: string; titel: string } & JsonSum & JsonSpent)[];
  /** Per activity of each plan. */
  activities: ({ plan: string; onderdeel: string; nr: number; titel: string } & JsonSum & JsonSpent)[];
  /** The known amounts of all plans, in euros; null when every line is unknown. */
  total: number | null;
  /** How many lines of all plans have no amount (not included in `total`). */
  unknownLines: number;
  /** The declared totals added up, in euros; null when no plan declares one. */
  declaredTotal: number | null;
  /** declaredTotal minus the known amounts of the plans that declare one; null when none does. */
  difference: number | null;
  /** Spending of all lines; only when some line gives `besteed` (as are the `spent` fields of each row). */
  spent?: JsonSpending;
  /**
   * Where `sources` and `soorten` come from: `financiering` (the plans' funding tables), `verdeling`
   * (the activities' lines) or `beide` (each for some plans). Only when some plan has a funding table.
   */
  sourcesFrom?: 'financiering' | 'verdeling' | 'beide';
  /** The funding tables added up, with what was spent of them as every row has it; only when some plan has one. `total` is then the division. */
  funding?: JsonSum & JsonSpent;
  /** Per plan with a funding table: funding against division and declared total; only when some plan has one. */
  balances?: JsonBalance[];
  /** The plans as a council reads them; only when some plan has `baten` or `reserves`. */
  perSaldo?: JsonPerSaldo;
  /** The programmes' budgets declared on city-wide plans (`programma_budget`); only when some plan declares one. */
  programmes?: JsonProgramme[];
}

/** Whether a plan's funding, division and declared total agree. */
export interface JsonBalance {
  /** The plan. */
  plan: string;
  /** The funding table added up. */
  funding: JsonSum;
  /** The division over the activities added up. */
  division: JsonSum;
  /** `totaal_budget`, in euros, or null. */
  declared: number | null;
  /** Funding minus division, in euros; null when either has lines without an amount. 0 is balanced ("sluitend"). */
  difference: number | null;
  /** Per source that the activities' lines name: funding minus those lines, in euros (null when unknown). */
  perSource: { code: string; funding: JsonSum; division: JsonSum; difference: number | null }[];
}

/**
 * The per-saldo view: lasten (the division), baten, saldo (baten minus lasten; a deficit is
 * negative), additions to and withdrawals from reserves, and the result (saldo plus withdrawals
 * minus additions), in the budget (`begroting`) and the account (`rekening`).
 */
export interface JsonPerSaldo {
  /** The rows in a council document's order. */
  rows: {
    /** `lasten`, `baten`, `saldo`, `toevoegingen`, `onttrekkingen` or `resultaat`. */
    figure: FigureKind;
    /** The budget. */
    begroting: JsonSum;
    /** The account; null when no line of the plans gives an account figure. */
    rekening: JsonSum | null;
    /**
     * Begroting minus rekening, in euros: the one sign of every difference in jaarplan. Null when
     * there is no account or either side has unknown lines.
     */
    verschil: number | null;
    /** `V` (voordelig, favourable) or `N` (nadelig, adverse) for this figure; null when verschil is 0 or null. */
    richting: Direction | null;
  }[];
}

/** A programme's budget against its plans together. */
export interface JsonProgramme {
  /** The city-wide plan that declares it. */
  plan: string;
  gemeente: string;
  jaar: number;
  /** `programma_budget`, in euros. */
  budget: number;
  /** The division of the city-wide plan and its wijk plans together. */
  division: JsonSum;
  /** How many plans that is. */
  plans: number;
  /** Budget minus the known division, in euros: positive is not yet allocated. */
  difference: number;
}

/** A plan's content in JSON, for `report --format json`. */
export interface JsonPlan {
  path: string;
  jaar: number;
  titel: string;
  gemeente: string;
  wijk: string | null;
  programma: string | null;
  herkomst: string | null;
  inleiding: string | null;
  totaalBudget: number | null;
  bronnen: { code: string; naam: string; soort: Soort }[];
  resultaten: {
    jaar: number;
    kader: string | null;
    inleiding: string | null;
    puntenTotaal: number | null;
    gerealiseerdProcent: number | null;
    punten: { nrs: number[]; tekst: string }[];
  } | null;
  onderdelen: {
    titel: string;
    activiteiten: {
      nr: number;
      titel: string;
      omschrijving: string | null;
      themas: Thema[];
      actiehouders: string[];
      /** How far the activity has come; only when the plan says so. */
      status?: ActivityStatus;
      /** What the activity is measured by; only when the plan gives indicators. Values as written, null when not given. */
      indicatoren?: JsonIndicator[];
      /** The account after the year; only when the plan gives one. */
      verantwoording?: { resultaat: string | null; toelichting: string | null };
      /** The Iv3 taakveld and its name on the BBV's list of the plan's year (null when it is on no list); only when the plan gives one. */
      taakveld?: { code: string; naam: string | null };
      /**
       * `besteed` is there only when the plan gives it; `bron` is null on a line of the division alone
       * (the plan gives its funding per source in `financiering`); `karakter` and `aard` only when given.
       */
      dekking: JsonLine[];
    }[];
    /** The section's total as the document states it, in euros; only when the plan gives one. */
    totaal?: number;
  }[];
  /** The unit the plan's amounts were written in (1000: x € 1.000); only when not 1. Every amount here is in euros. */
  schaal?: number;
  /** `programma_budget`, in euros; only when the plan gives it. */
  programmaBudget?: number;
  /** The funding table; only when the plan has one. */
  financiering?: (Omit<JsonLine, 'bron'> & { bron: string })[];
  /** The income lines; only when the plan has them. */
  baten?: { omschrijving: string; bron: string | null; bedrag: number | null; realisatie?: number; karakter?: Karakter; aard?: Aard; toelichting: string | null }[];
  /** The reserve movements; only when the plan has them. */
  reserves?: { omschrijving: string; mutatie: 'toevoeging' | 'onttrekking'; bedrag: number | null; realisatie?: number; karakter?: Karakter; toelichting: string | null }[];
  /** The totals the document states, in euros; only when the plan gives them. */
  totalen?: {
    begroting: Partial<Record<keyof StatedFigures, number>>;
    rekening: Partial<Record<keyof StatedFigures, number>>;
    bronnen: { code: string; bedrag: number }[];
  };
}

/** A budget line in JSON. */
export interface JsonLine {
  bron: string | null;
  bedrag: number | null;
  besteed?: number;
  karakter?: Karakter;
  aard?: Aard;
  toelichting: string | null;
}

/** `jaarplan report --format json`: the totals of all plans of the year, plus each plan. */
export interface ReportJson extends TotalsJson {
  /** The year reported. */
  year: number;
  /** Each plan with its own totals and its diagnostics, errors (since 2.1.0, a plan whose budget rules fail) before warnings. */
  reports: { plan: JsonPlan; totals: TotalsJson; diagnostics: JsonDiagnostic[] }[];
}

/** A sum as JSON: null amount when every line is unknown. */
export function jsonSum(sum: Sum): JsonSum {
  const allUnknown = sum.lines > 0 && sum.unknownLines === sum.lines;
  return { amount: allUnknown ? null : centsToEuros(sum.known), unknownLines: sum.unknownLines };
}

/** A diagnostic as JSON, worded in `lang`. */
export function jsonDiagnostic(d: Diagnostic, lang: Lang): JsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: messageOf(d, lang),
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    pointer: d.pointer,
  };
}

/** One finding in JSON: the diagnostic with its file. */
export function jsonFinding(d: Diagnostic, lang: Lang): JsonFinding {
  return { path: d.file, ...jsonDiagnostic(d, lang) };
}

/** Builds the validate contract. */
export function toValidateJson(result: ValidationResult, lang: Lang): ValidateJson {
  return {
    files: result.files.map((f) => ({
      path: f.path,
      valid: !f.diagnostics.some((d) => d.severity === 'error'),
      diagnostics: shownInFileOrder(f, result).map((d) => jsonDiagnostic(d, lang)),
      omitted: omitted(f, result),
    })),
    summary: countDiagnostics(result),
  };
}

/** Spending as JSON, next to its budget. */
export function jsonSpending(budget: Sum, spent: Sum): JsonSpending {
  const { remaining, percent } = spending(budget, spent);
  const s = jsonSum(spent);
  return {
    amount: s.amount,
    unknownLines: s.unknownLines,
    remaining: remaining === null ? null : centsToEuros(remaining),
    percent,
  };
}

/** Builds the totals contract. */
export function toTotalsJson(totals: Totals): TotalsJson {
  const total = jsonSum(totals.total);
  // Only when some line gives besteed, so the JSON of plans without it stays as it was.
  const spent = (budget: Sum, s: Sum): JsonSpent => (totals.hasSpent ? { spent: jsonSpending(budget, s) } : {});
  return {
    currency: 'EUR',
    plans: totals.plans.map((p) => ({
      path: p.path,
      jaar: p.jaar,
      titel: p.titel,
      gemeente: p.gemeente,
      wijk: p.wijk ?? null,
    })),
    sources: totals.sources.map((s) => ({
      code: s.code,
      naam: s.naam,
      soort: s.soort,
      ...jsonSum(s.sum),
      ...spent(s.sum, s.spent),
    })),
    soorten: (['eigen', 'cofinanciering'] as const).map((soort) => ({
      soort,
      ...jsonSum(totals.bySoort[soort]),
      ...spent(totals.bySoort[soort], totals.spentBySoort[soort]),
    })),
    sections: totals.sections.map((s) => ({ plan: s.plan, titel: s.titel, ...jsonSum(s.sum), ...spent(s.sum, s.spent) })),
    activities: totals.activities.map((a) => ({
      plan: a.plan,
      onderdeel: a.onderdeel,
      nr: a.nr,
      titel: a.titel,
      ...jsonSum(a.sum),
      ...spent(a.sum, a.spent),
    })),
    total: total.amount,
    unknownLines: total.unknownLines,
    declaredTotal: totals.declaredTotal === null ? null : centsToEuros(totals.declaredTotal),
    difference: totals.difference === null ? null : centsToEuros(totals.difference),
    ...spent(totals.total, totals.spent),
    ...(totals.funding === null
      ? {}
      : {
          sourcesFrom: totals.sourceSide,
          funding: { ...jsonSum(totals.funding), ...spent(totals.funding, totals.fundingSpent ?? totals.funding) },
          balances: totals.balances.map((b) => ({
            plan: b.plan,
            funding: jsonSum(b.funding),
            division: jsonSum(b.division),
            declared: b.declared === null ? null : centsToEuros(b.declared),
            difference: euros(b.difference),
            perSource: b.perSource.map((s) => ({ code: s.code, funding: jsonSum(s.funding), division: jsonSum(s.division), difference: euros(s.difference) })),
          })),
        }),
    ...(totals.perSaldo === null ? {} : { perSaldo: toPerSaldoJson(totals.perSaldo) }),
    ...(totals.programmes.length === 0
      ? {}
      : {
          programmes: totals.programmes.map((p) => ({
            plan: p.plan,
            gemeente: p.gemeente,
            jaar: p.jaar,
            budget: centsToEuros(p.budget),
            division: jsonSum(p.division),
            plans: p.plans,
            difference: centsToEuros(p.difference),
          })),
        }),
  };
}

const euros = (cents: number | null): number | null => (cents === null ? null : centsToEuros(cents));

/** The per-saldo view as JSON. */
export function toPerSaldoJson(p: PerSaldo): JsonPerSaldo {
  return {
    rows: saldoRows.map((figure) => {
      const v = p.hasRekening ? p.verschil[figure] : null;
      return {
        figure,
        begroting: jsonSum(p.begroting[figure]),
        rekening: p.hasRekening ? jsonSum(p.rekening[figure]) : null,
        verschil: v === null ? null : centsToEuros(v.amount),
        richting: v?.direction ?? null,
      };
    }),
  };
}

/** A plan's content as JSON. */
export function toJsonPlan(plan: Plan): JsonPlan {
  const r = plan.resultaten;
  return {
    path: plan.path,
    jaar: plan.jaar,
    titel: plan.titel,
    gemeente: plan.gemeente,
    wijk: plan.wijk ?? null,
    programma: plan.programma ?? null,
    herkomst: plan.herkomst ?? null,
    inleiding: plan.inleiding ?? null,
    totaalBudget: plan.totaalBudget === null ? null : centsToEuros(plan.totaalBudget),
    bronnen: plan.bronnen.map((s) => ({ code: s.code, naam: s.naam, soort: s.soort })),
    resultaten: r
      ? {
          jaar: r.jaar,
          kader: r.kader ?? null,
          inleiding: r.inleiding ?? null,
          puntenTotaal: r.puntenTotaal ?? null,
          gerealiseerdProcent: r.gerealiseerdProcent ?? null,
          punten: r.punten.map((p) => ({ nrs: p.nrs, tekst: p.tekst })),
        }
      : null,
    onderdelen: plan.onderdelen.map((s) => ({
      titel: s.titel,
      activiteiten: s.activiteiten.map((a) => ({
        nr: a.nr,
        titel: a.titel,
        omschrijving: a.omschrijving ?? null,
        themas: a.themas,
        actiehouders: a.actiehouders,
        ...(a.status === undefined ? {} : { status: a.status }),
        ...(a.indicatoren === undefined
          ? {}
          : {
              indicatoren: a.indicatoren.map(indicatorJson),
            }),
        ...(a.verantwoording === undefined
          ? {}
          : { verantwoording: { resultaat: a.verantwoording.resultaat ?? null, toelichting: a.verantwoording.toelichting ?? null } }),
        ...(a.taakveld === undefined ? {} : { taakveld: { code: a.taakveld, naam: taakveldName(a.taakveld, plan.jaar) ?? null } }),
        dekking: a.dekking.map(lineJson),
      })),
      ...(s.totaal === undefined ? {} : { totaal: centsToEuros(s.totaal.cents) }),
    })),
    ...(plan.schaal === 1 ? {} : { schaal: plan.schaal }),
    ...(plan.programmaBudget === null ? {} : { programmaBudget: centsToEuros(plan.programmaBudget) }),
    ...(plan.financiering.length === 0 ? {} : { financiering: plan.financiering.map((l) => ({ ...lineJson(l), bron: l.bron })) }),
    ...(plan.baten.length === 0
      ? {}
      : {
          baten: plan.baten.map((l) => ({
            omschrijving: l.omschrijving,
            bron: l.bron ?? null,
            bedrag: euros(l.bedrag),
            ...(l.realisatie === undefined ? {} : { realisatie: centsToEuros(l.realisatie) }),
            ...(l.karakter === undefined ? {} : { karakter: l.karakter }),
            ...(l.aard === undefined ? {} : { aard: l.aard }),
            toelichting: l.toelichting ?? null,
          })),
        }),
    ...(plan.reserves.length === 0
      ? {}
      : {
          reserves: plan.reserves.map((l) => ({
            omschrijving: l.omschrijving,
            mutatie: l.mutatie,
            bedrag: euros(l.bedrag),
            ...(l.realisatie === undefined ? {} : { realisatie: centsToEuros(l.realisatie) }),
            ...(l.karakter === undefined ? {} : { karakter: l.karakter }),
            toelichting: l.toelichting ?? null,
          })),
        }),
    ...(hasStated(plan)
      ? {
          totalen: {
            begroting: statedJson(plan.totalen.begroting),
            rekening: statedJson(plan.totalen.rekening),
            bronnen: plan.totalen.bronnen.map((b) => ({ code: b.code, bedrag: centsToEuros(b.cents) })),
          },
        }
      : {}),
  };
}

/** A line of the division or the funding as JSON. */
function lineJson(d: { bron: string | null; bedrag: number | null; besteed?: number; karakter?: Karakter; aard?: Aard; toelichting?: string }): JsonLine {
  return {
    bron: d.bron,
    bedrag: euros(d.bedrag),
    ...(d.besteed === undefined ? {} : { besteed: centsToEuros(d.besteed) }),
    ...(d.karakter === undefined ? {} : { karakter: d.karakter }),
    ...(d.aard === undefined ? {} : { aard: d.aard }),
    toelichting: d.toelichting ?? null,
  };
}

function hasStated(plan: Plan): boolean {
  const t = plan.totalen;
  return Object.keys(t.begroting).length > 0 || Object.keys(t.rekening).length > 0 || t.bronnen.length > 0;
}

function statedJson(f: StatedFigures): Partial<Record<keyof StatedFigures, number>> {
  return Object.fromEntries(Object.entries(f).map(([k, s]) => [k, centsToEuros(s.cents)]));
}

/** The plans behind a grouped or side-by-side table. */
export type JsonPlanRef = TotalsJson['plans'][number];

/** `jaarplan totals --by X --format json`: one row per group. */
export interface GroupsJson {
  /** Always `EUR`. */
  currency: 'EUR';
  /** What the rows are grouped by: source, section, plan, wijk, year or thema. */
  by: GroupBy;
  /** The plans totalled. */
  plans: JsonPlanRef[];
  /** One row per group, in the order of the table. */
  groups: ({
    /** The source code, section title, plan path, wijk, year or theme; null for city-wide (wijk) or no theme (thema). */
    key: string | null;
    /** The source's name, the plan's title, or the taakveld's name on the list of the latest year it is in; null for other groupings. */
    naam: string | null;
    /** By taakveld: the plan years its lines come from. */
    jaren?: number[];
    /** By taakveld: the year the code leaves the list within the plans' years, and the codes that replace it from when. */
    vernummerd?: { jaar: number; opvolgers: { sinds: number; codes: string[] }[] };
    /** By taakveld: the year the code joins the list within the plans' years, and the codes it follows. */
    nieuw?: { jaar: number; volgtOp: string[] };
  } & JsonSum &
    JsonSpent)[];
  /** The known amounts of all lines, each line once (also by theme); null when every line is unknown. */
  total: number | null;
  /** How many lines of all have no amount. */
  unknownLines: number;
  /** Spending of all lines; only when some line gives `besteed`. */
  spent?: JsonSpending;
}

/** One row of years side by side. */
export interface JsonYearRow {
  /** The group, as in `GroupsJson`; null for city-wide, no theme, or the row of all lines. */
  key: string | null;
  /** The source's name or the plan's title; null otherwise. */
  naam: string | null;
  /** The sum in each year, in the order of `YearsJson.years`. */
  years: ({ year: number } & JsonSum)[];
  /** The change against the year before, from the second year on; null when either year has lines without an amount. */
  changes: { year: number; change: number | null }[];
  /** All years together. */
  total: JsonSum;
}

/** `jaarplan totals --years A-B [--by X] --format json`: a column per year, a total, and the change each year. */
export interface YearsJson {
  /** Always `EUR`. */
  currency: 'EUR';
  /** What the rows are grouped by. */
  by: GroupBy;
  /** The years, ascending. */
  years: number[];
  /** The years without any plan: their amounts are 0 over 0 lines, and no change is given against them. */
  missing: number[];
  /** The plans of those years. */
  plans: JsonPlanRef[];
  /** One row per group. */
  rows: JsonYearRow[];
  /** The row of all lines. */
  total: JsonYearRow;
}

function planRef(p: Plan): JsonPlanRef {
  return { path: p.path, jaar: p.jaar, titel: p.titel, gemeente: p.gemeente, wijk: p.wijk ?? null };
}

/** Builds the grouped totals contract. */
export function toGroupsJson(g: GroupTotals): GroupsJson {
  const total = jsonSum(g.total);
  return {
    currency: 'EUR',
    by: g.by,
    plans: g.plans.map(planRef),
    groups: g.groups.map((x) => ({
      key: x.key,
      naam: x.naam ?? null,
      ...(x.taakveld === undefined ? {} : { jaren: x.taakveld.years }),
      ...(x.taakveld?.ends === undefined
        ? {}
        : { vernummerd: { jaar: x.taakveld.ends.year, opvolgers: x.taakveld.ends.successors.map((s) => ({ sinds: s.since, codes: s.codes })) } }),
      ...(x.taakveld?.starts === undefined ? {} : { nieuw: { jaar: x.taakveld.starts.year, volgtOp: x.taakveld.starts.follows } }),
      ...jsonSum(x.sum),
      ...(g.hasSpent ? { spent: jsonSpending(x.sum, x.spent) } : {}),
    })),
    total: total.amount,
    unknownLines: total.unknownLines,
    ...(g.hasSpent ? { spent: jsonSpending(g.total, g.spent) } : {}),
  };
}

/** Builds the years-side-by-side contract. */
export function toYearsJson(y: YearComparison): YearsJson {
  const row = (r: YearRow): JsonYearRow => ({
    key: r.key,
    naam: r.naam ?? null,
    years: r.perYear.map((sum, i) => ({ year: y.years[i]!, ...jsonSum(sum) })),
    changes: r.deltas.map((change, i) => ({ year: y.years[i + 1]!, change: change === null ? null : centsToEuros(change) })),
    total: jsonSum(r.total),
  });
  return { currency: 'EUR', by: y.by, years: y.years, missing: y.missing, plans: y.plans.map(planRef), rows: y.rows.map(row), total: row(y.total) };
}

/** `report --years A-B --format json`. */
export interface YearsReportJson {
  /** The first year. */
  first: number;
  /** The last year. */
  last: number;
  /** The years side by side per source, per wijk and per theme, each as `totals --years --format json`. */
  comparisons: YearsJson[];
  /** Each year's total, with spending, as `totals --by year --format json`. */
  perYear: GroupsJson;
}

/** Builds the years report contract. */
export function toYearsReportJson(report: YearsReport): YearsReportJson {
  return {
    first: report.first,
    last: report.last,
    comparisons: report.comparisons.map(toYearsJson),
    perYear: toGroupsJson(report.perYear),
  };
}

/** An indicator as the JSON contracts write it: its values as written, null where not given. */
export function indicatorJson(i: Indicator): JsonIndicator {
  return {
    naam: i.naam,
    eenheid: i.eenheid ?? null,
    nulmeting: i.nulmeting ?? null,
    streefwaarde: i.streefwaarde ?? null,
    richting: i.richting ?? null,
    realisatie: i.realisatie ?? null,
  };
}

/** An indicator in the JSON contracts. */
export interface JsonIndicator {
  /** What is measured. */
  naam: string;
  /** Its unit, or null. */
  eenheid: string | null;
  /** The baseline, or null. */
  nulmeting: number | null;
  /** The target, or null. */
  streefwaarde: number | null;
  /** Whether higher or lower is better, when the plan says so. */
  richting: 'hoger' | 'lager' | null;
  /** What was reached, or null. */
  realisatie: number | null;
}

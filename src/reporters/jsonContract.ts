import { centsToEuros } from '../core/amount.js';
import type { Lang } from '../i18n/lang.js';
import { taakveldName } from '../core/iv3Taakvelden.js';
import type { Totals } from '../core/computeTotals.js';
import { saldoRows, type PerSaldo } from '../core/perSaldo.js';
import { spending, type Direction, type FigureKind, type Sum } from '../core/sum.js';
import type { YearComparison, YearRow } from '../core/compareYears.js';
import type { YearsReport } from '../core/buildYearsReport.js';
import type { GroupBy, GroupTotals } from '../core/groupTotals.js';
import type { Code, Diagnostic, Severity } from '../core/diagnostic.js';
import type { Light, LightReason } from '../core/buildVerantwoording.js';
import type { ChangeKind, DiffSide, DiffStatus, Direction as DiffDirection, FailOn, PlanList, Scalar } from '../core/diffPlans.js';
import type { PlanField } from '../core/planFields.js';
import type { ActivityStatus, Aard, Indicator, Karakter, Plan, Soort, StatedFigures, Thema } from '../core/plan.js';
import { messageOf } from '../i18n/messages.js';
import { countDiagnostics, omitted, shownInFileOrder, type ValidationResult } from './validate/result.js';

// The JSON output is a public contract, documented in docs/json.md. This module is it: every type of
// every JSON output of the command line lives here, and schemas/output/ holds the JSON Schema of
// each, generated from these types (`npm run schemas`; test/commands/outputSchemas.test.ts checks that the
// schemas are current and that every command's real output validates against its own). Change a
// type only with a note in docs/json.md and CHANGELOG.md, and JSON_CONTRACT_VERSION with it.

/**
 * The version of the JSON contract: the major number changes when a field changes or goes, the minor
 * when one is added. Each output's schema carries it (`$id` ends in the major number).
 */
export const JSON_CONTRACT_VERSION = '2.1.0';

/**
 * Every JSON output, by the command line that prints it, and the type that is its contract. Its
 * schema is schemas/output/<name>.schema.json.
 */
export const JSON_OUTPUTS = [
  { name: 'validate', command: 'validate --format json', type: 'ValidateJson' },
  { name: 'totals', command: 'totals --format json', type: 'TotalsJson' },
  { name: 'totals-by', command: 'totals --by <grouping> --format json', type: 'GroupsJson' },
  { name: 'totals-years', command: 'totals --years <range> --format json', type: 'YearsJson' },
  { name: 'report', command: 'report --year <year> --format json', type: 'ReportJson' },
  { name: 'report-years', command: 'report --years <range> --format json', type: 'YearsReportJson' },
  { name: 'verantwoording', command: 'verantwoording --year <year> --format json', type: 'VerantwoordingJson' },
  { name: 'verantwoording-years', command: 'verantwoording --years <range> --format json', type: 'VerantwoordingYearsJson' },
  { name: 'diff', command: 'diff --format json', type: 'DiffJson' },
] as const;

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

/** What an output of `totals`, `report` or `verantwoording` has first when a counted plan has errors (added in 2.1.0). */
export interface JsonFindings {
  /**
   * The errors of the counted plans, each plan's in file order, plans in the order read; the first
   * field of the output, and only of the output as a whole (never of a nested `totals`). Absent when
   * no counted plan has an error.
   */
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
export interface TotalsJson extends JsonFindings {
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
  baten?: {
    omschrijving: string;
    bron: string | null;
    bedrag: number | null;
    realisatie?: number;
    karakter?: Karakter;
    aard?: Aard;
    toelichting: string | null;
  }[];
  /** The reserve movements; only when the plan has them. */
  reserves?: {
    omschrijving: string;
    mutatie: 'toevoeging' | 'onttrekking';
    bedrag: number | null;
    realisatie?: number;
    karakter?: Karakter;
    toelichting: string | null;
  }[];
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
  /**
   * Each plan with its own totals and its diagnostics (errors before warnings; a plan whose budget
   * rules fail is reported too), and, once some line of the year gives `besteed`, how many of its
   * activities `verantwoording` rates green, orange and red.
   */
  reports: {
    plan: JsonPlan;
    totals: TotalsJson;
    diagnostics: JsonDiagnostic[];
    assessment?: { groen: number; oranje: number; rood: number };
  }[];
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
            perSource: b.perSource.map((s) => ({
              code: s.code,
              funding: jsonSum(s.funding),
              division: jsonSum(s.division),
              difference: euros(s.difference),
            })),
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
function lineJson(d: {
  bron: string | null;
  bedrag: number | null;
  besteed?: number;
  karakter?: Karakter;
  aard?: Aard;
  toelichting?: string;
}): JsonLine {
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
export interface GroupsJson extends JsonFindings {
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
export interface YearsJson extends JsonFindings {
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
        : {
            vernummerd: {
              jaar: x.taakveld.ends.year,
              opvolgers: x.taakveld.ends.successors.map((s) => ({ sinds: s.since, codes: s.codes })),
            },
          }),
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
  return {
    currency: 'EUR',
    by: y.by,
    years: y.years,
    missing: y.missing,
    plans: y.plans.map(planRef),
    rows: y.rows.map(row),
    total: row(y.total),
  };
}

/** `report --years A-B --format json`. */
export interface YearsReportJson extends JsonFindings {
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

// `jaarplan diff --format json`.

/** An amount before and after, in euros. */
export interface JsonChange {
  /** `added`, `removed`, `up`, `down`, `became-known`, `became-unknown` or `unchanged`. */
  kind: ChangeKind;
  /** Before the edit (see `JsonSum`); null when it did not exist. */
  before: JsonSum | null;
  /** After the edit; null when it no longer exists. */
  after: JsonSum | null;
  /** After minus before over known amounts, in euros; null when unknown would be compared with known. */
  delta: number | null;
}

/** One version of a file. */
export interface JsonDiffSide {
  /** The file as shown, with `REV:` in front when read from git. */
  path: string;
  /** The git revision as given, or null for a file on disk. */
  revision: string | null;
  /** `plan` (read), `absent` (no file on this side) or `unreadable` (too broken to read). */
  state: DiffSide['state'];
}

/** A field that changed: its path in the plan format, and its value before and after. */
export interface JsonFieldChange {
  /** The field, by its path in the plan format: `titel`, `resultaten.kader`, `onderdelen.*.activiteiten.*.status`. */
  field: PlanField;
  /** For a field of a line of `resultaten.punten`: the line's 1-based position; else null. */
  item: number | null;
  /** Before the edit; null where not given. A list (themes, owners, point numbers) is one text, sorted where order does not count. */
  before: Scalar | null;
  /** After the edit; null where not given. */
  after: Scalar | null;
}

/** One budget line (all lines of one source in one activity). */
export interface JsonLineDiff {
  /** The source's code after the edit (before it, for a removed line); null for the lines of the division alone (no source). */
  bron: string | null;
  /** The code before the edit when the source was renamed, else null. */
  bronBefore: string | null;
  /** The amount. */
  change: JsonChange;
  /** What was spent (`besteed`); a line without it counts as unknown. */
  spent: JsonChange;
  /** Texts of the lines that changed (`toelichting`): per field, the texts before and after, lines without one left out. */
  texts: { field: PlanField; before: string[]; after: string[] }[];
}

/** The lines of one key in one of the plan's own lists that changed: a source's funding, an income line, a reserve movement. */
export interface JsonPlanLineDiff {
  /** `financiering`, `baten` or `reserves`. */
  list: PlanList;
  /** The source's code (funding) or the description (income, reserves), after the edit (before it, when removed). */
  key: string;
  /** The source's code before the edit when the source was renamed, else null. */
  keyBefore: string | null;
  /** The budgeted amount (`bedrag`). */
  change: JsonChange;
  /** The account's amount: `besteed` of funding, `realisatie` of income and reserves. */
  spent: JsonChange;
  /** Texts of the lines that changed (toelichting, karakter, aard, mutatie, bron): per field, before and after. */
  texts: { field: PlanField; before: string[]; after: string[] }[];
}

/** An amount of the plan as a whole that changed: the programme's budget or a stated total. */
export interface JsonAmountChange {
  /** The field, by its path in the plan format: `programma_budget`, `totalen.begroting.lasten`, `totalen.bronnen.*`, `onderdelen.*.totaal`. */
  field: PlanField;
  /** For `totalen.bronnen.*` the source's code, for `onderdelen.*.totaal` the section's title; else null. */
  item: string | null;
  /** Before the edit, in euros; null where not given. */
  before: number | null;
  /** After the edit, in euros; null where not given. */
  after: number | null;
}

/** One activity that changed. */
export interface JsonActivityDiff {
  /** `added`, `removed` or `changed`. */
  status: DiffStatus;
  /** The number after the edit; null when removed. */
  nr: number | null;
  /** The number before the edit; null when added. */
  nrBefore: number | null;
  /** Matched by title because its number changed. */
  renumbered: boolean;
  /** The title after the edit; null when removed. */
  titel: string | null;
  /** The title before the edit; null when added. */
  titelBefore: string | null;
  /** The description changed. */
  omschrijvingChanged: boolean;
  /** Owners added. */
  actiehoudersAdded: string[];
  /** Owners removed. */
  actiehoudersRemoved: string[];
  /** Themes added. */
  themasAdded: Thema[];
  /** Themes removed. */
  themasRemoved: Thema[];
  /** The section after the edit; null when removed. */
  onderdeel: string | null;
  /** The section before the edit; null when added. */
  onderdeelBefore: string | null;
  /** It moved to another section. */
  moved: boolean;
  /** The budget lines that changed, per source. */
  lines: JsonLineDiff[];
  /** The activity's total. */
  total: JsonChange;
  /** What was spent of the activity (`besteed` of its lines). */
  spent: JsonChange;
  /** Its `status` after the edit (`gepland`, `lopend`, `afgerond`, `vervallen`); null when not given or removed. */
  activityStatus: ActivityStatus | null;
  /** Its `status` before the edit; null when not given or added. */
  activityStatusBefore: ActivityStatus | null;
  /** Every field of the activity that changed, with its value before and after. */
  fields: JsonFieldChange[];
}

/** One file's diff. */
export interface JsonFileDiff {
  /** The file, as shown. */
  path: string;
  /** The old version. */
  before: JsonDiffSide;
  /** The new version. */
  after: JsonDiffSide;
  /** `added`, `removed`, `changed` or `unchanged`. */
  status: DiffStatus;
  /** False when a version exists but could not be read: then only `diagnostics` is filled in. */
  comparable: boolean;
  /** The whole plan. */
  total: JsonChange;
  /** Per kind of source. */
  soorten: ({ soort: Soort } & JsonChange)[];
  /** Every source of either version; `status` is about its declaration, `codeBefore` is set when its code was renamed. */
  sources: {
    code: string;
    codeBefore: string | null;
    naam: string | null;
    naamBefore: string | null;
    status: DiffStatus;
    change: JsonChange;
  }[];
  /** Sections whose money changed, or that are new or removed. */
  sections: { titel: string; status: DiffStatus; change: JsonChange }[];
  /** Activities that changed, are new or were removed, ordered by number. */
  activities: JsonActivityDiff[];
  /** totaal_budget in euros before and after (null where not declared), and after minus before. */
  declaredTotal: { before: number | null; after: number | null; delta: number | null };
  /** Declared total minus known amounts, in euros, before and after; null where none is declared. */
  difference: { before: number | null; after: number | null };
  /** Which way the known amounts (`allocated`), the declared total and the funding table (`funded`, only when a version has one) moved: `up`, `down` or `same`. */
  budget: { allocated: DiffDirection; declared: DiffDirection; funded?: DiffDirection };
  /** Diagnostics the edit introduced (placed in the new version) and resolved (placed in the old). */
  diagnostics: { introduced: JsonDiagnostic[]; resolved: JsonDiagnostic[] };
  /** What was spent of the whole plan (`besteed`); lines without it count as unknown. */
  spent: JsonChange;
  /** The fields of the plan and of its `resultaten` that changed. */
  fields: JsonFieldChange[];
  /** The funding table (`financiering`) added up; only when a version has one (`before`/`after` null on a side without). */
  funding?: JsonChange;
  /** The lines of the plan's own lists (funding, income, reserves) that changed, list by list; only when some did. */
  lists?: JsonPlanLineDiff[];
  /** The programme's budget and the stated totals that changed; only when some did. */
  amounts?: JsonAmountChange[];
}

/** `jaarplan diff --format json`. */
export interface DiffJson {
  /** Always `EUR`. */
  currency: 'EUR';
  /** One entry per file compared. */
  files: JsonFileDiff[];
  /** The `--fail-on` mode (null without it) and whether it tripped. */
  failOn: { mode: FailOn | null; failed: boolean };
  /** How many errors the edit introduced over all files. */
  errorsIntroduced: number;
}

// `jaarplan verantwoording --format json`.

/** Money against its budget in JSON. */
export interface JsonMoney {
  /** The budget (`bedrag`), as in `totals`. */
  budget: JsonSum;
  /** What was spent (`besteed`), as in `totals`. */
  spent: JsonSum;
  /**
   * Budget minus spent (begroting minus rekening) in euros, the one sign of every difference:
   * positive is underspent (favourable), negative overspent. Null when either has unknown lines.
   * (Before contract 2.0.0 this was spent minus budget.)
   */
  difference: number | null;
  /** `V` (voordelig, favourable: less spent than budgeted) or `N` (nadelig, adverse); null when the difference is 0 or null. */
  richting: Direction | null;
  /** The difference as a percentage of the budget, one decimal; null when `difference` is, or the budget is zero. */
  differencePercent: number | null;
  /** Whether the difference is beyond the threshold (more than its percentage and its amount). */
  beyondThreshold: boolean;
}

/** One activity's account in JSON. */
export interface JsonVerantwoordingActivity extends JsonMoney {
  onderdeel: string;
  nr: number;
  titel: string;
  /** What it was to achieve: the plan's description, or null. */
  doel: string | null;
  status: ActivityStatus | null;
  /** `groen`, `oranje` or `rood`, by the documented rules. */
  beoordeling: Light;
  /** Why it is not green, worst first. */
  redenen: LightReason[];
  /** Its indicators as the report's contract writes them, and whether each target was met (null when it cannot be told). */
  indicatoren: (JsonIndicator & { gehaald: boolean | null })[];
  resultaat: string | null;
  /** The activity's own explanation (`verantwoording.toelichting`), or null. */
  toelichting: string | null;
  /** The explanations of its budget lines (`toelichting`), in the order of the plan: the line's number from 1 and its source. */
  regelToelichtingen: { regel: number; bron: string | null; toelichting: string }[];
  /** The lines whose spending differs from their amount beyond the threshold, by the rule in docs/commands/verantwoording.md, each explained or not. */
  afwijkendeRegels: JsonDeviatingLine[];
}

/** A budget line that deviates beyond the threshold. */
export interface JsonDeviatingLine {
  /** The line's number in the activity's `dekking`, from 1. */
  regel: number;
  bron: string | null;
  /** Its amount and spending in euros. */
  begroot: number;
  besteed: number;
  /** Begroting minus rekening in euros, with V or N, and its percentage of the amount (null for an amount of zero). */
  difference: number;
  richting: Direction | null;
  differencePercent: number | null;
  /** Whether it is explained (its own toelichting, the activity's, or a vervallen status when less was spent). */
  toegelicht: boolean;
}

/** The whole account in JSON. */
export interface VerantwoordingJson extends JsonMoney, JsonFindings {
  year: number;
  currency: 'EUR';
  /** The threshold used: more than `percent` of the budget and more than `amount` euros. */
  threshold: { percent: number; amount: number };
  /** How many activities have each assessment. */
  beoordeling: Record<Light, number>;
  sources: ({ code: string; naam: string; soort: Soort } & JsonMoney)[];
  soorten: ({ soort: Soort } & JsonMoney)[];
  plans: ({
    path: string;
    titel: string;
    gemeente: string;
    wijk: string | null;
    beoordeling: Record<Light, number>;
    activities: JsonVerantwoordingActivity[];
  } & JsonMoney)[];
  /** The plans per saldo, as in `totals --format json`; only when some plan has `baten` or `reserves`. */
  perSaldo?: JsonPerSaldo;
}

/** `verantwoording --years A-B --format json`. */
export interface VerantwoordingYearsJson extends JsonFindings {
  first: number;
  last: number;
  /** Each year of the range with its account (as `verantwoording --year`), or null without plans. */
  years: { year: number; account: VerantwoordingJson | null }[];
  /** The indicators that come back in two years or more. */
  series: {
    gemeente: string;
    wijk: string | null;
    activiteit: string;
    naam: string;
    eenheid: string | null;
    perYear: ({
      year: number;
      nulmeting: number | null;
      streefwaarde: number | null;
      realisatie: number | null;
      gehaald: boolean | null;
    } | null)[];
  }[];
}

import { centsToEuros, type Lang } from '../core/amount.js';
import type { Sum, Totals } from '../core/computeTotals.js';
import type { Code, Diagnostic, Severity } from '../core/diagnostic.js';
import type { Plan, Soort, Thema } from '../core/plan.js';
import { messageOf } from '../i18n/messages.js';
import { countDiagnostics, omitted, shown, type ValidationResult } from './validationResult.js';

// The JSON output is a public contract, documented in the README. These types are it: change them
// only with a note in the README's contract section.

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

/** `jaarplan totals --format json`. */
export interface TotalsJson {
  /** Always `EUR`. */
  currency: 'EUR';
  /** The plans totalled. */
  plans: { path: string; jaar: number; titel: string; gemeente: string; wijk: string | null }[];
  /** Per source, in declaration order. */
  sources: ({ code: string; naam: string; soort: Soort } & JsonSum)[];
  /** Per kind of source. */
  soorten: ({ soort: Soort } & JsonSum)[];
  /** Per section of each plan. */
  sections: ({ plan: string; titel: string } & JsonSum)[];
  /** Per activity of each plan. */
  activities: ({ plan: string; onderdeel: string; nr: number; titel: string } & JsonSum)[];
  /** The known amounts of all plans, in euros; null when every line is unknown. */
  total: number | null;
  /** How many lines of all plans have no amount (not included in `total`). */
  unknownLines: number;
  /** The declared totals added up, in euros; null when no plan declares one. */
  declaredTotal: number | null;
  /** declaredTotal minus the known amounts of the plans that declare one; null when none does. */
  difference: number | null;
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
      dekking: { bron: string; bedrag: number | null; toelichting: string | null }[];
    }[];
  }[];
}

/** `jaarplan report --format json`: the totals of all plans of the year, plus each plan. */
export interface ReportJson extends TotalsJson {
  /** The year reported. */
  year: number;
  /** Each plan with its own totals and its warnings. */
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

/** Builds the validate contract. */
export function toValidateJson(result: ValidationResult, lang: Lang): ValidateJson {
  return {
    files: result.files.map((f) => ({
      path: f.path,
      valid: !f.diagnostics.some((d) => d.severity === 'error'),
      diagnostics: shown(f, result).map((d) => jsonDiagnostic(d, lang)),
      omitted: omitted(f, result),
    })),
    summary: countDiagnostics(result),
  };
}

/** Builds the totals contract. */
export function toTotalsJson(totals: Totals): TotalsJson {
  const total = jsonSum(totals.total);
  return {
    currency: 'EUR',
    plans: totals.plans.map((p) => ({
      path: p.path,
      jaar: p.jaar,
      titel: p.titel,
      gemeente: p.gemeente,
      wijk: p.wijk ?? null,
    })),
    sources: totals.sources.map((s) => ({ code: s.code, naam: s.naam, soort: s.soort, ...jsonSum(s.sum) })),
    soorten: (['eigen', 'cofinanciering'] as const).map((soort) => ({ soort, ...jsonSum(totals.bySoort[soort]) })),
    sections: totals.sections.map((s) => ({ plan: s.plan, titel: s.titel, ...jsonSum(s.sum) })),
    activities: totals.activities.map((a) => ({
      plan: a.plan,
      onderdeel: a.onderdeel,
      nr: a.nr,
      titel: a.titel,
      ...jsonSum(a.sum),
    })),
    total: total.amount,
    unknownLines: total.unknownLines,
    declaredTotal: totals.declaredTotal === null ? null : centsToEuros(totals.declaredTotal),
    difference: totals.difference === null ? null : centsToEuros(totals.difference),
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
        dekking: a.dekking.map((d) => ({
          bron: d.bron,
          bedrag: d.bedrag === null ? null : centsToEuros(d.bedrag),
          toelichting: d.toelichting ?? null,
        })),
      })),
    })),
  };
}

import { centsToEuros } from '../../core/amount.js';
import type { Lang } from '../../i18n/lang.js';
import type {
  ActivityDiff,
  AmountChange,
  AmountFieldChange,
  DiffReport,
  DiffSide,
  FieldChange,
  FileDiff,
  PlanLineDiff,
} from '../../core/diffPlans.js';
import {
  jsonDiagnostic,
  jsonSum,
  type DiffJson,
  type JsonActivityDiff,
  type JsonAmountChange,
  type JsonChange,
  type JsonDiffSide,
  type JsonFieldChange,
  type JsonFileDiff,
  type JsonPlanLineDiff,
} from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';

// `jaarplan diff --format json`: its types are part of the JSON contract (../jsonContract.ts).

const euros = (c: number | null) => (c === null ? null : centsToEuros(c));

/** An amount change as JSON. */
export function jsonChange(c: AmountChange): JsonChange {
  const sum = (s: AmountChange['before']) => (s === null || s.lines === 0 ? null : jsonSum(s));
  return { kind: c.kind, before: sum(c.before), after: sum(c.after), delta: euros(c.delta) };
}

function jsonField(f: FieldChange): JsonFieldChange {
  return { field: f.field, item: f.item, before: f.before, after: f.after };
}

function jsonPlanLine(l: PlanLineDiff): JsonPlanLineDiff {
  return {
    list: l.list,
    key: l.key,
    keyBefore: l.keyBefore,
    change: jsonChange(l.change),
    spent: jsonChange(l.spent),
    texts: l.texts.map((t) => ({ field: t.field, before: t.before, after: t.after })),
  };
}

function jsonAmount(a: AmountFieldChange): JsonAmountChange {
  return { field: a.field, item: a.item, before: euros(a.before), after: euros(a.after) };
}

function jsonActivity(a: ActivityDiff): JsonActivityDiff {
  return {
    status: a.status,
    nr: a.nr.after,
    nrBefore: a.nr.before,
    renumbered: a.renumbered,
    titel: a.titel.after,
    titelBefore: a.titel.before,
    omschrijvingChanged: a.omschrijvingChanged,
    actiehoudersAdded: a.actiehoudersAdded,
    actiehoudersRemoved: a.actiehoudersRemoved,
    themasAdded: a.themasAdded,
    themasRemoved: a.themasRemoved,
    onderdeel: a.section.after,
    onderdeelBefore: a.section.before,
    moved: a.moved,
    lines: a.lines.map((l) => ({
      bron: l.bron,
      bronBefore: l.bronBefore,
      change: jsonChange(l.change),
      spent: jsonChange(l.spent),
      texts: l.texts.map((t) => ({ field: t.field, before: t.before, after: t.after })),
    })),
    total: jsonChange(a.total),
    spent: jsonChange(a.spent),
    activityStatus: a.activityStatus.after,
    activityStatusBefore: a.activityStatus.before,
    fields: a.fields.map(jsonField),
  };
}

function jsonFile(f: FileDiff, lang: Lang): JsonFileDiff {
  const d = f.diff;
  const side = (s: DiffSide): JsonDiffSide => ({ path: s.path, revision: s.revision, state: s.state });
  return {
    path: f.path,
    before: side(f.before),
    after: side(f.after),
    status: d.status,
    comparable: f.comparable,
    total: jsonChange(d.total),
    soorten: d.soorten.map((s) => ({ soort: s.soort, ...jsonChange(s.change) })),
    sources: d.sources.map((s) => ({
      code: s.code,
      codeBefore: s.codeBefore,
      naam: s.naam.after,
      naamBefore: s.naam.before,
      status: s.status,
      change: jsonChange(s.change),
    })),
    sections: d.sections
      .filter((s) => s.status !== 'unchanged')
      .map((s) => ({ titel: s.titel, status: s.status, change: jsonChange(s.change) })),
    activities: d.activities.filter((a) => a.status !== 'unchanged').map(jsonActivity),
    declaredTotal: { before: euros(d.declared.before), after: euros(d.declared.after), delta: euros(d.declared.delta) },
    difference: { before: euros(d.difference.before), after: euros(d.difference.after) },
    budget: {
      allocated: d.budget.allocated,
      declared: d.budget.declared,
      ...(d.funding.before === null && d.funding.after === null ? {} : { funded: d.budget.funded }),
    },
    diagnostics: {
      introduced: d.diagnostics.introduced.map((x) => jsonDiagnostic(x, lang)),
      resolved: d.diagnostics.resolved.map((x) => jsonDiagnostic(x, lang)),
    },
    spent: jsonChange(d.spent),
    fields: d.fields.map(jsonField),
    // Only where there is something, so the diff of a plan without these lists reads as before.
    ...(d.funding.before === null && d.funding.after === null ? {} : { funding: jsonChange(d.funding) }),
    ...(d.lists.length === 0 ? {} : { lists: d.lists.map(jsonPlanLine) }),
    ...(d.amounts.length === 0 ? {} : { amounts: d.amounts.map(jsonAmount) }),
  };
}

/** Builds the diff contract. */
export function toDiffJson(report: DiffReport, lang: Lang): DiffJson {
  return {
    currency: 'EUR',
    files: report.files.map((f) => jsonFile(f, lang)),
    failOn: { mode: report.failOn, failed: report.failed },
    errorsIntroduced: report.errorsIntroduced,
  };
}

/** A diff as the documented JSON contract. */
export function diffJson(report: DiffReport, options: ReporterOptions): string {
  return JSON.stringify(toDiffJson(report, options.lang), null, 2) + '\n';
}

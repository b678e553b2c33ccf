import { centsToEuros, type Lang } from '../../core/amount.js';
import type {
  ActivityDiff,
  AmountChange,
  AmountFieldChange,
  ChangeKind,
  DiffReport,
  DiffSide,
  Direction,
  FailOn,
  FieldChange,
  FileDiff,
  PlanLineDiff,
  PlanList,
  Scalar,
  DiffStatus,
} from '../../core/diffPlans.js';
import type { Soort, ActivityStatus, Thema } from '../../core/plan.js';
import type { PlanField } from '../../core/planFields.js';
import { jsonDiagnostic, jsonSum, type JsonDiagnostic, type JsonSum } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';

// `jaarplan diff --format json` is a public contract, documented in docs/json.md. These types are
// it: change them only with a note in its section there.

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
  sources: { code: string; codeBefore: string | null; naam: string | null; naamBefore: string | null; status: DiffStatus; change: JsonChange }[];
  /** Sections whose money changed, or that are new or removed. */
  sections: { titel: string; status: DiffStatus; change: JsonChange }[];
  /** Activities that changed, are new or were removed, ordered by number. */
  activities: JsonActivityDiff[];
  /** totaal_budget in euros before and after (null where not declared), and after minus before. */
  declaredTotal: { before: number | null; after: number | null; delta: number | null };
  /** Declared total minus known amounts, in euros, before and after; null where none is declared. */
  difference: { before: number | null; after: number | null };
  /** Which way the known amounts (`allocated`), the declared total and the funding table (`funded`, only when a version has one) moved: `up`, `down` or `same`. */
  budget: { allocated: Direction; declared: Direction; funded?: Direction };
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
    sections: d.sections.filter((s) => s.status !== 'unchanged').map((s) => ({ titel: s.titel, status: s.status, change: jsonChange(s.change) })),
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

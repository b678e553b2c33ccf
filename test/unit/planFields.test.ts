import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildReport } from '../../src/core/buildReport.js';
import { diffPlans, failsOn } from '../../src/core/diffPlans.js';
import type { Plan } from '../../src/core/plan.js';
import { planFields, type PlanField } from '../../src/core/planFields.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { toDiffJson } from '../../src/reporters/diff/json.js';
import { diffMarkdown } from '../../src/reporters/diff/markdown.js';
import { diffTable } from '../../src/reporters/diff/table.js';
import { diffFile, diffReport } from '../../src/core/diffPlans.js';
import { toReportJson } from '../../src/reporters/report/json.js';
import { root } from '../helpers/paths.js';

// planFields.ts is the one table of every field of the plan format and what diff, init and the
// JSON contract do with it. These tests hold the table to the schema, and the commands to the table.

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
};
const schema = JSON.parse(readFileSync(root + 'schemas/jaarplan.schema.json', 'utf8')) as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

/** Every field path of the schema: properties by name, items of a list and keys of a map as `*`. */
function schemaFields(node: SchemaNode, prefix: string, out: Set<string>): Set<string> {
  const resolved = node.$ref ? schema.definitions[node.$ref.replace('#/definitions/', '')]! : node;
  const join = (key: string) => (prefix === '' ? key : `${prefix}.${key}`);
  for (const [key, child] of Object.entries(resolved.properties ?? {})) {
    out.add(join(key));
    schemaFields(child, join(key), out);
  }
  if (resolved.items) schemaFields(resolved.items, join('*'), out);
  if (typeof resolved.additionalProperties === 'object') {
    out.add(join('*'));
    schemaFields(resolved.additionalProperties, join('*'), out);
  }
  return out;
}

// The plan as YAML data, loosely typed: the changes below edit it as a person edits the file.
type Line = { bron?: string; bedrag?: number | string; besteed?: number | string; toelichting?: string; karakter?: string; aard?: string };
type Funding = {
  bron: string;
  bedrag?: number | string;
  besteed?: number | string;
  karakter?: string;
  aard?: string;
  toelichting?: string;
};
type Income = {
  omschrijving: string;
  bron?: string;
  bedrag?: number | string;
  realisatie?: number | string;
  karakter?: string;
  aard?: string;
  toelichting?: string;
};
type Reserve = {
  omschrijving: string;
  mutatie: string;
  bedrag?: number | string;
  realisatie?: number | string;
  karakter?: string;
  toelichting?: string;
};
type Figures = { lasten?: number; baten?: number; saldo?: number; resultaat?: number; financiering?: number };
type Indicator = { naam: string; eenheid?: string; nulmeting?: number; streefwaarde?: number; richting?: string; realisatie?: number };
type Activity = {
  nr: number;
  titel: string;
  omschrijving?: string;
  themas?: string[];
  actiehouders?: string[];
  status?: string;
  taakveld?: string;
  indicatoren?: Indicator[];
  verantwoording?: { resultaat?: string; toelichting?: string };
  dekking?: Line[];
};
type Data = {
  jaar: number;
  titel: string;
  gemeente: string;
  wijk?: string;
  concept?: boolean;
  programma?: string;
  herkomst?: string;
  inleiding?: string;
  totaal_budget?: number | string;
  programma_budget?: number | string;
  schaal?: number;
  financiering: Funding[];
  baten: Income[];
  reserves: Reserve[];
  totalen?: { begroting?: Figures; rekening?: Figures; bronnen?: Record<string, number> };
  bronnen: Record<string, { naam: string; soort: string }>;
  resultaten?: {
    jaar: number;
    kader?: string;
    inleiding?: string;
    punten_totaal?: number;
    gerealiseerd_procent?: number;
    punten?: { nrs?: number[]; tekst: string }[];
  };
  onderdelen: { titel: string; totaal?: number | string; activiteiten: Activity[] }[];
};

const fixture = readFileSync(root + 'test/fixtures/diff/every-field.yaml', 'utf8');
const path = 'plans/2015-molenbuurt.yaml';
const act = (d: Data, nr: number) => d.onderdelen.flatMap((s) => s.activiteiten).find((a) => a.nr === nr)!;

/** One realistic edit per field of the plan format: each changes that field and nothing else. */
const edits = {
  jaar: (d) => void (d.jaar = 2016),
  titel: (d) => void (d.titel = 'Jaarplan 2015 Wijkaanpak Lindewaard (herzien)'),
  gemeente: (d) => void (d.gemeente = 'Lindewaarde'),
  wijk: (d) => void (d.wijk = 'Oosterpoort'),
  concept: (d) => void (d.concept = true),
  programma: (d) => void (d.programma = 'Betrokken Wijken'),
  herkomst: (d) => void (d.herkomst = 'Gemeente Lindewaard'),
  inleiding: (d) => void (d.inleiding = 'De wijkaanpak in de Molenbuurt wordt gedragen door bewoners en partners.'),
  totaal_budget: (d) => void (d.totaal_budget = '€ 21.000'),
  programma_budget: (d) => void (d.programma_budget = '€ 275.000'),
  // The amounts copied from a table in thousands, and the scale set to match: every amount changes.
  schaal: (d) => void (d.schaal = 1000),
  financiering: (d) => void d.financiering.push({ bron: 'S+R', bedrag: 2500, toelichting: 'Extra avondrondes in het najaar.' }),
  'financiering.*.bron': (d) => void (d.financiering[2]!.bron = 'wijkaanpak'),
  'financiering.*.bedrag': (d) => void (d.financiering[1]!.bedrag = 12000),
  'financiering.*.besteed': (d) => void (d.financiering[1]!.besteed = 6000),
  'financiering.*.karakter': (d) => void (d.financiering[1]!.karakter = 'structureel'),
  'financiering.*.aard': (d) => void (d.financiering[3]!.aard = 'correctie'),
  'financiering.*.toelichting': (d) => void (d.financiering[0]!.toelichting = 'Het wijkbudget, zoals in de begroting 2015.'),
  baten: (d) => void d.baten.push({ omschrijving: 'Bijdrage winkeliersvereniging', bedrag: 500 }),
  'baten.*.omschrijving': (d) => void (d.baten[0]!.omschrijving = 'Bijdrage Woonstichting Lindewaard aan de speeltuin'),
  'baten.*.bron': (d) => void delete d.baten[0]!.bron,
  'baten.*.bedrag': (d) => void (d.baten[0]!.bedrag = 6000),
  'baten.*.realisatie': (d) => void (d.baten[0]!.realisatie = 4000),
  'baten.*.karakter': (d) => void (d.baten[0]!.karakter = 'structureel'),
  'baten.*.aard': (d) => void (d.baten[1]!.aard = 'correctie'),
  'baten.*.toelichting': (d) => void (d.baten[0]!.toelichting = 'Voor de speeltuin en het pleintje.'),
  reserves: (d) => void d.reserves.push({ omschrijving: 'Toevoeging reserve wijkbudgetten', mutatie: 'toevoeging', bedrag: 1000 }),
  'reserves.*.omschrijving': (d) => void (d.reserves[0]!.omschrijving = 'Onttrekking reserve Molenbuurt'),
  'reserves.*.mutatie': (d) => void (d.reserves[0]!.mutatie = 'toevoeging'),
  'reserves.*.bedrag': (d) => void (d.reserves[0]!.bedrag = 2000),
  'reserves.*.realisatie': (d) => void (d.reserves[0]!.realisatie = 1200),
  'reserves.*.karakter': (d) => void (d.reserves[0]!.karakter = 'structureel'),
  'reserves.*.toelichting': (d) => void (d.reserves[0]!.toelichting = 'Het restant van 2014.'),
  totalen: (d) => void delete d.totalen,
  'totalen.begroting': (d) => void delete d.totalen!.begroting,
  'totalen.begroting.lasten': (d) => void (d.totalen!.begroting!.lasten = 21000),
  'totalen.begroting.baten': (d) => void (d.totalen!.begroting!.baten = 5000),
  'totalen.begroting.saldo': (d) => void (d.totalen!.begroting!.saldo = -15000),
  'totalen.begroting.resultaat': (d) => void (d.totalen!.begroting!.resultaat = -13500),
  'totalen.begroting.financiering': (d) => void (d.totalen!.begroting!.financiering = 20500),
  'totalen.rekening': (d) => void delete d.totalen!.rekening,
  'totalen.rekening.lasten': (d) => void (d.totalen!.rekening!.lasten = 8000),
  'totalen.rekening.baten': (d) => void (d.totalen!.rekening!.baten = 5000),
  'totalen.rekening.saldo': (d) => void (d.totalen!.rekening!.saldo = -2500),
  'totalen.rekening.resultaat': (d) => void (d.totalen!.rekening!.resultaat = -1000),
  'totalen.rekening.financiering': (d) => void (d.totalen!.rekening!.financiering = 8000),
  'totalen.bronnen': (d) => void delete d.totalen!.bronnen,
  'totalen.bronnen.*': (d) => void (d.totalen!.bronnen!.corporatie = 5500),
  bronnen: (d) => void (d.bronnen['D+K'] = { naam: 'Duurzaamheid- en Klimaatbudget', soort: 'cofinanciering' }),
  'bronnen.*': (d) => {
    d.bronnen = { wijkaanpak: d.bronnen.wijkaanpak!, SenR: d.bronnen['S+R']!, corporatie: d.bronnen.corporatie! };
    for (const a of d.onderdelen.flatMap((s) => s.activiteiten)) for (const l of a.dekking ?? []) if (l.bron === 'S+R') l.bron = 'SenR';
    for (const l of d.financiering) if (l.bron === 'S+R') l.bron = 'SenR';
    d.totalen!.bronnen = { wijkaanpak: 5000, SenR: 10000, corporatie: 5000 };
  },
  'bronnen.*.naam': (d) => void (d.bronnen['S+R']!.naam = 'Stad- en Regiocontract 2015'),
  'bronnen.*.soort': (d) => void (d.bronnen['S+R']!.soort = 'eigen'),
  resultaten: (d) => void delete d.resultaten,
  'resultaten.jaar': (d) => void (d.resultaten!.jaar = 2013),
  'resultaten.kader': (d) => void (d.resultaten!.kader = 'Wijkagenda Molenbuurt 2015-2018'),
  'resultaten.inleiding': (d) => void (d.resultaten!.inleiding = 'In 2014 is meer dan de helft van de wijkagenda uitgevoerd.'),
  'resultaten.punten_totaal': (d) => void (d.resultaten!.punten_totaal = 7),
  'resultaten.gerealiseerd_procent': (d) => void (d.resultaten!.gerealiseerd_procent = 67),
  'resultaten.punten': (d) => void d.resultaten!.punten!.push({ nrs: [5], tekst: 'De buurtkrant verschijnt elk kwartaal.' }),
  'resultaten.punten.*.nrs': (d) => void (d.resultaten!.punten![1]!.nrs = [4, 5]),
  'resultaten.punten.*.tekst': (d) => void (d.resultaten!.punten![1]!.tekst = 'Het speelveld is opgeknapt en verlicht.'),
  onderdelen: (d) => void d.onderdelen.push({ titel: 'Wijkoverstijgend', activiteiten: [] }),
  'onderdelen.*.titel': (d) => void (d.onderdelen[1]!.titel = 'Projecten 2015'),
  'onderdelen.*.totaal': (d) => void (d.onderdelen[0]!.totaal = 16000),
  'onderdelen.*.activiteiten': (d) =>
    void d.onderdelen[0]!.activiteiten.push({ nr: 4, titel: 'Buurtkrant', actiehouders: ['Wijkmanager'] }),
  'onderdelen.*.activiteiten.*.nr': (d) => void (act(d, 3).nr = 7),
  'onderdelen.*.activiteiten.*.titel': (d) => void (act(d, 1).titel = 'Buurtfeest Molenbuurt'),
  'onderdelen.*.activiteiten.*.omschrijving': (d) => void (act(d, 1).omschrijving = 'Een feest voor de hele buurt.'),
  'onderdelen.*.activiteiten.*.themas': (d) => void act(d, 1).themas!.push('economisch'),
  'onderdelen.*.activiteiten.*.actiehouders': (d) => void act(d, 1).actiehouders!.push('Opbouwwerker'),
  'onderdelen.*.activiteiten.*.status': (d) => void (act(d, 1).status = 'lopend'),
  'onderdelen.*.activiteiten.*.indicatoren': (d) => void act(d, 1).indicatoren!.push({ naam: 'Vrijwilligers', streefwaarde: 10 }),
  'onderdelen.*.activiteiten.*.indicatoren.*.naam': (d) => void (act(d, 1).indicatoren![0]!.naam = 'Bezoekers van het feest'),
  'onderdelen.*.activiteiten.*.indicatoren.*.eenheid': (d) => void (act(d, 1).indicatoren![0]!.eenheid = 'personen'),
  'onderdelen.*.activiteiten.*.indicatoren.*.nulmeting': (d) => void (act(d, 1).indicatoren![0]!.nulmeting = 240),
  'onderdelen.*.activiteiten.*.indicatoren.*.streefwaarde': (d) => void (act(d, 1).indicatoren![0]!.streefwaarde = 350),
  'onderdelen.*.activiteiten.*.indicatoren.*.richting': (d) => void (act(d, 1).indicatoren![0]!.richting = 'lager'),
  'onderdelen.*.activiteiten.*.indicatoren.*.realisatie': (d) => void (act(d, 1).indicatoren![0]!.realisatie = 290),
  'onderdelen.*.activiteiten.*.verantwoording': (d) => void delete act(d, 1).verantwoording,
  'onderdelen.*.activiteiten.*.verantwoording.resultaat': (d) =>
    void (act(d, 1).verantwoording!.resultaat = 'Het feest is binnen gehouden.'),
  'onderdelen.*.activiteiten.*.verantwoording.toelichting': (d) =>
    void (act(d, 1).verantwoording!.toelichting = 'De tent viel duurder uit.'),
  'onderdelen.*.activiteiten.*.taakveld': (d) => void (act(d, 1).taakveld = '5.3'),
  'onderdelen.*.activiteiten.*.dekking': (d) => void act(d, 1).dekking!.push({ bron: 'S+R' }),
  'onderdelen.*.activiteiten.*.dekking.*.bron': (d) => void (act(d, 3).dekking![0]!.bron = 'S+R'),
  'onderdelen.*.activiteiten.*.dekking.*.bedrag': (d) => void (act(d, 1).dekking![0]!.bedrag = 4500),
  'onderdelen.*.activiteiten.*.dekking.*.besteed': (d) => void (act(d, 1).dekking![0]!.besteed = 1000),
  'onderdelen.*.activiteiten.*.dekking.*.toelichting': (d) =>
    void (act(d, 1).dekking![0]!.toelichting = 'Zonder tent: het feest was binnen.'),
  'onderdelen.*.activiteiten.*.dekking.*.karakter': (d) => void (act(d, 3).dekking![0]!.karakter = 'structureel'),
  'onderdelen.*.activiteiten.*.dekking.*.aard': (d) => void (act(d, 3).dekking![1]!.aard = 'correctie'),
} satisfies Record<PlanField, (d: Data) => void>;

/** The plan of the fixture after one edit, read as the CLI reads it. */
function edited(field: PlanField | null): { plan: Plan; text: string } {
  const data = parse(fixture) as Data;
  if (field !== null) edits[field](data);
  const text = stringify(data);
  const checked = parsePlan(new TextEncoder().encode(text), path);
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { plan: checked.plan!, text };
}

const fields = Object.keys(planFields) as PlanField[];
const original = edited(null);

describe('planFields: every field of the plan format', () => {
  it('has every field of the schema, and no field the schema lacks', () => {
    const inSchema = [...schemaFields(schema, '', new Set())].sort();
    expect(inSchema.length).toBeGreaterThan(30);
    expect(fields.filter((f) => !inSchema.includes(f))).toEqual([]);
    expect(inSchema.filter((f) => !(fields as string[]).includes(f))).toEqual([]);
  });

  it('the fixture gives every field, so that each edit below changes a field that is there', () => {
    for (const field of fields) {
      const after = edited(field);
      expect(after.text, field).not.toBe(original.text);
    }
    // One plan read per field of the format: more time than a single test's default.
  }, 30_000);
});

describe('diff: what planFields says about each field', () => {
  const formats = (before: Plan, after: Plan) => {
    const side = (plan: Plan) => ({ path, revision: null, state: 'plan' as const, plan, diagnostics: [] });
    const report = diffReport([diffFile(path, side(before), side(after))], 'any');
    return {
      json: toDiffJson(report, 'nl').files[0]!,
      table: diffTable(report, { lang: 'nl', color: false }),
      markdown: diffMarkdown(report, { lang: 'en', color: false }),
    };
  };
  const same = formats(original.plan, original.plan);

  it.each(fields)('%s', (field) => {
    const after = edited(field).plan;
    const d = diffPlans(original.plan, after);
    const out = formats(original.plan, after);
    if (planFields[field].diff === 'compared') {
      expect(d.status).toBe('changed');
      expect(failsOn(d, 'any')).toBe(true);
      expect(out.json.status).toBe('changed');
      expect(out.table).toMatch(/^1 plan gewijzigd;/);
      expect(out.table).not.toContain('Geen wijzigingen');
      expect(out.table).not.toBe(same.table);
      expect(out.markdown).not.toBe(same.markdown);
    } else {
      expect(d.status).toBe('unchanged');
    }
  });
});

describe('the JSON contract of report: what planFields says about each field', () => {
  const reportOf = (plan: Plan) =>
    toReportJson(buildReport(2015, [{ plan, diagnostics: [] }]), { lang: 'nl', color: false }).reports[0]!.plan;
  const before = reportOf(original.plan);

  it.each(fields)('%s', (field) => {
    const after = reportOf(edited(field).plan);
    if (planFields[field].json === 'shown') expect(after).not.toEqual(before);
    else expect(after).toEqual(before);
  });
});

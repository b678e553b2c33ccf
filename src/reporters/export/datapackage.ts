import { stringify } from 'csv-stringify/sync';
import { plainDecimal } from '../../core/amount.js';
import type { BudgetLineRow } from '../../core/budgetLines.js';
import { iv3Versions } from '../../core/iv3Taakvelden.js';
import { declaredSource } from '../../core/planIdentity.js';
import type { ExportFiles, ExportInput } from './exportInput.js';

/** The CSV file of the package, inside its folder. */
export const dataFile = 'begrotingsregels.csv';

/** The columns of the CSV, with their Table Schema field. */
const fields = [
  { name: 'jaar', type: 'integer', title: 'Jaar', description: 'Het jaar van het plan.' },
  { name: 'gemeente', type: 'string', title: 'Gemeente' },
  { name: 'wijk', type: 'string', title: 'Wijk', description: 'Leeg voor het stadsbrede plan.' },
  { name: 'onderdeel', type: 'string', title: 'Onderdeel', description: 'Het onderdeel van het plan.' },
  { name: 'activiteit_nr', type: 'integer', title: 'Activiteit (nummer)', description: 'Uniek binnen een plan.' },
  { name: 'activiteit', type: 'string', title: 'Activiteit' },
  { name: 'bron', type: 'string', title: 'Bron (code)', description: 'De dekkingsbron, zoals het plan haar noemt.' },
  { name: 'bron_naam', type: 'string', title: 'Bron' },
  {
    name: 'soort_bron',
    type: 'string',
    title: 'Soort bron',
    description: 'eigen of cofinanciering.',
    constraints: { enum: ['eigen', 'cofinanciering'] },
  },
  {
    name: 'taakveld',
    type: 'string',
    title: 'Taakveld (code)',
    description: 'Het taakveld van de BBV (Iv3), zoals 6.1, 0.10, 6.71a of 6.711; leeg als het plan er geen noemt.',
    constraints: { pattern: '[0-9]\\.[0-9]{1,3}[a-z]?' },
  },
  {
    name: 'taakveld_naam',
    type: 'string',
    title: 'Taakveld',
    description: `De naam van het taakveld op de lijst van taakvelden van het jaar van het plan (de lijsten van ${iv3Versions.map((v) => v.version).join(', ')}).`,
  },
  {
    name: 'begroot',
    type: 'number',
    title: 'Begroot (EUR)',
    description: 'Het begrote bedrag in euro; leeg als het plan geen bedrag noemt (onbekend, niet 0).',
    decimalChar: '.',
    groupChar: '',
  },
  {
    name: 'besteed',
    type: 'number',
    title: 'Besteed (EUR)',
    description: 'Het bestede bedrag in euro; leeg zolang het niet bekend is (onbekend, niet 0).',
    decimalChar: '.',
    groupChar: '',
  },
] as const;

const money = (cents: number | null | undefined) => (cents === null || cents === undefined ? '' : plainDecimal(cents));

/** The other side of a budget, where the plans have it: funding per source, income and reserve movements, one file. */
export const otherFile = 'financiering-baten-reserves.csv';

const amountField = (name: string, title: string, description: string) =>
  ({ name, type: 'number', title, description, decimalChar: '.', groupChar: '' }) as const;

/** The columns of the other side's CSV. */
const otherFields = [
  { name: 'jaar', type: 'integer', title: 'Jaar', description: 'Het jaar van het plan.' },
  { name: 'gemeente', type: 'string', title: 'Gemeente' },
  { name: 'wijk', type: 'string', title: 'Wijk', description: 'Leeg voor het stadsbrede plan.' },
  {
    name: 'regel',
    type: 'string',
    title: 'Soort regel',
    description:
      'financiering (wat een bron bijdraagt aan het plan), baten (geld dat binnenkomt), toevoeging of onttrekking (een reserve).',
    constraints: { enum: ['financiering', 'baten', 'toevoeging', 'onttrekking'] },
  },
  { name: 'omschrijving', type: 'string', title: 'Omschrijving', description: 'Bij baten en reserves: zoals het document de regel noemt.' },
  { name: 'bron', type: 'string', title: 'Bron (code)', description: 'De bron, waar het plan die noemt.' },
  { name: 'bron_naam', type: 'string', title: 'Bron' },
  { name: 'soort_bron', type: 'string', title: 'Soort bron', constraints: { enum: ['eigen', 'cofinanciering'] } },
  {
    name: 'karakter',
    type: 'string',
    title: 'Karakter',
    description: 'incidenteel of structureel; leeg als het plan het niet zegt.',
    constraints: { enum: ['incidenteel', 'structureel'] },
  },
  amountField(
    'begroot',
    'Begroot (EUR)',
    'Het begrote bedrag in euro (negatief bij een bezuiniging of correctie); leeg als het onbekend is.',
  ),
  amountField(
    'gerealiseerd',
    'Gerealiseerd (EUR)',
    'Besteed (financiering) of gerealiseerd (baten, reserves) in euro; leeg zolang het niet bekend is.',
  ),
] as const;

/** The funding, income and reserve lines of the plans, in the order of the plans; empty when none has them. */
function otherCsv(plans: ExportInput['plans']): string | null {
  const records: string[][] = [];
  for (const plan of plans) {
    const where = [String(plan.jaar), plan.gemeente, plan.wijk ?? ''];
    const source = (code: string | undefined) => {
      const s = declaredSource(plan.bronnen, code);
      return [s?.code ?? code ?? '', s?.naam ?? '', s?.soort ?? ''];
    };
    for (const l of plan.financiering)
      records.push([...where, 'financiering', '', ...source(l.bron), l.karakter ?? '', money(l.bedrag), money(l.besteed)]);
    for (const l of plan.baten)
      records.push([...where, 'baten', l.omschrijving, ...source(l.bron), l.karakter ?? '', money(l.bedrag), money(l.realisatie)]);
    for (const l of plan.reserves)
      records.push([...where, l.mutatie, l.omschrijving, '', '', '', l.karakter ?? '', money(l.bedrag), money(l.realisatie)]);
  }
  if (records.length === 0) return null;
  return stringify([otherFields.map((f) => f.name), ...records], { record_delimiter: 'windows' });
}

function csvOf(rows: BudgetLineRow[]): string {
  const records = rows.map((r) => [
    String(r.jaar),
    r.gemeente,
    r.wijk ?? '',
    r.onderdeel,
    String(r.activiteitNr),
    r.activiteit,
    r.bron,
    r.bronNaam ?? '',
    r.soort ?? '',
    r.taakveld ?? '',
    r.taakveldNaam ?? '',
    money(r.begroot),
    money(r.besteed),
  ]);
  // Plain RFC 4180 CSV for machines: comma, CRLF, UTF-8 without byte order mark.
  return stringify([fields.map((f) => f.name), ...records], { record_delimiter: 'windows' });
}

/** A package name as the Data Package spec allows: lower case letters, digits, `-`, `.`, `_`. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'gemeente'
  );
}

/**
 * A Fiscal Data Package (Frictionless Data) of the plans: one CSV row per budget line, and a
 * `datapackage.json` with the CSV's Table Schema and the fiscal model: two measures in EUR, the
 * budget (`approved`) and the spending (`executed`), and the dimensions that place a line.
 */
export const datapackage = (input: ExportInput): ExportFiles => {
  const { rows, plans } = input;
  const other = otherCsv(plans);
  const years = [...new Set(plans.map((p) => p.jaar))].sort((a, b) => a - b);
  const gemeenten = [...new Set(plans.map((p) => p.gemeente))];
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = first === last ? String(first) : `${first}-${last}`;
  const measure = (source: string, phase: 'approved' | 'executed', title: string) => ({
    source,
    currency: 'EUR',
    factor: 1,
    direction: 'expenditure',
    phase,
    title,
  });
  const descriptor = {
    // The published Fiscal Data Package schema requires the tabular profile here; the fiscal part is
    // the model, countryCode, granularity and fiscalPeriod.
    profile: 'tabular-data-package',
    name: `jaarplan-${slug(gemeenten.join('-'))}-${span}`,
    title: `Jaarplannen ${gemeenten.join(', ')} ${first === last ? first : `${first}–${last}`}`,
    description:
      'De begrotingsregels van de jaarplannen van de wijkaanpak: per regel het jaar, de gemeente, de wijk, het onderdeel, ' +
      'de activiteit, de dekkingsbron en het taakveld (Iv3), met het begrote en het bestede bedrag. Een leeg bedrag is onbekend, niet 0.',
    countryCode: 'NL',
    granularity: 'aggregated',
    fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` },
    sources: [
      { title: `Jaarplannen: ${plans.map((p) => p.path).join(', ')}` },
      ...iv3Versions
        .filter((v) => plans.some((p) => p.jaar >= v.firstYear && (v.lastYear === null || p.jaar <= v.lastYear)))
        .map((v) => ({
          title: `Taakvelden ${v.lastYear === null ? `vanaf ${v.firstYear}` : `${v.firstYear}–${v.lastYear}`}: ${v.source.publication}`,
        })),
    ],
    resources: [
      {
        name: 'begrotingsregels',
        path: dataFile,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
        schema: { fields, missingValues: [''] },
      },
      // The other side of the budget, only where the plans have it (the fiscal model below covers the
      // division over the activities, the lasten; this resource holds the funding per source, the income
      // and the reserve movements, with the same year, municipality and wijk).
      ...(other === null
        ? []
        : [
            {
              name: 'financiering-baten-reserves',
              title: 'Financiering, baten en reserves',
              description:
                'De andere kant van de begroting: per regel de financiering per bron, de baten of een mutatie van een reserve, met het begrote en het gerealiseerde bedrag. Saldo = baten - lasten; resultaat = saldo + onttrekkingen - toevoegingen.',
              path: otherFile,
              profile: 'tabular-data-resource',
              format: 'csv',
              mediatype: 'text/csv',
              encoding: 'utf-8',
              dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true },
              schema: { fields: otherFields, missingValues: [''] },
            },
          ]),
    ],
    model: {
      measures: {
        begroot: measure('begroot', 'approved', 'Begroot'),
        besteed: measure('besteed', 'executed', 'Besteed'),
      },
      dimensions: {
        jaar: { dimensionType: 'datetime', primaryKey: 'jaar', attributes: { jaar: { source: 'jaar' } } },
        gemeente: { dimensionType: 'entity', primaryKey: 'gemeente', attributes: { gemeente: { source: 'gemeente' } } },
        wijk: { dimensionType: 'location', primaryKey: 'wijk', attributes: { wijk: { source: 'wijk' } } },
        onderdeel: { dimensionType: 'activity', primaryKey: 'onderdeel', attributes: { onderdeel: { source: 'onderdeel' } } },
        activiteit: {
          dimensionType: 'activity',
          primaryKey: ['nr'],
          attributes: { nr: { source: 'activiteit_nr' }, titel: { source: 'activiteit', labelfor: 'nr' } },
        },
        bron: {
          dimensionType: 'classification',
          primaryKey: 'code',
          attributes: { code: { source: 'bron' }, naam: { source: 'bron_naam', labelfor: 'code' }, soort: { source: 'soort_bron' } },
        },
        taakveld: {
          dimensionType: 'classification',
          classificationType: 'functional',
          primaryKey: 'code',
          attributes: { code: { source: 'taakveld' }, naam: { source: 'taakveld_naam', labelfor: 'code' } },
        },
      },
    },
  };
  return {
    'datapackage.json': JSON.stringify(descriptor, null, 2) + '\n',
    [dataFile]: csvOf(rows),
    ...(other === null ? {} : { [otherFile]: other }),
  };
};

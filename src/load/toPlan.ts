import { isMap, isScalar, type Document, type Scalar } from 'yaml';
import { MAX_CENTS, parseAmount, parseSignedAmount, parseSplitAmount, type Cents } from '../core/amount.js';
import { finding, pointerOf, type Finding } from '../core/diagnostic.js';
import type {
  ActivityVerantwoording,
  Activity,
  Aard,
  BudgetLine,
  FundingLine,
  IncomeLine,
  Indicator,
  Karakter,
  Plan,
  ReserveLine,
  Results,
  Schaal,
  Section,
  Soort,
  Source,
  Stated,
  StatedFigures,
  ActivityStatus,
  Thema,
} from '../core/plan.js';

type Raw = Record<string, unknown>;

/** A scalar as written in the source: its value, and its text when written plain (without quotes). */
export interface WrittenScalar {
  value: unknown;
  plain?: string;
  /**
   * For an amount written plain inside `{ … }` and split there at its decimal comma: the key YAML
   * made of its cents (`bedrag: 3.999,50` gives a key `50`), else null.
   */
  splitKey(): string | null;
}

/**
 * How the plan's scalars were written, which the data alone does not tell (`bedrag: 5000` and
 * `bedrag: "5000"` give other data; `taakveld: 0.10` is the text `0.10`). Made from the YAML
 * document, and for clean files by the fast reader (`fastPlan.ts`): both must answer alike.
 */
export interface WrittenScalars {
  /** The scalar at a path, or null when there is none. */
  at(segments: (string | number)[]): WrittenScalar | null;
}

/** How the scalars of a YAML document were written. */
export function writtenInDocument(doc: Document, source: string): WrittenScalars {
  return {
    at(segments) {
      const node = doc.getIn(segments, true);
      if (!isScalar(node)) return null;
      const plain = node.type === 'PLAIN' && node.range ? source.slice(node.range[0], node.range[1]) : undefined;
      return {
        value: node.value,
        ...(plain === undefined ? {} : { plain }),
        splitKey: () => splitAtComma(doc, segments, node, source),
      };
    },
  };
}

const asRaw = (v: unknown): Raw => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * Maps a schema-checked YAML document to the typed plan, reading every amount into cents. Amounts
 * that cannot be read become findings and count as unknown. The shape was checked by the schema, so
 * this only guards against what the schema lets through (unknown keys are ignored here). `value` is
 * the document's data as the caller already made it; the document is kept for the amounts' source text.
 * `absorbed` holds the pointers of keys that are really the cents of an amount split at its comma
 * inside `{ … }` (`bedrag: 3.999,50` gives a key `50`): the amount's finding covers them.
 */
const asNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** An indicator of an activity (the schema has checked its keys). */
function indicatorOf(raw: unknown, pointer: string): Indicator {
  const r = asRaw(raw);
  return {
    naam: asText(r.naam) ?? '',
    ...optional('eenheid', asText(r.eenheid)),
    ...optional('nulmeting', asNumber(r.nulmeting)),
    ...optional('streefwaarde', asNumber(r.streefwaarde)),
    ...optional('richting', r.richting === 'hoger' || r.richting === 'lager' ? (r.richting as 'hoger' | 'lager') : undefined),
    ...optional('realisatie', asNumber(r.realisatie)),
    pointer,
  };
}

/** The account of an activity. */
function verantwoordingOf(raw: unknown, pointer: string): ActivityVerantwoording {
  const r = asRaw(raw);
  return { ...optional('resultaat', asText(r.resultaat)), ...optional('toelichting', asText(r.toelichting)), pointer };
}

export function toPlan(written: WrittenScalars, value: unknown, path: string): { plan: Plan; findings: Finding[]; absorbed: string[] } {
  const findings: Finding[] = [];
  const absorbed: string[] = [];
  const data = asRaw(value);

  // Every amount is written in the plan's unit (`schaal`) and kept in cents of a euro.
  const schaal: Schaal = data.schaal === 1000 || data.schaal === 1000000 ? data.schaal : 1;
  const amount = (segments: (string | number)[], options: { signed?: boolean } = {}): Cents | null => {
    const node = written.at(segments);
    if (node === null) return null;
    const value = node.value;
    if (typeof value !== 'number' && typeof value !== 'string') return null;
    const plain = node.plain;
    const split = plain === undefined ? null : node.splitKey();
    const result = split
      ? parseSplitAmount(value, `${plain},${split}`, split)
      : options.signed
        ? parseSignedAmount(value, plain)
        : parseAmount(value, plain);
    if (split) absorbed.push(pointerOf(...segments.slice(0, -1), split));
    if (result.ok) {
      const cents = result.cents * schaal;
      if (Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_SCALED_CENTS) return cents;
      findings.push(finding('invalid-amount', pointerOf(...segments), { text: plain ?? String(value), reason: 'too-large' }));
      return null;
    }
    const pointer = pointerOf(...segments);
    const p = result.problem;
    findings.push(
      p.kind === 'ambiguous'
        ? finding('ambiguous-amount', pointer, {
            text: p.text,
            read: p.read,
            readAs: p.readAs,
            cents: p.cents,
            ...optional('splitKey', p.splitKey),
          })
        : p.kind === 'notation'
          ? finding('invalid-amount', pointer, {
              text: p.text,
              reason: p.kind,
              notation: p.notation,
              ...optional('read', p.read),
              ...optional('advice', p.advice),
            })
          : finding('invalid-amount', pointer, { text: p.text, reason: p.kind }),
    );
    return null;
  };

  const bronnen: Source[] = Object.entries(asRaw(data.bronnen)).map(([code, raw]) => ({
    code,
    naam: asText(asRaw(raw).naam) ?? code,
    soort: (asRaw(raw).soort === 'cofinanciering' ? 'cofinanciering' : 'eigen') as Soort,
    pointer: pointerOf('bronnen', code),
  }));

  /** A total the document states, as written, or undefined. */
  const stated = (segments: (string | number)[], options: { signed?: boolean } = {}): Stated | undefined => {
    const cents = amount(segments, options);
    return cents === null ? undefined : { cents, pointer: pointerOf(...segments) };
  };

  const financiering: FundingLine[] = asList(data.financiering).map((raw, l) => {
    const line = asRaw(raw);
    const at = ['financiering', l];
    const signed = { signed: aardOf(line) !== undefined };
    const bedrag = 'bedrag' in line ? amount([...at, 'bedrag'], signed) : null;
    const besteed = 'besteed' in line ? amount([...at, 'besteed'], signed) : null;
    return {
      bron: asText(line.bron) ?? '',
      bedrag,
      ...(bedrag === null && 'bedrag' in line ? { unreadable: true } : {}),
      ...optional('besteed', besteed ?? undefined),
      ...optional('karakter', karakterOf(line)),
      ...optional('aard', aardOf(line)),
      ...optional('toelichting', asText(line.toelichting)),
      pointer: pointerOf(...at),
    };
  });

  const baten: IncomeLine[] = asList(data.baten).map((raw, l) => {
    const line = asRaw(raw);
    const at = ['baten', l];
    const signed = { signed: aardOf(line) !== undefined };
    const bedrag = 'bedrag' in line ? amount([...at, 'bedrag'], signed) : null;
    const realisatie = 'realisatie' in line ? amount([...at, 'realisatie'], signed) : null;
    return {
      omschrijving: asText(line.omschrijving) ?? '',
      ...optional('bron', asText(line.bron)),
      bedrag,
      ...(bedrag === null && 'bedrag' in line ? { unreadable: true } : {}),
      ...optional('realisatie', realisatie ?? undefined),
      ...optional('karakter', karakterOf(line)),
      ...optional('aard', aardOf(line)),
      ...optional('toelichting', asText(line.toelichting)),
      pointer: pointerOf(...at),
    };
  });

  const reserves: ReserveLine[] = asList(data.reserves).map((raw, l) => {
    const line = asRaw(raw);
    const at = ['reserves', l];
    const bedrag = 'bedrag' in line ? amount([...at, 'bedrag']) : null;
    const realisatie = 'realisatie' in line ? amount([...at, 'realisatie']) : null;
    return {
      omschrijving: asText(line.omschrijving) ?? '',
      mutatie: line.mutatie === 'toevoeging' ? 'toevoeging' : 'onttrekking',
      bedrag,
      ...(bedrag === null && 'bedrag' in line ? { unreadable: true } : {}),
      ...optional('realisatie', realisatie ?? undefined),
      ...optional('karakter', karakterOf(line)),
      ...optional('toelichting', asText(line.toelichting)),
      pointer: pointerOf(...at),
    };
  });

  const totalen = asRaw(data.totalen);
  const figures = (side: 'begroting' | 'rekening'): StatedFigures => {
    const at = (key: keyof StatedFigures, signed = false) =>
      optional(key, key in asRaw(totalen[side]) ? stated(['totalen', side, key], { signed }) : undefined);
    return { ...at('lasten'), ...at('baten'), ...at('saldo', true), ...at('resultaat', true), ...at('financiering') };
  };
  const statedTotals = {
    begroting: figures('begroting'),
    rekening: figures('rekening'),
    bronnen: Object.keys(asRaw(totalen.bronnen)).flatMap((code) => {
      const s = stated(['totalen', 'bronnen', code]);
      return s === undefined ? [] : [{ code, ...s }];
    }),
  };

  const onderdelen: Section[] = asList(data.onderdelen).map((rawSection, s) => {
    const section = asRaw(rawSection);
    const activiteiten: Activity[] = asList(section.activiteiten).map((rawActivity, a) => {
      const activity = asRaw(rawActivity);
      const base = ['onderdelen', s, 'activiteiten', a] as const;
      const dekking: BudgetLine[] = asList(activity.dekking).map((rawLine, l) => {
        const line = asRaw(rawLine);
        const at = [...base, 'dekking', l];
        const signed = { signed: aardOf(line) !== undefined };
        const bedrag = 'bedrag' in line ? amount([...at, 'bedrag'], signed) : null;
        const besteed = 'besteed' in line ? amount([...at, 'besteed'], signed) : null;
        // The most numerous object of a plan: its fields are added one by one (in the order the
        // other lines' spreads give), not spread from a small object each.
        const made = { bron: asText(line.bron) ?? null, bedrag } as BudgetLine;
        if (bedrag === null && 'bedrag' in line) made.unreadable = true;
        if (besteed !== null) made.besteed = besteed;
        const toelichting = asText(line.toelichting);
        if (toelichting !== undefined) made.toelichting = toelichting;
        const karakter = karakterOf(line);
        if (karakter !== undefined) made.karakter = karakter;
        const aard = aardOf(line);
        if (aard !== undefined) made.aard = aard;
        made.pointer = pointerOf(...at);
        return made;
      });
      // Made field by field, as a budget line is.
      const made = { nr: typeof activity.nr === 'number' ? activity.nr : 0, titel: asText(activity.titel) ?? '' } as Activity;
      const omschrijving = asText(activity.omschrijving);
      if (omschrijving !== undefined) made.omschrijving = omschrijving;
      made.themas = asList(activity.themas) as Thema[];
      made.actiehouders = asList(activity.actiehouders).filter((o): o is string => typeof o === 'string');
      const status = asText(activity.status) as ActivityStatus | undefined;
      if (status !== undefined) made.status = status;
      if ('indicatoren' in activity) {
        made.indicatoren = asList(activity.indicatoren).map((raw, i) => indicatorOf(raw, pointerOf(...base, 'indicatoren', i)));
      }
      if ('verantwoording' in activity) {
        made.verantwoording = verantwoordingOf(activity.verantwoording, pointerOf(...base, 'verantwoording'));
      }
      const taakveld = 'taakveld' in activity ? codeText(written, [...base, 'taakveld']) : undefined;
      if (taakveld !== undefined) made.taakveld = taakveld;
      made.dekking = dekking;
      made.pointer = pointerOf(...base);
      return made;
    });
    return {
      titel: asText(section.titel) ?? '',
      activiteiten,
      ...optional('totaal', stated(['onderdelen', s, 'totaal'])),
      pointer: pointerOf('onderdelen', s),
    };
  });

  let resultaten: Results | undefined;
  if (data.resultaten !== undefined) {
    const r = asRaw(data.resultaten);
    resultaten = {
      jaar: typeof r.jaar === 'number' ? r.jaar : 0,
      ...optional('kader', asText(r.kader)),
      ...optional('inleiding', asText(r.inleiding)),
      ...optional('puntenTotaal', typeof r.punten_totaal === 'number' ? r.punten_totaal : undefined),
      ...optional('gerealiseerdProcent', typeof r.gerealiseerd_procent === 'number' ? r.gerealiseerd_procent : undefined),
      punten: asList(r.punten).map((p) => ({
        nrs: asList(asRaw(p).nrs).filter((n): n is number => typeof n === 'number'),
        tekst: asText(asRaw(p).tekst) ?? '',
      })),
      pointer: pointerOf('resultaten'),
    };
  }

  const plan: Plan = {
    path,
    jaar: typeof data.jaar === 'number' ? data.jaar : 0,
    titel: asText(data.titel) ?? '',
    gemeente: asText(data.gemeente) ?? '',
    ...optional('wijk', asText(data.wijk)),
    ...(data.concept === true ? { concept: true } : {}),
    ...optional('programma', asText(data.programma)),
    ...optional('herkomst', asText(data.herkomst)),
    ...optional('inleiding', asText(data.inleiding)),
    totaalBudget: 'totaal_budget' in data ? amount(['totaal_budget']) : null,
    programmaBudget: 'programma_budget' in data ? amount(['programma_budget']) : null,
    schaal,
    bronnen,
    financiering,
    baten,
    reserves,
    totalen: statedTotals,
    ...optional('resultaten', resultaten),
    onderdelen,
  };
  return { plan, findings, absorbed };
}

/** The largest amount in cents that a scaled amount may reach, as for any amount. */
const MAX_SCALED_CENTS = MAX_CENTS;

const karakterOf = (line: Raw): Karakter | undefined =>
  line.karakter === 'incidenteel' || line.karakter === 'structureel' ? line.karakter : undefined;
const aardOf = (line: Raw): Aard | undefined =>
  line.aard === 'bezuiniging' || line.aard === 'correctie' || line.aard === 'terugbetaling' ? line.aard : undefined;

/**
 * A code as written: `taakveld: 0.10` is the text `0.10`, not the number 0.1 that YAML reads.
 * Undefined when the value is neither a string nor a number.
 */
function codeText(written: WrittenScalars, segments: (string | number)[]): string | undefined {
  const node = written.at(segments);
  if (node === null) return undefined;
  if (typeof node.value === 'string') return node.value.trim();
  if (typeof node.value !== 'number') return undefined;
  return node.plain ?? String(node.value);
}

/**
 * The cents of an amount that YAML split at its decimal comma: inside `{ … }` a comma ends an entry,
 * so `bedrag: 3.999,50` is `bedrag: 3.999` and a key `50` without a value. Returns that key (one or
 * two digits, `--` or `—`) when it follows the amount directly, else null.
 */
function splitAtComma(doc: Document, segments: (string | number)[], node: Scalar, source: string): string | null {
  const parent = doc.getIn(segments.slice(0, -1), true);
  const end = node.range?.[1];
  if (!isMap(parent) || !parent.flow || end === undefined || source[end] !== ',') return null;
  for (const pair of parent.items) {
    const key = pair.key;
    if (!isScalar(key) || key.type !== 'PLAIN' || key.range?.[0] !== end + 1) continue;
    const text = source.slice(key.range[0], key.range[1]);
    const empty =
      pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.range?.[0] === pair.value.range?.[1]);
    return empty && /^(?:\d{1,2}|--|—)$/.test(text) ? text : null;
  }
  return null;
}

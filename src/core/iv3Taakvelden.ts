// The taakvelden of the BBV (Besluit begroting en verantwoording provincies en gemeenten): the
// classification under which every Dutch municipality reports its budget to the CBS and the
// ministry (Iv3, "Informatie voor derden"), and under which open budget data such as
// openspending.nl shows it. The list is set by the Regeling vaststelling taakvelden en verstrekking
// informatie voor derden (2016, Bijlage 1, art. 66 BBV) and changed through the yearly Iv3
// informatievoorschrift: in 2023 (6.71, 6.72, 6.81 and 6.82 split into lettered sub-codes) and in
// 2025 (6.2, 6.6 and the lettered codes renumbered). So a code is valid in some budget years and
// not in others, and is checked against the list of the plan's year.
//
// The lists themselves are data, in iv3TaakveldenData.ts, made by scripts/buildTaakvelden.mjs
// from data/taakvelden/ with their provenance; this module answers questions about them.
import * as data from './iv3TaakveldenData.js';

/** Where a version of the list comes from and how it was made. */
export interface TaakveldSource {
  /** The official publication the list is set by. */
  publication: string;
  /** How the list was made: `transcribed` by hand from the publication, or `extracted` from a machine-readable file. */
  method: string;
  /** The address of the machine-readable file it was extracted from; null when transcribed. */
  source: string | null;
  /** The SHA-256 of that file; null when transcribed. */
  sourceSha256: string | null;
  /** The SHA-256 of the committed list in data/taakvelden/. */
  sha256: string;
  /** When the list was recorded. */
  recorded: string;
  /** What a reader should know about the list: what it was checked against, what it leaves out. */
  note: string;
}

/** One version of the list: the taakvelden of a run of budget years. */
export interface TaakveldVersion {
  /** Its name: the first budget year it applies to. */
  version: string;
  /** The first budget year it applies to. */
  firstYear: number;
  /** The last budget year it applies to; null for the newest. */
  lastYear: number | null;
  /** Where it comes from. */
  source: TaakveldSource;
  /** Every taakveld, by its code, with its name, in the order of the list. */
  taakvelden: Readonly<Record<string, string>>;
}

/** A code that left the list, and the codes that took over its content. */
export interface TaakveldSuccession {
  /** The first budget year without the code. */
  year: number;
  /** The code that left. */
  code: string;
  /** The codes that took over; where one became several, each. */
  codes: readonly string[];
  /** Why, in the words of the change. */
  reason: string;
}

/** A run of budget years; `to` is null when the run is still open. */
export interface YearSpan {
  /** The first year. */
  from: number;
  /** The last year, or null for "until now". */
  to: number | null;
}

/** Successors that apply from one year on. */
export interface Successors {
  /** The first budget year they apply to. */
  since: number;
  /** The codes. */
  codes: string[];
}

/** What the list of a year says about a code. */
export type TaakveldStatus =
  /** On the list of the year. */
  | { kind: 'valid'; naam: string }
  /** The year is before the first list. */
  | { kind: 'not-covered' }
  /** On an earlier list, gone by this year; the successors on this year's list. */
  | { kind: 'retired'; years: YearSpan[]; successors: Successors[] }
  /** Only on a later list; the year it starts, and the codes of this year it came from. */
  | { kind: 'not-yet'; since: number; years: YearSpan[]; instead: string[] }
  /** On no list at all. */
  | { kind: 'unknown' };

/** The versions of the list, oldest first. */
export const iv3Versions: readonly TaakveldVersion[] = data.versions;

/** The codes that left the list, with the year and the codes that took over. */
export const iv3Successions: readonly TaakveldSuccession[] = data.successions;

/** The last budget year the newest list was checked for; a later plan gets a warning. */
export const iv3CheckedThrough: number = data.checkedThrough;

/** Why the newest list is taken to hold until `iv3CheckedThrough`. */
export const iv3CheckedThroughBasis: string = data.checkedThroughBasis;

/** The main groups (hoofdtaakvelden), by their number. */
export const iv3Hoofdtaakvelden: Readonly<Record<string, string>> = {
  '0': 'Bestuur en ondersteuning',
  '1': 'Veiligheid',
  '2': 'Verkeer, vervoer en waterstaat',
  '3': 'Economie',
  '4': 'Onderwijs',
  '5': 'Sport, cultuur en recreatie',
  '6': 'Sociaal domein',
  '7': 'Volksgezondheid en milieu',
  '8': 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing',
};

/** The first budget year any list applies to. */
export const iv3FirstYear: number = iv3Versions[0]!.firstYear;

/** The newest version of the list. */
export const iv3Newest: TaakveldVersion = iv3Versions[iv3Versions.length - 1]!;

/** Whether a list applies to a plan of this year (from 2017 on). */
export function iv3Covers(year: number): boolean {
  return year >= iv3FirstYear;
}

/** Whether a plan of this year is after the last year the newest list was checked for. */
export function iv3OutOfDate(year: number): boolean {
  return year > iv3CheckedThrough;
}

/** The version of the list for a budget year: undefined before 2017, the newest after its first year. */
export function iv3VersionOf(year: number): TaakveldVersion | undefined {
  let found: TaakveldVersion | undefined;
  for (const v of iv3Versions) if (v.firstYear <= year) found = v;
  return found;
}

function on(version: TaakveldVersion, code: string): boolean {
  return Object.hasOwn(version.taakvelden, code);
}

/** The runs of budget years a code is on the list. */
export function taakveldYears(code: string): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const v of iv3Versions) {
    if (!on(v, code)) continue;
    const last = spans[spans.length - 1];
    if (last !== undefined && last.to === v.firstYear - 1) last.to = v.lastYear;
    else spans.push({ from: v.firstYear, to: v.lastYear });
  }
  return spans;
}

/**
 * The name of a taakveld in a budget year: its name on that year's list; when it is not on it
 * (an error the checks report), its name on the list nearest in time, so a report still says what
 * the code meant. Without a year, its name on the newest list that has it.
 */
export function taakveldName(code: string, year?: number): string | undefined {
  const holding = iv3Versions.filter((v) => on(v, code));
  if (holding.length === 0) return undefined;
  if (year === undefined) return holding[holding.length - 1]!.taakvelden[code];
  const own = iv3VersionOf(year);
  if (own !== undefined && on(own, code)) return own.taakvelden[code];
  const distance = (v: TaakveldVersion) =>
    year < v.firstYear ? v.firstYear - year : v.lastYear === null ? 0 : Math.max(0, year - v.lastYear);
  return [...holding].sort((a, b) => distance(a) - distance(b))[0]!.taakvelden[code];
}

/**
 * The codes that took over a code by a budget year, following each change up to that year: 6.71
 * in 2025 became 6.71a–d in 2023 and 6.711–6.714 in 2025. Grouped by the year they apply from.
 */
export function successorsOf(code: string, year: number): Successors[] {
  const found = new Map<string, number>();
  const walk = (c: string, after: number) => {
    for (const s of iv3Successions) {
      if (s.code !== c || s.year <= after || s.year > year) continue;
      for (const next of s.codes) {
        const later = iv3Successions.some((t) => t.code === next && t.year > s.year && t.year <= year);
        if (later) walk(next, s.year);
        else if (!found.has(next)) found.set(next, s.year);
      }
    }
  };
  walk(code, -Infinity);
  const bySince = new Map<number, string[]>();
  for (const [c, since] of found) bySince.set(since, [...(bySince.get(since) ?? []), c]);
  return [...bySince.entries()].sort(([a], [b]) => a - b).map(([since, codes]) => ({ since, codes: sortCodes(codes) }));
}

/** What the list of a budget year says about a code. */
export function taakveldStatus(code: string, year: number): TaakveldStatus {
  const version = iv3VersionOf(year);
  if (version === undefined) return { kind: 'not-covered' };
  if (on(version, code)) return { kind: 'valid', naam: version.taakvelden[code]! };
  const years = taakveldYears(code);
  if (years.length === 0) return { kind: 'unknown' };
  if (years[0]!.from > year) {
    // The codes of this year whose successors, by the year the code starts, include it.
    const since = years[0]!.from;
    const instead = Object.keys(version.taakvelden).filter((c) => successorsOf(c, since).some((s) => s.codes.includes(code)));
    return { kind: 'not-yet', since, years, instead };
  }
  return { kind: 'retired', years, successors: successorsOf(code, year) };
}

// The order of every code that was ever on a list: the newest list's order, with a code that left
// just before the first of its successors (6.2 before 6.21), older codes before younger ones.
const orderKey = new Map<string, [number, number, number]>();
function keyOf(code: string): [number, number, number] {
  const known = orderKey.get(code);
  if (known !== undefined) return known;
  let last = -1;
  iv3Versions.forEach((v, i) => {
    if (on(v, code)) last = i;
  });
  const position = last < 0 ? Infinity : Object.keys(iv3Versions[last]!.taakvelden).indexOf(code);
  let key: [number, number, number];
  if (last === iv3Versions.length - 1) key = [position, last, position];
  else {
    const next = iv3Successions.find((s) => s.code === code && s.year === iv3Versions[last + 1]?.firstYear);
    const first = next === undefined ? Infinity : Math.min(...next.codes.map((c) => keyOf(c)[0]));
    key = [first, last, position];
  }
  orderKey.set(code, key);
  return key;
}

/** Codes in the order of the lists; a code on no list after them, in the order given. */
export function sortCodes(codes: readonly string[]): string[] {
  // Codes on no list have an infinite key; equal keys compare as equal, so they keep their order.
  const cmp = (x: number, y: number) => (x === y ? 0 : x - y);
  return [...codes].sort((a, b) => {
    const [x, y] = [keyOf(a), keyOf(b)];
    return cmp(x[0], y[0]) || cmp(x[1], y[1]) || cmp(x[2], y[2]);
  });
}

/** Every code that was ever on a list, in the order of the lists. */
export const iv3Codes: readonly string[] = sortCodes([...new Set(iv3Versions.flatMap((v) => Object.keys(v.taakvelden)))]);

/** The codes on the list of a budget year, in its order (none before 2017). */
export function taakveldCodesOf(year: number): string[] {
  const v = iv3VersionOf(year);
  return v === undefined ? [] : Object.keys(v.taakvelden);
}

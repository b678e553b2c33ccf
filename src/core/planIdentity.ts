import { finding, type Finding, type Span } from './diagnostic.js';

/**
 * What makes a plan the plan it is: its year, its municipality and its wijk (none for the
 * city-wide plan). Two plans with one identity would be added up as if they were two plans.
 */
export interface PlanIdentity {
  /** The year. */
  jaar: number;
  /** The municipality, as written. */
  gemeente: string;
  /** The wijk, as written; absent for the city-wide plan. */
  wijk?: string;
  /** The plan is marked `concept: true`: a draft, checked but never totalled or reported. */
  concept: boolean;
  /** Where a finding about the identity points: the wijk, or for a city-wide plan the municipality. */
  at: Span;
}

/**
 * The form in which names are compared: in Unicode's composed form (NFC), without case and
 * surrounding spaces, runs of spaces inside as one: `Binnenstad` and ` binnenstad ` are one name, as
 * are `Oude  Haven` and `oude haven`, and `Poëtenwijk` typed with the precomposed `ë` or as `e`
 * followed by a combining diaeresis (U+0308), which look the same on every screen; `Oude Haven` and
 * `Oudehaven` are not.
 */
export function nameKey(name: string): string {
  // Most names are printable ASCII with single spaces, which NFC, trimming and folding spaces leave
  // as they are and which Dutch lower-cases as every language but Turkish and Azeri does.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** Printable ASCII words with one space between them, none at either end. */
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * The key of a source code, for comparing a line's `bron` with the declared sources and the sources
 * of several plans with each other: as names are compared (see `nameKey`), so `ISV`, `isv` and a
 * code typed with a combining accent are one source.
 */
export function sourceKey(code: string): string {
  return nameKey(code);
}

/** The declared source a `bron` names, compared by `sourceKey`; undefined for none or an unknown code. */
export function declaredSource<S extends { code: string }>(bronnen: readonly S[], bron: string | null | undefined): S | undefined {
  if (bron === null || bron === undefined) return undefined;
  const key = sourceKey(bron);
  return bronnen.find((s) => sourceKey(s.code) === key);
}

/** The key of a wijk, for grouping and comparing; null for the city-wide plan. */
export function wijkKey(wijk: string | null | undefined): string | null {
  return wijk === null || wijk === undefined ? null : nameKey(wijk);
}

/** The key of a plan's identity: equal keys mean the same year, municipality and wijk. */
export function identityKey(id: { jaar: number; gemeente: string; wijk?: string | undefined }): string {
  return JSON.stringify([id.jaar, nameKey(id.gemeente), wijkKey(id.wijk)]);
}

/**
 * The identity a plan's data gives, also of a plan with errors: null when the year or the
 * municipality cannot be read (the schema reports that), or the wijk is not text. `locate` places
 * a JSON pointer in the file.
 */
export function identityOf(data: unknown, locate: (pointer: string) => Span): PlanIdentity | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const raw = data as Record<string, unknown>;
  const { jaar, gemeente, wijk } = raw;
  if (typeof jaar !== 'number' || !Number.isInteger(jaar) || typeof gemeente !== 'string' || gemeente.trim() === '') return null;
  if (wijk !== undefined && (typeof wijk !== 'string' || wijk.trim() === '')) return null;
  const at = locate(wijk === undefined ? '/gemeente' : '/wijk');
  return { jaar, gemeente, ...(wijk === undefined ? {} : { wijk }), concept: raw.concept === true, at };
}

/** A plan file with the identity read from it, if any. */
export interface IdentifiedFile {
  /** The file, as shown to the user. */
  path: string;
  /** Its identity; absent when the file gives none. */
  identity?: PlanIdentity | null | undefined;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Plans that share an identity: a `duplicate-plan` error on each of them, naming the others.
 * Drafts (`concept: true`) are left out: a draft beside the real plan is what the marker is for.
 */
export function duplicatePlans(files: IdentifiedFile[]): Map<string, Finding[]> {
  const byKey = new Map<string, IdentifiedFile[]>();
  for (const file of files) {
    if (!file.identity || file.identity.concept) continue;
    const key = identityKey(file.identity);
    const same = byKey.get(key);
    if (same) same.push(file);
    else byKey.set(key, [file]);
  }
  const found = new Map<string, Finding[]>();
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    for (const file of same) {
      const id = file.identity!;
      const others = same
        .filter((f) => f !== file)
        .map((f) => f.path)
        .sort(byPath);
      const pointer = id.wijk === undefined ? '/gemeente' : '/wijk';
      const args = { others, jaar: id.jaar, gemeente: id.gemeente, ...(id.wijk === undefined ? {} : { wijk: id.wijk }) };
      found.set(file.path, [...(found.get(file.path) ?? []), finding('duplicate-plan', pointer, args)]);
    }
  }
  return found;
}

/**
 * Wijken written in more than one way (`Binnenstad`, `binnenstad `): they are one wijk, named as
 * the latest plan writes it; a `wijk-spelling` warning goes to each plan that writes it otherwise,
 * naming that spelling and its plan. Drafts count only where a wijk has no other plan.
 */
export function wijkSpellings(files: IdentifiedFile[]): Map<string, Finding[]> {
  const byWijk = new Map<string, IdentifiedFile[]>();
  for (const file of files) {
    const key = wijkKey(file.identity?.wijk);
    if (key === null) continue;
    const same = byWijk.get(key);
    if (same) same.push(file);
    else byWijk.set(key, [file]);
  }
  const found = new Map<string, Finding[]>();
  for (const plans of byWijk.values()) {
    const candidates = plans.some((f) => !f.identity!.concept) ? plans.filter((f) => !f.identity!.concept) : plans;
    const latest = candidates.reduce((a, b) =>
      b.identity!.jaar > a.identity!.jaar || (b.identity!.jaar === a.identity!.jaar && byPath(b.path, a.path) > 0) ? b : a,
    );
    const spelling = latest.identity!.wijk!;
    for (const file of plans) {
      const wijk = file.identity!.wijk!;
      if (wijk === spelling) continue;
      const args = { wijk, spelling, file: latest.path, jaar: latest.identity!.jaar };
      found.set(file.path, [...(found.get(file.path) ?? []), finding('wijk-spelling', '/wijk', args)]);
    }
  }
  return found;
}

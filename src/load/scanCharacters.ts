import { isMap, isScalar, isSeq, type Document } from 'yaml';
import {
  BIDI_CONTROLS,
  characterName,
  codePointOf,
  CONTROLS,
  FREE_TEXT_KEEPS,
  hiddenCharacters,
  isHidden,
  type HiddenCharacter,
} from '../core/characters.js';
import { finding, pointerOf, type Finding } from '../core/diagnostic.js';

/** Keys whose values are free text: prose that people write, which may keep joiners and direction marks. */
const FREE_TEXT = new Set(['titel', 'inleiding', 'omschrijving', 'toelichting', 'naam', 'kader', 'tekst', 'programma', 'herkomst']);
/** Lists whose items are free text. */
const FREE_TEXT_LISTS = new Set(['actiehouders']);
/** Keys whose values are amounts. */
const AMOUNTS = new Set(['bedrag', 'besteed', 'totaal_budget']);
/** Around the character, how much of a long value a message quotes, on each side. */
const WINDOW = 30;

/** A key or value in the source: where it is, what it is, and how strictly it is read. */
interface Place {
  start: number;
  end: number;
  pointer: string;
  where: 'key' | 'amount' | 'text' | 'value';
  /** The key or value as YAML read it. */
  text: string;
  /** Written in double quotes, where escapes such as `\u202E` can make any character. */
  escapes: boolean;
}

/** A finding about a character, with the source offset of the character (or of its escape). */
export interface CharacterFinding {
  finding: Finding;
  offset: number;
}

/**
 * Finds bidi controls anywhere in the source (values, keys, comments) and invisible format
 * characters where they do not belong (anywhere but in free text and comments; see
 * `core/characters.ts`), written as themselves or as escapes in double quotes (`"\u202E"`). Each
 * finding is at the character itself, one per kind and line: the first such character of the line.
 * `doc` is null when the YAML could not be read; then only bidi controls written as themselves are
 * looked for, since what is a key or a value is not known.
 */
export function scanCharacters(source: string, doc: Document | null): CharacterFinding[] {
  const hits = hiddenCharacters(source);
  // Most plans hold neither such characters nor escapes that could make them: then nothing to place.
  if (hits.length === 0 && !source.includes('\\')) return [];
  const places = doc === null ? [] : placesOf(doc);
  const controls: CharacterFinding[] = [];
  for (const place of places) {
    if (!place.escapes) continue;
    hits.push(...escaped(source, place.start, place.end));
    // A control character made by an escape (`"\e[2J"`) is refused at its key or value.
    const control = place.text.match(CONTROLS)?.[0];
    if (control !== undefined) {
      controls.push({
        offset: place.start,
        finding: finding('not-text', place.pointer, { reason: 'control', character: codePointOf(control) }, place.where === 'key'),
      });
    }
  }
  if (hits.length === 0) return controls;
  hits.sort((a, b) => a.offset - b.offset);

  const found: CharacterFinding[] = [];
  const seen = new Set<string>();
  let line = 1;
  let lineFrom = 0;
  for (const { character, offset, bidi } of hits) {
    for (let i = source.indexOf('\n', lineFrom); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
      line++;
      lineFrom = i + 1;
    }
    const place = placeAt(places, offset);
    if (!bidi) {
      // Outside every key and value is a comment (or nothing YAML reads); free text keeps some.
      if (place === undefined) continue;
      if (place.where === 'text' && FREE_TEXT_KEEPS.test(character)) continue;
    }
    const once = `${bidi ? 'b' : 'i'}${line}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const code = codePointOf(character);
    const name = characterName(character);
    const atKey = place?.where === 'key';
    found.push({
      offset,
      finding:
        bidi || place === undefined
          ? finding(
              'bidi-character',
              place?.pointer ?? '',
              { character: code, name, ...(place === undefined ? {} : { value: around(place.text, character) }) },
              atKey,
            )
          : finding(
              'invisible-character',
              place.pointer,
              { character: code, name, where: place.where, value: around(place.text, character) },
              atKey,
            ),
    });
  }
  return [...found, ...controls].sort((a, b) => a.offset - b.offset);
}

/** Hidden characters that escapes in a double-quoted scalar make (`\u200B`, `\U0000202E`, `\xAD`), at the backslash. */
function escaped(source: string, start: number, end: number): HiddenCharacter[] {
  const hits: HiddenCharacter[] = [];
  for (let i = start; i < end; i++) {
    if (source[i] !== '\\') continue;
    const kind = source[i + 1];
    const length = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
    const hex = source.slice(i + 2, i + 2 + length);
    if (length > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === length) {
      const point = parseInt(hex, 16);
      const character = point <= 0x10ffff ? String.fromCodePoint(point) : '';
      if (character !== '' && isHidden(character)) hits.push({ character, offset: i, bidi: BIDI_CONTROLS.test(character) });
    }
    i++;
  }
  return hits;
}

/** A text as a message quotes it: whole when short, else a window around the first `character`. */
function around(text: string, character: string): string {
  const at = Math.max(0, text.indexOf(character));
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(text.length, at + WINDOW);
  return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
}

/** The place that holds an offset, by binary search over places sorted by start and not overlapping. */
function placeAt(places: Place[], offset: number): Place | undefined {
  let lo = 0;
  let hi = places.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = places[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/**
 * Every scalar key and value of the document with its source range (without a trailing comment)
 * and JSON pointer, sorted by position. The document is at most 64 levels deep (checked before),
 * so recursion is safe.
 */
function placesOf(doc: Document): Place[] {
  const places: Place[] = [];
  const add = (node: unknown, segments: (string | number)[], where: Place['where']) => {
    if (!isScalar(node) || !node.range) return;
    places.push({
      start: node.range[0],
      end: node.range[1],
      pointer: pointerOf(...segments),
      where,
      text: typeof node.value === 'string' ? node.value : String(node.source ?? node.value),
      escapes: node.type === 'QUOTE_DOUBLE',
    });
  };
  const walk = (node: unknown, segments: (string | number)[], free: boolean) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        if (isScalar(pair.key)) add(pair.key, [...segments, name], 'key');
        else walk(pair.key, segments, false);
        walk(pair.value, [...segments, name], FREE_TEXT.has(name));
      }
    } else if (isSeq(node)) {
      const last = segments[segments.length - 1];
      for (const [i, item] of node.items.entries()) walk(item, [...segments, i], typeof last === 'string' && FREE_TEXT_LISTS.has(last));
    } else if (isScalar(node)) {
      const last = segments[segments.length - 1];
      const amount = typeof last === 'string' && AMOUNTS.has(last);
      add(node, segments, amount ? 'amount' : free && typeof node.value === 'string' ? 'text' : 'value');
    }
  };
  walk(doc.contents, [], false);
  return places.sort((a, b) => a.start - b.start);
}

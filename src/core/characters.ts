/**
 * Characters that make text show something other than what it is.
 *
 * Bidirectional embedding, override and isolate characters reorder the text around them (the
 * "Trojan Source" attack, CVE-2021-42574): `€ 1.234,56` behind U+202E reads `65,432.1 €`. A plan
 * never needs them, so they are refused anywhere, comments included.
 *
 * Invisible format characters take no room on screen: `5000` with a zero-width space looks like an
 * amount but is not one, and a source code with one looks like another code. They are refused in
 * keys, codes, amounts, numbers and every other value that is not free text. Free text may keep the
 * ones that writing needs (`FREE_TEXT_KEEPS`): the joiners, which emoji sequences and several scripts
 * use, the direction marks, which text that mixes Arabic or Hebrew with Dutch uses, and the soft
 * hyphen, which word processors put into long words. Comments may hold any of them.
 */

/** U+202A–U+202E (embeddings, overrides, pop) and U+2066–U+2069 (isolates). */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** Invisible format characters: U+00AD, U+061C, U+180E, U+200B–U+200F, U+2060–U+2064, U+FEFF. */
export const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;

/** What free text may keep: U+00AD, U+061C and U+200C–U+200F. */
export const FREE_TEXT_KEEPS = /[\u00ad\u061c\u200c-\u200f]/;

/** Every character of both kinds, for scanning. */
const ANY = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g;

// biome-ignore-start lint/complexity/useSimpleNumberKeys: code points in hex, as Unicode writes them
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
// biome-ignore-end lint/complexity/useSimpleNumberKeys: the code points end here

/** A character as its code point, `U+202E`. */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Unicode name of one of these characters, `RIGHT-TO-LEFT OVERRIDE`; empty for others. */
export function characterName(character: string): string {
  return NAMES[character.codePointAt(0)!] ?? '';
}

/** A hidden character in a text: what it is and its offset. */
export interface HiddenCharacter {
  /** The character itself. */
  character: string;
  /** Its offset in the text (UTF-16 code units). */
  offset: number;
  /** Whether it reorders text (bidi) rather than hiding itself (invisible). */
  bidi: boolean;
}

/** Whether a character is a bidi control or an invisible format character. */
export function isHidden(character: string): boolean {
  return BIDI_CONTROLS.test(character) || INVISIBLE.test(character);
}

/** Every bidi control and invisible format character in a text, in order. */
export function hiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  for (const m of text.matchAll(ANY)) {
    found.push({ character: m[0], offset: m.index, bidi: BIDI_CONTROLS.test(m[0]) });
  }
  return found;
}

/**
 * A value as a message may quote it: every bidi control and invisible format character is written
 * out as its code point, `<U+200B>`, so that what the reader sees is what the plan holds.
 */
export function visible(text: string): string {
  return text.replace(ANY, (c) => `<${codePointOf(c)}>`).replace(CONTROLS, (c) => `<${codePointOf(c)}>`);
}

/**
 * Control characters that a plan's text may not hold (C0 but tab, line feed and carriage return;
 * DEL; C1): written as themselves they make the file `not-text`, and made by an escape in double
 * quotes (`"\e[2J"`, `"\x1b"`) they are refused at the value, since they could rewrite a terminal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters refused
export const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A line as a terminal may show it under a diagnostic: each bidi control and invisible format
 * character becomes one visible `�`, so that nothing is reordered and carets stay in their columns.
 */
export function masked(line: string): string {
  return line.replace(ANY, '\ufffd');
}

/** A piece of a plan's running text: a paragraph, or a list the text itself writes out. */
export type TextPart = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; ordered: boolean; start: number; items: string[] };

const BULLET = /^[ \t]{0,3}[-*+•][ \t]+(\S.*)$/;
const NUMBERED = /^[ \t]{0,3}(\d{1,3})[.)][ \t]+(\S.*)$/;

/**
 * Splits plan text (an `inleiding`, an `omschrijving`) into paragraphs and lists. Blank lines end a
 * paragraph; a line that starts with `- `, `* `, `+ `, `• ` or `1. ` is a list item, and an indented
 * line after it continues that item. A list ends at a blank line or at a line that is neither, which
 * starts a new paragraph. The words are kept as written; only the structure is read.
 */
export function planTextParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let current: TextPart | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    // A numbered line breaks into a paragraph only when it counts from 1, as in CommonMark.
    const startsList = bullet !== null || (numbered !== null && (current?.kind !== 'paragraph' || numbered[1] === '1'));
    if (startsList) {
      const ordered = numbered !== null;
      const item = (bullet ? bullet[1]! : numbered![2]!).trim();
      if (current?.kind === 'list' && current.ordered === ordered) current.items.push(item);
      else {
        current = { kind: 'list', ordered, start: ordered ? Number(numbered![1]) : 1, items: [item] };
        parts.push(current);
      }
      continue;
    }
    if (current?.kind === 'list' && /^[ \t]/.test(line)) {
      current.items[current.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    if (current?.kind === 'paragraph') current.lines.push(line.trim());
    else {
      current = { kind: 'paragraph', lines: [line.trim()] };
      parts.push(current);
    }
  }
  return parts;
}

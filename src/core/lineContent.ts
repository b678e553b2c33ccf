/**
 * Where the content of one line of YAML ends: the index just past its last character that is not
 * part of a trailing comment (` # …`) or trailing white space. `from` is where to start reading
 * (a quote there opens quoted text). A `#` inside quoted text is text, not a comment.
 */
export function contentEnd(line: string, from = 0): number {
  let end = from;
  let quote: string | null = null;
  let valueStart = true;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== null) {
      end = i + 1;
      if (quote === '"' && c === '\\') {
        i++;
        end = Math.min(i + 1, line.length);
      } else if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = null;
        end = i + 1;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
    if ((c === '"' || c === "'") && valueStart) quote = c;
    valueStart = c === ':' || c === '-' || c === '[' || c === '{' || c === ',' || c === '?';
    end = i + 1;
  }
  while (end > from && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\r')) end--;
  return end;
}

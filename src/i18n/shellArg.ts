/**
 * A path as one argument of a POSIX shell command line, for the hints a user copies (`jaarplan
 * validate PATH`): unchanged when it has only characters no shell reads specially, otherwise in
 * single quotes (a quote inside as `'\''`), so `$(…)`, spaces and newlines stay part of the name.
 */
export function shellArg(text: string): string {
  if (/^[\p{L}\p{N}_@%+=:,./-]+$/u.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

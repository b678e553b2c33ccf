/**
 * Whether a text outside any plans folder (an untitled document, a file elsewhere) is a plan to the
 * language server: it has the top-level keys `jaar` and `onderdelen`, each at the start of a line
 * (the first line may begin with a byte order mark). Generic clients send every YAML file; a
 * workflow or a compose file has neither key, and gets no diagnostics and no help.
 */
export function looksLikePlan(text: string): boolean {
  return /^\uFEFF?jaar[ \t]*:/m.test(text) && /^onderdelen[ \t]*:/m.test(text);
}

/**
 * Glob patterns, with the glob library loaded only when a path may be one: most runs name files and
 * folders, and loading it takes time at every start.
 */

/** Without one of these characters, picomatch (which tinyglobby asks) sees no pattern in a path. */
const PATTERN_CHARACTER = /[*?[\]{}()!+@|]/;

/** Whether a path is a glob pattern, as tinyglobby's isDynamicPattern says. */
export async function isPattern(path: string): Promise<boolean> {
  if (!PATTERN_CHARACTER.test(path)) return false;
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(path);
}

/** The files a pattern matches, absolute, skipping hidden files and node_modules. */
export async function expandPattern(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
}

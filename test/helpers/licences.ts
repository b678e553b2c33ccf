// Which licences a run-time dependency of jaarplan may have. jaarplan is EUPL-1.2; what it installs
// runs as part of it, so each dependency's licence must let it be combined with and distributed
// under the EUPL. The permissive licences below do, without conditions beyond keeping their notice.
// A copyleft licence (even one the EUPL names as compatible, such as the GPL or the MPL) asks for a
// decision about the whole, and is refused here until someone takes it; so is a package that does
// not declare a licence.

/** The SPDX identifiers accepted for a run-time dependency, each a permissive licence. */
export const acceptedLicences = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  // PSF's licence, of argparse (a port of Python's), permissive.
  'Python-2.0',
  'Unlicense',
  // jaarplan's own.
  'EUPL-1.2',
]);

/**
 * Why a package's declared licence (package.json's `license`, an SPDX expression) is not accepted,
 * or null when it is: an `OR` needs one accepted side, an `AND` both. A missing or non-SPDX value
 * (`UNLICENSED`, `SEE LICENSE IN …`) is refused.
 */
export function licenceProblem(declared: unknown): string | null {
  const text = typeof declared === 'object' && declared !== null && 'type' in declared ? (declared as { type: unknown }).type : declared;
  if (typeof text !== 'string' || text.trim() === '') return 'no licence declared';
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  // expression := term (OR term)*; term := factor (AND factor)*; factor := id | ( expression )
  const expression = (): boolean => {
    let ok = term();
    while (tokens[at] === 'OR') {
      at++;
      ok = term() || ok;
    }
    return ok;
  };
  const term = (): boolean => {
    let ok = factor();
    while (tokens[at] === 'AND') {
      at++;
      ok = factor() && ok;
    }
    return ok;
  };
  const factor = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = expression();
      if (tokens[at++] !== ')') throw new SyntaxError(text);
      return ok;
    }
    if (token === undefined || token === ')' || token === 'OR' || token === 'AND') throw new SyntaxError(text);
    return acceptedLicences.has(token.replace(/\+$/, ''));
  };
  try {
    const ok = expression();
    if (at !== tokens.length) throw new SyntaxError(text);
    return ok ? null : `${text} is not a licence accepted beside EUPL-1.2`;
  } catch {
    return `${text} is not an SPDX licence expression`;
  }
}

import { describe, expect, it } from 'vitest';
import { licenceProblem } from '../helpers/licences.js';

// The rule by which test/package/package.test.ts accepts or refuses an installed dependency's licence.
describe('the licences accepted beside EUPL-1.2', () => {
  it.each([
    'MIT',
    'ISC',
    'Apache-2.0',
    'BSD-3-Clause',
    'Python-2.0',
    '(MIT OR GPL-3.0-only)',
    'MIT AND BSD-2-Clause',
    '(MIT OR Apache-2.0) AND ISC',
    { type: 'MIT' },
  ])('accepts %j', (declared) => expect(licenceProblem(declared)).toBeNull());

  it.each([
    ['GPL-3.0-only', 'not a licence accepted'],
    ['SSPL-1.0', 'not a licence accepted'],
    ['MIT AND GPL-2.0-only', 'not a licence accepted'],
    ['(GPL-2.0-only OR AGPL-3.0-only)', 'not a licence accepted'],
    ['UNLICENSED', 'not a licence accepted'],
    ['SEE LICENSE IN LICENSE.txt', 'not an SPDX licence expression'],
    ['(MIT', 'not an SPDX licence expression'],
    [undefined, 'no licence declared'],
    ['', 'no licence declared'],
  ])('refuses %j: %s', (declared, why) => expect(licenceProblem(declared)).toContain(why));
});

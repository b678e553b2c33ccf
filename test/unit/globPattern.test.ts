// The glob library is loaded only for paths that may be patterns: the quick test in front of it
// must never call a pattern a plain path.
import fc from 'fast-check';
import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { isPattern } from '../../src/node/globPattern.js';

describe('isPattern', () => {
  it('says what tinyglobby says, on hand-picked paths', async () => {
    for (const path of [
      'plans/2013.yaml',
      'plans/*.yaml',
      'plans/**/20*.yaml',
      'plan?.yaml',
      'plans/[ab].yaml',
      'plans/{a,b}.yaml',
      '!plans',
      'plans/@(a|b).yaml',
      'plans/+(a).yaml',
      'a (1).yaml',
      'C:\\plans\\2013.yaml',
      'plans/a\\*.yaml',
      '',
    ]) {
      expect(await isPattern(path), path).toBe(isDynamicPattern(path));
    }
  });

  it('says what tinyglobby says, on 5,000 generated paths', async () => {
    const piece = fc.constantFrom(
      'a',
      'plans',
      '/',
      '.',
      '-',
      ' ',
      '\\',
      '*',
      '?',
      '[',
      ']',
      '{',
      '}',
      '(',
      ')',
      '!',
      '+',
      '@',
      '|',
      ',',
      '2013',
      'é',
      '~',
      '$',
      '^',
      '#',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        async (path) => {
          expect(await isPattern(path)).toBe(isDynamicPattern(path));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

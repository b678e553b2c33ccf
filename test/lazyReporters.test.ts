import { describe, expect, it } from 'vitest';
import { reportReporters, totalsReporters, validateReporters } from '../src/reporters/index.js';
import { reportLoaders, totalsLoaders, validateLoaders } from '../src/reporters/lazy.js';

// The commands load reporters on demand; each loader must give exactly the reporter of index.ts.
describe.each([
  ['validate', validateReporters, validateLoaders],
  ['totals', totalsReporters, totalsLoaders],
  ['report', reportReporters, reportLoaders],
] as const)('the %s reporters loaded on demand', (_, eager, lazy) => {
  it('offer the same formats', () => {
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
  });

  it.each(Object.keys(eager))('load the same function for %s', async (format) => {
    const loaded = await (lazy as Record<string, () => Promise<unknown>>)[format]!();
    expect(loaded).toBe((eager as Record<string, unknown>)[format]);
  });
});

// The one decision of which plans a command counts (src/node/planSet.ts), as data: the year
// filter, drafts, duplicates, the config's severities and the refusals, on the Beekdal set.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanSet, refusalOf, noPlansError } from '../../src/node/planSet.js';
import { root } from '../helpers/paths.js';
import { tempDir } from '../helpers/tempDir.js';

const identity = join(root, 'test/fixtures/identity');
const UNFILLED =
  'jaar: 2014\ntitel: <titel>\ngemeente: Beekdal\nbronnen:\n  eigen: { naam: Eigen, soort: eigen }\nonderdelen:\n  - titel: A\n    activiteiten:\n      - { nr: 1, titel: B, actiehouders: [C] }\n';

describe('readPlanSet', () => {
  it('keeps the plans of the year asked for, drafts left out with a note', async () => {
    const set = await readPlanSet({ paths: ['plans'], cwd: identity, wanted: { year: 2014 } });
    expect(set.files.map((f) => f.path).sort()).toEqual(['plans/2014-binnenstad.yaml', 'plans/2014.yaml']);
    expect(set.plans.map((p) => `${p.jaar} ${p.wijk ?? '-'}`).sort()).toEqual(['2014 -', '2014 Binnenstad']);
    expect(set.notes).toEqual([{ kind: 'concept', path: 'plans/2014-concept.yaml' }]);
    expect(set.all).toHaveLength(9);
    expect(set.refused).toBeNull();
  });

  it('keeps a range of years, and every year without one', async () => {
    const range = await readPlanSet({ paths: ['plans'], cwd: identity, wanted: { years: { first: 2015, last: 2016 } } });
    expect(range.files.map((f) => f.path)).toHaveLength(6);
    const every = await readPlanSet({ paths: ['plans'], cwd: identity });
    expect(every.files).toHaveLength(8);
  });

  it('refuses two plans of one identity, each with duplicate-plan', async () => {
    const set = await readPlanSet({ paths: ['duplicate'], cwd: identity, wanted: { year: 2014 } });
    expect(set.refused?.kind).toBe('errors');
    expect(set.refused?.exitCode).toBe(1);
    expect(set.refused?.files.map((f) => f.diagnostics.map((d) => d.code))).toEqual([['duplicate-plan'], ['duplicate-plan']]);
  });

  it('lets a config turn off the check that would refuse the set', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '2014.yaml'), UNFILLED);
    expect((await readPlanSet({ paths: ['2014.yaml'], cwd: dir })).refused?.kind).toBe('placeholders');
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'rules:\n  placeholder: off\n');
    const set = await readPlanSet({ paths: ['2014.yaml'], cwd: dir });
    expect(set.refused).toBeNull();
    expect(set.plans).toHaveLength(1);
  });

  it('returns an empty set as such, and says what was asked for', async () => {
    const set = await readPlanSet({ paths: ['plans'], cwd: identity, wanted: { year: 2013 } });
    expect(set.files).toEqual([]);
    expect(noPlansError({ paths: ['plans'], cwd: identity, wanted: { year: 2013 } }).code).toBe('no-plan-for-year');
    expect(noPlansError({ paths: ['plans'], cwd: identity, wanted: { years: { first: 2013, last: 2013 } } }).code).toBe(
      'no-plan-for-years',
    );
    expect(noPlansError({ paths: ['plans'], cwd: identity }).code).toBe('no-plans');
  });
});

describe('refusalOf', () => {
  it('refuses placeholders only after errors, and not when asked to leave them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '2014.yaml'), UNFILLED);
    const set = await readPlanSet({ paths: ['2014.yaml'], cwd: dir });
    expect(set.refused?.kind).toBe('placeholders');
    expect(set.refused?.files[0]?.diagnostics.every((d) => d.code === 'placeholder')).toBe(true);
    expect(refusalOf(set.files, { placeholders: false })).toBeNull();
  });
});

// The result cache of `validate --cache` as readPlans uses it: a hit is exactly what an uncached
// read keeps; a file whose stat is unchanged is trusted without being read, and any other file is
// read and hashed, so an edited file never gets an old result; files changed too close to a run
// ("racily clean", as git calls them) are read again by the next run.
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readShared } from '../../src/node/readShared.js';
import { readPlans } from '../../src/node/readPlans.js';
import { nowNs, openResultCache, RACY_WINDOW, type ResultCache } from '../../src/node/resultCache.js';
// @ts-expect-error -- the benchmark's corpus writer is plain JavaScript
import { writeRealisticCorpus } from '../bench/corpus.mjs';
import { root } from '../helpers/paths.js';
import { tempDir } from '../helpers/tempDir.js';

// Every read the cache makes to hash a file goes through readShared: counted here.
vi.mock('../../src/node/readShared.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/node/readShared.js')>();
  return { readShared: vi.fn(real.readShared) };
});
const reads = vi.mocked(readShared);
beforeEach(() => {
  reads.mockClear();
});

/** A clock a minute ahead: every file of the test then looks changed well before the run. */
const aMinuteLater = () => nowNs() + 60_000_000_000n;

/** One run of `validate --cache`'s reading, with a fresh cache object; what it read, stored and hashed. */
async function run(dir: string, options: { paths?: string[]; cwd?: string; now?: () => bigint } = {}) {
  const cache = openResultCache(join(dir, 'cache'), 'cache', undefined, options.now ?? aMinuteLater);
  const stored: string[] = [];
  const counted: ResultCache = {
    ...cache,
    store(file, ...rest) {
      stored.push(file);
      cache.store(file, ...rest);
    },
  };
  reads.mockClear();
  const read = await readPlans({ paths: options.paths ?? ['plans'], cwd: options.cwd ?? dir, diagnosticsOnly: true, cache: counted });
  await cache.save();
  const hashed = reads.mock.calls.map(([file]) => file);
  return { files: read.files, stored, hashed };
}

/** What readPlans keeps of each file without a cache. */
async function uncached(dir: string, paths = ['plans'], cwd = dir) {
  return (await readPlans({ paths, cwd, diagnosticsOnly: true })).files;
}

const entries = (dir: string) => JSON.parse(readFileSync(join(dir, 'cache'), 'utf8')).entries;

/** One plan with a finding (an activity without an owner). */
const PLAN = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');
/** The same plan, as many bytes long, with a different finding: one amount more than the budget. */
const EDITED = PLAN.replace('totaal_budget: "€ 60.000"', 'totaal_budget: "€ 10.000"');

/** A whole second in the past, as a file time: utimes can set it exactly. */
const SECOND = new Date('2024-03-01T12:00:00Z');

/** A folder with one plan written at a fixed time, read once with the cache. */
async function cachedPlan(): Promise<{ dir: string; file: string }> {
  const dir = tempDir('jaarplan-cache-');
  const file = join(dir, 'plans/2013.yaml');
  mkdirSync(join(dir, 'plans'));
  writeFileSync(file, PLAN);
  utimesSync(file, SECOND, SECOND);
  await run(dir);
  return { dir, file };
}

describe('the result cache', () => {
  it('gives for a hit exactly what an uncached read keeps, for every file of a corpus with findings, also from another folder', async () => {
    const dir = tempDir('jaarplan-cache-');
    writeRealisticCorpus(join(dir, 'plans'), 60);
    cpSync(join(root, 'test/fixtures/bad'), join(dir, 'plans/bad'), { recursive: true });
    cpSync(join(root, 'test/fixtures/checks'), join(dir, 'plans/checks'), { recursive: true });
    const plain = await uncached(dir);
    expect(plain.filter((f) => f.diagnostics.length > 0 && f.source !== null).length).toBeGreaterThan(50);
    const first = await run(dir);
    expect(first.files).toEqual(plain);
    const second = await run(dir);
    // Every readable file was a hit: nothing was parsed or stored again.
    expect(second.stored).toEqual([]);
    expect(second.files).toEqual(plain);
    // From another folder, the paths as shown are those of that folder.
    mkdirSync(join(dir, 'sub'));
    const elsewhere = await run(dir, { paths: ['../plans'], cwd: join(dir, 'sub') });
    expect(elsewhere.stored).toEqual([]);
    expect(elsewhere.files).toEqual(await uncached(dir, ['../plans'], join(dir, 'sub')));
    expect(elsewhere.files.map((f) => f.path)).not.toEqual(plain.map((f) => f.path));
  });

  it('does not read a file again whose stat is unchanged', async () => {
    const dir = tempDir('jaarplan-cache-');
    writeRealisticCorpus(join(dir, 'plans'), 20);
    expect((await run(dir)).stored).toHaveLength(20);
    const second = await run(dir);
    expect(second.hashed).toEqual([]);
    expect(second.stored).toEqual([]);
  });

  it('checks again a file edited to the same size within the same second', async () => {
    const { dir, file } = await cachedPlan();
    writeFileSync(file, EDITED);
    utimesSync(file, SECOND, SECOND);
    const before = entries(dir)[file].stat.split('/');
    const after = statSync(file, { bigint: true });
    // Size and modification time are as they were: only the change time tells.
    expect([String(after.size), String(after.mtimeNs)]).toEqual(before.slice(0, 2));
    const second = await run(dir);
    expect(second.stored).toEqual([file]);
    expect(second.files).toEqual(await uncached(dir));
    expect(JSON.stringify(second.files)).toContain('over-budget');
  });

  it('checks again a file replaced by another of the same size and time (a new inode)', async () => {
    const { dir, file } = await cachedPlan();
    writeFileSync(join(dir, 'other'), EDITED);
    utimesSync(join(dir, 'other'), SECOND, SECOND);
    renameSync(join(dir, 'other'), file);
    const second = await run(dir);
    expect(second.stored).toEqual([file]);
    expect(second.files).toEqual(await uncached(dir));
  });

  it('still hits by content hash for a touched file with the same bytes, and keeps its new stat', async () => {
    const dir = tempDir('jaarplan-cache-');
    writeRealisticCorpus(join(dir, 'plans'), 3);
    await run(dir);
    const file = join(dir, 'plans/plan-00002-2012.yaml');
    const old = entries(dir)[file];
    utimesSync(file, SECOND, SECOND);
    const touched = await run(dir);
    expect(touched.hashed).toEqual([file]);
    expect(touched.stored).toEqual([]);
    expect(touched.files).toEqual(await uncached(dir));
    const now = entries(dir)[file];
    expect(now.stat).not.toBe(old.stat);
    expect({ ...now, stat: old.stat }).toEqual(old);
    // The next run trusts the new stat.
    expect((await run(dir)).hashed).toEqual([]);
  });

  it('reads again a file changed too close to the run that kept it (racily clean)', async () => {
    const dir = tempDir('jaarplan-cache-');
    writeRealisticCorpus(join(dir, 'plans'), 3);
    const file = join(dir, 'plans/plan-00001-2011.yaml');
    // Written just now, and read by a run that begins now: a change in the same tick of the file
    // system's clock would leave the stat as it is, so the stat is not kept.
    await run(dir, { now: nowNs });
    expect(Object.values(entries(dir)).map((e) => (e as { stat: unknown }).stat)).toEqual([null, null, null]);
    const second = await run(dir);
    expect(second.hashed).toHaveLength(3);
    expect(second.stored).toEqual([]);
    expect(entries(dir)[file].stat).toEqual(expect.any(String));
    // A stat kept, with a cache whose run began no later than the file's change, is not trusted.
    const cache = JSON.parse(readFileSync(join(dir, 'cache'), 'utf8'));
    const changed = statSync(file, { bigint: true }).ctimeNs;
    for (const moment of [changed, changed + RACY_WINDOW]) {
      writeFileSync(join(dir, 'cache'), JSON.stringify({ ...cache, checked: String(moment) }));
      expect((await run(dir, { now: () => moment })).hashed).toContain(file);
    }
    // Nor is one in a cache without the moment.
    writeFileSync(join(dir, 'cache'), JSON.stringify({ ...cache, checked: undefined }));
    expect((await run(dir)).hashed).toHaveLength(3);
  });

  it('drops the entries of files that are gone when it writes the cache', async () => {
    const dir = tempDir('jaarplan-cache-');
    writeRealisticCorpus(join(dir, 'plans'), 3);
    await run(dir);
    rmSync(join(dir, 'plans/plan-00001-2011.yaml'));
    writeFileSync(join(dir, 'plans/plan-00002-2012.yaml'), EDITED);
    await run(dir);
    expect(Object.keys(entries(dir)).sort()).toEqual([join(dir, 'plans/plan-00002-2012.yaml'), join(dir, 'plans/plan-00003-2013.yaml')]);
  });
});

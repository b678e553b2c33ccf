import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../src/load/parsePlan.js';
import { readClean } from '../../src/load/fastPlan.js';
import { FAST_READER_VARIABLE, FAST_THRESHOLD, kept, readPlans } from '../../src/node/readPlans.js';
import { root } from '../helpers/paths.js';
// @ts-expect-error -- the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';

// The fast reader, counted: it is asked only when more than one plan is read, and not at all
// when the environment turns it off.
vi.mock('../../src/load/fastPlan.js', async (original) => {
  const actual = await original<typeof import('../../src/load/fastPlan.js')>();
  return { ...actual, readClean: vi.fn(actual.readClean) };
});

const paths = ['plans', 'test/fixtures/checks', 'test/fixtures/bad', 'test/fixtures/multi'];

describe('reading many plans', () => {
  it('gives the same files, in the same order, with worker threads as without', async () => {
    const alone = await readPlans({ paths, cwd: root, workers: 0 });
    const shared = await readPlans({ paths, cwd: root, workers: 2 });
    expect(alone.files.length).toBeGreaterThan(70);
    expect(shared.files.map((f) => f.path)).toEqual(alone.files.map((f) => f.path));
    expect(shared).toEqual(alone);
  });

  it('keeps the source only of files with diagnostics, and the plans unless told not to', async () => {
    const full = await readPlans({ paths, cwd: root, workers: 0 });
    const slim = await readPlans({ paths, cwd: root, workers: 0, diagnosticsOnly: true });
    expect(full.files.some((f) => f.diagnostics.length === 0)).toBe(true);
    for (const [i, f] of full.files.entries()) {
      // Only an excerpt under a diagnostic needs the source.
      expect(f.source).toBe(f.diagnostics.length === 0 ? null : parsePlan(readFileSync(root + f.path), f.path).source);
      expect(slim.files[i]!.plan).toBeNull();
      expect(slim.files[i]!.diagnostics).toEqual(f.diagnostics);
      expect(slim.files[i]!.source).toBe(f.source);
    }
    expect(full.files.some((f) => f.plan !== null)).toBe(true);
  });

  it('reads many files (with the fast reader for clean plans) as the full reader reads each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-many-'));
    try {
      writeCorpus(dir, 60, 5);
      for (const workers of [0, 1]) {
        const { files } = await readPlans({ paths: [dir], cwd: dir, workers });
        expect(files.length).toBe(60);
        expect(files.length).toBeGreaterThanOrEqual(FAST_THRESHOLD);
        // Clean plans and plans with findings alike: each as parsePlan alone reads it, with the full reader.
        expect(files.filter((f) => f.diagnostics.length === 0).length).toBeGreaterThan(30);
        expect(files.filter((f) => f.diagnostics.length > 0).length).toBeGreaterThan(5);
        expect(files).toEqual(files.map((f) => kept(parsePlan(readFileSync(join(dir, f.path)), f.path), false)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks the fast reader from two plans on, unless JAARPLAN_FAST_READER=0', async () => {
    const asked = vi.mocked(readClean);
    const read = async (paths: string[]) => {
      asked.mockClear();
      const { files } = await readPlans({ paths, cwd: root, workers: 0 });
      return { files, asked: asked.mock.calls.length };
    };
    expect(FAST_THRESHOLD).toBe(2);
    expect((await read(['plans/2013.yaml'])).asked).toBe(0);
    const two = await read(['test/fixtures/multi']);
    expect(two.files.length).toBeGreaterThanOrEqual(2);
    expect(two.asked).toBe(two.files.length);
    vi.stubEnv(FAST_READER_VARIABLE, '0');
    try {
      const off = await read(['test/fixtures/multi']);
      expect(off.asked).toBe(0);
      expect(off.files).toEqual(two.files);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('drops what is not needed and keeps the rest as it is', () => {
    const file = parsePlan(Buffer.from('jaar: 2013\n'), 'x.yaml');
    expect(file.diagnostics.length).toBeGreaterThan(0);
    expect(kept(file, false)).toBe(file);
    const clean = { ...file, diagnostics: [] };
    expect(kept(clean, false).source).toBeNull();
  });
});

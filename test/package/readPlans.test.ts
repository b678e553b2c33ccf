import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { PlanIdentity } from '../../src/core/planIdentity.js';
import { parsePlan, type CheckedFile } from '../../src/load/parsePlan.js';
import { readClean } from '../../src/load/fastPlan.js';
import { FAST_READER_VARIABLE, FAST_THRESHOLD, kept, ownStrings, readPlans, shownLines } from '../../src/node/readPlans.js';
import { withPlanSetChecks } from '../../src/node/withPlanSetChecks.js';
import { validateText } from '../../src/reporters/validate/text.js';
import { root } from '../helpers/paths.js';
// @ts-expect-error -- the benchmark's corpus writer is plain JavaScript
import { writeCorpus, writeRealisticCorpus } from '../bench/corpus.mjs';

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

  it('keeps of the source only the lines diagnostics show, and the plans unless told not to', async () => {
    const full = await readPlans({ paths, cwd: root, workers: 0 });
    const slim = await readPlans({ paths, cwd: root, workers: 0, diagnosticsOnly: true });
    expect(full.files.some((f) => f.diagnostics.length === 0)).toBe(true);
    for (const [i, f] of full.files.entries()) {
      // Only an excerpt under a diagnostic needs the source, and only its line.
      const source = parsePlan(readFileSync(root + f.path), f.path).source;
      expect(f.source).toBe(f.diagnostics.length === 0 || source === null ? null : shownLines(source, f));
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
    expect(kept(file, false)).toEqual({ ...file, source: 'jaar: 2013\n' });
    expect(kept(file, false).diagnostics).toBe(file.diagnostics);
    const clean = { ...file, diagnostics: [] };
    expect(kept(clean, false).source).toBeNull();
  });

  it('keeps of the source the lines of the diagnostics and of the identity, the others empty', () => {
    const text = 'a\r\nb\nc\r\nd\re\nf';
    const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 2 });
    const diagnostics = [at(2), at(4), at(2)].map((span) => ({ ...span, file: 'x.yaml' }) as unknown as Diagnostic);
    // Split as excerpts split: at a line feed, with or without a carriage return before it.
    expect(shownLines(text, { diagnostics, identity: null })).toBe('\nb\n\nd\re\n');
    const identity = { jaar: 2013, gemeente: 'Harderwijk', concept: false, at: at(5) } as unknown as PlanIdentity;
    expect(shownLines(text, { diagnostics, identity })).toBe('\nb\n\nd\re\nf');
    expect(shownLines(text, { diagnostics: [], identity: null })).toBe('\n\n\n\n');
  });

  it('keeps the lines as walking every line keeps them, for any text and any lines wanted', () => {
    // Every line in turn: the wanted ones without a carriage return before their line feed, the
    // others empty, every line feed kept.
    const everyLine = (source: string, wanted: Set<number>) =>
      source
        .split('\n')
        .map((line, i, all) => (wanted.has(i + 1) ? (i < all.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line) : ''))
        .join('\n');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '€'), maxLength: 30 });
    const lines = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 6 });
    fc.assert(
      fc.property(text, lines, (source, wanted) => {
        const diagnostics = wanted.map(
          (line) => ({ line, column: 1, endLine: line, endColumn: 1, file: 'x.yaml' }) as unknown as Diagnostic,
        );
        expect(shownLines(source, { diagnostics, identity: null })).toBe(everyLine(source, new Set(wanted)));
      }),
      { numRuns: 5000 },
    );
  });

  it('copies strings into strings of their own, and leaves the rest of the data as it is', () => {
    const long = 'Communicatie HarderWijkaanpak en meer';
    const data = { titel: long.slice(0, 29), nr: 3, list: ['kort', long], nested: { a: null, b: true } };
    expect(ownStrings(data)).toEqual(data);
    expect(ownStrings(data)).not.toBe(data);
  });

  it('shows the same validation report, duplicates across plans included, with only the lines kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-kept-'));
    try {
      writeRealisticCorpus(join(dir, 'a'), 40);
      // The same plans again: every plan a duplicate of another, placed at its identity's line.
      writeRealisticCorpus(join(dir, 'b'), 40);
      const { files } = await readPlans({ paths: [dir, ...paths.map((p) => join(root, p))], cwd: dir, workers: 0, diagnosticsOnly: true });
      const whole = files.map((f) => {
        const read = parsePlan(readFileSync(resolve(dir, f.path)), f.path);
        return { ...read, plan: null };
      });
      expect(
        files.some((f) => f.source !== null && f.source.length < (whole.find((w) => w.path === f.path)?.source?.length ?? 0) / 4),
      ).toBe(true);
      const report = (set: CheckedFile[]) =>
        validateText({ files: withPlanSetChecks(set, { cwd: dir }), maxPerFile: null }, { lang: 'en', color: false });
      const shown = report(files);
      expect(shown).toContain('[duplicate-plan]');
      expect(shown).toContain('[no-owner]');
      expect(shown).toBe(report(whole));
      expect(report(files.map((f) => ({ ...f, source: null })))).not.toBe(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

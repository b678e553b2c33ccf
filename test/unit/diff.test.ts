import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSums, diffDiagnostics, diffFile, diffPlans, failsOn, type DiffSide, type PlanDiff } from '../../src/core/diffPlans.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { parsePlan } from '../../src/load/parsePlan.js';

const fixture = (name: string) => {
  const path = `test/fixtures/diff/${name}.yaml`;
  return parsePlan(readFileSync(new URL(`../fixtures/diff/${name}.yaml`, import.meta.url)), path);
};
const sideOf = (name: string): DiffSide => {
  const f = fixture(name);
  return { path: f.path, revision: null, state: f.plan === null ? 'unreadable' : 'plan', plan: f.plan, diagnostics: f.diagnostics };
};
/** The diff of the base plan against one of the fixtures with one kind of change. */
const diffOf = (name: string): PlanDiff => {
  const before = fixture('base');
  const after = fixture(name);
  return diffPlans(before.plan, after.plan, { before: before.diagnostics, after: after.diagnostics });
};
const changedActivities = (d: PlanDiff) => d.activities.filter((a) => a.status !== 'unchanged');
const sum = (known: number, unknownLines = 0, lines = unknownLines + 1) => ({ known, unknownLines, lines });

describe('compareSums', () => {
  it('gives the delta of known amounts up and down', () => {
    expect(compareSums(sum(1000), sum(1500))).toMatchObject({ kind: 'up', delta: 500 });
    expect(compareSums(sum(1500), sum(1000))).toMatchObject({ kind: 'down', delta: -500 });
    expect(compareSums(sum(1500), sum(1500))).toMatchObject({ kind: 'unchanged', delta: 0 });
  });

  it('never treats an unknown amount as zero', () => {
    expect(compareSums(sum(0, 1, 1), sum(2500))).toMatchObject({ kind: 'became-known', delta: null });
    expect(compareSums(sum(2500), sum(0, 1, 1))).toMatchObject({ kind: 'became-unknown', delta: null });
    expect(compareSums(sum(0, 1, 1), sum(0, 1, 1))).toMatchObject({ kind: 'unchanged', delta: null });
    expect(compareSums(null, sum(0, 1, 1))).toMatchObject({ kind: 'added', delta: null });
    expect(compareSums(sum(0, 1, 1), null)).toMatchObject({ kind: 'removed', delta: null });
  });

  it('says so when part of a sum became known, and gives the delta of the known part', () => {
    expect(compareSums(sum(5000, 1, 2), sum(6500, 0, 2))).toMatchObject({ kind: 'became-known', delta: 1500 });
    expect(compareSums(sum(6500, 0, 2), sum(5000, 1, 2))).toMatchObject({ kind: 'became-unknown', delta: -1500 });
  });

  it('counts something new or gone with its known amount', () => {
    expect(compareSums(null, sum(2000))).toMatchObject({ kind: 'added', delta: 2000 });
    expect(compareSums(sum(2000), null)).toMatchObject({ kind: 'removed', delta: -2000 });
    expect(compareSums({ known: 0, unknownLines: 0, lines: 0 }, sum(2000))).toMatchObject({ kind: 'added', delta: 2000 });
  });
});

describe('diffPlans on fixture pairs', () => {
  it('finds nothing between a plan and itself', () => {
    const d = diffOf('base');
    expect(d.status).toBe('unchanged');
    expect(changedActivities(d)).toEqual([]);
    expect(d.total).toMatchObject({ kind: 'unchanged', delta: 0 });
    expect(d.diagnostics).toEqual({ introduced: [], resolved: [] });
    expect(failsOn(d, 'any')).toBe(false);
  });

  it('added: a new activity with its amount', () => {
    const d = diffOf('added');
    expect(changedActivities(d)).toMatchObject([
      { status: 'added', nr: { before: null, after: 4 }, titel: { after: 'Schoonmaakactie' }, total: { kind: 'added', delta: 200000 } },
    ]);
    expect(d.total).toMatchObject({ kind: 'up', delta: 200000 });
    expect(d.soorten.find((s) => s.soort === 'eigen')?.change).toMatchObject({ kind: 'up', delta: 200000 });
    expect([failsOn(d, 'increase'), failsOn(d, 'decrease'), failsOn(d, 'any')]).toEqual([true, false, true]);
  });

  it('removed: the activity and its unknown line go, with the known amount as the delta', () => {
    const d = diffOf('removed');
    expect(changedActivities(d)).toMatchObject([
      { status: 'removed', nr: { before: 2, after: null }, total: { kind: 'removed', delta: -500000 } },
    ]);
    expect(d.total).toMatchObject({ kind: 'became-known', delta: -500000 });
    expect([failsOn(d, 'increase'), failsOn(d, 'decrease')]).toEqual([false, true]);
    expect(d.diagnostics.resolved.map((x) => x.code)).toContain('unknown-amount');
  });

  it('renumbered: matched by title, not shown as removed and added', () => {
    const d = diffOf('renumbered');
    expect(changedActivities(d)).toMatchObject([{ status: 'changed', renumbered: true, nr: { before: 3, after: 4 }, lines: [] }]);
    expect(d.total.kind).toBe('unchanged');
    // A renumbering moves no money: not an increase or decrease, but a change all the same.
    expect([failsOn(d, 'increase'), failsOn(d, 'decrease'), failsOn(d, 'any')]).toEqual([false, false, true]);
  });

  it('amount up and down: the exact delta per source line', () => {
    const up = diffOf('amount-up');
    expect(changedActivities(up)).toMatchObject([
      { nr: { after: 1 }, lines: [{ bron: 'wijkaanpak', change: { kind: 'up', delta: 250000 } }] },
    ]);
    expect(up.sources.find((s) => s.code === 'wijkaanpak')?.change).toMatchObject({ kind: 'up', delta: 250000 });
    const down = diffOf('amount-down');
    expect(changedActivities(down)).toMatchObject([
      { nr: { after: 3 }, lines: [{ bron: 'S+R', change: { kind: 'down', delta: -200000 } }] },
    ]);
    expect(down.sections.find((s) => s.titel === 'Projecten')).toMatchObject({
      status: 'changed',
      change: { kind: 'down', delta: -200000 },
    });
    expect([failsOn(up, 'increase'), failsOn(down, 'increase'), failsOn(down, 'decrease')]).toEqual([true, false, true]);
  });

  it('unknown to known and back: their own kinds, without a delta for the line', () => {
    const known = diffOf('unknown-to-known');
    expect(changedActivities(known)).toMatchObject([
      { nr: { after: 2 }, lines: [{ bron: 'S+R', change: { kind: 'became-known', delta: null } }] },
    ]);
    expect(known.total).toMatchObject({ kind: 'became-known' });
    const unknown = diffOf('known-to-unknown');
    expect(changedActivities(unknown)).toMatchObject([
      {
        nr: { after: 3 },
        lines: [{ bron: 'S+R', change: { kind: 'became-unknown', delta: null } }],
        total: { kind: 'became-unknown', delta: null },
      },
    ]);
    // Filling in an amount adds to the known amounts; emptying one takes it out.
    expect([failsOn(known, 'increase'), failsOn(unknown, 'decrease')]).toEqual([true, true]);
  });

  it('source renamed: matched by name, the lines follow it and no money moves', () => {
    const d = diffOf('source-renamed');
    expect(d.sources.filter((s) => s.status !== 'unchanged')).toMatchObject([
      { status: 'changed', code: 'SenR', codeBefore: 'S+R', change: { kind: 'unchanged' } },
    ]);
    expect(changedActivities(d)).toEqual([]);
    expect(d.total.kind).toBe('unchanged');
  });

  it('section moved: the activity says from where to where, and the sections move the money', () => {
    const d = diffOf('section-moved');
    expect(changedActivities(d)).toMatchObject([
      { nr: { after: 2 }, moved: true, section: { before: 'Activiteiten', after: 'Projecten' }, lines: [] },
    ]);
    const sections = Object.fromEntries(d.sections.map((s) => [s.titel, s.change]));
    expect(sections.Activiteiten).toMatchObject({ kind: 'became-known', delta: -500000 });
    expect(sections.Projecten).toMatchObject({ kind: 'became-unknown', delta: 500000 });
    expect(d.total.kind).toBe('unchanged');
  });

  it('fields: title, description, owners and themes', () => {
    const d = diffOf('fields');
    expect(changedActivities(d)).toMatchObject([
      {
        status: 'changed',
        renumbered: false,
        titel: { before: 'Buurtfeest', after: 'Buurtfeest Zeebuurt' },
        omschrijvingChanged: true,
        actiehoudersAdded: ['Opbouwwerker'],
        actiehoudersRemoved: [],
        themasAdded: ['veilig'],
        themasRemoved: [],
        lines: [],
      },
    ]);
  });

  it('the declared total counts for --fail-on', () => {
    const d = diffOf('declared-up');
    expect(d.declared).toEqual({ before: 3000000, after: 4000000, delta: 1000000 });
    expect(d.difference).toEqual({ before: 700000, after: 1700000 });
    expect(d.total.kind).toBe('unchanged');
    expect([failsOn(d, 'increase'), failsOn(d, 'decrease')]).toEqual([true, false]);
  });

  it('a plan with errors is still compared, and its new error is introduced', () => {
    const d = diffOf('error-introduced');
    expect(d.diagnostics.introduced.map((x) => [x.code, x.pointer])).toEqual([
      ['unknown-source', '/onderdelen/1/activiteiten/0/dekking/0/bron'],
    ]);
    const [activity] = changedActivities(d);
    expect(activity?.nr.after).toBe(3);
    expect(activity?.lines.map((l) => [l.bron, l.change.kind, l.change.delta]).sort()).toEqual([
      ['S+B', 'added', 800000],
      ['S+R', 'removed', -800000],
    ]);
  });

  it('a new or removed plan is everything added or removed', () => {
    const plan = fixture('base').plan;
    const added = diffPlans(null, plan);
    expect(added.status).toBe('added');
    expect(added.activities.map((a) => a.status)).toEqual(['added', 'added', 'added']);
    expect(added.total).toMatchObject({ kind: 'added', delta: 2300000 });
    const removed = diffPlans(plan, null);
    expect(removed.status).toBe('removed');
    expect(removed.total).toMatchObject({ kind: 'removed', delta: -2300000 });
    expect(removed.declared).toEqual({ before: 3000000, after: null, delta: null });
    expect(failsOn(removed, 'decrease')).toBe(true);
  });

  it('does not take an inserted activity that shifts numbers for a chain of renames', () => {
    const before = fixture('base').plan!;
    const shifted = structuredClone(before);
    const first = shifted.onderdelen[0]!;
    first.activiteiten = [
      { ...first.activiteiten[0]!, nr: 1, titel: 'Nieuw', dekking: [] },
      ...first.activiteiten.map((a) => ({ ...a, nr: a.nr + 1 })),
    ];
    shifted.onderdelen[1]!.activiteiten[0]!.nr = 4;
    const d = diffPlans(before, shifted);
    expect(changedActivities(d).map((a) => [a.status, a.titel.after ?? a.titel.before, a.renumbered])).toEqual([
      ['added', 'Nieuw', false],
      ['changed', 'Buurtfeest', true],
      ['changed', 'Wijkkrant', true],
      ['changed', 'Speeltuin', true],
    ]);
  });
});

describe('budget lines', () => {
  it('are compared per source: the same amounts in another order are no change, a second unknown line is', () => {
    const before = fixture('unknown-to-known').plan!;
    // Activity 2 gets a second S+R line without an amount: S+R € 1.500 and S+R unknown.
    before.onderdelen[0]!.activiteiten[1]!.dekking.push({ bron: 'S+R', bedrag: null, pointer: '/y' });
    const reordered = structuredClone(before);
    reordered.onderdelen[0]!.activiteiten[1]!.dekking.reverse();
    expect(reordered.onderdelen[0]!.activiteiten[1]!.dekking.map((l) => l.bedrag)).toEqual([null, 150000, 500000]);
    expect(changedActivities(diffPlans(before, reordered))).toEqual([]);
    const extra = structuredClone(before);
    extra.onderdelen[0]!.activiteiten[1]!.dekking.push({ bron: 'S+R', bedrag: null, pointer: '/x' });
    expect(changedActivities(diffPlans(before, extra))).toMatchObject([
      {
        nr: { after: 2 },
        lines: [{ bron: 'S+R', change: { kind: 'became-unknown', delta: 0, before: { unknownLines: 1 }, after: { unknownLines: 2 } } }],
      },
    ]);
  });
});

describe('diffFile', () => {
  it('does not compare a version that cannot be read, but does compare its diagnostics', () => {
    const f = diffFile('plan.yaml', sideOf('base'), sideOf('unreadable'));
    expect(f.comparable).toBe(false);
    expect(f.diff.activities).toEqual([]);
    expect(f.diff.diagnostics.introduced.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(f.diff.diagnostics.resolved.map((d) => d.code).sort()).toEqual(['unallocated-budget', 'unknown-amount']);
  });

  it('compares an absent side as no plan', () => {
    const absent: DiffSide = { path: 'plan.yaml', revision: 'main', state: 'absent', plan: null, diagnostics: [] };
    const f = diffFile('plan.yaml', absent, sideOf('base'));
    expect([f.comparable, f.diff.status]).toEqual([true, 'added']);
    const broken = diffFile('plan.yaml', absent, sideOf('unreadable'));
    expect([broken.comparable, broken.diff.status, broken.diff.diagnostics.introduced.length]).toEqual([false, 'added', 1]);
  });
});

describe('diffDiagnostics', () => {
  const d = (code: 'no-owner', pointer: string, line: number): Diagnostic =>
    ({
      code,
      severity: 'warning',
      pointer,
      args: { nr: 1, titel: 'A' },
      file: 'p.yaml',
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
    }) as Diagnostic;

  it('ignores lines that moved, and counts equal diagnostics one by one', () => {
    expect(diffDiagnostics([d('no-owner', '/a', 3)], [d('no-owner', '/a', 9)])).toEqual({ introduced: [], resolved: [] });
    const two = [d('no-owner', '/a', 3), d('no-owner', '/a', 4)];
    expect(diffDiagnostics(two, [d('no-owner', '/a', 5)]).resolved).toHaveLength(1);
    expect(diffDiagnostics([], two).introduced).toHaveLength(2);
    expect(diffDiagnostics([d('no-owner', '/a', 3)], [d('no-owner', '/b', 3)])).toMatchObject({
      introduced: [{ pointer: '/b' }],
      resolved: [{ pointer: '/a' }],
    });
  });
});

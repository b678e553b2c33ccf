import { parse } from '@mermaid-js/parser';
import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/core/computeTotals.js';
import { emptySum } from '../../src/core/sum.js';
import type { Plan } from '../../src/core/plan.js';
import { mermaidSources } from '../../src/reporters/report/mermaid.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const pies = (markdown: string) => [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the Mermaid pie of money per source', () => {
  it('parses with Mermaid and draws only the known amount of 2013, listing the unknown sources below', async () => {
    const r = await runCli(['report', '--year', '2013', '--format', 'markdown'], root);
    const [pie, ...more] = pies(r.stdout);
    expect(more).toEqual([]);
    const parsed = await parse('pie', pie!);
    expect(parsed.title).toBe('Bekende bedragen per bron');
    expect(parsed.sections.map((s) => [s.label, s.value])).toEqual([['Wijkaanpak (eigen): € 40.000', 40000]]);
    const after = r.stdout.slice(r.stdout.indexOf(pie!) + pie!.length);
    expect(after).toMatch(
      /want zonder bedrag:\n\n- Stad- en Regiocontract \(S\+R, cofinanciering\): onbekend\n- Duurzaamheid- en Klimaatbudget \(D\+K, cofinanciering\): onbekend\n/,
    );
  });

  it('gives a pie per plan and one for the year, each summing to the known amounts', async () => {
    const r = await runCli(['report', '--year', '2014', '--plans', 'test/fixtures/multi', '--format', 'markdown', '--lang', 'en'], root);
    const sums = [];
    for (const pie of pies(r.stdout)) sums.push((await parse('pie', pie)).sections.reduce((a, s) => a + s.value, 0));
    expect(sums).toEqual([30000, 2500, 32500]);
  });

  it('keeps plan text from breaking out of a label, and draws no pie without a known amount', async () => {
    const plan = {
      path: 'p.yaml',
      bronnen: [{ code: 'x', naam: 'Fonds "Wijk"\nNoord', soort: 'eigen' }],
      onderdelen: [{ titel: 's', activiteiten: [{ nr: 1, titel: 'a', dekking: [{ bron: 'x', bedrag: 123456 }] }] }],
      financiering: [],
      baten: [],
      reserves: [],
      programmaBudget: null,
    } as unknown as Plan;
    const parsed = await parse('pie', pies(mermaidSources(computeTotals([plan]), 'nl'))[0]!);
    expect(parsed.sections.map((s) => [s.label, s.value])).toEqual([["Fonds 'Wijk' Noord (eigen): € 1.234,56", 1234.56]]);

    const unknown = computeTotals([plan]);
    unknown.sources[0]!.sum = { ...emptySum(), lines: 1, unknownLines: 1 };
    const text = mermaidSources(unknown, 'en');
    expect(pies(text)).toEqual([]);
    expect(text).toContain('No known amounts to draw.');
    expect(text).toContain('- Fonds "Wijk" Noord (x, own): unknown'); // one list item, on one line
  });
});

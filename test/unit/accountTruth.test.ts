import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyChange } from '../../src/i18n/lang.js';
import { buildVerantwoording, type VerantwoordingActivity } from '../../src/core/buildVerantwoording.js';
import { checkVerantwoording, judgeDeviation } from '../../src/core/checkVerantwoording.js';
import { roundedPercent } from '../../src/core/percent.js';
import { activitiesOf, type Plan } from '../../src/core/plan.js';
import { spentPercent } from '../../src/core/spentPercent.js';
import { DEFAULT_DEVIATION, deviationOf, sumOf } from '../../src/core/sum.js';
import { verantwoordingWords } from '../../src/i18n/verantwoording.js';
import { labels } from '../../src/i18n/labels.js';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { verantwoordingBlocks, explanationText, reasonsText, type VerantwoordingBlock } from '../../src/reporters/verantwoording/blocks.js';
import { verantwoordingCsv } from '../../src/reporters/verantwoording/csv.js';
import { toVerantwoordingJson } from '../../src/reporters/verantwoording/json.js';
import { blocksMarkdown } from '../../src/reporters/verantwoording/markdown.js';
import { verantwoordingXlsx } from '../../src/reporters/verantwoording/xlsx.js';
import { verantwoordingYearsXlsx } from '../../src/reporters/verantwoordingYears/xlsx.js';
import { buildVerantwoordingYears } from '../../src/core/buildVerantwoordingYears.js';
import { xlsxWords } from '../../src/i18n/xlsx.js';

// The account's words and colours follow its figures: each reason it can give is derived from the
// same facts as the figures printed beside it, and so are the checks that the account agrees with.

/** A budget line as the tests write it: amounts in euros, null where the plan leaves them out. */
interface LineSpec {
  bron: 'wijkaanpak' | 'gemeente';
  bedrag: number | null;
  besteed: number | null;
  toelichting?: string;
}
interface ActivitySpec {
  status?: 'gepland' | 'lopend' | 'afgerond' | 'vervallen';
  toelichting?: string;
  lines: LineSpec[];
}

function yamlOf(activities: ActivitySpec[]): string {
  const lines = [
    'jaar: 2015',
    'titel: Plan',
    'gemeente: Voorbeeld',
    'bronnen:',
    '  wijkaanpak: { naam: Wijkaanpak, soort: eigen }',
    '  gemeente: { naam: Gemeente, soort: cofinanciering }',
    'onderdelen:',
    '  - titel: Activiteiten',
    '    activiteiten:',
  ];
  activities.forEach((a, i) => {
    lines.push(`      - nr: ${i + 1}`, `        titel: Activiteit ${i + 1}`, '        actiehouders: [Wijkmanager]');
    if (a.status !== undefined) lines.push(`        status: ${a.status}`);
    if (a.toelichting !== undefined) lines.push('        verantwoording:', `          toelichting: ${a.toelichting}`);
    lines.push('        dekking:');
    for (const l of a.lines) {
      lines.push(`          - bron: ${l.bron}`);
      if (l.bedrag !== null) lines.push(`            bedrag: ${l.bedrag}`);
      if (l.besteed !== null) lines.push(`            besteed: ${l.besteed}`);
      if (l.toelichting !== undefined) lines.push(`            toelichting: ${l.toelichting}`);
    }
  });
  return lines.join('\n') + '\n';
}

function planOf(activities: ActivitySpec[]) {
  const checked = parsePlan(new TextEncoder().encode(yamlOf(activities)), 'plans/2015.yaml');
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { plan: checked.plan!, diagnostics: checked.diagnostics };
}

const first = (activities: ActivitySpec[]) => buildVerantwoording(2015, [planOf(activities).plan]).plans[0]!.activities[0]!;

/** The fields an activity's section shows, by their label. */
function activityFields(blocks: VerantwoordingBlock[], nr: number, titel: string): Map<string, string> {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.level === 3 && b.text === `${nr}. ${titel}`);
  const fields = new Map<string, string>();
  for (const b of blocks.slice(at + 1)) {
    if (b.kind === 'heading' && b.level <= 3) break;
    if (b.kind === 'fields') for (const [k, v] of b.fields) fields.set(k, typeof v === 'string' ? v : v.text);
  }
  return fields;
}

describe('each reason follows the facts (one test per branch)', () => {
  it('names an unknown budget as such, not as unknown spending, when spending is fully known', () => {
    const a = first([
      {
        status: 'afgerond',
        lines: [
          { bron: 'wijkaanpak', bedrag: 1000, besteed: 1000 },
          { bron: 'gemeente', bedrag: null, besteed: 500 },
        ],
      },
    ]);
    expect(a.spent).toEqual({ known: 150_000, unknownLines: 0, lines: 2 });
    expect([a.light, a.reasons]).toEqual(['oranje', ['budget-unknown']]);
    expect(reasonsText(a, verantwoordingWords.nl)).toBe('begroting niet bij elke regel bekend');
  });

  it('names unknown spending as such, and both when both are unknown', () => {
    expect(first([{ status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: 1000, besteed: null }] }]).reasons).toEqual([
      'spending-unknown',
    ]);
    expect(first([{ status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: null, besteed: null }] }]).reasons).toEqual([
      'budget-unknown',
      'spending-unknown',
    ]);
  });

  it("shows a line's toelichting where the account says the difference is explained", () => {
    const { plan } = planOf([
      { status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: 10000, besteed: 14000, toelichting: 'De zaal werd duurder.' }] },
    ]);
    const account = buildVerantwoording(2015, [plan]);
    const a = account.plans[0]!.activities[0]!;
    expect(a.reasons).toEqual(['explained-deviation']);
    const fields = activityFields(verantwoordingBlocks(account, 'nl'), 1, 'Activiteit 1');
    expect(fields.get('Toelichting')).toBe('regel 1 (wijkaanpak): De zaal werd duurder.');
    expect(blocksMarkdown(verantwoordingBlocks(account, 'nl'))).not.toContain('Geen toelichting.');
    const json = toVerantwoordingJson(account).plans[0]!.activities[0]!;
    expect(json.regelToelichtingen).toEqual([{ regel: 1, bron: 'wijkaanpak', toelichting: 'De zaal werd duurder.' }]);
    expect(verantwoordingCsv(account, { lang: 'nl', color: false })).toContain('regel 1 (wijkaanpak): De zaal werd duurder.');
  });

  it('judges two lines that deviate in opposite directions by their lines, and lists them beside the colour in every format', async () => {
    const spec: ActivitySpec[] = [
      {
        status: 'afgerond',
        lines: [
          { bron: 'wijkaanpak', bedrag: 10000, besteed: 12000 },
          { bron: 'gemeente', bedrag: 10000, besteed: 8000 },
        ],
      },
    ];
    const { plan } = planOf(spec);
    const account = buildVerantwoording(2015, [plan]);
    const a = account.plans[0]!.activities[0]!;
    expect(a.deviation).toEqual({ difference: 0, percent: 0, beyond: false });
    expect([a.light, a.reasons]).toEqual(['rood', ['unexplained-deviation']]);
    expect(a.deviatingLines.map((l) => [l.index, l.bron, l.deviation.difference, l.explained])).toEqual([
      [0, 'wijkaanpak', -200_000, false],
      [1, 'gemeente', 200_000, false],
    ]);
    // Beside the colour: the reason names the lines, and a field gives their figures.
    const fields = activityFields(verantwoordingBlocks(account, 'nl'), 1, 'Activiteit 1');
    expect(fields.get('Waarom')).toBe('afwijking zonder toelichting: regel 1 (wijkaanpak), regel 2 (gemeente)');
    expect(fields.get('Afwijkende regels')).toBe(
      'regel 1 (wijkaanpak): begroot € 10.000, besteed € 12.000, verschil € -2.000 N (-20%), zonder toelichting; ' +
        'regel 2 (gemeente): begroot € 10.000, besteed € 8.000, verschil € +2.000 V (+20%), zonder toelichting',
    );
    // In the table of activities, beside the total difference of € 0.
    const table = verantwoordingBlocks(account, 'nl').find((b) => b.kind === 'table' && b.spec.title === 'Activiteiten');
    const row = table!.kind === 'table' ? table!.spec.rows[0]! : [];
    const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
    expect([text(row[3]), text(row[6])]).toEqual(['rood: regel 1 (wijkaanpak), regel 2 (gemeente)', '€ 0']);
    expect(blocksMarkdown(verantwoordingBlocks(account, 'nl'))).toContain('rood: regel 1 (wijkaanpak), regel 2 (gemeente)');
    const en = activityFields(verantwoordingBlocks(account, 'en'), 1, 'Activiteit 1');
    expect(en.get('Deviating lines')).toContain(
      `line 2 (gemeente): budget ${formatMoney(1_000_000, 'en')}, spent ${formatMoney(800_000, 'en')}, difference ${formatMoneyChange(200_000, 'en')} favourable (+20%), without an explanation`,
    );
    const json = toVerantwoordingJson(account).plans[0]!.activities[0]!;
    expect(json.afwijkendeRegels.map((l) => [l.regel, l.bron, l.difference, l.richting, l.differencePercent, l.toegelicht])).toEqual([
      [1, 'wijkaanpak', -2000, 'N', -20, false],
      [2, 'gemeente', 2000, 'V', 20, false],
    ]);
    const csv = verantwoordingCsv(account, { lang: 'nl', color: false });
    expect(csv).toContain('afwijking zonder toelichting: regel 1 (wijkaanpak), regel 2 (gemeente)');
    expect(csv).toContain('regel 2 (gemeente): begroot € 10.000');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await verantwoordingXlsx(account, { lang: 'nl', color: false })).buffer as ArrayBuffer);
    const sheet = wb.worksheets[1]!;
    expect(sheet.getCell('E2').value).toBe('rood');
    expect(String(sheet.getCell('E2').note)).toContain('regel 1 (wijkaanpak), regel 2 (gemeente)');
    // The check says the same: each line, not the activity.
    expect(checkVerantwoording(plan).map((f) => [f.code, f.pointer])).toEqual([
      ['unexplained-deviation', '/onderdelen/0/activiteiten/0/dekking/0/besteed'],
      ['unexplained-deviation', '/onderdelen/0/activiteiten/0/dekking/1/besteed'],
    ]);
  });

  it('a cancelled activity that spent less needs no word beyond its status, and the lines are still listed', () => {
    const a = first([{ status: 'vervallen', toelichting: 'Afgeblazen.', lines: [{ bron: 'wijkaanpak', bedrag: 5000, besteed: 0 }] }]);
    expect([a.light, a.reasons]).toEqual(['rood', ['vervallen']]);
    expect(a.deviatingLines.map((l) => l.explained)).toEqual([true]);
  });
});

describe('one way of rounding a percentage', () => {
  it('rounds ties away from zero on both sides and never gives -0', () => {
    expect(roundedPercent(1, 200)).toBe(1); // 0,5%
    expect(roundedPercent(-1, 200)).toBe(-1); // -0,5%: Math.round gives -0
    expect(roundedPercent(3, 200)).toBe(2); // 1,5%
    expect(roundedPercent(-3, 200)).toBe(-2); // -1,5%: Math.round gives -1
    expect(roundedPercent(-5, 10_000, 1)).toBe(-0.1); // -0,05%
    expect(Object.is(roundedPercent(-1, 1_000_000), 0)).toBe(true);
    expect(Object.is(roundedPercent(-1, 1_000_000, 1), 0)).toBe(true);
    expect(roundedPercent(1, 0)).toBeNull();
  });

  it('is the rule of every percentage: the deviation and the share spent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_00 }), fc.integer({ min: 0, max: 10_000_000_00 }), (budget, spent) => {
        const d = deviationOf(sumOf([budget]), sumOf([spent]))!;
        expect(Object.is(d.percent, -0)).toBe(false);
        expect(d.percent).toBe(roundedPercent(budget - spent, budget, 1));
        // The same difference the other way round has the same size.
        expect(roundedPercent(spent - budget, budget, 1)).toBe(d.percent === 0 ? 0 : -d.percent!);
        const share = spentPercent(budget, spent)!;
        expect(Object.is(share, -0)).toBe(false);
      }),
    );
  });

  it('a difference of a few cents over budget reads 0%, not -0%, in every format', async () => {
    const account = buildVerantwoording(2015, [
      planOf([{ status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: 10000, besteed: 10000.03 }] }]).plan,
    ]);
    expect(account.plans[0]!.activities[0]!.deviation!.percent).toBe(0);
    for (const lang of ['nl', 'en'] as const) {
      expect(blocksMarkdown(verantwoordingBlocks(account, lang))).not.toContain('-0%');
      expect(verantwoordingCsv(account, { lang, color: false })).not.toMatch(/[;,]-0[,.]00/);
    }
    expect(JSON.stringify(toVerantwoordingJson(account))).not.toContain('-0,');
    expect(Object.is(toVerantwoordingJson(account).plans[0]!.activities[0]!.differencePercent, -0)).toBe(false);
  });
});

describe('status-spending says unknown where besteed is not filled in', () => {
  const plan = (besteed: (number | null)[]) =>
    planOf([
      { status: 'afgerond', lines: besteed.map((b) => ({ bron: 'wijkaanpak' as const, bedrag: 1000, besteed: b })) },
      { status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: 1000, besteed: 900 }] },
    ]).plan;
  const message = (p: Plan, lang: 'nl' | 'en') => messageOf(checkVerantwoording(p).find((f) => f.code === 'status-spending')!, lang);

  it('nothing filled in is not nothing spent', () => {
    expect(message(plan([null]), 'nl')).toBe(
      'Activiteit 1 is afgerond, maar bij geen van haar regels is besteed ingevuld, dus wat erop besteed is, is niet bekend; vul besteed in, of verbeter de status.',
    );
    expect(message(plan([null]), 'en')).toBe(
      'Activity 1 is afgerond (completed), but none of its lines has besteed filled in, so what was spent on it is not known; fill in besteed, or correct the status.',
    );
    expect(message(plan([0, null]), 'nl')).toContain('bij 1 van haar 2 regels is besteed niet ingevuld (bij de andere € 0)');
  });

  it('zero filled in is nothing spent', () => {
    expect(message(plan([0]), 'nl')).toBe('Activiteit 1 is afgerond, maar er is niets op besteed; vul besteed in, of verbeter de status.');
  });
});

describe('the workbook of the account: every total a formula', () => {
  it('writes the rows per source and per kind as formulas over the budget lines', async () => {
    const { plan } = planOf([
      {
        status: 'afgerond',
        lines: [
          { bron: 'wijkaanpak', bedrag: 5000, besteed: 4000 },
          { bron: 'gemeente', bedrag: null, besteed: 100 },
        ],
      },
      { status: 'afgerond', lines: [{ bron: 'wijkaanpak', bedrag: 2000, besteed: 2500 }] },
    ]);
    const account = buildVerantwoording(2015, [plan]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await verantwoordingXlsx(account, { lang: 'nl', color: false })).buffer as ArrayBuffer);
    const summary = wb.getWorksheet('Overzicht') ?? wb.worksheets[0]!;
    const rowOf = (label: string) => {
      let found = 0;
      summary.eachRow((row, n) => {
        if (found === 0 && row.getCell(1).value === label) found = n;
      });
      expect(found, label).toBeGreaterThan(0);
      return summary.getRow(found);
    };
    const formula = (c: ExcelJS.Cell) => (c.value as ExcelJS.CellFormulaValue | null)?.formula;
    // The source rows: B budget in D, spent in E, each a formula over the plan sheet's lines.
    const wijk = rowOf('wijkaanpak');
    expect(formula(wijk.getCell(4))).toMatch(
      /^SUMPRODUCT\(--EXACT\('2015 Voorbeeld'!\$D\$\d+:\$D\$\d+,\$A\d+\),'2015 Voorbeeld'!\$F\$\d+:\$F\$\d+\)$/,
    );
    expect(formula(wijk.getCell(5))).toMatch(/'2015 Voorbeeld'!\$G\$/);
    // A source whose every amount is unknown stays an empty cell with its note; its spending is a formula.
    const gemeente = rowOf('gemeente');
    expect(gemeente.getCell(4).value).toBeNull();
    expect(gemeente.getCell(4).note).toBeTruthy();
    expect(formula(gemeente.getCell(5))).toMatch(/^SUMPRODUCT/);
    // The kind rows: formulas over the source rows.
    const eigen = rowOf(labels.nl.soort.eigen);
    expect(formula(eigen.getCell(2))).toMatch(/^SUMPRODUCT\(--EXACT\(\$C\$\d+:\$C\$\d+,\$A\d+\),D\$\d+:D\$\d+\)$/);
    expect(formula(eigen.getCell(3))).toMatch(/^SUMPRODUCT\(--EXACT\(\$C\$\d+:\$C\$\d+,\$A\d+\),E\$\d+:E\$\d+\)$/);
    // The lines the formulas add up are on the plan's sheet, an unknown amount an empty cell with a note.
    const sheet = wb.getWorksheet('2015 Voorbeeld')!;
    const values: unknown[][] = [];
    sheet.eachRow((row) => {
      if (row.getCell(4).value === 'wijkaanpak' || row.getCell(4).value === 'gemeente')
        values.push([row.getCell(2).value, row.getCell(4).value, row.getCell(6).value, row.getCell(7).value]);
    });
    expect(values).toEqual([
      [1, 'wijkaanpak', 5000, 4000],
      [1, 'gemeente', null, 100],
      [2, 'wijkaanpak', 2000, 2500],
    ]);
  });
});

describe('the workbook of the years: every unknown visible', () => {
  it('notes a year whose budget or spending is known in part', async () => {
    const { plan } = planOf([
      {
        status: 'afgerond',
        lines: [
          { bron: 'wijkaanpak', bedrag: 5000, besteed: 4000 },
          { bron: 'gemeente', bedrag: null, besteed: null },
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await verantwoordingYearsXlsx(buildVerantwoordingYears([plan], 2015, 2015), { lang: 'nl', color: false })).buffer as ArrayBuffer,
    );
    const ws = wb.worksheets[0]!;
    expect([ws.getCell('C2').value, ws.getCell('D2').value]).toEqual([5000, 4000]);
    expect(ws.getCell('C2').note).toBe(xlsxWords.nl.someUnknown(1));
    expect(ws.getCell('D2').note).toBe(xlsxWords.nl.unknownSpent);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: every reason the account can give, on any plan, agrees with the figures beside it,
// and so do the checks overspent, unexplained-deviation and status-spending.

const amount = fc.option(fc.oneof(fc.constantFrom(0, 1000, 1500, 5000, 10000), fc.integer({ min: 0, max: 30000 })), { nil: null, freq: 5 });
const lineArb: fc.Arbitrary<LineSpec> = fc.record(
  {
    bron: fc.constantFrom('wijkaanpak' as const, 'gemeente' as const),
    bedrag: amount,
    besteed: amount,
    toelichting: fc.constantFrom('Regeltekst.'),
  },
  { requiredKeys: ['bron', 'bedrag', 'besteed'] },
);
const activityArb: fc.Arbitrary<ActivitySpec> = fc.record(
  {
    status: fc.constantFrom('gepland' as const, 'lopend' as const, 'afgerond' as const, 'vervallen' as const),
    toelichting: fc.constantFrom('Activiteittekst.'),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['lines'] },
);

const t = DEFAULT_DEVIATION;
const beyond = (bedrag: number, besteed: number) => deviationOf(sumOf([bedrag * 100]), sumOf([besteed * 100]), t)?.beyond === true;

function checkReasons(a: VerantwoordingActivity, spec: ActivitySpec, fields: Map<string, string>): void {
  const w = verantwoordingWords.nl;
  const texts = [spec.toelichting, ...spec.lines.map((l) => l.toelichting)].filter((x) => x !== undefined);
  const known = spec.lines.filter((l) => l.bedrag !== null && l.besteed !== null) as {
    bedrag: number;
    besteed: number;
    toelichting?: string;
  }[];
  const cancelledUnder = (bedrag: number, besteed: number) => spec.status === 'vervallen' && bedrag > besteed;
  for (const r of a.reasons) {
    switch (r) {
      case 'budget-unknown':
        expect(spec.lines.some((l) => l.bedrag === null)).toBe(true);
        expect(a.budget.unknownLines).toBeGreaterThan(0);
        break;
      case 'spending-unknown':
        expect(spec.lines.some((l) => l.besteed === null)).toBe(true);
        expect(a.spent.unknownLines).toBeGreaterThan(0);
        break;
      case 'unexplained-deviation': {
        // Something deviates and no text explains it; where the total printed beside is within the
        // threshold (or unknown), the deviating lines are listed with their figures.
        expect(a.deviation?.beyond === true || a.deviatingLines.some((l) => !l.explained)).toBe(true);
        expect(spec.toelichting).toBeUndefined();
        for (const l of a.deviatingLines.filter((x) => !x.explained)) {
          expect(spec.lines[l.index]!.toelichting).toBeUndefined();
          expect(fields.get(w.head.redenen)).toContain(w.line(l.index, l.bron));
          expect(fields.get(w.head.afwijkendeRegels)).toContain(
            `${w.line(l.index, l.bron)}: begroot ${formatMoney(l.bedrag, 'nl')}, besteed ${formatMoney(l.besteed, 'nl')}, verschil ${formatMoneyChange(l.deviation.difference, 'nl')}`,
          );
        }
        if (a.deviation?.beyond !== true) expect(a.deviatingLines.some((l) => !l.explained)).toBe(true);
        break;
      }
      case 'explained-deviation':
        // Something deviates, every deviation is explained, and the explanation is shown.
        expect(a.deviation?.beyond === true || a.deviatingLines.length > 0).toBe(true);
        expect(a.deviatingLines.every((l) => l.explained)).toBe(true);
        expect(texts.length).toBeGreaterThan(0);
        expect(fields.get(w.head.toelichting)).not.toBe(w.noExplanation);
        for (const text of texts) expect(fields.get(w.head.toelichting)).toContain(text);
        break;
      case 'vervallen':
      case 'gepland':
      case 'lopend':
        expect(spec.status).toBe(r);
        break;
      case 'no-status':
        expect(spec.status).toBeUndefined();
        break;
      default:
        // Reasons of indicators and statuses, which these plans do not give.
        throw new Error(`unexpected reason ${r}`);
    }
  }
  // No deviation reason: nothing deviates, or only what a cancelled status explains.
  if (!a.reasons.includes('unexplained-deviation') && !a.reasons.includes('explained-deviation')) {
    for (const l of known) if (beyond(l.bedrag, l.besteed)) expect(cancelledUnder(l.bedrag, l.besteed)).toBe(true);
    if (a.deviation?.beyond) expect(spec.status === 'vervallen' && a.deviation.difference > 0).toBe(true);
  }
  // Every line beyond the threshold is listed, with its figures, and only those.
  expect(a.deviatingLines.map((l) => l.index)).toEqual(
    spec.lines.flatMap((l, i) => (l.bedrag !== null && l.besteed !== null && beyond(l.bedrag, l.besteed) ? [i] : [])),
  );
  // Green: nothing to say, and the figures beside it are known and within the threshold.
  if (a.light === 'groen') {
    expect(a.reasons).toEqual([]);
    expect(a.deviation).not.toBeNull();
    expect(a.deviation!.beyond && !(spec.status === 'vervallen' && a.deviation!.difference > 0)).toBe(false);
  }
  // The explanation shown is every text the plan gives, or "no explanation" only when it gives none.
  expect(fields.get(w.head.toelichting) === w.noExplanation).toBe(texts.length === 0);
  expect(explanationText(a, w) === null).toBe(texts.length === 0);
}

describe('the property: nothing printed beside a figure contradicts it', () => {
  it('every reason of the account, on any plan', () => {
    fc.assert(
      fc.property(fc.array(activityArb, { minLength: 1, maxLength: 4 }), (spec) => {
        const { plan } = planOf(spec);
        const account = buildVerantwoording(2015, [plan]);
        const blocks = verantwoordingBlocks(account, 'nl');
        for (const [i, a] of account.plans[0]!.activities.entries()) checkReasons(a, spec[i]!, activityFields(blocks, a.nr, a.titel));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the checks overspent, unexplained-deviation and status-spending, and the account agrees with them', () => {
    fc.assert(
      fc.property(fc.array(activityArb, { minLength: 1, maxLength: 4 }), (spec) => {
        const { plan, diagnostics } = planOf(spec);
        const account = buildVerantwoording(2015, [plan]);
        const activities = activitiesOf(plan).map((x) => x.activity);
        const recordsSpending = spec.some((a) => a.lines.some((l) => l.besteed !== null));
        for (const d of diagnostics) {
          const index = Number(/^\/onderdelen\/0\/activiteiten\/(\d+)/.exec(d.pointer)?.[1]);
          const a = spec[index]!;
          const lineIndex = /\/dekking\/(\d+)/.exec(d.pointer)?.[1];
          const line = lineIndex === undefined ? undefined : a.lines[Number(lineIndex)];
          if (d.code === 'overspent') {
            expect(line!.bedrag).not.toBeNull();
            expect(line!.besteed!).toBeGreaterThan(line!.bedrag!);
            expect(line!.toelichting ?? a.toelichting).toBeUndefined();
          } else if (d.code === 'unexplained-deviation') {
            const args = d.args as { bedrag: number; besteed: number; difference: number };
            expect(args.difference).toBe(args.bedrag - args.besteed);
            expect(a.toelichting).toBeUndefined();
            if (line !== undefined) {
              expect([args.bedrag, args.besteed]).toEqual([Math.round(line.bedrag! * 100), Math.round(line.besteed! * 100)]);
              expect(line.toelichting).toBeUndefined();
              expect(beyond(line.bedrag!, line.besteed!)).toBe(true);
            } else expect(deviationOf(sumOf([args.bedrag]), sumOf([args.besteed]), t)!.beyond).toBe(true);
            expect(account.plans[0]!.activities[index]!.reasons).toContain('unexplained-deviation');
          } else if (d.code === 'status-spending') {
            const args = d.args as { status: string; unfilled?: number; besteed?: number };
            if (args.status === 'afgerond') {
              expect(recordsSpending).toBe(true);
              expect(a.lines.some((l) => l.besteed !== null && l.besteed > 0)).toBe(false);
              const unfilled = a.lines.filter((l) => l.besteed === null).length;
              expect(args.unfilled).toBe(unfilled);
              // "Nothing was spent" only where every line says 0; otherwise "not known".
              const message = messageOf(d, 'nl');
              expect(message.includes('niets op besteed')).toBe(unfilled === 0);
              expect(message.includes('niet bekend')).toBe(unfilled > 0);
            } else {
              expect(a.toelichting).toBeUndefined();
              expect(args.besteed).toBe(account.plans[0]!.activities[index]!.spent.known);
              expect(args.besteed).toBeGreaterThan(0);
            }
          }
        }
        // The account's red for an unexplained deviation is the check's finding, and the other way round.
        activities.forEach((act, i) => {
          const found = diagnostics.some((d) => d.code === 'unexplained-deviation' && d.pointer.startsWith(act.pointer + '/'));
          expect(account.plans[0]!.activities[i]!.reasons.includes('unexplained-deviation')).toBe(found);
          expect(judgeDeviation(act).judgement === 'unexplained').toBe(found);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('the tables per source and per kind add up to their own total', () => {
  // A plan with a funding table (financiering) takes its figures per source from it; the division
  // over the activities may be smaller or partly unknown. The total row of the kinds must be the
  // kinds added up, not the division's total (a real document: Wesselerbrink's wijkbudget 2016).
  const realDir = new URL('../fixtures/real/', import.meta.url);
  const plansOf = (dir: string): Plan[] =>
    readdirSync(new URL(`${dir}/plans/`, realDir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => parsePlan(readFileSync(new URL(`${dir}/plans/${f}`, realDir)), `plans/${f}`).plan)
      .filter((p): p is Plan => p !== null);

  for (const dir of readdirSync(realDir)) {
    it(dir, () => {
      const plans = plansOf(dir);
      const years = [...new Set(plans.map((p) => p.jaar))];
      for (const year of years) {
        const account = buildVerantwoording(
          year,
          plans.filter((p) => p.jaar === year),
        );
        const table = verantwoordingBlocks(account, 'nl').find(
          (b): b is Extract<VerantwoordingBlock, { kind: 'table' }> =>
            b.kind === 'table' && b.spec.title === verantwoordingWords.nl.perSoort,
        )!;
        const known = (s: { known: number }) => s.known;
        const budgets = account.soorten.reduce((n, s) => n + known(s.budget), 0);
        const spent = account.soorten.reduce((n, s) => n + known(s.spent), 0);
        const total = table.spec.rows.at(-1)!;
        expect(total[0]).toBe(verantwoordingWords.nl.total);
        expect(account.soortenTotal.budget.known).toBe(budgets);
        expect(account.soortenTotal.spent.known).toBe(spent);
        const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
        const { lines, unknownLines } = account.soortenTotal.budget;
        if (lines > 0 && unknownLines === 0) expect(text(total[1])).toBe(formatMoney(budgets, 'nl'));
      }
    });
  }

  it('Wesselerbrink 2016: the kinds total € 160.000 budgeted and € 135.000 spent, as its funding says', () => {
    const account = buildVerantwoording(2016, plansOf('06-wesselerbrink-wijkbudget-2016'));
    const table = verantwoordingBlocks(account, 'nl').find(
      (b): b is Extract<VerantwoordingBlock, { kind: 'table' }> => b.kind === 'table' && b.spec.title === verantwoordingWords.nl.perSoort,
    )!;
    const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
    expect(table.spec.rows.at(-1)!.slice(0, 3).map(text)).toEqual(['Totaal', '€ 160.000', '€ 135.000']);
  });
});

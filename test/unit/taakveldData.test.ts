// The shipped taakvelden per budget year: made from the committed lists in data/taakvelden/ by
// scripts/buildTaakvelden.mjs, and checked here over the whole of it, year by year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codePattern, outputFile, readTaakveldData, sha256, taakveldModule } from '../../scripts/buildTaakvelden.mjs';
import {
  iv3CheckedThrough,
  iv3Codes,
  iv3Newest,
  iv3Successions,
  iv3Versions,
  taakveldCodesOf,
  taakveldName,
  taakveldYears,
} from '../../src/core/iv3Taakvelden.js';
import { messageOf } from '../../src/i18n/messages.js';
import { parsePlan } from '../../src/load/parsePlan.js';
import { root } from '../helpers/paths.js';

/** A plan of a year with one activity per code, each with one line. */
function planWith(jaar: number, codes: readonly string[]) {
  const activities = codes
    .map(
      (code, i) =>
        `      - nr: ${i + 1}\n        titel: A${i + 1}\n        actiehouders: [C]\n        taakveld: "${code}"\n` +
        `        dekking: [{ bron: wijkaanpak, bedrag: 100 }]\n`,
    )
    .join('');
  const text = `jaar: ${jaar}\ntitel: Plan\ngemeente: Voorbeeld\nbronnen:\n  wijkaanpak: { naam: Wijkaanpak, soort: eigen }\nonderdelen:\n  - titel: A\n    activiteiten:\n${activities}`;
  const result = parsePlan(new TextEncoder().encode(text), `plans/${jaar}.yaml`);
  return result.diagnostics;
}

/** Every budget year a version of the list covers, up to the year the newest was checked for. */
const yearsOf = (v: (typeof iv3Versions)[number]) => {
  const years: number[] = [];
  for (let y = v.firstYear; y <= (v.lastYear ?? iv3CheckedThrough); y++) years.push(y);
  return years;
};

describe('the shipped data is its recorded source', () => {
  it('is exactly what the script makes of the committed lists', () => {
    expect(readFileSync(outputFile, 'utf8')).toBe(taakveldModule(readTaakveldData()));
  });

  it('has for each list the checksum recorded with it, and says how it was made', () => {
    const bronnen = JSON.parse(readFileSync(root + 'data/taakvelden/bronnen.json', 'utf8')) as {
      versions: { file: string; sha256: string; method: string; source: string | null; sourceSha256: string | null; publication: string }[];
      successors: { file: string; sha256: string };
    };
    for (const v of bronnen.versions) {
      expect(sha256(readFileSync(root + 'data/taakvelden/' + v.file)), v.file).toBe(v.sha256);
      expect(v.publication).toMatch(/Regeling vaststelling taakvelden|Iv3 informatievoorschrift/);
      // A list extracted from a file names that file and its checksum; a transcribed one says so.
      if (v.method === 'extracted') {
        expect(v.source).toMatch(/^https:\/\//);
        expect(v.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      } else {
        expect(v.method).toBe('transcribed');
      }
    }
    expect(sha256(readFileSync(root + 'data/taakvelden/' + bronnen.successors.file))).toBe(bronnen.successors.sha256);
  });

  it('refuses a list whose checksum is not the recorded one', () => {
    const copy = new URL('../../test/fixtures/taakvelden/edited/', import.meta.url);
    expect(() => readTaakveldData(copy)).toThrow(/2017\.csv: checksum/);
  });

  it('keeps the 2017 list as recorded from the Regeling of 2016, Bijlage 1', () => {
    const v2017 = iv3Versions[0]!;
    expect(v2017.source.publication).toMatch(
      /Regeling vaststelling taakvelden en verstrekking informatie voor derden.*Bijlage 1.*artikel 66 BBV/,
    );
    // The publication's 53 taakvelden in nine main groups, as recorded.
    const codes = Object.keys(v2017.taakvelden);
    expect(codes).toHaveLength(53);
    const perGroup = Object.fromEntries(
      ['0', '1', '2', '3', '4', '5', '6', '7', '8'].map((h) => [h, codes.filter((c) => c.startsWith(h + '.')).length]),
    );
    expect(perGroup).toEqual({ '0': 14, '1': 2, '2': 5, '3': 4, '4': 3, '5': 7, '6': 10, '7': 5, '8': 3 });
    expect(v2017.taakvelden['6.2']).toBe('Wijkteams');
    expect(v2017.taakvelden['6.4']).toBe('Begeleide participatie');
    expect(v2017.taakvelden['6.71']).toBe('Maatwerkdienstverlening 18+');
  });
});

describe('the lists per budget year', () => {
  it('run from 2017 without a gap, the newest open-ended', () => {
    expect(iv3Versions.map((v) => [v.firstYear, v.lastYear])).toEqual([
      [2017, 2022],
      [2023, 2024],
      [2025, null],
    ]);
    expect(iv3CheckedThrough).toBeGreaterThanOrEqual(iv3Newest.firstYear);
  });

  it('have codes of the real shapes only, the shapes the schema and the open data admit', () => {
    const schema = JSON.parse(readFileSync(root + 'schemas/jaarplan.schema.json', 'utf8'));
    const schemaPattern = new RegExp(schema.definitions.activiteit.properties.taakveld.pattern);
    expect(schemaPattern.source).toBe(codePattern.source);
    for (const code of iv3Codes) expect(code).toMatch(codePattern);
    for (const wrong of ['6', '6.', '6.7111', '6.71ab', '6.71A', '10.1']) expect(wrong).not.toMatch(schemaPattern);
    expect(iv3Codes).toEqual(expect.arrayContaining(['0.10', '6.71a', '6.711', '6.60']));
  });

  it('change in 2023 and 2025 as the Iv3 informatievoorschrift says', () => {
    const on = (year: number) => new Set(taakveldCodesOf(year));
    for (const gone of ['6.71', '6.72', '6.81', '6.82']) expect(on(2023).has(gone), gone).toBe(false);
    for (const code of ['6.71a', '6.71d', '6.72d', '6.73c', '6.74c', '6.81b', '6.82b']) expect(on(2023).has(code), code).toBe(true);
    expect(taakveldName('6.2', 2023)).toBe('Toegang en eerstelijnsvoorzieningen');
    expect(taakveldName('6.4', 2023)).toBe('WSW en beschut werk');
    for (const gone of ['6.2', '6.6', '6.71', '6.72', '6.81', '6.82']) expect(on(2025).has(gone), gone).toBe(false);
    for (const code of [
      '6.21',
      '6.22',
      '6.23',
      '6.60',
      '6.711',
      '6.714',
      '6.751',
      '6.763',
      '6.791',
      '6.792',
      '6.811',
      '6.822',
      '6.91',
      '6.92',
    ])
      expect(on(2025).has(code), code).toBe(true);
    expect(taakveldName('6.60', 2025)).toBe('Hulpmiddelen en diensten (Wmo)');
    expect(taakveldName('8.1', 2025)).toBe('Ruimte en leefomgeving');
    expect(taakveldName('8.1', 2018)).toBe('Ruimtelijke ordening');
    for (const year of [2017, 2023, 2025])
      for (const code of ['0.63', '0.9', '0.10', '0.11']) expect(on(year).has(code), `${code} ${year}`).toBe(true);
  });

  it('name successors for every code that leaves, each on the list of its year', () => {
    for (let i = 1; i < iv3Versions.length; i++) {
      const now = iv3Versions[i]!;
      for (const code of Object.keys(iv3Versions[i - 1]!.taakvelden)) {
        if (Object.hasOwn(now.taakvelden, code)) continue;
        const s = iv3Successions.find((x) => x.code === code && x.year === now.firstYear);
        expect(s, `${code} in ${now.firstYear}`).toBeDefined();
        for (const c of s!.codes) expect(Object.hasOwn(now.taakvelden, c), c).toBe(true);
        expect(s!.reason).not.toBe('');
      }
    }
  });
});

describe('every code checked in a plan of each year', () => {
  it('passes in every year its version covers', () => {
    for (const v of iv3Versions) {
      for (const year of yearsOf(v)) {
        const found = planWith(year, Object.keys(v.taakvelden));
        expect(
          found.map((d) => d.code),
          `${v.version} in ${year}`,
        ).toEqual([]);
      }
    }
  });

  it('a code unchanged since 2017 passes in every year', () => {
    const unchanged = iv3Codes.filter((c) => {
      const spans = taakveldYears(c);
      return spans.length === 1 && spans[0]!.from === 2017 && spans[0]!.to === null;
    });
    expect(unchanged).toEqual(expect.arrayContaining(['0.1', '0.63', '0.10', '0.11', '5.7', '6.1', '6.3', '6.4', '6.5', '8.3']));
    for (let year = 2017; year <= iv3CheckedThrough; year++) expect(planWith(year, unchanged), String(year)).toEqual([]);
  });

  it('a code retired before the plan year is an error naming its successors', () => {
    let checked = 0;
    for (const v of iv3Versions) {
      for (const year of yearsOf(v)) {
        const retired = iv3Codes.filter((c) => !Object.hasOwn(v.taakvelden, c) && taakveldYears(c)[0]!.from < year);
        if (retired.length === 0) continue;
        checked += retired.length;
        const found = planWith(year, retired);
        expect(
          found.map((d) => [d.code, d.severity]),
          `${year}`,
        ).toEqual(retired.map(() => ['taakveld-not-in-year', 'error']));
        found.forEach((d, i) => {
          const text = messageOf(d, 'nl');
          expect(text, retired[i]).toMatch(/sinds \d{4} /);
          // Each successor it names is on the list of the plan's year.
          for (const named of text.split('sinds ')[1]!.match(/\d\.\d+[a-z]?/g)!) expect(taakveldCodesOf(year)).toContain(named);
        });
      }
    }
    // 4 codes in 2023 and in 2024; 6 codes of 2017 and 18 of 2023 in 2025 and in 2026.
    expect(checked).toBe(2 * 4 + 2 * (6 + 18));
    const [d] = planWith(2025, ['6.2']);
    expect(messageOf(d!, 'nl')).toContain('het gold in 2017–2024, sinds 2025 6.21, 6.22 of 6.23.');
    expect(messageOf(d!, 'en')).toContain('it was valid in 2017–2024, since 2025 6.21, 6.22 or 6.23.');
    const [d71] = planWith(2025, ['6.71']);
    expect(messageOf(d71!, 'nl')).toContain('het gold in 2017–2022, sinds 2025 6.711, 6.712, 6.713 of 6.714.');
    const [d71in2023] = planWith(2023, ['6.71']);
    expect(messageOf(d71in2023!, 'nl')).toContain('sinds 2023 6.71a, 6.71b, 6.71c of 6.71d.');
  });

  it('a code introduced after the plan year is an error naming the year it starts', () => {
    let checked = 0;
    for (const v of iv3Versions) {
      for (const year of yearsOf(v)) {
        const later = iv3Codes.filter((c) => !Object.hasOwn(v.taakvelden, c) && taakveldYears(c)[0]!.from > year);
        if (later.length === 0) continue;
        checked += later.length;
        const found = planWith(year, later);
        expect(
          found.map((d) => d.code),
          `${year}`,
        ).toEqual(later.map(() => 'taakveld-not-in-year'));
        for (const [i, d] of found.entries())
          expect(messageOf(d, 'nl'), later[i]).toContain(`het geldt pas vanaf ${taakveldYears(later[i]!)[0]!.from}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    const [d] = planWith(2023, ['6.21']);
    expect(messageOf(d!, 'nl')).toContain('het geldt pas vanaf 2025; in 2023 is dat 6.2.');
    expect(messageOf(d!, 'en')).toContain('it starts in 2025; in 2023 that is 6.2.');
  });

  it('a plan year after the newest list gets the out-of-date warning and no error', () => {
    const year = iv3CheckedThrough + 1;
    const codes = Object.keys(iv3Newest.taakvelden);
    const found = planWith(year, codes);
    expect(found.map((d) => [d.code, d.severity])).toEqual(codes.map(() => ['taakveld-list-out-of-date', 'warning']));
    expect(messageOf(found[0]!, 'nl')).toContain(
      `lijst van taakvelden van ${iv3Newest.version}, bekend tot en met de begrotingen van ${iv3CheckedThrough}`,
    );
    // A code a newer list may have is not refused either.
    const [unknown] = planWith(year, ['6.93']);
    expect([unknown!.code, unknown!.severity]).toEqual(['taakveld-list-out-of-date', 'warning']);
    expect(planWith(iv3CheckedThrough, codes)).toEqual([]);
  });
});

// Makes src/core/iv3TaakveldenData.ts, the taakvelden of the BBV per budget year, from the lists in
// data/taakvelden/: one list per version (code;naam), the successors of the codes that leave the
// list (opvolgers.csv), and where each list comes from (bronnen.json). The lists are checked on the
// way: the shape of each code, no code twice, each list's recorded checksum, and that every code
// that leaves the list names successors on the next one. test/unit/taakveldData.test.ts checks that the
// shipped module is this script's output.
//
//   node scripts/buildTaakvelden.mjs           writes the module
//   node scripts/buildTaakvelden.mjs --check   exits 1 when the module differs from the lists
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder with the lists and their provenance. */
export const dataDir = new URL('../data/taakvelden/', import.meta.url);

/** The module the script writes. */
export const outputFile = new URL('../src/core/iv3TaakveldenData.ts', import.meta.url);

/** The shapes a taakveld code has had: 6.1, 0.10, 6.71a, 6.711. */
export const codePattern = /^[0-9]\.[0-9]{1,3}[a-z]?$/;

/** The SHA-256 of bytes, as hex. */
export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The rows of a semicolon-separated list with a header, as objects keyed by the header. */
function readRows(text, name) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const head = lines[0].split(';');
  return lines.slice(1).map((line, i) => {
    const cells = line.split(';');
    if (cells.length !== head.length) throw new Error(`${name}:${i + 2}: ${cells.length} cells, expected ${head.length}`);
    return Object.fromEntries(head.map((h, j) => [h, cells[j].trim()]));
  });
}

/**
 * The data the module is made of, read and checked from a folder: the versions in order, each with
 * its years, provenance and taakvelden, and the successors per year.
 */
export function readTaakveldData(dir = dataDir) {
  const bronnen = JSON.parse(readFileSync(new URL('bronnen.json', dir), 'utf8'));
  const versions = bronnen.versions.map((v, i, all) => {
    const bytes = readFileSync(new URL(v.file, dir));
    if (sha256(bytes) !== v.sha256) throw new Error(`${v.file}: checksum ${sha256(bytes)} is not the recorded ${v.sha256}`);
    const taakvelden = readRows(bytes.toString('utf8'), v.file).map((r) => [r.code, r.naam]);
    const seen = new Set();
    for (const [code, naam] of taakvelden) {
      if (!codePattern.test(code)) throw new Error(`${v.file}: "${code}" is not a taakveld code`);
      if (seen.has(code)) throw new Error(`${v.file}: ${code} twice`);
      if (naam === '') throw new Error(`${v.file}: ${code} has no name`);
      seen.add(code);
    }
    const next = all[i + 1];
    return {
      version: v.version,
      firstYear: v.firstYear,
      lastYear: next === undefined ? null : next.firstYear - 1,
      source: {
        publication: v.publication,
        method: v.method,
        source: v.source,
        sourceSha256: v.sourceSha256,
        sha256: v.sha256,
        recorded: v.recorded,
        note: v.note,
      },
      taakvelden: Object.fromEntries(taakvelden),
    };
  });
  const successorBytes = readFileSync(new URL(bronnen.successors.file, dir));
  if (sha256(successorBytes) !== bronnen.successors.sha256) throw new Error(`${bronnen.successors.file}: checksum is not the recorded one`);
  const successors = readRows(successorBytes.toString('utf8'), bronnen.successors.file).map((r) => ({
    year: Number(r.jaar),
    code: r.code,
    codes: r.opvolgers.split(' ').filter((c) => c !== ''),
    reason: r.reden,
  }));
  // Every code that leaves the list names its successors, and they are on the list of that year.
  for (let i = 1; i < versions.length; i++) {
    const before = new Set(Object.keys(versions[i - 1].taakvelden));
    const now = new Set(Object.keys(versions[i].taakvelden));
    for (const code of before) {
      if (now.has(code)) continue;
      const s = successors.find((x) => x.code === code && x.year === versions[i].firstYear);
      if (s === undefined) throw new Error(`${code} leaves the list in ${versions[i].firstYear} without successors in opvolgers.csv`);
      for (const c of s.codes) if (!now.has(c)) throw new Error(`successor ${c} of ${code} is not on the list of ${versions[i].firstYear}`);
    }
  }
  for (const s of successors) {
    const v = versions.find((x) => x.firstYear === s.year);
    if (v === undefined) throw new Error(`opvolgers.csv: no version starts in ${s.year}`);
    if (Object.hasOwn(v.taakvelden, s.code)) throw new Error(`opvolgers.csv: ${s.code} is still on the list of ${s.year}`);
  }
  return { checkedThrough: bronnen.checkedThrough, checkedThroughBasis: bronnen.checkedThroughBasis, versions, successors };
}

/** The module's text for the data. */
export function taakveldModule(data) {
  const json = (value) => JSON.stringify(value, null, 2);
  return (
    '// Made by scripts/buildTaakvelden.mjs from data/taakvelden/; do not edit. See docs/plan-format.md#taakveld-iv3.\n' +
    '// Typed and read through iv3Taakvelden.ts.\n\n' +
    '/** The last budget year the newest list was checked for. */\n' +
    `export const checkedThrough = ${data.checkedThrough};\n\n` +
    '/** Why the newest list is taken to hold until `checkedThrough`. */\n' +
    `export const checkedThroughBasis = ${json(data.checkedThroughBasis)};\n\n` +
    '/** The versions of the list, oldest first, each with its years, provenance and taakvelden. */\n' +
    'export const versions: readonly {\n' +
    '  version: string;\n' +
    '  firstYear: number;\n' +
    '  lastYear: number | null;\n' +
    '  source: { publication: string; method: string; source: string | null; sourceSha256: string | null; sha256: string; recorded: string; note: string };\n' +
    '  taakvelden: Readonly<Record<string, string>>;\n' +
    `}[] = ${json(data.versions)};\n\n` +
    '/** The codes that left the list, with the year and the codes that took over. */\n' +
    `export const successions: readonly { year: number; code: string; codes: readonly string[]; reason: string }[] = ${json(data.successors)};\n`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = taakveldModule(readTaakveldData());
  if (process.argv.includes('--check')) {
    if (readFileSync(outputFile, 'utf8') !== text) {
      console.error('src/core/iv3TaakveldenData.ts differs from data/taakvelden/; run node scripts/buildTaakvelden.mjs');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(outputFile, text);
  }
}

// A deterministic corpus of plans for the benchmark: the same seed gives the same files, byte for
// byte, on every machine, so figures taken on different days measure the code and not the data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32): Math.random would give a new corpus on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'wijk bewoners leefbaarheid gemeente samenwerking buurthuis jongeren ouderen groen speelplaats ' +
  'veiligheid ondersteuning vrijwilligers initiatief ontmoeting project woningcorporatie welzijn ' +
  'participatie activiteiten budget evaluatie communicatie nieuwsbrief schoonmaak straat plein'
).split(' ');
const WIJKEN = ['Zeebuurt', 'Stadsdennen', 'Frankrijk', 'Drielanden', 'Tweelingstad', 'Stationsomgeving', 'Hierden'];
const GEMEENTEN = ['Harderwijk', 'Ermelo', 'Nunspeet', 'Putten', 'Elburg', 'Zeewolde'];
const THEMAS = ['sociaal', 'fysiek', 'economisch', 'veilig'];
const ROLLEN = ['Wijkmanager', 'Programmamanager Betrokken en Leefbare Stad', 'Coördinator Brede Impuls', 'Opbouwwerker'];

/** The kinds of mistake the corpus contains, each giving a different diagnostic. */
const MISTAKES = ['ambiguous-amount', 'unknown-source', 'misspelt-key', 'duplicate-nr', 'wrong-soort', 'over-budget'];

/**
 * One plan of about 4 KB as YAML text. Every `errorEvery`-th plan has one mistake; a third of the
 * plans are city-wide, the rest are wijk plans. Every plan has an identity of its own (year,
 * municipality, wijk): two plans with one identity are an error, which a corpus must not make by
 * chance. The year is `2010 + i % 10` and the municipality is numbered by `i / 10`, so no two plans
 * share both.
 */
export function planText(i, rand, mistake, findings) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  /** No lines, for a value drawn only so that the draws after it do not depend on whether it was used. */
  const none = () => [];
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const jaar = 2010 + (i % 10);
  // Without `findings` (the clean-heavy corpus), one plan in ten has a co-funding line without an
  // amount and 5,000 unallocated; with it, the plan has exactly the findings it names.
  const unknownAmount = findings ? findings.unknownAmount : i % 10 === 0;
  const unallocated = findings ? findings.unallocated : i % 10 === 0;
  const cityWide = i % 3 === 0;
  const lines = [
    `jaar: ${jaar}`,
    `titel: Jaarplan ${jaar} ${cityWide ? 'stad' : 'wijk'} ${i}`,
    `gemeente: ${pick(GEMEENTEN)} ${Math.floor(i / 10)}`,
    ...(cityWide ? [] : [`wijk: ${pick(WIJKEN)}`]),
    'programma: Betrokken en Leefbare Stad',
    'inleiding: >-',
    `  ${sentence(14)}`,
    `  ${sentence(14)}`,
  ];
  const activities = [];
  let total = 0;
  for (let s = 0; s < 2; s++) {
    const acts = [];
    for (let a = 0; a < 4; a++) {
      const nr = s * 4 + a + 1;
      const bedrag = (1 + Math.floor(rand() * 40)) * 250;
      // A plan with unknown amounts lacks the amount of its first co-funding line (of every one in the clean-heavy corpus).
      const coAmount = nr % 3 === 0 && !(unknownAmount && (findings === undefined || nr === 3));
      total += bedrag + (coAmount ? 1000 : 0);
      // A deviation without explanation: spent 60% more than budgeted, no toelichting.
      const spent = findings?.deviation && nr === 1 ? [`            besteed: ${bedrag + Math.max(2000, Math.round(bedrag * 0.6))}`] : [];
      const owner = !(findings?.noOwner && (nr === 2 || nr === 7));
      acts.push(
        [
          `      - nr: ${mistake === 'duplicate-nr' && nr === 2 ? 1 : nr}`,
          `        titel: ${sentence(3)}`,
          '        omschrijving: >-',
          `          ${sentence(12)}`,
          `          ${sentence(12)}`,
          `        themas: [${pick(THEMAS)}]`,
          ...(owner
            ? [`        ${mistake === 'misspelt-key' && nr === 3 ? 'actiehouder' : 'actiehouders'}:`, `          - ${pick(ROLLEN)}`]
            : none(pick(ROLLEN))),
          '        dekking:',
          `          - bron: ${mistake === 'unknown-source' && nr === 4 ? 'wijkaanpk' : 'wijkaanpak'}`,
          mistake === 'ambiguous-amount' && nr === 5 ? '            bedrag: 10.000' : `            bedrag: ${bedrag}`,
          ...spent,
          // Now and then a co-funding line without an amount, as real plans have.
          ...(nr % 3 === 0
            ? ['          - bron: S+R', ...(coAmount ? ['            bedrag: 1000'] : []), '            toelichting: cofinanciering']
            : []),
        ].join('\n'),
      );
    }
    activities.push([`  - titel: Onderdeel ${s + 1}`, '    activiteiten:', ...acts].join('\n'));
  }
  const declared = mistake === 'over-budget' ? 1000 : total + (unallocated ? 5000 : 0);
  lines.push(
    `totaal_budget: ${declared}`,
    'bronnen:',
    '  wijkaanpak:',
    '    naam: Wijkaanpak',
    `    soort: ${mistake === 'wrong-soort' ? 'eigenn' : 'eigen'}`,
    '  S+R:',
    '    naam: Stad- en Regiocontract',
    '    soort: cofinanciering',
    'onderdelen:',
    ...activities,
  );
  return lines.join('\n') + '\n';
}

/**
 * Writes `count` plans into `dir`. With `errorEvery` > 0, every `errorEvery`-th plan has a mistake;
 * with 0, every plan is valid (totals refuses plans with errors, so its corpus has none).
 */
export function writeCorpus(dir, count, errorEvery, seed = 2013) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const mistake = errorEvery > 0 && i % errorEvery === 0 ? MISTAKES[(i / errorEvery) % MISTAKES.length] : undefined;
    const text = planText(i, rand, mistake);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `plan-${String(i).padStart(5, '0')}-${2010 + (i % 10)}.yaml`), text);
  }
  return { count, bytes };
}

/**
 * The mix of the realistic corpus, as shares of the plans: most have the findings real plans have
 * (the bundled 2013 plan has five warnings, and so had every real plan set tried), a few have an
 * error, a few are clean. Each plan with findings has each kind with the chance given (at least one).
 */
export const REALISTIC_MIX = {
  errors: 0.05,
  clean: 0.1,
  /** The rest: plans with warnings, each kind drawn with this chance. */
  findings: { unknownAmount: 0.6, noOwner: 0.5, unallocated: 0.5, deviation: 0.3 },
};

/**
 * Writes `count` plans as real plan sets are: see `REALISTIC_MIX`. With `errors: false` the plans
 * that would have an error are written without it (with their warnings), for the commands that
 * refuse a set with errors (totals, report, verantwoording, export). Returns the counts of each kind.
 */
export function writeRealisticCorpus(dir, count, { errors = true, seed = 2013 } = {}) {
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  // A generator of its own for the mix, so the text of each plan is drawn as in the other corpus.
  const draw = random(seed ^ 0x5eed);
  const counts = { errors: 0, clean: 0, findings: 0, unknownAmount: 0, noOwner: 0, unallocated: 0, deviation: 0 };
  let bytes = 0;
  for (let i = 1; i <= count; i++) {
    const kind = draw();
    const withError = kind < REALISTIC_MIX.errors;
    const clean = !withError && kind < REALISTIC_MIX.errors + REALISTIC_MIX.clean;
    const findings = { unknownAmount: false, noOwner: false, unallocated: false, deviation: false };
    if (!clean) {
      for (const k of Object.keys(findings)) findings[k] = draw() < REALISTIC_MIX.findings[k];
      if (!Object.values(findings).some(Boolean)) findings.unknownAmount = true;
    }
    const mistake = withError && errors ? MISTAKES[i % MISTAKES.length] : undefined;
    if (mistake) counts.errors++;
    else if (clean) counts.clean++;
    else counts.findings++;
    if (!clean) for (const k of Object.keys(findings)) if (findings[k]) counts[k]++;
    const text = planText(i, rand, mistake, findings);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `plan-${String(i).padStart(5, '0')}-${2010 + (i % 10)}.yaml`), text);
  }
  return { count, bytes, counts };
}

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeTotals } from '../../src/core/computeTotals.js';
import { wijkSlug } from '../../src/load/initPlan.js';
import { loadPlan } from '../../src/node/loadPlan.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

let dir: string;

/** A folder like a plan repository: its own copy of the schema and of the 2013 plan. */
function planRepository(): string {
  const d = mkdtempSync(join(tmpdir(), 'jaarplan-init-'));
  mkdirSync(join(d, 'schemas'));
  mkdirSync(join(d, 'plans'));
  copyFileSync(root + 'schemas/jaarplan.schema.json', join(d, 'schemas/jaarplan.schema.json'));
  copyFileSync(root + 'plans/2013.yaml', join(d, 'plans/2013.yaml'));
  return d;
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const codes = async (path: string) => (await loadPlan(path, { cwd: dir })).diagnostics.map((d) => `${d.severity}:${d.code}`);

beforeEach(() => {
  dir = planRepository();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('jaarplan init from scratch', () => {
  it.each(['nl', 'en'] as const)('writes a commented skeleton that validates (%s)', async (lang) => {
    const r = await runCli(['init', '--year', '2014', '--lang', lang], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('plans/2014.yaml');
    const text = read('plans/2014.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/jaarplan.schema.json');
    await expect(text).toMatchFileSnapshot(`../golden/init-skeleton-${lang}.yaml`);
    // Only what is still to be filled in: the five placeholders and the amount of the one budget line.
    expect((await codes('plans/2014.yaml')).sort()).toEqual([...Array(5).fill('warning:placeholder'), 'warning:unknown-amount']);
    expect(r.stdout).toContain('(0 ' + (lang === 'nl' ? 'fouten, 6 waarschuwingen' : 'errors, 6 warnings') + ')');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['2013.yaml', '2014.yaml']);
  });

  it('names a neighbourhood plan after the wijk and puts the wijk in it', async () => {
    const r = await runCli(['init', '--year', '2014', '--wijk', 'Stadsdennen-Noord en Óost'], dir);
    expect(r.code).toBe(0);
    const plan = (await loadPlan('plans/2014-stadsdennen-noord-en-oost.yaml', { cwd: dir })).plan;
    expect(plan?.wijk).toBe('Stadsdennen-Noord en Óost');
    expect(plan?.jaar).toBe(2014);
  });

  it('creates the plans folder and points at the installed package schema when there is no own copy', async () => {
    rmSync(join(dir, 'schemas'), { recursive: true });
    rmSync(join(dir, 'plans'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/jaarplan/schemas'), { recursive: true });
    copyFileSync(root + 'schemas/jaarplan.schema.json', join(dir, 'node_modules/jaarplan/schemas/jaarplan.schema.json'));
    expect((await runCli(['init', '--year', '2015'], dir)).code).toBe(0);
    expect(read('plans/2015.yaml').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/jaarplan/schemas/jaarplan.schema.json',
    );
  });

  it('writes no modeline when the repository has no copy of the schema, never a path out of it', async () => {
    // The repository is a folder inside another that has the package installed (a global or
    // another checkout's): a path up there would work on this machine only.
    const repository = join(dir, 'gemeente');
    mkdirSync(join(repository, '.git'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/jaarplan/schemas'), { recursive: true });
    copyFileSync(root + 'schemas/jaarplan.schema.json', join(dir, 'node_modules/jaarplan/schemas/jaarplan.schema.json'));
    for (const args of [
      ['--out', 'concept.yaml'],
      ['--from', '../plans/2013.yaml'],
    ]) {
      rmSync(join(repository, 'plans'), { recursive: true, force: true });
      rmSync(join(repository, 'concept.yaml'), { force: true });
      const r = await runCli(['init', '--year', '2014', ...args], repository);
      expect(r.code, r.stderr).toBe(0);
      const written = readFileSync(join(repository, args[0] === '--out' ? 'concept.yaml' : 'plans/2014.yaml'), 'utf8');
      expect(written).not.toContain('yaml-language-server');
      expect(written).not.toContain('$schema');
      expect(written.split('\n')[0]).toMatch(/^# \S/);
    }
    // The repository's own copy is found as before, and the installed package's inside it.
    mkdirSync(join(repository, 'node_modules/jaarplan/schemas'), { recursive: true });
    copyFileSync(root + 'schemas/jaarplan.schema.json', join(repository, 'node_modules/jaarplan/schemas/jaarplan.schema.json'));
    rmSync(join(repository, 'plans'), { recursive: true, force: true });
    expect((await runCli(['init', '--year', '2014'], repository)).code).toBe(0);
    const ref = /\$schema=(.+)$/m.exec(readFileSync(join(repository, 'plans/2014.yaml'), 'utf8'))![1]!;
    expect(ref).toBe('../node_modules/jaarplan/schemas/jaarplan.schema.json');
    expect(resolve(repository, 'plans', ref).startsWith(repository)).toBe(true);
  });
});

describe('jaarplan init --from', () => {
  it('carries the plan over to the next year, with results emptied and amounts cleared', async () => {
    const r = await runCli(['init', '--year', '2014', '--from', 'plans/2013.yaml'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const text = read('plans/2014.yaml');
    await expect(text).toMatchFileSnapshot('../golden/init-from-2013-nl.yaml');
    const before = parse(read('plans/2013.yaml'));
    const after = parse(text);
    expect(after.jaar).toBe(2014);
    expect(after.titel).toBe('Jaarplan 2014 HarderwijkAanpak');
    expect(after.bronnen).toEqual(before.bronnen);
    expect(after.totaal_budget).toBeUndefined();
    expect(text).toContain('  jaarplan opgesteld.\n# totaal_budget:  # vorig jaar: € 60.000\n\nbronnen:\n');
    expect(after.herkomst).toBeUndefined();
    expect(after.resultaten).toEqual({ jaar: 2013, kader: before.resultaten.kader, punten_totaal: 10, punten: [] });
    const shape = (p: { onderdelen: { titel: string; activiteiten: { nr: number; titel: string; dekking?: { bron: string }[] }[] }[] }) =>
      p.onderdelen.map((o) => [o.titel, o.activiteiten.map((a) => [a.nr, a.titel, (a.dekking ?? []).map((d) => d.bron)])]);
    expect(shape(after)).toEqual(shape(before).map(([titel, rest]) => [String(titel).replace('2013', '2014'), rest]));
    expect(after.onderdelen[0].titel).toBe('Activiteiten 2014');
    expect(after.onderdelen[0].activiteiten[3].titel).toBe('Opstellen Wijkmonitor 2013');
    expect(text).not.toMatch(/^\s*bedrag:/m);
    expect(text).toContain('- bron: wijkaanpak # vorig jaar: € 10.000');

    const loaded = await loadPlan('plans/2014.yaml', { cwd: dir });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const totals = computeTotals([loaded.plan!]);
    expect(totals.total.known).toBe(0);
    expect(totals.total.unknownLines).toBe(6);
    expect(totals.declaredTotal).toBeNull();
  });

  it('keeps the amounts and the declared total with --keep-amounts', async () => {
    const r = await runCli(['init', '--year', '2014', '--from', 'plans/2013.yaml', '--keep-amounts', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    const loaded = await loadPlan('plans/2014.yaml', { cwd: dir });
    expect(await codes('plans/2014.yaml')).not.toContain('error:year-mismatch');
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const totals = computeTotals([loaded.plan!]);
    expect(totals.total.known).toBe(4_000_000);
    expect(totals.declaredTotal).toBe(6_000_000);
    expect(read('plans/2014.yaml')).toContain("The previous plan's amounts are still here");
  });

  it('keeps the comments of the body and puts the modeline first', async () => {
    const source = read('plans/2013.yaml').replace('      - nr: 5\n', '      # Loopt door tot 2015.\n      - nr: 5 # wijkoverstijgend\n');
    writeFileSync(join(dir, 'plans/2013.yaml'), source);
    expect((await runCli(['init', '--year', '2014', '--from', 'plans/2013.yaml', '--wijk', 'Zeebuurt'], dir)).code).toBe(0);
    const text = read('plans/2014-zeebuurt.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/jaarplan.schema.json');
    expect(text).toContain('      # Loopt door tot 2015.\n      - nr: 5 # wijkoverstijgend\n');
    expect(parse(text).wijk).toBe('Zeebuurt');
    expect(text).not.toContain('Het plan noemt een totaal budget van € 60.000');
  });

  it('starts without spending or status, so the totals of the new plan show none', async () => {
    copyFileSync(root + 'test/fixtures/init/2016-sint-jozef.yaml', join(dir, 'plans/2016-sint-jozef.yaml'));
    expect((await runCli(['totals', 'plans/2016-sint-jozef.yaml'], dir)).stdout).toContain('Besteed');
    expect((await runCli(['init', '--year', '2017', '--from', 'plans/2016-sint-jozef.yaml', '--keep-amounts'], dir)).code).toBe(0);
    const text = read('plans/2017-sint-jozef.yaml');
    expect(text).not.toMatch(/^\s*(besteed|status):/m);
    expect(parse(text).totaal_budget).toBe('€ 45.000');
    const r = await runCli(['totals', 'plans/2017-sint-jozef.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Besteed');
    expect(r.stdout).toContain('€ 45.000');
  });

  it("names the new plan after the earlier plan's wijk, and --wijk another wijk renames it in the titles", async () => {
    copyFileSync(root + 'test/fixtures/init/2016-sint-jozef.yaml', join(dir, 'plans/2016-sint-jozef.yaml'));
    expect((await runCli(['init', '--year', '2017', '--from', 'plans/2016-sint-jozef.yaml'], dir)).code).toBe(0);
    const same = parse(read('plans/2017-sint-jozef.yaml'));
    expect([same.wijk, same.titel, same.onderdelen[0].titel]).toEqual([
      'Sint Jozef',
      'Wijkplan 2017 Sint Jozef',
      'Activiteiten 2017 Sint Jozef',
    ]);

    const r = await runCli(['init', '--year', '2017', '--from', 'plans/2016-sint-jozef.yaml', '--wijk', 'Molenbuurt'], dir);
    expect(r.code).toBe(0);
    const other = parse(read('plans/2017-molenbuurt.yaml'));
    expect([other.wijk, other.titel, other.onderdelen[0].titel]).toEqual([
      'Molenbuurt',
      'Wijkplan 2017 Molenbuurt',
      'Activiteiten 2017 Molenbuurt',
    ]);
    // Activity titles may name a place or a year on purpose; they stay as they are.
    expect(other.onderdelen[0].activiteiten[0].titel).toBe('Wijkmonitor Sint Jozef 2016');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual([
      '2013.yaml',
      '2016-sint-jozef.yaml',
      '2017-molenbuurt.yaml',
      '2017-sint-jozef.yaml',
    ]);
  });

  it('refuses an earlier plan with errors and writes nothing', async () => {
    copyFileSync(root + 'test/fixtures/checks/unknown-source.yaml', join(dir, 'plans/kapot.yaml'));
    const r = await runCli(['init', '--year', '2014', '--from', 'plans/kapot.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unknown-source]');
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['2013.yaml', 'kapot.yaml']);
  });
});

describe('jaarplan init --from across a change of the taakvelden', () => {
  it('leaves out a taakveld that left the list, names its successors in a comment, and warns', async () => {
    copyFileSync(root + 'test/fixtures/taakvelden/renumbered/2024.yaml', join(dir, 'plans/2024.yaml'));
    const r = await runCli(['init', '--year', '2025', '--from', 'plans/2024.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual([
      'waarschuwing: plans/2025.yaml: activiteit 2: taakveld 6.2 staat in 2025 niet meer op de lijst van taakvelden (sinds 2025 6.21, 6.22 of 6.23); het staat als opmerking in het plan, kies zelf.',
      'waarschuwing: plans/2025.yaml: activiteit 3: taakveld 6.71a staat in 2025 niet meer op de lijst van taakvelden (sinds 2025 6.711); het staat als opmerking in het plan, kies zelf.',
    ]);
    const text = read('plans/2025.yaml');
    expect(text).toContain(
      '        # taakveld:  # vorig jaar: 6.2, in 2025 niet meer op de lijst van taakvelden; kies 6.21, 6.22 of 6.23\n        dekking:',
    );
    expect(text).toContain('# taakveld:  # vorig jaar: 6.71a, in 2025 niet meer op de lijst van taakvelden; kies 6.711\n');
    const after = parse(text);
    // A code still on the list is kept; none is chosen for the author.
    expect(after.onderdelen[0].activiteiten.map((a: { taakveld?: string }) => a.taakveld ?? null)).toEqual(['6.1', null, null]);
    expect((await codes('plans/2025.yaml')).filter((c) => c.startsWith('error'))).toEqual([]);
  });

  it('keeps every taakveld, without a warning, within the years of one list', async () => {
    copyFileSync(root + 'test/fixtures/taakvelden/renumbered/2024.yaml', join(dir, 'plans/2024.yaml'));
    const r = await runCli(['init', '--year', '2023', '--from', 'plans/2024.yaml', '--out', 'plans/2023.yaml'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(parse(read('plans/2023.yaml')).onderdelen[0].activiteiten.map((a: { taakveld?: string }) => a.taakveld)).toEqual([
      '6.1',
      '6.2',
      '6.71a',
    ]);
  });

  it('says it in English with --lang en', async () => {
    copyFileSync(root + 'test/fixtures/taakvelden/renumbered/2024.yaml', join(dir, 'plans/2024.yaml'));
    const r = await runCli(['init', '--year', '2026', '--from', 'plans/2024.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning: plans/2026.yaml: activity 2: taakveld 6.2 is not on the list of taakvelden in 2026 (since 2025 6.21, 6.22 or 6.23); it is left as a comment in the plan, choose yourself.',
    );
    expect(read('plans/2026.yaml')).toContain(
      '# taakveld:  # last year: 6.2, not on the list of taakvelden in 2026; choose 6.21, 6.22 or 6.23',
    );
  });
});

describe('jaarplan init refuses', () => {
  it('to overwrite an existing file, and leaves it as it was', async () => {
    writeFileSync(join(dir, 'plans/2014.yaml'), 'mijn werk\n');
    const r = await runCli(['init', '--year', '2014'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'jaarplan: plans/2014.yaml bestaat al; jaarplan init overschrijft niets. Kies een ander pad met --out, of verwijder het bestand eerst.\n',
    );
    expect(read('plans/2014.yaml')).toBe('mijn werk\n');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual(['2013.yaml', '2014.yaml']);
  });

  it.each([
    [['init'], /^jaarplan: jaarplan init heeft de optie -y, --year <year> nodig\.\n$/],
    [['init', '--year', 'volgend'], /Ongeldig jaar: volgend/],
    [['init', '--year', '2014', '--from', 'plans/2099.yaml'], /Niet gevonden: plans\/2099.yaml/],
    [['init', '--year', '2014', '--wijk', '***'], /Ongeldige wijknaam "\*\*\*"/],
    [['init', '--year', '2014', '--keep-amounts'], /^jaarplan: --keep-amounts werkt alleen samen met --from\.\n$/],
  ])('%j with a clear message and exit 2', async (argv, message) => {
    const r = await runCli(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'plans/2014.yaml'))).toBe(false);
  });

  it('with a clear message when the folder cannot be written', async () => {
    writeFileSync(join(dir, 'bestand'), '');
    const r = await runCli(['init', '--year', '2014', '--out', 'bestand/2014.yaml', '--lang', 'en'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jaarplan: Cannot write bestand\/2014.yaml \((ENOTDIR|EEXIST)\); nothing was written\.\n$/);
    expect(existsSync(dirname(join(dir, 'bestand/2014.yaml')))).toBe(true);
  });
});

describe('wijkSlug', () => {
  it.each([
    ['Zeebuurt', 'zeebuurt'],
    ["'s-Gravendeel Óost", 's-gravendeel-oost'],
    ['  Binnenstad / Vijfhoek ', 'binnenstad-vijfhoek'],
    ['***', ''],
  ])('%s → %s', (name, slug) => expect(wijkSlug(name)).toBe(slug));
});

describe('jaarplan init --from on a plan of a real budget', () => {
  it('keeps the funding, income and reserve lines, clears their amounts beside what names them, and writes a line in { } as a block', async () => {
    copyFileSync(root + 'test/fixtures/noorderhaven/2016-noorderhaven.yaml', join(dir, 'plans/2016-noorderhaven.yaml'));
    const r = await runCli(['init', '--year', '2017', '--from', 'plans/2016-noorderhaven.yaml'], dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const text = read('plans/2017-noorderhaven.yaml');
    expect(text).toContain('schaal: 1000\n');
    expect(text).toContain(
      'financiering:\n  - bron: gemeente # vorig jaar: 900\n    karakter: structureel\n  - bron: gemeente # vorig jaar: -100\n    aard: bezuiniging\n',
    );
    expect(text).toContain('  - omschrijving: Bijdrage woonstichting # vorig jaar: 450\n    bron: corporatie\n');
    expect(text).toContain('  - omschrijving: Onttrekking reserve wijkbudgetten # vorig jaar: 200\n    mutatie: onttrekking\n');
    // The division alone: the comment beside what the line keeps.
    expect(text).toContain('          - karakter: structureel # vorig jaar: 550\n          - aard: correctie # vorig jaar: -50\n');
    expect(text).toContain('# totalen:\n#   begroting:\n#     lasten:  # vorig jaar: 1250\n');
    expect(text).toContain('    # totaal:  # vorig jaar: 750\n');
    expect(text).not.toMatch(/^[\s#-]*(rekening|realisatie|besteed):/m);
    expect((await codes('plans/2017-noorderhaven.yaml')).filter((c) => c.startsWith('error'))).toEqual([]);
    const plan = (await loadPlan('plans/2017-noorderhaven.yaml', { cwd: dir })).plan!;
    expect([plan.financiering.length, plan.baten.length, plan.reserves.length, plan.schaal]).toEqual([3, 1, 1, 1000]);
    expect(plan.financiering.every((l) => l.bedrag === null)).toBe(true);
  });
});

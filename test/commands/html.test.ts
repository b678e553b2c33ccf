import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../src/core/computeTotals.js';
import { severities } from '../../src/core/diagnostic.js';
import { barChart } from '../../src/reporters/shared/html/barChart.js';
import { escapeHtml } from '../../src/reporters/shared/html/escapeHtml.js';
import { formatSum } from '../../src/reporters/shared/formatSum.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const years = 'test/fixtures/years';

const html = async (argv: string[]) => {
  const r = await runCli(['report', '--format', 'html', ...argv], root);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout;
};

/** The SVG of the chart whose title is `title`. */
const chartOf = (page: string, title: string) => {
  const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  const svg = svgs.find((s) => s.includes(`-title">${title}</title>`));
  expect(svg, title).toBeDefined();
  return svg!;
};

describe('the HTML report', () => {
  it.each([
    ['report-html-nl', ['--year', '2013']],
    ['report-html-en', ['--year', '2013', '--lang', 'en']],
    ['report-multi-html-en', ['--year', '2014', '--plans', 'test/fixtures/multi', '--lang', 'en']],
    ['report-years-html-nl', ['--years', '2014-2016', '--plans', years]],
  ])('%s matches its golden page', async (name, argv) => {
    await expect(await html(argv)).toMatchFileSnapshot(`../golden/${name}.html`);
  });

  it('is one standalone page: no script, nothing loaded from elsewhere, the language set', async () => {
    for (const lang of ['nl', 'en']) {
      const page = await html(['--year', '2013', '--lang', lang]);
      expect(page.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|\bsrc=|\bhref=|url\((?!#)/i);
      expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(page).toMatch(/@page \{ size: A4;/);
    }
  });

  it('gives every table a caption and header cells with a scope', async () => {
    const page = await html(['--year', '2014', '--plans', 'test/fixtures/multi']);
    const tables = page.match(/<table[ >][\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBe(2 + 2 * 5 + 6); // the overview per wijk and per source; five per plan; the plans and five more for the year
    for (const t of tables) {
      expect(t).toMatch(/^<table( class="stack-\d+")?>\n<caption>[^<]+<\/caption>/);
      expect(t.match(/<th(?=[\s>])(?![^>]*scope="(col|row)")/g)).toBeNull();
      expect(t).toMatch(/<th scope="col"/);
    }
  });

  it('draws the known money to scale and the unknown as hatched boxes, never as a zero bar', async () => {
    const page = await html(['--year', '2013']);
    const sources = chartOf(page, 'Geld per bron');
    expect(sources.match(/class="bar"/g)).toHaveLength(1);
    expect(sources.match(/class="unknown"/g)).toHaveLength(2);
    expect(sources).not.toMatch(/width="0"/);
    expect(sources).toContain(
      '<desc id="chart-2-desc">Bekende bedragen; een onbekend bedrag is gearceerd getekend, niet als nul: ' +
        'Wijkaanpak (wijkaanpak): € 40.000; Stad- en Regiocontract (S+R): onbekend; Duurzaamheid- en Klimaatbudget (D+K): onbekend.</desc>',
    );
    expect(sources).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-2-title chart-2-desc"/);

    // Activities 5 and 6 are € 10.000 and € 20.000: the bars are in that ratio.
    const activities = chartOf(page, 'Geld per activiteit');
    const widths = [...activities.matchAll(/<rect [^>]*width="(\d+)"[^>]*class="bar"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(4);
    expect(widths[1]).toBe(widths[0]! * 2);
    expect(widths[2]).toBe(widths[3]);
    expect(activities.match(/class="unknown"/g)).toHaveLength(2); // activities 7 and 8: € 5.000 + 1 onbekend
    expect(activities.match(/geen dekking/g)).toHaveLength(4 * 2); // activities 1-4, drawn and in the description
  });

  it('shows plan text as text: markup in a plan cannot reach the page', async () => {
    const page = await html(['--year', '2013', '--plans', 'test/fixtures/html']);
    expect(page).not.toMatch(/<script|<img|<b>|<i>|<em>/);
    expect(page).toContain('<title>Plan &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>');
    expect(page).toContain('<h1>Plan &lt;script&gt;alert(&#39;x&#39;)&lt;/<wbr>script&gt; &amp; co</h1>');
    expect(page).toContain('<p class="text">Eerste alinea.</p>\n<p class="text">Tweede alinea met &lt;em&gt;opmaak&lt;/<wbr>em&gt;.</p>');
    expect(page).toContain('&lt;/<wbr>title&gt;&lt;script&gt;alert(2)&lt;/<wbr>script&gt;');
  });
});

describe('the HTML report for residents', () => {
  const pages = (['nl', 'en'] as const).flatMap((lang) =>
    [
      ['--year', '2013'],
      ['--year', '2014', '--plans', 'test/fixtures/multi'],
      ['--year', '2015', '--plans', years],
      ['--years', '2013-2016', '--plans', years],
    ].map((argv) => [...argv, '--lang', lang]),
  );

  it.each(pages.map((argv) => ({ argv, name: argv.join(' ') })))(
    'names no file, no place in a file and no code: $name',
    async ({ argv }) => {
      const page = await html(argv);
      const shown = page.replace(/<style>[\s\S]*?<\/style>/, '').replaceAll('<wbr>', '');
      expect(shown).not.toMatch(/\.ya?ml\b|plans\/|fixtures\//);
      expect(shown).not.toMatch(/\d+:\d+/);
      for (const code of Object.keys(severities)) expect(shown, code).not.toContain(`[${code}]`);
    },
  );

  it('says the points of attention in plain words; the terminal and Markdown keep file, place and code', async () => {
    const page = await html(['--year', '2013']);
    const points = page.slice(page.indexOf('<h2>Aandachtspunten</h2>')).match(/<li>[^<]*<\/li>/g);
    expect(points).toEqual([
      '<li>Van het totale budget van €&nbsp;60.000 is €&nbsp;40.000 aan activiteiten toegewezen; €&nbsp;20.000 nog niet, en 2 regels hebben nog geen bedrag.</li>',
      '<li>Activiteit 2 (Regiegroep) heeft nog geen actiehouder.</li>',
      '<li>Activiteit 3 (Communicatie HarderWijkaanpak) heeft nog geen actiehouder.</li>',
      '<li>Activiteit 7: het bedrag uit S+R is nog niet bekend.</li>',
      '<li>Activiteit 8: het bedrag uit D+K is nog niet bekend.</li>',
    ]);
    const en = await html(['--year', '2015', '--plans', years, '--lang', 'en']);
    expect(en).toContain('<li>Activity 3: the amount from D+K is not known yet.</li>');
    for (const format of ['table', 'markdown']) {
      const r = await runCli(['report', '--year', '2013', '--format', format], root);
      expect(r.stdout).toMatch(/plans\/2013\.yaml:79:9 Activiteit 2 .*no-owner/);
    }
  });

  it('names the plans of a year by their wijk, in tables and charts', async () => {
    const page = await html(['--year', '2015', '--plans', years]);
    expect(page).toContain(
      '<thead><tr><th scope="col">Titel</th><th scope="col" class="num">Jaar</th><th scope="col">Wijk</th></tr></thead>',
    );
    expect(page).toMatch(/<tr><th scope="row">Molenbuurt<\/th><td/);
    expect(page).toMatch(/<text [^>]*class="label">[^<]*\(stadsbreed\)<\/text>/);
  });

  it('shows the lists of a description as lists', async () => {
    const page = await html(['--year', '2013']);
    expect(page).toContain(
      'aandacht. In te zetten methodieken:</p>\n<ul class="text">\n<li>groepstraining</li>\n<li>individuele cursussen</li>\n</ul>\n<dl class="fields">',
    );
    expect(page).toContain('<li>inzetten van sociale media als Facebook, Youtube, Twitter</li>\n</ul>');
  });

  it('gives each cell of a wide table its column name, for a narrow screen', async () => {
    const page = await html(['--year', '2014', '--plans', years]);
    const table = page.match(/<table class="stack-7">\n<caption>Per bron<\/caption>[\s\S]*?<\/table>/)?.[0];
    expect(table).toContain(
      '<tr><th scope="row">wijkaanpak</th><td data-label="Bron">Wijkaanpak</td><td data-label="Soort">eigen</td><td class="num" data-label="Begroot">',
    );
    expect(table).toContain('data-label="% besteed"');
    // Stacked below the width its seven columns need.
    expect(page).toContain('@media (max-width: 52.5rem) {\n  table.stack-7, ');
    expect(page).not.toContain('table.stack-3');
  });

  it('sets the years side by side on a page of their own, in both languages', async () => {
    for (const lang of ['nl', 'en']) {
      const page = await html(['--years', '2014-2016', '--plans', years, '--lang', lang]);
      expect(page.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">`)).toBe(true);
      expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|\bsrc=|\bhref=|url\((?!#)/i);
      const tables = page.match(/<table[ >][\s\S]*?<\/table>/g) ?? [];
      expect(tables).toHaveLength(4); // per year, then per source, wijk and theme
      for (const t of tables) expect(t).toMatch(/^<table( class="stack-\d+")?>\n<caption>[^<]+<\/caption>/);
    }
    const page = await html(['--years', '2014-2016', '--plans', years]);
    expect(page).toContain('<h1>Jaarplannen Lindewaard 2014–2016</h1>');
    expect(page).toContain('<tr><th scope="row">Molenbuurt</th><td class="num" data-label="2014">geen dekking</td>');
  });
});

describe('the HTML helpers', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('draws a sum without any known amount as a hatched box only, and no lines as nothing', () => {
    const sum = (known: number, unknownLines: number, lines: number) => ({ known, unknownLines, lines });
    const svg = barChart({
      id: 't',
      title: 'T',
      note: 'N',
      items: [
        { label: 'a', sum: sum(0, 2, 2), amount: formatSum(sum(0, 2, 2), 'nl'), tone: 'neutral' },
        { label: 'b', sum: sum(0, 0, 0), amount: 'geen dekking', tone: 'neutral' },
        { label: 'c', sum: sum(0, 0, 1), amount: '€ 0', tone: 'eigen' },
      ],
    });
    expect(svg.match(/class="bar"/g)).toBeNull();
    expect(svg.match(/class="unknown"/g)).toHaveLength(1);
    expect(svg).toContain('<desc id="t-desc">N: a: onbekend (2 regels); b: geen dekking; c: € 0.</desc>');
    expect(computeTotals([]).total).toEqual(sum(0, 0, 0));
  });
});

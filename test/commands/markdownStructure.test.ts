import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { List, Nodes, Parent, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

/**
 * Every Markdown output, read back by a CommonMark/GFM parser (micromark, as GitHub's renderer
 * reads it): headings where the output writes them, tables whose rows have the header's number of
 * cells, lists that do not run into each other, and plan text that stays text.
 */

const years = 'test/fixtures/years';
const base = 'test/fixtures/diff/base.yaml';
const edit = 'test/fixtures/diff/edit.yaml';

/** A plan whose every text tries to be Markdown or HTML; it has no errors, so it can be reported. */
const hostilePlan = `jaar: 2013
titel: "Plan *nadruk* _ook_ \`code\` [link](https://x.example) <b>vet</b> ~~weg~~ &amp; | pijp \\\\ einde"
gemeente: "Stad #1"
wijk: "Noord > Zuid"
inleiding: |-
  # geen kop
  ---
  Tekst met ![beeld](x.png) en <script>alert(1)</script>.
  === geen kop
      ingesprongen, geen code
  \`\`\`
  geen code
bronnen:
  wijkaanpak: { naam: "Fonds *A* | B", soort: eigen }
onderdelen:
  - titel: "## geen kop"
    activiteiten:
      - nr: 1
        titel: "- geen lijst"
        actiehouders: ["+ geen lijst", "1. geen lijst"]
        omschrijving: |-
          Eerste regel met **vet** en <i>schuin</i>.
          > geen citaat
          Opsomming:
          - een *item*
          - twee
            vervolg van twee
          1. eerste
          2. tweede
        dekking:
          - bron: wijkaanpak
            bedrag: 1000
            toelichting: "<img src=x> _a_ [b]: c"
`;

let dir: string;
let hostile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-md-'));
  hostile = join(dir, '2013-noord.yaml');
  writeFileSync(hostile, hostilePlan);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every command that writes Markdown, with the plans that show its every part. */
const commands = (): string[][] => [
  ['report', '--year', '2013'],
  ['report', '--year', '2014', '--plans', 'test/fixtures/multi'],
  ['report', '--year', '2014', '--plans', years],
  ['report', '--year', '2013', '--plans', 'test/fixtures/html'],
  ['report', '--year', '2013', '--plans', dir],
  ['report', '--years', '2014-2016', '--plans', years],
  ['report', '--years', '2013-2016', '--plans', years],
  ['totals', '--year', '2013'],
  ['totals', years, '--year', '2015'],
  ['totals', dir],
  ...['source', 'section', 'plan', 'wijk', 'year', 'thema'].flatMap((by) => [
    ['totals', years, '--by', by],
    ['totals', dir, '--by', by],
  ]),
  ['totals', years, '--years', '2013-2016'],
  ...['wijk', 'thema', 'plan'].map((by) => ['totals', years, '--years', '2014-2016', '--by', by]),
  ['verantwoording', '--year', '2015', '--plans', 'test/fixtures/cycle'],
  ['verantwoording', '--years', '2014-2016', '--plans', 'test/fixtures/cycle'],
  ['verantwoording', '--year', '2013', '--plans', dir],
  ['diff', base, edit],
  ['diff', 'plans/2013.yaml', base],
  ['diff', base, hostile],
];

/** The text of a node, as a reader sees it. */
const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** Every node of the tree, with its parent. */
function* walk(node: Nodes, parent: Parent | null = null): Generator<[Nodes, Parent | null]> {
  yield [node, parent];
  if ('children' in node) for (const child of node.children) yield* walk(child, node);
}

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The lines outside fenced code blocks (the Mermaid charts). */
const proseLines = (markdown: string) => markdown.replace(/^```[\s\S]*?^```$/gm, '').split('\n');

/** The cells of a table row as written: split at each `|` that no backslash escapes. */
const writtenCells = (line: string) => line.trim().replace(/\\./g, 'x').split('|').length - 2;

/** A list item that is a field: `- **Label:** value`. */
const isField = (item: Nodes) => {
  const first = 'children' in item ? item.children[0] : undefined;
  return first?.type === 'paragraph' && first.children[0]?.type === 'strong';
};

/** Whatever in the tree is not plain structure and text: it must be what the output means to write. */
function markupProblems(markdown: string, tree: Root, diff: boolean): string[] {
  const problems: string[] = [];
  const source = (node: Nodes) => markdown.slice(node.position!.start.offset, node.position!.end.offset);
  for (const [node, parent] of walk(tree)) {
    switch (node.type) {
      case 'root':
      case 'heading':
      case 'paragraph':
      case 'text':
      case 'list':
      case 'listItem':
      case 'table':
      case 'tableRow':
      case 'tableCell':
        break;
      case 'strong':
        // A field's label, or the diff's one-line summary: first in its paragraph, plain text, ending in a colon.
        if (
          !(
            parent?.type === 'paragraph' &&
            parent.children[0] === node &&
            node.children.length === 1 &&
            node.children[0]!.type === 'text' &&
            textOf(node).endsWith(':')
          )
        )
          problems.push(`strong: ${source(node)}`);
        break;
      case 'emphasis':
        // A note under a table: the whole paragraph, plain text.
        if (!(parent?.type === 'paragraph' && parent.children.length === 1 && node.children.every((c) => c.type === 'text')))
          problems.push(`emphasis: ${source(node)}`);
        break;
      case 'code':
        if (node.lang !== 'mermaid') problems.push(`code: ${source(node)}`);
        break;
      case 'html':
        // The diff folds long tables into <details>; nothing else is HTML.
        if (!(diff && /^(<details>\n<summary>[^<>]*<\/summary>|<\/details>)$/.test(node.value))) problems.push(`html: ${node.value}`);
        break;
      case 'link':
        // A bare web or e-mail address is linked by GFM itself, as in any text; a written link is markup.
        if (/^[[<]/.test(source(node))) problems.push(`link: ${source(node)}`);
        break;
      default:
        problems.push(`${node.type}: ${source(node)}`);
    }
  }
  return problems;
}

describe('every Markdown output, read by a CommonMark/GFM parser', () => {
  const cases = () => (['nl', 'en'] as const).flatMap((lang) => commands().map((argv) => ({ lang, argv })));

  it('has the headings, tables and lists it writes, and no markup from plan text', async () => {
    let checked = 0;
    for (const { lang, argv } of cases()) {
      const full = [...argv, '--format', 'markdown', '--lang', lang];
      const r = await runCli(full, root);
      const name = full.join(' ');
      expect([r.code, r.stderr], name).toEqual([0, '']);
      const tree = parse(r.stdout);
      const nodes = [...walk(tree)].map(([n]) => n);
      const lines = proseLines(r.stdout);

      // Headings: one for each line that writes one, none from plan text, none empty.
      const headings = nodes.filter((n) => n.type === 'heading');
      expect(headings.length, name).toBe(lines.filter((l) => /^#{1,6} /.test(l)).length);
      expect(headings.length, name).toBeGreaterThan(0);
      for (const h of headings) expect(textOf(h).trim(), name).not.toBe('');

      // Tables: one for each delimiter row; every row has the header's number of cells, as written.
      const tables = nodes.filter((n): n is Table => n.type === 'table');
      expect(tables.length, name).toBe(lines.filter((l) => /^\|( :?---:? \|)+$/.test(l)).length);
      for (const t of tables) {
        const width = t.children[0]!.children.length;
        expect(t.align?.length, name).toBe(width);
        for (const row of t.children) expect(row.children.length, name).toBe(width);
        const written = r.stdout.slice(t.position!.start.offset, t.position!.end.offset).split('\n');
        for (const line of written) expect(writtenCells(line), `${name}: ${line}`).toBe(width);
      }

      // Lists: fields are never items of another list, nor another list's items fields.
      for (const list of nodes.filter((n): n is List => n.type === 'list')) {
        const fields = list.children.filter(isField).length;
        expect([0, list.children.length], `${name}: ${textOf(list).slice(0, 80)}`).toContain(fields);
      }

      expect(markupProblems(r.stdout, tree, argv[0] === 'diff'), name).toEqual([]);
      checked++;
    }
    expect(checked).toBe(2 * commands().length);
  }, 60_000);

  it.each(['nl', 'en'] as const)('keeps a description that ends in a list apart from the fields below it (%s)', async (lang) => {
    const r = await runCli(['report', '--year', '2013', '--format', 'markdown', '--lang', lang], root);
    const tree = parse(r.stdout);
    const blocks = tree.children;
    const labels = lang === 'nl' ? ['Actie:', 'Dekking:'] : ['Owners:', 'Budget lines:'];
    for (const [intro, items] of [
      ['In te zetten methodieken:', ['groepstraining', 'individuele cursussen']],
      [
        'te werken zijn:',
        [
          'uitwisseling van wijkkranten/nieuwsbrieven',
          'algemene website HarderWijkaanpak',
          'inzetten van sociale media als Facebook, Youtube, Twitter',
        ],
      ],
    ] as const) {
      const at = blocks.findIndex((b) => b.type === 'paragraph' && textOf(b).endsWith(intro));
      expect(at).toBeGreaterThan(0);
      const [list, fields] = [blocks[at + 1]!, blocks[at + 2]!];
      expect(list.type).toBe('list');
      expect((list as List).children.map(textOf)).toEqual(items);
      expect(fields.type).toBe('list');
      expect((fields as List).children.map((item) => textOf((item as Parent).children[0]!).split(' ')[0])).toEqual([
        labels[0]!.split(' ')[0],
        labels[1]!.split(' ')[0],
      ]);
      expect((fields as List).children.every(isField)).toBe(true);
    }
  });

  it('reads plan text back exactly as the plan wrote it, with its lists as lists', async () => {
    const r = await runCli(['report', '--year', '2013', '--plans', dir, '--format', 'markdown'], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const tree = parse(r.stdout);
    const headings = tree.children.filter((n) => n.type === 'heading').map((h) => [h.depth, textOf(h)]);
    expect(headings).toContainEqual([1, 'Plan *nadruk* _ook_ `code` [link](https://x.example) <b>vet</b> ~~weg~~ &amp; | pijp \\ einde']);
    expect(headings).toContainEqual([3, '## geen kop']);
    expect(headings).toContainEqual([4, '1. - geen lijst']);

    const paragraphs = tree.children.filter((n) => n.type === 'paragraph').map(textOf);
    expect(paragraphs).toContain(
      '# geen kop\n---\nTekst met ![beeld](x.png) en <script>alert(1)</script>.\n=== geen kop\ningesprongen, geen code\n```\ngeen code',
    );
    expect(paragraphs).toContain('Eerste regel met **vet** en <i>schuin</i>.\n> geen citaat\nOpsomming:');

    const lists = tree.children.filter((n): n is List => n.type === 'list');
    const bullets = lists.find((l) => textOf(l).startsWith('een'));
    expect(bullets?.ordered).toBe(false);
    expect(bullets?.children.map(textOf)).toEqual(['een *item*', 'twee\nvervolg van twee']);
    const numbered = lists.find((l) => textOf(l).startsWith('eerste'));
    expect([numbered?.ordered, numbered?.start, numbered?.children.map(textOf)]).toEqual([true, 1, ['eerste', 'tweede']]);
    const fields = lists.find((l) => textOf(l).includes('Actie:'))!;
    expect(fields.children.map(textOf)).toEqual([
      'Actie: + geen lijst; 1. geen lijst',
      'Dekking: wijkaanpak € 1.000 (<img src=x> _a_ [b]: c)',
    ]);

    const cells = [...walk(tree)].filter(([n]) => n.type === 'tableCell').map(([n]) => textOf(n));
    expect(cells).toContain('Fonds *A* | B');
  });
});

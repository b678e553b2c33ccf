import type { Verantwoording } from '../../core/buildVerantwoording.js';
import { verantwoordingWords } from '../../i18n/verantwoording.js';
import { htmlPage, htmlTable, htmlText as text } from '../shared/html/page.js';
import type { ReporterOptions } from '../shared/options.js';
import type { Cell } from '../shared/tableSpec.js';
import { verantwoordingBlocks, type VerantwoordingBlock } from './blocks.js';

/** A cell's content: its word, and where it has a tone, the word marked (never the colour alone). */
function cellHtml(c: Cell): string {
  if (typeof c === 'string') return text(c);
  return c.tone ? `<span class="tone-${c.tone}">${text(c.text)}</span>` : text(c.text);
}

/**
 * The account as one standalone HTML page, like the report's: no scripts, nothing loaded from
 * elsewhere, every piece of plan text escaped. The assessment is a word in every cell, coloured as
 * well, so it reads without colour and aloud.
 */
export function verantwoordingHtml(account: Verantwoording, options: ReporterOptions): string {
  return blocksHtml(verantwoordingBlocks(account, options.lang), verantwoordingWords[options.lang].title(account.year), options);
}

/** Blocks as a standalone page, each section opened by the heading that starts it. */
export function blocksHtml(blocks: VerantwoordingBlock[], title: string, options: ReporterOptions): string {
  const w = verantwoordingWords[options.lang];
  const sections: string[][] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' && b.section) {
      sections.push([b.section]);
    }
    if (b.kind === 'heading') {
      sections.at(-1)!.push(`<h${b.level}>${text(b.text)}</h${b.level}>`);
    } else if (b.kind === 'paragraph') {
      sections.at(-1)!.push(
        b.text
          .split(/\n\s*\n/)
          .map((p) => `<p class="text">${text(p)}</p>`)
          .join('\n'),
      );
    } else if (b.kind === 'fields') {
      sections
        .at(-1)!
        .push(
          `<dl class="fields">\n${b.fields.map(([k, v]) => `<div><dt>${text(k)}</dt><dd>${cellHtml(v)}</dd></div>`).join('\n')}\n</dl>`,
        );
    } else {
      sections.at(-1)!.push(htmlTable(b.spec, w.unknownNumber));
    }
  }
  const body = sections.map(([kind, ...html]) => `<section class="${kind}">\n${html.join('\n')}\n</section>`).join('\n');
  return htmlPage({ lang: options.lang, title, body, footer: w.footer });
}

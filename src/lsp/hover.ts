import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar } from 'yaml';
import { parseAmount, parseSignedAmount } from '../core/amount.js';
import { formatMoney, type Lang } from '../i18n/lang.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { checkTexts } from '../i18n/checks.js';
import { lspWords } from '../i18n/lsp.js';
import { messageOf } from '../i18n/messages.js';
import { formatSum } from '../reporters/shared/formatSum.js';
import type { Analysis } from './analysis.js';
import { declaredSource } from '../core/planIdentity.js';
import { helpOf, schemaAt } from './schemaHelp.js';
import { nodeAt } from './yamlNodes.js';

const AMOUNT_KEYS = new Set(['bedrag', 'besteed', 'realisatie', 'totaal_budget', 'programma_budget', 'totaal']);

/** Whether the value at a path is an amount: one of the amount keys, or any figure under `totalen`. */
const isAmount = (path: (string | number)[], last: string) => AMOUNT_KEYS.has(last) || (path[0] === 'totalen' && path.length >= 3);

/** Money with its cents always written, as a reading of what was typed: `€ 10.000,00`. */
function withCents(cents: number, lang: Lang): string {
  const money = formatMoney(cents, lang);
  return cents % 100 === 0 ? `${money}${lang === 'nl' ? ',00' : '.00'}` : money;
}

/**
 * What the editor shows under the pointer: the findings there with their check's explanation; on a
 * `bron` the source's name, kind and total in the plan; on an amount how it was read (in the plan's
 * unit); on a key the schema's help.
 */
export function hover(analysis: Analysis, diagnostics: Diagnostic[], document: TextDocument, position: Position, lang: Lang): Hover | null {
  const w = lspWords[lang];
  const parts: string[] = [];
  const line = position.line + 1;
  const column = position.character + 1;
  for (const d of diagnostics) {
    const starts = d.line < line || (d.line === line && d.column <= column);
    const ends = d.endLine > line || (d.endLine === line && d.endColumn >= column);
    if (!starts || !ends) continue;
    const text = checkTexts[lang][d.code];
    parts.push(`**${text.title}** \`${d.code}\`\n\n${messageOf(d, lang)}\n\n*${w.why}:* ${text.why}\n\n*${w.fix}:* ${text.fix}`);
  }
  const at = analysis.doc ? nodeAt(analysis.doc, document.offsetAt(position)) : null;
  if (at) {
    const last = at.path[at.path.length - 1];
    if (at.onKey) {
      const help = helpOf(schemaAt(at.path));
      if (help) parts.push(help);
    } else if (last === 'bron' && isScalar(at.node) && ['onderdelen', 'financiering', 'baten'].includes(String(at.path[0]))) {
      const code = String(at.node.value);
      const source = declaredSource(analysis.plan?.bronnen ?? [], code);
      const total = declaredSource(analysis.totals?.sources ?? [], code);
      if (source && total) parts.push(w.sourceHover(code, source.naam, w.soort[source.soort], formatSum(total.sum, lang)));
    } else if (typeof last === 'string' && isAmount(at.path, last) && isScalar(at.node)) {
      const value = at.node.value;
      if (typeof value === 'number' || typeof value === 'string') {
        const range = at.node.range!;
        const plain = at.node.type === 'PLAIN' ? analysis.text.slice(range[0], range[1]) : undefined;
        // As the loader reads it: negative only on a line with an aard (or a stated saldo or result),
        // and in the plan's unit (`schaal`).
        const parent = analysis.doc?.getIn(at.path.slice(0, -1), true);
        const signed = (isMap(parent) && parent.has('aard')) || (at.path[0] === 'totalen' && (last === 'saldo' || last === 'resultaat'));
        const schaal = analysis.plan?.schaal ?? 1;
        const read = signed ? parseSignedAmount(value, plain) : parseAmount(value, plain);
        // An ambiguous amount is read by YAML as something else: that reading is what it is now.
        if (read.ok) parts.push(w.amountRead(withCents(read.cents * schaal, lang)));
        else if (read.problem.kind === 'ambiguous' && read.problem.readAs === 'number') {
          const asNumber = parseAmount(Number(read.problem.read));
          parts.push(asNumber.ok ? w.amountRead(withCents(asNumber.cents * schaal, lang)) : w.amountUnread);
        } else parts.push(w.amountUnread);
      }
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}

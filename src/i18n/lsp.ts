import type { Lang } from './lang.js';
import type { Soort } from '../core/plan.js';

/** Why a rename of a source code is refused: the new code is empty, spans lines, is too long or has spaces around it, or is taken. */
export type RenameRefusal = { refused: 'empty' | 'multi-line' | 'too-long' | 'spaces' } | { refused: 'exists'; code: string };

/** Every word the language server shows in an editor, per language. */
export interface LspWords {
  /** The money at `totaal_budget`: allocated, lines without an amount, and what is left or over. */
  allocated: (known: string) => string;
  unknownLines: (n: number) => string;
  unallocated: (money: string) => string;
  overBudget: (money: string) => string;
  exact: string;
  /** The money of a section or an activity: its sum as the totals show it. */
  sectionTotal: (sum: string) => string;
  activityTotal: (sum: string) => string;
  /** A section or activity without budget lines. */
  noBudgetLines: string;
  /** At `financiering`: both sides of a plan with a funding table, and whether they agree. */
  fundingAndDivision: (funding: string, division: string) => string;
  /** The two sides agree. */
  balanced: string;
  /** More funding than divided over the activities. */
  moreFunding: (money: string) => string;
  /** More divided over the activities than funded. */
  moreDivision: (money: string) => string;
  /** A side has lines without an amount, so they cannot be compared. */
  notComparable: string;
  /** At a source's first funding line, where the division's lines name the source: its funding against them. */
  sourceBalance: (funding: string, division: string) => string;
  /** At `baten` and `reserves`: the plan per saldo, of the budget and (when the plan gives it) of the account. */
  perSaldo: (side: 'begroting' | 'rekening', figures: string) => string;
  /** One figure of the per-saldo view. */
  figure: Record<'lasten' | 'baten' | 'saldo' | 'toevoegingen' | 'onttrekkingen' | 'resultaat', (money: string) => string>;
  /** Hover on a `bron`: its name, kind and total in the plan. */
  sourceHover: (code: string, naam: string, soort: string, total: string) => string;
  soort: Record<Soort, string>;
  /** Hover on an amount: how it was read. */
  amountRead: (money: string) => string;
  amountUnread: string;
  /** Hover on a finding: the check's explanation. */
  why: string;
  fix: string;
  /** Quick fixes. */
  writeAs: (text: string) => string;
  replaceKey: (from: string, to: string) => string;
  replaceSource: (from: string, to: string) => string;
  replaceTaakveld: (from: string, to: string, naam: string) => string;
  declareSource: (code: string) => string;
  newSourceName: string;
  removeOptional: (key: string) => string;
  removeOwner: string;
  fillGemeente: (gemeente: string) => string;
  /** Document symbols. */
  activitySymbol: (nr: number, titel: string) => string;
  /** The plan's own lists of money lines in the outline. */
  listSymbol: Record<'financiering' | 'baten' | 'reserves', string>;
  /** A config file that could not be used. */
  configFailed: (message: string) => string;
  /** A rename of a source code that is refused, and why. */
  renameRefused: (reason: RenameRefusal) => string;
}

const nl: LspWords = {
  allocated: (known) => `${known} toegewezen`,
  unknownLines: (n) => (n === 1 ? '1 regel zonder bedrag' : `${n} regels zonder bedrag`),
  unallocated: (money) => `${money} niet toegewezen`,
  overBudget: (money) => `${money} boven budget`,
  exact: 'volledig toegewezen',
  sectionTotal: (sum) => `Onderdeel: ${sum}`,
  activityTotal: (sum) => `Activiteit: ${sum}`,
  noBudgetLines: 'geen dekking',
  fundingAndDivision: (funding, division) => `Financiering ${funding}, verdeling ${division}`,
  balanced: 'sluitend',
  moreFunding: (money) => `${money} meer financiering dan verdeeld`,
  moreDivision: (money) => `${money} meer verdeeld dan gefinancierd`,
  notComparable: 'niet na te rekenen (regels zonder bedrag)',
  sourceBalance: (funding, division) => `Bron: financiering ${funding}, verdeeld ${division}`,
  perSaldo: (side, figures) => `${side === 'begroting' ? 'Begroting' : 'Rekening'}: ${figures}`,
  figure: {
    lasten: (m) => `lasten ${m}`,
    baten: (m) => `baten ${m}`,
    saldo: (m) => `saldo ${m}`,
    toevoegingen: (m) => `toevoegingen ${m}`,
    onttrekkingen: (m) => `onttrekkingen ${m}`,
    resultaat: (m) => `resultaat ${m}`,
  },
  sourceHover: (code, naam, soort, total) => `**${code}**: ${naam} (${soort})\n\nIn dit plan: ${total}`,
  soort: { eigen: 'eigen budget', cofinanciering: 'cofinanciering' },
  amountRead: (money) => `Gelezen als **${money}**`,
  amountUnread: 'Dit bedrag kan niet worden gelezen; zie de melding.',
  why: 'Waarom',
  fix: 'Oplossen',
  writeAs: (text) => `Schrijf ${text}`,
  replaceKey: (from, to) => `Vervang "${from}" door "${to}"`,
  replaceSource: (from, to) => `Vervang bron "${from}" door "${to}"`,
  replaceTaakveld: (from, to, naam) => `Vervang taakveld ${from} door ${to} (${naam})`,
  declareSource: (code) => `Declareer bron "${code}" onder bronnen`,
  newSourceName: '<naam van de bron>',
  removeOptional: (key) => `Verwijder ${key} (niet verplicht)`,
  removeOwner: 'Verwijder deze actiehouder',
  fillGemeente: (gemeente) => `Vul "${gemeente}" in (de gemeente van de andere plannen)`,
  activitySymbol: (nr, titel) => `${nr}. ${titel}`,
  listSymbol: { financiering: 'Financiering', baten: 'Baten', reserves: 'Reserves' },
  configFailed: (message) => `jaarplan: de config wordt niet gebruikt.\n${message}`,
  renameRefused: (r) =>
    r.refused === 'exists'
      ? `Er is al een bron "${r.code}"; hernoemen zou twee bronnen samenvoegen. Kies een code die nog niet bestaat.`
      : r.refused === 'empty'
        ? 'Een code van een bron kan niet leeg zijn.'
        : r.refused === 'multi-line'
          ? 'Een code van een bron is één regel.'
          : r.refused === 'spaces'
            ? 'Een code van een bron begint en eindigt niet met een spatie.'
            : 'Een code van een bron is hoogstens 40 tekens.',
};

const en: LspWords = {
  allocated: (known) => `${known} allocated`,
  unknownLines: (n) => (n === 1 ? '1 line without an amount' : `${n} lines without an amount`),
  unallocated: (money) => `${money} not allocated`,
  overBudget: (money) => `${money} over budget`,
  exact: 'fully allocated',
  sectionTotal: (sum) => `Section: ${sum}`,
  activityTotal: (sum) => `Activity: ${sum}`,
  noBudgetLines: 'no budget lines',
  fundingAndDivision: (funding, division) => `Funding ${funding}, division ${division}`,
  balanced: 'balanced',
  moreFunding: (money) => `${money} more funded than divided`,
  moreDivision: (money) => `${money} more divided than funded`,
  notComparable: 'cannot be checked (lines without an amount)',
  sourceBalance: (funding, division) => `Source: funding ${funding}, divided ${division}`,
  perSaldo: (side, figures) => `${side === 'begroting' ? 'Budget' : 'Account'}: ${figures}`,
  figure: {
    lasten: (m) => `costs ${m}`,
    baten: (m) => `income ${m}`,
    saldo: (m) => `balance ${m}`,
    toevoegingen: (m) => `additions ${m}`,
    onttrekkingen: (m) => `withdrawals ${m}`,
    resultaat: (m) => `result ${m}`,
  },
  sourceHover: (code, naam, soort, total) => `**${code}**: ${naam} (${soort})\n\nIn this plan: ${total}`,
  soort: { eigen: 'own budget', cofinanciering: 'co-funding' },
  amountRead: (money) => `Read as **${money}**`,
  amountUnread: 'This amount cannot be read; see the problem reported.',
  why: 'Why',
  fix: 'How to fix',
  writeAs: (text) => `Write ${text}`,
  replaceKey: (from, to) => `Replace "${from}" with "${to}"`,
  replaceSource: (from, to) => `Replace source "${from}" with "${to}"`,
  replaceTaakveld: (from, to, naam) => `Replace taakveld ${from} with ${to} (${naam})`,
  declareSource: (code) => `Declare source "${code}" under bronnen`,
  newSourceName: '<name of the source>',
  removeOptional: (key) => `Remove ${key} (optional)`,
  removeOwner: 'Remove this owner',
  fillGemeente: (gemeente) => `Fill in "${gemeente}" (the municipality of the other plans)`,
  activitySymbol: (nr, titel) => `${nr}. ${titel}`,
  listSymbol: { financiering: 'Funding', baten: 'Income', reserves: 'Reserves' },
  configFailed: (message) => `jaarplan: the config is not used.\n${message}`,
  renameRefused: (r) =>
    r.refused === 'exists'
      ? `There is already a source "${r.code}"; renaming would merge two sources. Choose a code that does not exist yet.`
      : r.refused === 'empty'
        ? 'A source code cannot be empty.'
        : r.refused === 'multi-line'
          ? 'A source code is one line.'
          : r.refused === 'spaces'
            ? 'A source code does not start or end with a space.'
            : 'A source code is at most 40 characters.',
};

/** The language server's words in each language. */
export const lspWords: Record<Lang, LspWords> = { nl, en };

import { Chalk } from 'chalk';
import type { Align } from './markdownTable.js';
import { escapeMarkdown, markdownTable } from './markdownTable.js';
import { terminalTable } from './terminalTable.js';

/**
 * A cell: text, or text with what it means. A tone the terminal shows in colour and the page marks;
 * `empty` is an amount over no budget lines at all, which the terminal and Markdown show as a dash
 * and the published page says in words.
 */
export type Cell = string | { text: string; tone?: 'bad' | 'warn' | 'good'; empty?: true };

/** A table independent of its output format, so the terminal and Markdown show the same content. */
export interface TableSpec {
  /** The heading above the table. */
  title: string;
  /** Column headers. */
  head: string[];
  /** Rows of cells. */
  rows: Cell[][];
  /** Column alignment. */
  align: Align[];
}

const text = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

/** Renders a table for the terminal, colouring titles, headers and toned cells when allowed. */
export function renderTerminal(spec: TableSpec, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const tone = (cell: Cell) => {
    if (typeof cell === 'string' || cell.tone === undefined) return text(cell);
    const paint = { bad: chalk.red, warn: chalk.yellow, good: chalk.green }[cell.tone];
    return paint(cell.text);
  };
  return `${chalk.bold(spec.title)}\n${terminalTable(
    spec.head.map((h) => chalk.bold(h)),
    spec.rows.map((r) => r.map(tone)),
    spec.align,
  )}`;
}

/** Renders a table as Markdown under a heading of the given level. */
export function renderMarkdown(spec: TableSpec, level: number): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(spec.title)}\n\n${markdownTable(
    spec.head,
    spec.rows.map((r) => r.map(text)),
    spec.align,
  )}`;
}

/** Tables with the notes that explain them, as the groups and years of `totals` make them. */
export interface TablesWithNotes {
  /** The tables, in order. */
  tables: TableSpec[];
  /** Notes below the tables. */
  notes: string[];
}

/** Tables and their notes for the terminal. */
export function renderTablesTerminal(t: TablesWithNotes, color: boolean): string {
  return [...t.tables.map((s) => renderTerminal(s, color)), ...t.notes].join('\n\n') + '\n';
}

/** Tables and their notes as Markdown, each table under a second-level heading, the notes in italics. */
export function renderTablesMarkdown(t: TablesWithNotes): string {
  return [...t.tables.map((s) => renderMarkdown(s, 2)), ...t.notes.map((n) => `_${escapeMarkdown(n)}_`)].join('\n\n') + '\n';
}

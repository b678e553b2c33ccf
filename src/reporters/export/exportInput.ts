import type { BudgetLineRow } from '../../core/budgetLines.js';
import type { Plan } from '../../core/plan.js';

/** What an export is made of: the plans and their budget lines (the same plans give the same files). */
export interface ExportInput {
  plans: Plan[];
  rows: BudgetLineRow[];
}

/** An export is a folder: its files by name, each with its text. */
export type ExportFiles = Record<string, string>;

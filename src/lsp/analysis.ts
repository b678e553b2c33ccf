import type { DocumentSymbol } from 'vscode-languageserver';
import type { Document } from 'yaml';
import type { Lang } from '../i18n/lang.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import type { MoneyNote } from './lenses.js';
import { computeTotals, type Totals } from '../core/computeTotals.js';
import type { Plan } from '../core/plan.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { validatePlan } from '../load/validatePlan.js';
import { LIMITS } from '../core/limits.js';
import { parseForPositions } from './yamlNodes.js';

/** One version of an open plan: what validate finds in it, and its YAML with positions for the editor. */
export interface Analysis {
  /** The document version this was made from. */
  version: number;
  /** What the checks were told (the config's threshold for differences): a new config means a new analysis. */
  checks: CheckOptions;
  /** The text, as the editor holds it. */
  text: string;
  /** The file as validate reads it: diagnostics (before the checks across plans and the config), plan, identity. */
  checked: CheckedFile;
  /** The YAML with positions; null when the text is too large to be read as a plan. */
  doc: Document.Parsed | null;
  /** The typed plan, when its structure can be read. */
  plan: Plan | null;
  /** The plan's totals, when there is a plan. */
  totals: Totals | null;
  /** For a large plan read in a worker (without `doc`): its money and outline, in both languages. */
  precomputed?: { notes: Record<Lang, MoneyNote[]>; symbols: Record<Lang, DocumentSymbol[]> };
}

/**
 * Reads an editor's text the way `validate` reads a file: the same loader and the same checks, told
 * what the config tells them.
 */
export function analyse(text: string, displayPath: string, version: number, checks: CheckOptions): Analysis {
  const checked = validatePlan(text, displayPath, checks);
  // The checks refuse an oversized file before parsing it; so does the editor help.
  const doc = text.length > LIMITS.fileBytes || checked.source === null ? null : parseForPositions(text);
  const plan = checked.plan;
  return { version, checks, text, checked, doc, plan, totals: plan ? computeTotals([plan]) : null };
}

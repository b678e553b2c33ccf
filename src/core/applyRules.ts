import { placeFinding, severities, type Code, type Diagnostic } from './diagnostic.js';
import { countable } from './countable.js';

/** What a configuration may make of a check: keep it an error, make a warning an error, or turn it off. */
export type RuleSetting = 'error' | 'warning' | 'off';

/** Per code, the severity the user chose. */
export type Rules = Partial<Record<Code, RuleSetting>>;

/**
 * Whether a setting is allowed for a code: a finding that makes a plan uncountable (a file that is
 * not a readable plan, an unreadable amount, hidden characters, a duplicate plan) stays an error;
 * every other check, the budget rules included, may be raised, lowered or turned off.
 */
export function settingAllowed(code: Code, setting: RuleSetting): boolean {
  return countable[code] || severities[code] === 'warning' || setting === 'error';
}

/** Applies the user's rules: changes severities, drops what is off. Pure. */
export function applyRules(diagnostics: Diagnostic[], rules: Rules): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const setting = rules[d.code];
    if (setting === undefined) out.push(d);
    else if (setting !== 'off') out.push(placeFinding(d, d.file, d, { severity: setting }));
  }
  return out;
}

/** Something that carries diagnostics: a checked file, one side of a diff. */
export interface WithDiagnostics {
  diagnostics: Diagnostic[];
}

/** The same thing with the user's rules applied to its diagnostics. Pure. */
export function withRules<T extends WithDiagnostics>(item: T, rules: Rules): T {
  return { ...item, diagnostics: applyRules(item.diagnostics, rules) };
}

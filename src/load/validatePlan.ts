import type { CheckOptions } from '../core/checkVerantwoording.js';
import { parsePlan, type CheckedFile } from './parsePlan.js';

/**
 * Checks a plan given as text or bytes, for callers that do not read it from a file (an editor
 * buffer, an upload). `path` is only used to name the plan in diagnostics and to compare the year
 * in its name with `jaar`.
 */
export function validatePlan(source: string | Uint8Array, path = 'plan.yaml', checks: CheckOptions = {}): CheckedFile {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  return parsePlan(bytes, path, { checks });
}

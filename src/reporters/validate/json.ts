import { toValidateJson } from '../jsonContract.js';
import type { ReporterOptions } from '../shared/options.js';
import type { ValidationResult } from './result.js';

/** Validation results as the documented JSON contract. */
export function validateJson(result: ValidationResult, options: ReporterOptions): string {
  return JSON.stringify(toValidateJson(result, options.lang), null, 2) + '\n';
}

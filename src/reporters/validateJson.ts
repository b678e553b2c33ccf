import type { CheckedFile } from '../load/parsePlan.js';
import { toValidateJson } from './jsonContract.js';
import type { ReporterOptions } from './options.js';

/** Validation results as the documented JSON contract. */
export function validateJson(files: CheckedFile[], options: ReporterOptions): string {
  return JSON.stringify(toValidateJson(files, options.lang), null, 2) + '\n';
}

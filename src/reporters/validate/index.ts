import { textFormat, type Registry } from '../registry.js';
import type { ValidationResult } from './result.js';

/** The formats of `jaarplan validate`. */
export const validateFormats = {
  text: textFormat(async () => (await import('./text.js')).validateText),
  json: textFormat(async () => (await import('./json.js')).validateJson),
  github: textFormat(async () => (await import('./github.js')).validateGithub),
  junit: textFormat(async () => (await import('./junit.js')).validateJunit),
  sarif: textFormat(async () => (await import('./sarif.js')).validateSarif),
} satisfies Registry<ValidationResult>;

/** A format of `validate`. */
export type ValidateFormat = keyof typeof validateFormats;

import type { Registry } from '../registry.js';
import type { ValidationResult } from './result.js';

/** The formats of `jaarplan validate`. */
export const validateFormats = {
  text: async () => (await import('./text.js')).validateText,
  json: async () => (await import('./json.js')).validateJson,
  github: async () => (await import('./github.js')).validateGithub,
  junit: async () => (await import('./junit.js')).validateJunit,
  sarif: async () => (await import('./sarif.js')).validateSarif,
} satisfies Registry<ValidationResult>;

/** A format of `validate`. */
export type ValidateFormat = keyof typeof validateFormats;

import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
// Compiled from the schema at build time (scripts/buildValidator.mjs): no compiler at run time.
import validate from '#plan-validator';
import { finding, pointerSegment, type Finding, type SchemaArgs } from '../core/diagnostic.js';
import { nearest } from '../core/nearest.js';

/** Where the plan schema lives, from both src/ (tests) and dist/ (the built CLI). */
export const schemaUrl = new URL('../../schemas/jaarplan.schema.json', import.meta.url);

/** The JSON Schema of a plan, as published in schemas/. */
export function planSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaUrl, 'utf8')) as Record<string, unknown>;
}

/** Validates a plan's data against the schema and returns one finding per violation. */
export function schemaFindings(data: unknown): Finding[] {
  if (validate(data)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const f = toFinding(error);
    const key = `${f.pointer}|${f.atKey ? 'k' : 'v'}|${JSON.stringify(f.args)}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}

/** The key a reader knows the node by: the last key name, with an item index if the node is in a list. */
function keyName(pointer: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let name = '';
  for (const segment of segments) name = /^\d+$/.test(segment) && name !== '' ? `${name}[${segment}]` : segment;
  const last = segments[segments.length - 1];
  if (last !== undefined && !/^\d+$/.test(last)) return last;
  return name;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? json.slice(0, 57) + '...' : json;
}

function toFinding(error: ErrorObject): Finding {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const key = keyName(at);
  const schemaProps = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const allowed = schemaProps ? Object.keys(schemaProps) : [];
      const suggestion = nearest(property, allowed);
      const args: SchemaArgs = {
        keyword: 'additionalProperties',
        key: property,
        allowed,
        ...(suggestion === undefined ? {} : { suggestion }),
      };
      return finding('schema', `${at}/${pointerSegment(property)}`, args, true);
    }
    case 'required':
      return finding('schema', at, { keyword: 'required', key: String(params.missingProperty) }, true);
    case 'type':
      return finding('schema', at, {
        keyword: 'type',
        key,
        expected: String(params.type),
        value: shown(error.data),
        ...(typeof error.data === 'string' && /^-?\d+(\.\d+)?$/.test(error.data.trim()) && /integer|number/.test(String(params.type))
          ? { quotedNumber: true }
          : {}),
      });
    case 'enum':
      return finding('schema', at, {
        keyword: 'enum',
        key,
        value: shown(error.data),
        allowed: (params.allowedValues as unknown[]).map(String),
      });
    case 'minItems':
    case 'minProperties':
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
      return finding('schema', at, { keyword: error.keyword, key, limit: Number(params.limit) });
    case 'uniqueItems':
      return finding('schema', at, { keyword: 'uniqueItems', key });
    case 'pattern': {
      // Only a taakveld has a pattern: a code such as 6.1, which Dutch hands often write with a comma.
      if (key !== 'taakveld') return finding('schema', at, { keyword: 'other', key, detail: error.message ?? error.keyword });
      const written = String(error.data).trim();
      const pointed = written.replace(/\s*,\s*/, '.');
      const fits = pointed !== written && new RegExp(String(params.pattern), 'u').test(pointed);
      return finding('schema', at, { keyword: 'taakveld-format', key, value: shown(error.data), ...(fits ? { suggestion: pointed } : {}) });
    }
    case 'propertyNames':
      return finding('schema', at, { keyword: 'other', key, detail: error.message ?? '' });
    default:
      return finding('schema', at, { keyword: 'other', key, detail: error.message ?? error.keyword });
  }
}

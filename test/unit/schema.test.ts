import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/load/schema.js';
import { checks, root } from '../helpers/paths.js';

const schema = planSchema();
const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(schema);

const plans = readdirSync(root + 'plans').map((f) => root + 'plans/' + f);
const valid = [
  checks + 'valid.yaml',
  checks + 'overspent.yaml',
  ...['multi', 'years', 'csv'].flatMap((dir) => readdirSync(`${root}test/fixtures/${dir}`).map((f) => `${root}test/fixtures/${dir}/${f}`)),
];

describe('schemas/jaarplan.schema.json', () => {
  it('has an $id and Dutch help for every property, for editors', () => {
    expect(schema.$id).toBeTypeOf('string');
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, child] of Object.entries((n.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (typeof child.description !== 'string' && typeof child.$ref !== 'string') missing.push(`${path}/${key}`);
        visit(child, `${path}/${key}`);
      }
      for (const [key, child] of Object.entries((n.definitions as Record<string, unknown>) ?? {})) visit(child, `#${key}`);
      if (n.items) visit(n.items, `${path}[]`);
    };
    visit(schema, '');
    expect(missing).toEqual([]);
  });

  it.each([...plans, ...valid])('accepts %s', (file) => {
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('refuses an unknown key', () => {
    expect(validate({ ...parse(readFileSync(checks + 'valid.yaml', 'utf8')), onbekend: 1 })).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

type Schema = Record<string, unknown>;
const text = readFileSync(root + 'schemas/jaarplan.schema.json', 'utf8');
const schema = JSON.parse(text) as Schema;

/** Every subschema an editor shows help for: each property, each array item and each definition, by pointer. */
function documented(node: Schema, pointer: string, out: [string, Schema][] = []): [string, Schema][] {
  const isRefOnly = Object.keys(node).length === 1 && '$ref' in node;
  if (pointer !== '' && !isRefOnly) out.push([pointer, node]);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Schema>))
    documented(child, `${pointer}/properties/${key}`, out);
  for (const [key, child] of Object.entries((node.definitions ?? {}) as Record<string, Schema>))
    documented(child, `${pointer}/definitions/${key}`, out);
  if (node.items && typeof node.items === 'object') documented(node.items as Schema, `${pointer}/items`, out);
  if (node.propertyNames && typeof node.propertyNames === 'object')
    documented(node.propertyNames as Schema, `${pointer}/propertyNames`, out);
  return out;
}

const nodes = documented(schema, '');

describe('the schema as editor help', () => {
  it('covers every key, item and definition', () => {
    // A guard on the walk itself: the schema has this many places an editor explains.
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(nodes.map(([p]) => p)).toEqual(
      expect.arrayContaining(['/properties/onderdelen', '/definitions/dekkingsregel/properties/bedrag']),
    );
  });

  it.each(nodes)('%s has a Dutch title, a description and examples', (_pointer, node) => {
    expect(typeof node.title).toBe('string');
    expect(typeof node.description).toBe('string');
    expect((node.description as string).length).toBeGreaterThan(10);
    // Dutch, not English: the wording of the plan's own users.
    expect(node.description).not.toMatch(/\b(the|and|which|with|is not)\b/i);
    const examples = node.examples as unknown[] | undefined;
    const enumerated = Array.isArray(node.enum);
    expect(enumerated || (Array.isArray(examples) && examples.length > 0)).toBe(true);
  });

  it.each(nodes.filter(([, n]) => Array.isArray(n.examples) || 'default' in n))(
    '%s: its examples and default are valid',
    (pointer, node) => {
      // strictTypes off: a propertyNames schema taken on its own has no type, though in place it needs none.
      const ajv = new Ajv({ strict: true, strictTypes: false, allowUnionTypes: true });
      ajv.addSchema(schema);
      const validate = ajv.getSchema(`${schema.$id as string}#${pointer}`)!;
      for (const example of [...((node.examples as unknown[]) ?? []), ...('default' in node ? [node.default] : [])]) {
        expect(validate(example), `${JSON.stringify(example)}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    },
  );

  it('gives a default exactly where leaving a key out means an empty list', () => {
    const withDefault = nodes.filter(([, n]) => 'default' in n).map(([p]) => p);
    expect(withDefault).toEqual([
      '/properties/resultaten/properties/punten',
      '/definitions/activiteit/properties/themas',
      '/definitions/activiteit/properties/actiehouders',
      '/definitions/activiteit/properties/indicatoren',
      '/definitions/activiteit/properties/dekking',
    ]);
  });
});

describe('jaarplan schema', () => {
  it('prints the schema as published', async () => {
    const r = await runCli(['schema'], root);
    expect(r).toEqual({ code: 0, stdout: text, stderr: '' });
  });

  it('prints where the schema is with --path', async () => {
    const r = await runCli(['schema', '--path'], root);
    expect(r.code).toBe(0);
    expect(readFileSync(r.stdout.trim(), 'utf8')).toBe(text);
  });
});

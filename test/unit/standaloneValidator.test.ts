import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import validate, { schemaSha256 } from '#plan-validator';
import { ajvOptions, outputFile, schemaFile, schemaHash, validatorModule } from '../../scripts/buildValidator.mjs';
import { root } from '../helpers/paths.js';

// The CLI validates with code generated from the schema at build time; these tests make sure it is
// the code of the schema as it is now, and that it reports exactly what ajv compiling the schema
// at run time reports, errors and all (the error mapping reads parentSchema and data from them).
const runtime = new Ajv(ajvOptions).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const folders = ['plans', 'test/fixtures/checks', 'test/fixtures/bad', 'test/fixtures/multi'];
const files = folders.flatMap((d) => readdirSync(root + d).map((f) => `${d}/${f}`));

/** The data of a fixture as the loader sees it, or undefined where YAML refuses it. */
function dataOf(file: string): unknown {
  try {
    return parseDocument(readFileSync(root + file, 'utf8'), { uniqueKeys: false }).toJS({ maxAliasCount: 0 });
  } catch {
    return undefined;
  }
}

const valid = JSON.parse(JSON.stringify(dataOf('test/fixtures/checks/valid.yaml'))) as Record<string, unknown>;
const made: [string, unknown][] = [
  ['null', null],
  ['a list', []],
  ['a number', 7],
  ['an empty mapping', {}],
  ['wrong types everywhere', { jaar: '2013', titel: 1, gemeente: [], bronnen: [], onderdelen: {}, resultaten: 'x' }],
  ['an unknown key and a bad enum', { ...valid, extra: 1, bronnen: { a: { naam: 'A', soort: 'eigenn', x: 1 } } }],
  [
    'bad activities',
    {
      ...valid,
      onderdelen: [
        { titel: '', activiteiten: [{ nr: 0, titel: 'x', themas: ['sociaal', 'sociaal', 'nee'], dekking: [{ bedrag: true }] }] },
      ],
    },
  ],
  ['bad results', { ...valid, resultaten: { jaar: 1800.5, punten: [{ nrs: [1, 1, -2] }, 3], gerealiseerd_procent: 120 } }],
];

describe('the validator generated at build time', () => {
  it('was generated from the schema as it is now', () => {
    expect(schemaSha256).toBe(schemaHash());
    expect(readFileSync(outputFile, 'utf8')).toBe(validatorModule(readFileSync(schemaFile)));
  });

  it.each([...files.map((f): [string, unknown] => [f, dataOf(f)]), ...made])(
    'gives the same result as the runtime compiler for %s',
    (_, data) => {
      const generated = validate(data);
      const compiled = runtime(data);
      expect(generated).toBe(compiled);
      expect(validate.errors ?? null).toEqual(runtime.errors ?? null);
    },
  );

  it('keeps the parent schema and the data in its errors', () => {
    expect(validate({ ...valid, onbekend: 1 })).toBe(false);
    const error = validate.errors?.find((e) => e.keyword === 'additionalProperties');
    expect(Object.keys((error!.parentSchema as { properties: object }).properties)).toContain('onderdelen');
    expect(error?.data).toMatchObject({ onbekend: 1 });
  });

  it('fails on a plan the schema refuses, so the comparison above can fail', () => {
    expect(made.filter(([, data]) => !validate(data)).length).toBe(made.length);
  });
});

// Makes schemas/output/<name>.schema.json, the JSON Schema of each JSON output, from the types of
// the JSON contract (src/reporters/jsonContract.ts, whose JSON_OUTPUTS lists every output and its
// type). The types are the contract; the schemas are generated from them, never written by hand, and
// test/commands/outputSchemas.test.ts checks that the shipped schemas are this script's output and that the
// real output of every command validates against its schema.
//
//   npm run build && node scripts/buildOutputSchemas.mjs           writes the schemas
//   npm run build && node scripts/buildOutputSchemas.mjs --check   exits 1 when a schema differs
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = new URL('../', import.meta.url);

/** The folder the schemas are written to. */
export const outputDir = new URL('schemas/output/', root);

/** The schemas of every JSON output, by file name, as the text to write. */
export async function outputSchemas() {
  const { JSON_CONTRACT_VERSION, JSON_OUTPUTS } = await import(new URL('dist/reporters/jsonContract.js', root).href);
  const generator = createGenerator({
    path: fileURLToPath(new URL('src/reporters/jsonContract.ts', root)),
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: true,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
  });
  const major = JSON_CONTRACT_VERSION.split('.')[0];
  const files = new Map();
  for (const output of JSON_OUTPUTS) {
    const generated = generator.createSchema(output.type);
    const schema = {
      $schema: generated.$schema,
      $id: `urn:jaarplan:schema:output:${output.name}:${major}`,
      title: `jaarplan ${output.command}`,
      description: `The output of \`jaarplan ${output.command}\`, JSON contract ${JSON_CONTRACT_VERSION} (docs/json.md). Generated from the type ${output.type} by scripts/buildOutputSchemas.mjs.`,
      $ref: generated.$ref,
      definitions: generated.definitions,
    };
    files.set(`${output.name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = await outputSchemas();
  if (check) {
    const present = new Set(readdirSync(outputDir).filter((f) => f.endsWith('.schema.json')));
    const stale = [...files]
      .filter(([name, text]) => !present.has(name) || readFileSync(new URL(name, outputDir), 'utf8') !== text)
      .map(([name]) => name);
    const extra = [...present].filter((name) => !files.has(name));
    for (const name of stale) console.error(`schemas/output/${name} differs from the contract's types: run npm run schemas`);
    for (const name of extra) console.error(`schemas/output/${name} belongs to no output of the contract: remove it`);
    process.exit(stale.length + extra.length > 0 ? 1 : 0);
  }
  mkdirSync(outputDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(new URL(name, outputDir), text);
  console.log(`${files.size} schemas written to schemas/output/`);
}

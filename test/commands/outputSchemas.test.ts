import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { JSON_CONTRACT_VERSION, JSON_OUTPUTS } from '../../src/reporters/jsonContract.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The JSON contract's schemas (schemas/output/) are generated from its types; this checks that the
// shipped schemas are current, that they are closed (an unknown field fails), and that the real
// output of every JSON command, on every real plan set the repository has, validates against its own.

type OutputName = (typeof JSON_OUTPUTS)[number]['name'];

const schemaDir = join(root, 'schemas', 'output');
const ajv = new Ajv({ strict: false, allErrors: true });
const validators = new Map<OutputName, ValidateFunction>(
  JSON_OUTPUTS.map((o) => [o.name, ajv.compile(JSON.parse(readFileSync(join(schemaDir, `${o.name}.schema.json`), 'utf8')))]),
);

/** The real plan sets: the bundled plans, the public budget documents, and the sets of the tests. */
const realSets = readdirSync(join(root, 'test/fixtures/real')).map((d) => `test/fixtures/real/${d}/plans`);
const sets = ['plans', 'test/fixtures/money', 'test/fixtures/years', 'test/fixtures/noorderhaven', 'test/fixtures/multi', ...realSets];

/** The years of a set's plans, read the way a user would: from `totals --format json`. */
function yearsOf(stdout: string): number[] {
  const parsed = JSON.parse(stdout) as { plans: { jaar: number }[] };
  return [...new Set(parsed.plans.map((p) => p.jaar))].sort((a, b) => a - b);
}

/** Each command line of the contract on one set of plans, with the output it belongs to. */
async function runsOf(set: string): Promise<{ output: OutputName; args: string[] }[]> {
  const totals = await runCli(['totals', set, '--format', 'json'], root);
  const years = totals.stdout.trim().startsWith('{') ? yearsOf(totals.stdout) : [];
  const runs: { output: OutputName; args: string[] }[] = [
    { output: 'validate', args: ['validate', set, '--format', 'json'] },
    { output: 'totals', args: ['totals', set, '--format', 'json'] },
    ...(['source', 'wijk', 'taakveld', 'karakter'] as const).map((by) => ({
      output: 'totals-by' as const,
      args: ['totals', set, '--by', by, '--format', 'json'],
    })),
  ];
  for (const year of years) {
    runs.push({ output: 'report', args: ['report', set, '--year', String(year), '--format', 'json'] });
    runs.push({ output: 'verantwoording', args: ['verantwoording', set, '--year', String(year), '--format', 'json'] });
  }
  if (years.length > 0) {
    const range = `${years[0]}-${years.at(-1)}`;
    runs.push({ output: 'totals-years', args: ['totals', set, '--years', range, '--format', 'json'] });
    runs.push({ output: 'report-years', args: ['report', set, '--years', range, '--format', 'json'] });
    runs.push({ output: 'verantwoording-years', args: ['verantwoording', set, '--years', range, '--format', 'json'] });
  }
  return runs;
}

describe('the JSON contract and its generated schemas', () => {
  it('ships the schemas that the contract types generate (npm run schemas)', () => {
    const out = execFileSync(process.execPath, ['scripts/buildOutputSchemas.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(out).toBe('');
  }, 180_000);

  it('has one schema per output, carrying the contract version, and nothing else in the folder', () => {
    const files = readdirSync(schemaDir).sort();
    expect(files).toEqual(JSON_OUTPUTS.map((o) => `${o.name}.schema.json`).sort());
    const major = JSON_CONTRACT_VERSION.split('.')[0];
    for (const o of JSON_OUTPUTS) {
      const schema = JSON.parse(readFileSync(join(schemaDir, `${o.name}.schema.json`), 'utf8')) as { $id: string; description: string };
      expect(schema.$id).toBe(`urn:jaarplan:schema:output:${o.name}:${major}`);
      expect(schema.description).toContain(JSON_CONTRACT_VERSION);
    }
    expect(readFileSync(join(root, 'docs/json.md'), 'utf8')).toContain(`(now ${JSON_CONTRACT_VERSION})`);
  });

  it('closes every object: an output with a field the contract does not name fails its schema', async () => {
    const { stdout } = await runCli(['totals', 'plans', '--format', 'json'], root);
    const output = JSON.parse(stdout) as Record<string, unknown> & { sources: Record<string, unknown>[] };
    const validate = validators.get('totals')!;
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...output, extra: 1 })).toBe(false);
    expect(validate({ ...output, sources: [{ ...output.sources[0], extra: 1 }] })).toBe(false);
    expect(validate({ ...output, total: '40000' })).toBe(false);
  });

  it('diff: the real output validates, for every kind of change the fixtures hold', async () => {
    const dir = 'test/fixtures/diff';
    const edits = readdirSync(join(root, dir)).filter((f) => f !== 'base.yaml');
    const validate = validators.get('diff')!;
    for (const edit of edits) {
      const { stdout } = await runCli(['diff', `${dir}/base.yaml`, `${dir}/${edit}`, '--format', 'json'], root);
      const output = JSON.parse(stdout) as unknown;
      expect(validate(output), `${edit}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(edits.length).toBeGreaterThan(10);
  }, 120_000);

  it('an output with findings first (a plan whose budget rules fail) validates against its schema', async () => {
    const runs = (await runsOf('test/fixtures/checks/over-budget.yaml')).filter((r) => r.output !== 'validate');
    expect(runs.length).toBeGreaterThanOrEqual(9);
    for (const { output, args } of runs) {
      const { stdout, code } = await runCli(args, root);
      expect(code, args.join(' ')).toBe(1);
      const body = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(body)[0], args.join(' ')).toBe('findings');
      const validate = validators.get(output)!;
      expect(validate(body), `${args.join(' ')}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  }, 120_000);

  it('every other output: the real output on every real plan set validates against its schema', async () => {
    const validated = new Map<OutputName, number>();
    for (const set of sets) {
      for (const { output, args } of await runsOf(set)) {
        const { stdout, code } = await runCli(args, root);
        // A refused set prints its findings on standard error and nothing on standard output.
        if (!stdout.trim().startsWith('{')) {
          expect(code, `${args.join(' ')} printed no JSON`).not.toBe(0);
          continue;
        }
        const validate = validators.get(output)!;
        expect(validate(JSON.parse(stdout)), `${args.join(' ')}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
        validated.set(output, (validated.get(output) ?? 0) + 1);
      }
    }
    for (const o of JSON_OUTPUTS.filter((o) => o.name !== 'diff')) expect(validated.get(o.name) ?? 0, o.name).toBeGreaterThanOrEqual(3);
  }, 600_000);
});

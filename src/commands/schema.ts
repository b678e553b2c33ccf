import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { CommandContext } from './common.js';
import { schemaUrl } from '../load/schema.js';

/** The options of `schema`. */
export interface SchemaOptions {
  /** Print where the schema file is rather than its content. */
  path: boolean;
}

/** `jaarplan schema`: the plan schema as published, for editors and other validators. */
export async function schemaCommand(options: SchemaOptions, io: Io): Promise<number> {
  io.stdout(options.path ? `${fileURLToPath(schemaUrl)}\n` : await readFile(schemaUrl, 'utf8'));
  return 0;
}

/** Adds `schema` to the program. */
export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command('schema')
    .description('print the JSON Schema of a plan (for editors and other validators)')
    .option('--path', 'print where the schema file is, rather than its content', false)
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan schema > jaarplan.schema.json
  $ jaarplan schema --path

In a plan, the first line points editors at the schema:
  # yaml-language-server: $schema=../node_modules/jaarplan/schemas/jaarplan.schema.json`,
    )
    .action(async (o: { path: boolean }) => {
      ctx.exit(await schemaCommand({ path: o.path }, ctx.io));
    });
}

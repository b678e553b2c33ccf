import { Option, type Command } from 'commander';
import type { FailOn } from '../core/diffPlans.js';
import { diffFormats } from '../reporters/diff/index.js';
import { formatsOf } from '../reporters/registry.js';
import { configOption, type CommandContext } from './common.js';
import type { DiffOptions } from './diffRun.js';

// The comparison itself (git, the diff core, its words) is loaded only when `diff` runs, so other
// commands start without it.
/** Adds `diff` to the program. */
export function registerDiff(program: Command, ctx: CommandContext): void {
  program
    .command('diff')
    .description('what an edit does to plans: activities, owners, amounts and totals before and after')
    .argument('[old]', 'the old plan file, a git revision REV (against the working tree), a range REV1..REV2, or - for standard input')
    .argument('[new]', 'the new plan file, or the path of the plan at the revision or in the range')
    .option('--base <rev>', 'compare every plan that changed between this git revision and the working tree')
    .option('--plans <dir>', 'the folder of plans that --base looks in', 'plans')
    .addOption(new Option('--fail-on <change>', 'exit 1 when the budget changed this way').choices(['increase', 'decrease', 'any']))
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatsOf(diffFormats)).default('table'))
    .addOption(configOption())
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan diff plans/2014.yaml plans/2014-concept.yaml
  $ jaarplan diff main..HEAD plans/2014.yaml
  $ jaarplan diff HEAD plans/2014.yaml
  $ git show HEAD:plans/2014.yaml | jaarplan diff - plans/2014.yaml
  $ jaarplan diff --base origin/main --format markdown
  $ jaarplan diff --base origin/main --fail-on increase

Exit codes: 0 diff shown, 1 --fail-on tripped or the edit introduced an error, 2 usage, input or git failure.`,
    )
    .action(
      async (
        oldArg: string | undefined,
        newArg: string | undefined,
        o: { format: DiffOptions['format']; base?: string; plans: string; failOn?: FailOn; config?: string },
      ) => {
        const args = [oldArg, newArg].filter((a): a is string => a !== undefined);
        const options: DiffOptions = {
          ...ctx.global(),
          format: o.format,
          plans: o.plans,
          ...(o.base === undefined ? {} : { base: o.base }),
          ...(o.failOn === undefined ? {} : { failOn: o.failOn }),
          ...(o.config === undefined ? {} : { config: o.config }),
        };
        const { diffCommand } = await import('./diffRun.js');
        ctx.exit(await diffCommand(args, options, ctx.io));
      },
    );
}

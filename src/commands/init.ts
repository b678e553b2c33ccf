import type { Command } from 'commander';
import { parseYear, type CommandContext } from './common.js';
import type { InitOptions } from './initRun.js';

// Writing a new plan is loaded only when `init` runs, so other commands start without it.
/** Adds `init` to the program. */
export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command('init')
    .description("write a new plan: a commented skeleton, or the next year's plan from an earlier one")
    .requiredOption('-y, --year <year>', 'the year of the new plan', parseYear)
    .option('--from <file>', 'start from this earlier plan: same sources, sections and activities')
    .option('--wijk <name>', 'the neighbourhood of the new plan (default: the city-wide plan)')
    .option('--keep-amounts', 'with --from: keep the amounts and the total budget rather than clearing them', false)
    .option('-o, --out <file>', 'where to write (default: plans/<year>.yaml, or plans/<year>-<wijk>.yaml)')
    .addHelpText(
      'after',
      `
Never overwrites a file. The new plan validates (warnings for what is still to be filled in).

Examples:
  $ jaarplan init --year 2014
  $ jaarplan init --year 2014 --from plans/2013.yaml
  $ jaarplan init --year 2014 --from plans/2013.yaml --keep-amounts
  $ jaarplan init --year 2014 --wijk Zeebuurt          writes plans/2014-zeebuurt.yaml`,
    )
    .action(async (o: { year: number; from?: string; wijk?: string; keepAmounts: boolean; out?: string }) => {
      const options: InitOptions = { ...ctx.global(), year: o.year, keepAmounts: o.keepAmounts };
      if (o.from !== undefined) options.from = o.from;
      if (o.wijk !== undefined) options.wijk = o.wijk;
      if (o.out !== undefined) options.out = o.out;
      const { initCommand } = await import('./initRun.js');
      ctx.exit(await initCommand(options, ctx.io));
    });
}

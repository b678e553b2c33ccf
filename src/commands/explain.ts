import type { Command } from 'commander';
import type { Code } from '../core/diagnostic.js';
import { nearest } from '../core/nearest.js';
import { JaarplanError } from '../errors.js';
import type { CommandContext } from './common.js';

/** `jaarplan explain [CODE]`: what a check asks, why, and how to fix a finding. */
export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command('explain')
    .argument('[code]', 'the code of a check, as shown in brackets after a message')
    .description('explain a check: what it asks, why, and how to fix a finding')
    .option('--markdown', 'print Markdown rather than plain text', false)
    .addHelpText(
      'after',
      `
Examples:
  $ jaarplan explain                       every code with one line each
  $ jaarplan explain ambiguous-amount`,
    )
    .action(async (code: string | undefined, o: { markdown: boolean }) => {
      const { lang } = ctx.global();
      // The texts of every check are loaded only to explain one: building them takes time at start.
      const { allCodes, explainList, explainMarkdown, explainText } = await import('../reporters/explain.js');
      if (code === undefined) {
        ctx.io.stdout(explainList(lang));
        return;
      }
      if (!(allCodes as string[]).includes(code)) {
        const suggestion = nearest(code, allCodes);
        throw new JaarplanError('unknown-code', { code, ...(suggestion === undefined ? {} : { suggestion }) });
      }
      ctx.io.stdout(o.markdown ? explainMarkdown(code as Code, lang) : explainText(code as Code, lang));
    });
}

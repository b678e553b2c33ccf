import type { Command } from 'commander';
import type { CommandContext } from './common.js';

// The language server and its libraries are loaded only when `lsp` runs, so other commands start without them.
/** Adds `lsp` to the program. */
export function registerLsp(program: Command, ctx: CommandContext): void {
  program
    .command('lsp')
    .description("the language server for editors: validate's checks as you type, the money inline, help, completion and quick fixes")
    .option('--stdio', 'talk over standard input and output (the only way; accepted because editors pass it)')
    .addHelpText(
      'after',
      `
Started by an editor, never by hand; see docs/editors.md for VS Code, Neovim and Helix.

Examples:
  $ jaarplan lsp --stdio`,
    )
    .action(async () => {
      const { startServer } = await import('../lsp/server.js');
      await startServer({ input: process.stdin, output: process.stdout, lang: ctx.global().lang, cwd: ctx.io.cwd });
      ctx.exit(0);
    });
}

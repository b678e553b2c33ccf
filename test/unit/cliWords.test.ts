import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { helpBlockTexts, helpInDutch } from '../../src/i18n/cli.js';
import type { JaarplanCommand } from '../../src/program.js';

/** Every English text of the help: descriptions of the program, commands, options and arguments, and the help blocks. */
function englishTexts(): string[] {
  const program = buildProgram('en', { stdout: () => {}, stderr: () => {}, cwd: '.', env: {}, isTTY: false }, () => {});
  const texts: string[] = [];
  for (const command of [program, ...(program.commands as JaarplanCommand[])]) {
    texts.push(command.description());
    for (const option of command.options) if (option.description) texts.push(option.description);
    for (const argument of command.registeredArguments) if (argument.description) texts.push(argument.description);
    for (const block of command.helpTexts) texts.push(...helpBlockTexts(block));
  }
  return [...new Set(texts)].filter((t) => t !== 'output the version number');
}

describe('the words of the command line', () => {
  it('has a Dutch text for every English text of the help', () => {
    const missing = englishTexts().filter((text) => !(text in helpInDutch));
    expect(missing).toEqual([]);
  });

  it('has no Dutch text left over from a text the help no longer has', () => {
    const texts = new Set(englishTexts());
    expect(Object.keys(helpInDutch).filter((text) => !texts.has(text))).toEqual([]);
  });
});

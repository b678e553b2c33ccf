import {
  Command,
  InvalidArgumentError,
  Option,
  type AddHelpTextContext,
  type AddHelpTextPosition,
  type Argument,
  type Help,
} from 'commander';
import type { Lang } from './i18n/lang.js';
import { nearest } from './core/nearest.js';
import { cliWords, helpBlock, helpText, type CliErrorArgs, type CliErrorCode } from './i18n/cli.js';

/**
 * A value that an option's own parser refuses, by what was expected; the command line words it in
 * the user's language and names the option it was given to.
 */
export class InvalidValue extends InvalidArgumentError {
  constructor(readonly expected: 'count') {
    super(expected);
  }
}

/** What commander keeps of a command that these overrides need, beyond its typed interface. */
interface Internals {
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
}

/**
 * A commander command that speaks the user's language. commander words its usage errors in
 * English; each of them is made here from its data (the unknown name, the option, the value) and
 * worded by src/i18n/cli.ts, keyed by commander's error code. The help is worded there too, through
 * `configureHelp` and `addHelpText`. Option and command names are never translated.
 *
 * The overridden methods are commander's own steps for each error (`unknownOption`,
 * `_excessArguments`, …); the tests of every message fail should a new commander rename one.
 */
export class JaarplanCommand extends Command {
  /** The language of the help and the messages; set on the program, read by its commands. */
  language: Lang = 'nl';
  /** The texts given to `addHelpText`, as written (in English). */
  readonly helpTexts: string[] = [];

  override createCommand(name?: string): JaarplanCommand {
    return new JaarplanCommand(name);
  }

  /** The language, as set on the program. */
  lang(): Lang {
    let command: Command = this;
    while (command.parent) command = command.parent;
    return command instanceof JaarplanCommand ? command.language : 'nl';
  }

  /** The command as typed after `jaarplan`: `validate`, or '' for the program itself. */
  private typed(): string {
    const names: string[] = [];
    for (let command: Command | null = this; command?.parent; command = command.parent) names.unshift(command.name());
    return names.join(' ');
  }

  private fail<C extends CliErrorCode>(code: C, args: CliErrorArgs[C]): never {
    const make = cliWords[this.lang()].errors[code] as (args: CliErrorArgs[C]) => string;
    return this.error(`jaarplan: ${make(args)}`, { code, exitCode: 2 });
  }

  override addHelpText(position: AddHelpTextPosition, text: string | ((context: AddHelpTextContext) => string)): this {
    if (typeof text === 'string') this.helpTexts.push(text);
    // Worded when the help is shown, when the program's language is known.
    return super.addHelpText(position, (context: AddHelpTextContext) =>
      helpBlock(typeof text === 'string' ? text : text(context), this.lang()),
    );
  }

  unknownCommand(name: string = this.args[0] ?? ''): never {
    const suggestion = nearest(
      name,
      this.createHelp()
        .visibleCommands(this)
        .map((c) => c.name()),
    );
    return this.fail('commander.unknownCommand', { name, ...(suggestion === undefined ? {} : { suggestion }) });
  }

  /**
   * `jaarplan help NAME`: commander shows the general help for a name that is no command; here it
   * is the usage error that `jaarplan NAME` gives, with the nearest command suggested.
   */
  _dispatchHelpCommand(name?: string): unknown {
    if (name !== undefined && !this.commands.some((c) => c.name() === name || c.aliases().includes(name))) this.unknownCommand(name);
    return (Command.prototype as unknown as { _dispatchHelpCommand(name?: string): unknown })._dispatchHelpCommand.call(this, name);
  }

  unknownOption(flag: string): void {
    if ((this as unknown as Internals)._allowUnknownOption) return;
    // The options of this command and of the program, which are valid after a command too.
    const candidates: string[] = [];
    for (let command: Command | null = this; command; command = command.parent) {
      for (const option of command.createHelp().visibleOptions(command)) if (option.long) candidates.push(option.long);
    }
    const suggestion = flag.startsWith('--') ? nearest(flag, candidates) : undefined;
    this.fail('commander.unknownOption', { flag, command: this.typed(), ...(suggestion === undefined ? {} : { suggestion }) });
  }

  missingArgument(name: string): never {
    return this.fail('commander.missingArgument', { name, command: this.typed() });
  }

  optionMissingArgument(option: Option): never {
    return this.fail('commander.optionMissingArgument', { flags: option.flags });
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.fail('commander.missingMandatoryOptionValue', { flags: option.flags, command: this.typed() });
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as Internals)._allowExcessArguments) return;
    this.fail('commander.excessArguments', { command: this.typed(), expected: this.registeredArguments.length, received });
  }

  _conflictingOption(option: Option, conflicting: Option): never {
    return this.fail('commander.conflictingOption', {
      option: option.long ?? option.flags,
      conflicting: conflicting.long ?? conflicting.flags,
    });
  }

  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    try {
      return target.parseArg!(value, previous);
    } catch (error) {
      if ((error as { code?: string }).code !== 'commander.invalidArgument') throw error;
      const name = target instanceof Option ? (target.long ?? target.flags) : `<${target.name()}>`;
      const args: CliErrorArgs['commander.invalidArgument'] = { name, value };
      if (target.argChoices) args.allowed = target.argChoices;
      else if (error instanceof InvalidValue) args.expected = error.expected;
      else args.detail = (error as Error).message;
      return this.fail('commander.invalidArgument', args);
    }
  }
}

/** The help in the language: headings, descriptions, and the choices and default of an option. */
function helpIn(lang: Lang): Partial<Help> {
  const words = cliWords[lang];
  const withExtras = (description: string, choices: readonly string[] | undefined, defaultValue: string | undefined) => {
    const extras = [
      ...(choices ? [`${words.choices}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`] : []),
      ...(defaultValue === undefined ? [] : [`${words.default}: ${defaultValue}`]),
    ];
    return extras.length === 0 ? description : `${description} (${extras.join(', ')})`;
  };
  const defaultOf = (value: unknown, shown: string | undefined) => (value === undefined ? undefined : (shown ?? JSON.stringify(value)));
  return {
    styleTitle: (title) => words.headings[title] ?? title,
    commandDescription: (command) => helpText(command.description(), lang),
    subcommandDescription: (command) => helpText(command.summary() || command.description(), lang),
    // A flag's default (false) says nothing; the default of an option with a value does.
    optionDescription: (option) =>
      withExtras(
        helpText(option.description, lang),
        option.argChoices,
        option.required || option.optional ? defaultOf(option.defaultValue, option.defaultValueDescription) : undefined,
      ),
    argumentDescription: (argument) =>
      withExtras(
        helpText(argument.description, lang),
        argument.argChoices,
        defaultOf(argument.defaultValue, argument.defaultValueDescription),
      ),
  };
}

/**
 * The program, speaking `lang` in its help and its usage errors from the start: the language is
 * known before commander parses (and so before it can print anything).
 */
export function createProgram(name: string, lang: Lang): JaarplanCommand {
  const program = new JaarplanCommand(name);
  program.language = lang;
  const words = cliWords[lang];
  // Set before the commands are added, which take these settings over.
  program.helpOption('-h, --help', words.help).helpCommand('help [command]', words.help).configureHelp(helpIn(lang));
  return program;
}

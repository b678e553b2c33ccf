import { Argument, type Command, type Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { cliWords, helpText } from '../i18n/cli.js';
import type { CommandContext } from './common.js';

/** The shells completion scripts are made for. */
export const shells = ['bash', 'zsh', 'fish'] as const;

/** A shell completion scripts are made for. */
export type Shell = (typeof shells)[number];

/** What completes after an option or as an argument: fixed words, file names, or nothing to offer. */
type Values = { kind: 'words'; words: string[] } | { kind: 'files' } | { kind: 'none' };

/** One option as completion sees it. */
interface OptionSpec {
  /** `-f`, if it has a short form. */
  short?: string;
  /** `--format`. */
  long: string;
  /** Its help text. */
  description: string;
  /** Whether it takes a value, and which. */
  value: Values | null;
}

/** One command as completion sees it. */
interface CommandSpec {
  /** Its name. */
  name: string;
  /** Its help text. */
  description: string;
  /** Its own options. */
  options: OptionSpec[];
  /** What its arguments are. */
  args: Values;
}

/** The whole command line as completion sees it, read from the commander program itself. */
export interface CompletionSpec {
  /** The program's name. */
  name: string;
  /** Options of the program, valid before and after the command (--lang, --no-color). */
  global: OptionSpec[];
  /** Options valid only before a command (the global ones, --version and --help). */
  top: OptionSpec[];
  /** The commands. */
  commands: CommandSpec[];
}

// Placeholders that name a path: these complete file names; other values are typed by hand.
const PATH_PLACEHOLDER = /<(file|dir|path|paths)(\.\.\.)?>|\[(file|dir|path|paths)(\.\.\.)?\]/;

function valuesOf(flags: string, choices: readonly string[] | undefined): Values {
  if (choices && choices.length > 0) return { kind: 'words', words: [...choices] };
  return PATH_PLACEHOLDER.test(flags) ? { kind: 'files' } : { kind: 'none' };
}

function optionSpec(option: Option, lang: Lang): OptionSpec {
  const takesValue = option.required || option.optional;
  return {
    ...(option.short ? { short: option.short } : {}),
    long: option.long ?? option.flags,
    description: helpText(option.description, lang),
    value: takesValue ? valuesOf(option.flags, option.argChoices) : null,
  };
}

function argsOf(command: Command): Values {
  const first = command.registeredArguments[0];
  if (!first) return { kind: 'none' };
  return valuesOf(`<${first.name()}${first.variadic ? '...' : ''}>`, first.argChoices);
}

/**
 * Reads the completion spec from the program, so the scripts can never drift from the real options;
 * the descriptions are in `lang`, as the help is.
 */
export function completionSpec(program: Command, lang: Lang = 'en'): CompletionSpec {
  const help: OptionSpec = { short: '-h', long: '--help', description: cliWords[lang].help, value: null };
  const commands = program.commands.map((c) => ({
    name: c.name(),
    description: helpText(c.description(), lang),
    options: [...c.options.map((o) => optionSpec(o, lang)), help],
    args: argsOf(c),
  }));
  // commander's implicit `help` command takes a command name.
  if (!commands.some((c) => c.name === 'help')) {
    commands.push({
      name: 'help',
      description: cliWords[lang].help,
      options: [],
      args: { kind: 'words', words: commands.map((c) => c.name) },
    });
  }
  const options = program.options.map((o) => optionSpec(o, lang));
  return {
    name: program.name(),
    global: options.filter((o) => o.long !== '--version'),
    top: [...options, help],
    commands,
  };
}

const flagsOf = (o: OptionSpec) => (o.short ? [o.short, o.long] : [o.long]);
const sq = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const fn = (name: string) => `_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** A bash completion script: `source <(jaarplan completion bash)`. */
export function bashScript(spec: CompletionSpec): string {
  const name = spec.name;
  const valueCases = (options: OptionSpec[]) =>
    options
      .filter((o) => o.value !== null && o.value.kind !== 'files')
      .map((o) => {
        const words = o.value!.kind === 'words' ? (o.value as { words: string[] }).words.join(' ') : '';
        return `        ${flagsOf(o).join('|')}) COMPREPLY=($(compgen -W ${sq(words)} -- "$cur")); return ;;`;
      })
      .join('\n');
  const fileOptions = (options: OptionSpec[]) => options.filter((o) => o.value?.kind === 'files').flatMap(flagsOf);
  const commandCase = (c: CommandSpec) => {
    const options = [...c.options, ...spec.global];
    const files = fileOptions(options);
    const args =
      c.args.kind === 'words'
        ? `COMPREPLY=($(compgen -W ${sq(c.args.words.join(' '))} -- "$cur"))`
        : c.args.kind === 'files'
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : 'COMPREPLY=()';
    return [
      `    ${c.name})`,
      '      case "$prev" in',
      valueCases(options),
      ...(files.length > 0 ? [`        ${files.join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`] : []),
      '      esac',
      `      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${sq(options.flatMap(flagsOf).join(' '))} -- "$cur")); else ${args}; fi`,
      '      ;;',
    ]
      .filter((l) => l !== '')
      .join('\n');
  };
  return `# ${name} completion for bash, made from ${name}'s own commands and options.
# Load it in the current shell:   source <(${name} completion bash)
# or for every shell:             ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
${fn(name)}() {
  local cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${spec.commands.map((c) => c.name).join('|')}) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
${spec.commands.map(commandCase).join('\n')}
    *)
      case "$prev" in
${valueCases(spec.top)}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W ${sq(spec.top.flatMap(flagsOf).join(' '))} -- "$cur")); else COMPREPLY=($(compgen -W ${sq(spec.commands.map((c) => c.name).join(' '))} -- "$cur")); fi
      ;;
  esac
}
complete -o default -F ${fn(name)} ${name}
`;
}

/** A zsh completion script: `source <(jaarplan completion zsh)`, or saved as `_jaarplan` on $fpath. */
export function zshScript(spec: CompletionSpec): string {
  const name = spec.name;
  const esc = (text: string) => text.replaceAll('\\', '\\\\').replaceAll(']', '\\]').replaceAll("'", `'\\''`);
  const action = (v: Values) => (v.kind === 'words' ? `(${v.words.join(' ')})` : v.kind === 'files' ? '_files' : ' ');
  const optionLines = (options: OptionSpec[]) =>
    options.map((o) => {
      const value = o.value === null ? '' : `:${o.long.replace(/^--/, '')}:${action(o.value)}`;
      const names = o.short ? `'(${o.short} ${o.long})'{${o.short},${o.long}}` : '';
      return names !== ''
        ? `    ${names}'[${esc(o.description)}]${value.replaceAll("'", `'\\''`)}'`
        : `    '${o.long}[${esc(o.description)}]${value.replaceAll("'", `'\\''`)}'`;
    });
  const argLine = (v: Values) => (v.kind === 'none' ? [] : [`    '*:${v.kind === 'files' ? 'plan' : 'value'}:${action(v)}'`]);
  return `#compdef ${name}
# ${name} completion for zsh, made from ${name}'s own commands and options.
# Load it in the current shell:   source <(${name} completion zsh)
# or save it as _${name} in a folder on $fpath.
${fn(name)}() {
  local context state state_descr line
  typeset -A opt_args
  local -a commands
  commands=(
${spec.commands.map((c) => `    '${c.name}:${esc(c.description).replaceAll(':', '\\:')}'`).join('\n')}
  )
  _arguments -C \\
${optionLines(spec.top)
  .map((l) => `${l} \\`)
  .join('\n')}
    '1: :->command' \\
    '*:: :->args'
  case $state in
    command) _describe -t commands 'command' commands ;;
    args)
      case $words[1] in
${spec.commands
  .map(
    (c) =>
      [
        `        ${c.name})`,
        '          _arguments \\',
        ...[...optionLines([...c.options, ...spec.global]), ...argLine(c.args)].map((l) => `      ${l} \\`),
      ]
        .join('\n')
        .replace(/ \\$/, '') + '\n          ;;',
  )
  .join('\n')}
      esac
      ;;
  esac
}
if [[ "\${funcstack[1]}" == "${fn(name)}" ]]; then
  ${fn(name)} "$@"
else
  compdef ${fn(name)} ${name}
fi
`;
}

/** A fish completion script: `jaarplan completion fish | source`. */
export function fishScript(spec: CompletionSpec): string {
  const name = spec.name;
  const line = (o: OptionSpec, condition: string | null) => {
    const parts = [`complete -c ${name}`];
    if (condition) parts.push(`-n ${sq(condition)}`);
    if (o.short) parts.push(`-s ${o.short.slice(1)}`);
    parts.push(`-l ${o.long.replace(/^--/, '')}`);
    if (o.value?.kind === 'words') parts.push(`-x -a ${sq(o.value.words.join(' '))}`);
    else if (o.value?.kind === 'files') parts.push('-r -F');
    else if (o.value?.kind === 'none') parts.push('-x');
    parts.push(`-d ${sq(o.description)}`);
    return parts.join(' ');
  };
  const commandNames = spec.commands.map((c) => c.name).join(' ');
  const lines = [
    `# ${name} completion for fish, made from ${name}'s own commands and options.`,
    `# Load it in the current shell:   ${name} completion fish | source`,
    `# or for every shell:             ${name} completion fish > ~/.config/fish/completions/${name}.fish`,
    `complete -c ${name} -f`,
    ...spec.commands.map(
      (c) => `complete -c ${name} -n ${sq(`not __fish_seen_subcommand_from ${commandNames}`)} -a ${c.name} -d ${sq(c.description)}`,
    ),
    ...spec.global.map((o) => line(o, null)),
    ...spec.top.filter((o) => !spec.global.includes(o)).map((o) => line(o, `not __fish_seen_subcommand_from ${commandNames}`)),
  ];
  for (const c of spec.commands) {
    const seen = `__fish_seen_subcommand_from ${c.name}`;
    lines.push(...c.options.filter((o) => o.long !== '--help').map((o) => line(o, seen)));
    if (c.args.kind === 'files') lines.push(`complete -c ${name} -n ${sq(seen)} -F`);
    if (c.args.kind === 'words') lines.push(`complete -c ${name} -n ${sq(seen)} -x -a ${sq(c.args.words.join(' '))}`);
  }
  return lines.join('\n') + '\n';
}

/** The script of each shell. */
export const completionScripts = { bash: bashScript, zsh: zshScript, fish: fishScript } satisfies Record<
  Shell,
  (spec: CompletionSpec) => string
>;

/** Adds `completion` to the program. */
export function registerCompletion(program: Command, ctx: CommandContext): void {
  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(shells))
    .addHelpText(
      'after',
      `
Examples:
  $ source <(jaarplan completion bash)               in ~/.bashrc
  $ source <(jaarplan completion zsh)                in ~/.zshrc, after compinit
  $ jaarplan completion fish > ~/.config/fish/completions/jaarplan.fish`,
    )
    .action((shell: Shell) => {
      ctx.io.stdout(completionScripts[shell](completionSpec(program, ctx.global().lang)));
      ctx.exit(0);
    });
}

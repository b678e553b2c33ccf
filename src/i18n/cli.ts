import type { Lang } from './lang.js';

/** What each of commander's usage errors is about; the wording is made from these per language. */
export interface CliErrorArgs {
  /** `jaarplan valdate`. */
  'commander.unknownCommand': { name: string; suggestion?: string };
  /** `validate --stirct`; `command` is empty for an option before any command. */
  'commander.unknownOption': { flag: string; command: string; suggestion?: string };
  /** A value an option or argument does not take: one of `allowed`, or what `expected` says. */
  'commander.invalidArgument': { name: string; value: string; allowed?: string[]; expected?: 'count'; detail?: string };
  /** `completion` without its shell. */
  'commander.missingArgument': { name: string; command: string };
  /** `--year` at the end of the line, without its value. */
  'commander.optionMissingArgument': { flags: string };
  /** `init` without `--year`. */
  'commander.missingMandatoryOptionValue': { flags: string; command: string };
  /** `schema extra`. */
  'commander.excessArguments': { command: string; expected: number; received: string[] };
  /** `--quiet --verbose`. */
  'commander.conflictingOption': { option: string; conflicting: string };
}

/** A usage error of commander that jaarplan words itself. */
export type CliErrorCode = keyof CliErrorArgs;

/** The words of the command line itself: commander's help and usage errors, and exit reasons. */
export interface CliWords {
  /** The headings of the help, by commander's English heading. */
  headings: Record<string, string>;
  /** `-h, --help` and the `help` command. */
  help: string;
  /** `-V, --version`. */
  version: string;
  /** The choices and default an option's help lists after its description. */
  choices: string;
  default: string;
  /** commander's usage errors, keyed by its error code. */
  errors: { [C in CliErrorCode]: (args: CliErrorArgs[C]) => string };
  /** Why `validate --max-warnings N` failed. */
  tooManyWarnings: (count: number, max: number) => string;
  /** Why --strict failed a run without errors. */
  strictWarnings: (count: number) => string;
  /** After the reason a --cache file could not be written: the run's results stand. */
  cacheNotWritten: string;
}

const see = (command: string) => `jaarplan ${command === '' ? '' : `${command} `}--help`;

const nl: CliWords = {
  headings: {
    'Usage:': 'Gebruik:',
    'Arguments:': 'Argumenten:',
    'Options:': 'Opties:',
    'Commands:': 'Opdrachten:',
    'Global Options:': 'Algemene opties:',
  },
  help: 'toon de hulp bij een opdracht',
  version: 'toon het versienummer',
  choices: 'keuzes',
  default: 'standaard',
  errors: {
    'commander.unknownCommand': (a) =>
      `Onbekende opdracht "${a.name}".${a.suggestion ? ` Bedoelt u ${a.suggestion}?` : ''} ${see('')} toont alle opdrachten.`,
    'commander.unknownOption': (a) =>
      `Onbekende optie ${a.flag}${a.command ? ` voor ${a.command}` : ''}.${a.suggestion ? ` Bedoelt u ${a.suggestion}?` : ''} ` +
      `${see(a.command)} toont alle opties.`,
    'commander.invalidArgument': (a) =>
      `Ongeldige waarde "${a.value}" voor ${a.name}; ` +
      (a.allowed
        ? `kies uit ${a.allowed.join(', ')}.`
        : a.expected === 'count'
          ? 'geef een geheel getal van 0 of meer.'
          : `${a.detail ?? ''}`),
    'commander.missingArgument': (a) => `jaarplan ${a.command} mist het argument <${a.name}>. ${see(a.command)} toont voorbeelden.`,
    'commander.optionMissingArgument': (a) => `De optie ${a.flags} mist een waarde.`,
    'commander.missingMandatoryOptionValue': (a) => `jaarplan ${a.command} heeft de optie ${a.flags} nodig.`,
    'commander.excessArguments': (a) =>
      `Te veel argumenten voor jaarplan ${a.command}: ${a.expected === 0 ? 'geen' : `hoogstens ${a.expected}`} verwacht, ` +
      `${a.received.length} gekregen (${a.received.join(' ')}).`,
    'commander.conflictingOption': (a) => `${a.option} en ${a.conflicting} gaan niet samen; kies er één.`,
  },
  tooManyWarnings: (count, max) => `${count} ${count === 1 ? 'waarschuwing' : 'waarschuwingen'}, meer dan --max-warnings ${max}.`,
  strictWarnings: (count) =>
    `${count} ${count === 1 ? 'waarschuwing' : 'waarschuwingen'}; met --strict laten waarschuwingen de controle mislukken.`,
  cacheNotWritten: 'De cache is niet bijgewerkt; de uitkomst hierboven blijft geldig.',
};

const en: CliWords = {
  headings: {},
  help: 'display help for command',
  version: 'output the version number',
  choices: 'choices',
  default: 'default',
  errors: {
    'commander.unknownCommand': (a) =>
      `Unknown command "${a.name}".${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''} ${see('')} lists every command.`,
    'commander.unknownOption': (a) =>
      `Unknown option ${a.flag}${a.command ? ` for ${a.command}` : ''}.${a.suggestion ? ` Did you mean ${a.suggestion}?` : ''} ` +
      `${see(a.command)} lists every option.`,
    'commander.invalidArgument': (a) =>
      `Invalid value "${a.value}" for ${a.name}; ` +
      (a.allowed
        ? `choose one of ${a.allowed.join(', ')}.`
        : a.expected === 'count'
          ? 'give a whole number, 0 or more.'
          : `${a.detail ?? ''}`),
    'commander.missingArgument': (a) => `jaarplan ${a.command} needs the argument <${a.name}>. ${see(a.command)} shows examples.`,
    'commander.optionMissingArgument': (a) => `The option ${a.flags} needs a value.`,
    'commander.missingMandatoryOptionValue': (a) => `jaarplan ${a.command} needs the option ${a.flags}.`,
    'commander.excessArguments': (a) =>
      `Too many arguments for jaarplan ${a.command}: expected ${a.expected === 0 ? 'none' : `at most ${a.expected}`}, ` +
      `got ${a.received.length} (${a.received.join(' ')}).`,
    'commander.conflictingOption': (a) => `${a.option} and ${a.conflicting} cannot be used together; choose one.`,
  },
  tooManyWarnings: (count, max) => `${count} ${count === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${max}.`,
  strictWarnings: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}; with --strict, warnings fail the check.`,
  cacheNotWritten: 'The cache was not updated; the results above stand.',
};

/** The command line's words in each language. */
export const cliWords: Record<Lang, CliWords> = { nl, en };

/**
 * The Dutch of the help's English texts: the descriptions of the program, its commands, options and
 * arguments, and the lines of text after a command's options (examples are commands and stay as
 * they are; their comments are translated). The English is written next to the option it
 * describes, in src/commands; a test fails when an English text has no Dutch here.
 */
export const helpInDutch: Record<string, string> = {
  // The program
  'Validate, total and report the yearly plans (jaarplannen) of a neighbourhood programme.':
    'Controleer, tel op en rapporteer de jaarplannen van een wijkaanpak.',
  'language of the output': 'taal van de uitvoer',
  'no colours (also when NO_COLOR is set)': 'geen kleuren (ook als NO_COLOR gezet is)',
  'show the stack of an internal error': 'toon de stack van een interne fout',
  'Examples:': 'Voorbeelden:',
  'check every plan in plans/': 'controleer elk plan in plans/',
  'totals per source, section and activity': 'totalen per bron, onderdeel en activiteit',
  'what a branch does to the budget': 'wat een branch met de begroting doet',
  'Exit codes: 0 clean (warnings allowed), 1 findings, 2 usage or input failure.':
    'Afsluitcodes: 0 in orde (waarschuwingen mogen), 1 bevindingen, 2 fout in gebruik of invoer.',
  // validate
  'check plans against the schema and the budget rules': 'controleer plannen tegen het schema en de begrotingsregels',
  'plan files, folders or glob patterns (default: plans/); - reads standard input':
    'planbestanden, mappen of glob-patronen (standaard: plans/); - leest de standaardinvoer',
  'output format; repeat with --output FILE to write several': 'uitvoerformaat; herhaal met --output BESTAND om er meer te schrijven',
  'write the format given just before to this file': 'schrijf het formaat dat er vlak voor staat naar dit bestand',
  'warnings fail too (exit 1)': 'ook waarschuwingen laten falen (afsluitcode 1)',
  'fail (exit 1) when there are more warnings than this': 'faal (afsluitcode 1) bij meer waarschuwingen dan dit',
  'show at most this many problems per file (0 shows all)': 'toon hoogstens zoveel meldingen per bestand (0 toont alle)',
  'a glob pattern that matches no file fails (exit 2)': 'een glob-patroon dat geen bestand vindt, faalt (afsluitcode 2)',
  'the file name to show for standard input (-)': 'de bestandsnaam die voor de standaardinvoer (-) getoond wordt',
  'the config file (default: jaarplan.config.yaml, found upward)':
    'het configuratiebestand (standaard: jaarplan.config.yaml, naar boven gezocht)',
  'only what fails (errors; warnings too with --strict), nothing when clean':
    'alleen wat faalt (fouten; met --strict ook waarschuwingen), niets als alles in orde is',
  'also list every file checked, with notes about each plan': 'noem ook elk gecontroleerd bestand, met aantekeningen over elk plan',
  "keep each file's results and check again only files that changed":
    'bewaar de uitkomst van elk bestand en controleer alleen gewijzigde bestanden opnieuw',
  'the file --cache keeps its results in (default: .jaarplan-cache)':
    'het bestand waarin --cache de uitkomsten bewaart (standaard: .jaarplan-cache)',
  'prints nothing when every plan is clean': 'toont niets als elk plan in orde is',
  // totals
  'total plans per source, kind of source, section and activity': 'tel plannen op per bron, soort bron, onderdeel en activiteit',
  'plan files, folders or glob patterns (default: plans/)': 'planbestanden, mappen of glob-patronen (standaard: plans/)',
  'only the plans of this year': 'alleen de plannen van dit jaar',
  'these years side by side, with the change each year (such as 2013-2016)':
    'deze jaren naast elkaar, met de verandering per jaar (zoals 2013-2016)',
  'one row per group (with --years: default source)': 'één regel per groep (met --years: standaard source)',
  'output format': 'uitvoerformaat',
  'write to this file (all at once; never over a plan) instead of standard output':
    'schrijf naar dit bestand (in één keer; nooit over een plan) in plaats van naar de standaarduitvoer',
  // export
  'write the plans as open data: a Fiscal Data Package (CSV and datapackage.json)':
    'schrijf de plannen als open data: een Fiscal Data Package (CSV en datapackage.json)',
  'export format': 'exportformaat',
  'the folder to write (new or empty)': 'de map om te schrijven (nieuw of leeg)',
  // report
  "report a year's plans: content, owners, budget lines, totals and points of attention":
    'rapporteer de plannen van een jaar: inhoud, actiehouders, dekking, totalen en aandachtspunten',
  'the year to report': 'het jaar van het rapport',
  'these years side by side instead (such as 2013-2016)': 'in plaats daarvan deze jaren naast elkaar (zoals 2013-2016)',
  'the folder of plans, the same as giving it as an argument': 'de map met plannen, hetzelfde als die als argument geven',
  // verantwoording
  'account for a year: per activity its goal and indicators, what was done, and budget against spending, with a green/orange/red assessment':
    'leg verantwoording af over een jaar: per activiteit het doel en de indicatoren, wat er is gedaan, en begroting tegen besteding, met een beoordeling groen/oranje/rood',
  'the year to account for': 'het jaar van de verantwoording',
  'these years side by side instead, with the indicators that come back (such as 2014-2016)':
    'in plaats daarvan deze jaren naast elkaar, met de indicatoren die terugkomen (zoals 2014-2016)',
  'write to this file (all at once; never over a plan) instead of standard output; required for xlsx':
    'schrijf naar dit bestand (in één keer; nooit over een plan) in plaats van naar de standaarduitvoer; verplicht voor xlsx',
  // diff
  'what an edit does to plans: activities, owners, amounts and totals before and after':
    'wat een wijziging met plannen doet: activiteiten, actiehouders, bedragen en totalen voor en na',
  'the old plan file, a git revision REV (against the working tree), a range REV1..REV2, or - for standard input':
    'het oude planbestand, een git-revisie REV (tegen de werkmap), een bereik REV1..REV2, of - voor standaardinvoer',
  'the new plan file, or the path of the plan at the revision or in the range':
    'het nieuwe planbestand, of het pad van het plan bij de revisie of in het bereik',
  'compare every plan that changed between this git revision and the working tree':
    'vergelijk elk plan dat veranderd is tussen deze git-revisie en de werkmap',
  'the folder of plans that --base looks in': 'de map met plannen waarin --base zoekt',
  'exit 1 when the budget changed this way': 'afsluitcode 1 als de begroting zo veranderd is',
  'Exit codes: 0 diff shown, 1 --fail-on tripped or the edit introduced an error, 2 usage, input or git failure.':
    'Afsluitcodes: 0 verschil getoond, 1 --fail-on geraakt of de wijziging brengt een fout in, 2 fout in gebruik, invoer of git.',
  // init
  "write a new plan: a commented skeleton, or the next year's plan from an earlier one":
    'schrijf een nieuw plan: een geraamte met toelichting, of het plan van volgend jaar uit een eerder plan',
  'the year of the new plan': 'het jaar van het nieuwe plan',
  'start from this earlier plan: same sources, sections and activities':
    'begin bij dit eerdere plan: dezelfde bronnen, onderdelen en activiteiten',
  'the neighbourhood of the new plan (default: the city-wide plan)': 'de wijk van het nieuwe plan (standaard: het stadsbrede plan)',
  'with --from: keep the amounts and the total budget rather than clearing them':
    'met --from: houd de bedragen en het totaal budget in plaats van ze leeg te maken',
  'where to write (default: plans/<year>.yaml, or plans/<year>-<wijk>.yaml)':
    'waar het plan komt (standaard: plans/<jaar>.yaml, of plans/<jaar>-<wijk>.yaml)',
  'Never overwrites a file. The new plan validates (warnings for what is still to be filled in).':
    'Overschrijft nooit een bestand. Het nieuwe plan is geldig (met waarschuwingen voor wat nog ingevuld moet worden).',
  'writes plans/2014-zeebuurt.yaml': 'schrijft plans/2014-zeebuurt.yaml',
  // schema
  'print the JSON Schema of a plan (for editors and other validators)':
    'toon het JSON Schema van een plan (voor editors en andere validators)',
  'print where the schema file is, rather than its content': 'toon waar het schemabestand staat in plaats van de inhoud',
  'In a plan, the first line points editors at the schema:': 'In een plan wijst de eerste regel editors naar het schema:',
  // explain
  'the code of a check, as shown in brackets after a message': 'de code van een controle, zoals tussen haakjes achter een melding',
  'explain a check: what it asks, why, and how to fix a finding':
    'leg een controle uit: wat ze vraagt, waarom, en hoe u een melding oplost',
  'print Markdown rather than plain text': 'toon Markdown in plaats van platte tekst',
  'every code with one line each': 'elke code met één regel uitleg',
  // completion
  'print a shell completion script for bash, zsh or fish': 'toon een script voor het aanvullen van opdrachten in bash, zsh of fish',
  'the shell': 'de shell',
  'in ~/.bashrc': 'in ~/.bashrc',
  'in ~/.zshrc, after compinit': 'in ~/.zshrc, na compinit',
  // lsp
  "the language server for editors: validate's checks as you type, the money inline, help, completion and quick fixes":
    'de language server voor editors: de controles van validate terwijl u typt, de bedragen in de tekst, uitleg, aanvullen en snelle reparaties',
  'talk over standard input and output (the only way; accepted because editors pass it)':
    'praat via standaardinvoer en -uitvoer (de enige manier; aanvaard omdat editors het meegeven)',
  'Started by an editor, never by hand; see docs/editors.md for VS Code, Neovim and Helix.':
    'Wordt door een editor gestart, niet met de hand; zie docs/editors.md voor VS Code, Neovim en Helix.',
};

/** A help text in the language: the English as written, or its Dutch. */
export function helpText(text: string, lang: Lang): string {
  return lang === 'en' ? text : (helpInDutch[text] ?? text);
}

/**
 * A block of help text (`addHelpText`) in the language, line by line: an example (`$ jaarplan …`)
 * keeps its command and gets its comment (after two or more spaces) translated in place; a line of
 * code (`# yaml-language-server: …`) stays; any other line is translated whole, indentation kept.
 */
export function helpBlock(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const example = /^(\s*\$ .*?\S)( {2,})(\S.*)$/.exec(line);
      if (example) return example[1]! + example[2]! + helpText(example[3]!, lang);
      if (/^\s*[$#] /.test(line) || line.trim() === '') return line;
      const indent = /^\s*/.exec(line)![0];
      return indent + helpText(line.slice(indent.length), lang);
    })
    .join('\n');
}

/** The texts of a help block that a translation needs (for the test that none is missing). */
export function helpBlockTexts(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const example = /^\s*\$ .*?\S {2,}(\S.*)$/.exec(line);
    if (example) return [example[1]!];
    if (/^\s*[$#] /.test(line) || line.trim() === '') return [];
    return [line.trim()];
  });
}

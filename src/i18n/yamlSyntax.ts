import type { Lang } from './lang.js';
import type { YamlSyntaxArgs, YamlSyntaxKind } from '../core/diagnostic.js';

/** Text as a quoted YAML value: double quotes, or single ones when the text holds a double quote. */
export function quotedYaml(text: string): string {
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

const closer = (opening: string | undefined) => (opening === '{' ? '}' : ']');

type Words = { [K in YamlSyntaxKind]: (a: YamlSyntaxArgs) => string } & { other: (a: YamlSyntaxArgs) => string };

const nl: Words = {
  'tab-indent': () =>
    'Deze regel springt in met een tab; YAML staat als inspringing alleen spaties toe. Vervang de tab door spaties (stel de editor in op spaties in plaats van tabs).',
  'unclosed-quote': (a) =>
    a.text === undefined
      ? `Een aanhalingsteken wordt nergens gesloten; sluit elke tekst die met ' of " begint met hetzelfde teken, en zet een tekst die met een apostrof begint tussen dubbele aanhalingstekens.`
      : a.opening === "'"
        ? `Het aanhalingsteken ' aan het begin van ${a.text} wordt nergens gesloten. Is het een apostrof, zoals in 's-Hertogenbosch of 't Veld? Zet de hele tekst dan tussen dubbele aanhalingstekens: ${quotedYaml(a.text)}.`
        : `Het aanhalingsteken " aan het begin van ${a.text} wordt nergens gesloten; sluit de tekst af met ".`,
  'unclosed-bracket': (a) =>
    a.opening === undefined
      ? 'Een haakje [ of { wordt nergens gesloten; sluit elke [ met ] en elke { met }.'
      : `Het haakje ${a.opening} wordt nergens gesloten; sluit het met ${closer(a.opening)}.`,
  'unquoted-colon': (a) =>
    `De tekst ${a.text ?? ''} bevat een dubbele punt met een spatie erna, en die leest YAML als het begin van een nieuwe sleutel. ` +
    `Zet de tekst tussen aanhalingstekens: ${a.key ?? ''}: ${quotedYaml(a.text ?? '')}.`,
  'text-after-quote': (a) =>
    `Na de tekst tussen aanhalingstekens staat nog meer tekst; YAML leest alleen het deel tussen de aanhalingstekens als waarde. ` +
    `Zet de hele tekst tussen aanhalingstekens: ${a.key ?? ''}: ${quotedYaml(a.text ?? '')}.`,
  'bad-indent': () =>
    'De inspringing klopt hier niet: zet sleutels van hetzelfde niveau precies onder elkaar, en spring wat bij een sleutel hoort verder in dan die sleutel.',
  'missing-comma': () => 'Tussen twee waarden binnen [ ] of { } ontbreekt een komma.',
  'missing-colon': () =>
    'Op deze regel staat tekst zonder dubbele punt: schrijf een sleutel als "sleutel: waarde", of spring de tekst in als die bij de regel erboven hoort.',
  'missing-dash': () =>
    'Deze regel staat niet recht onder de sleutels erboven en begint ook niet met "- ": spring hem precies zo ver in als die sleutels, of begin een nieuw element van de lijst met "- ".',
  'comment-space': () =>
    'Voor een # die een opmerking begint hoort een spatie; zet de tekst tussen aanhalingstekens als de # bij de tekst hoort.',
  'flow-space': () => 'Na een dubbele punt binnen { } hoort een spatie: schrijf "naam: waarde".',
  'multiline-key': () =>
    'Een sleutel moet met zijn dubbele punt op één regel staan; controleer de inspringing en de dubbele punt, of zet lange tekst tussen aanhalingstekens.',
  'nested-key': () =>
    'Hier begint een sleutel die YAML niet kan plaatsen: een sleutel met een waarde op dezelfde regel kan geen sleutels onder zich hebben. Controleer de inspringing.',
  'bad-start': (a) =>
    `Een waarde zonder aanhalingstekens mag niet met ${a.text ?? 'dit teken'} beginnen; zet de waarde tussen aanhalingstekens.`,
  'bad-escape': (a) =>
    `${a.text ?? 'Dit'} is geen geldige escape in tekst tussen dubbele aanhalingstekens; schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens.`,
  'block-in-flow': () =>
    "Binnen [ ] of { } staat hier iets wat YAML als een eigen lijst of sleutel leest; scheid de waarden met komma's, zet tekst met een dubbele punt tussen aanhalingstekens, of laat de haakjes weg.",
  properties: () =>
    'YAML-ankers (&naam), aliassen (*naam) en tags (!tag) staan hier verkeerd, en een jaarplan gebruikt ze niet; verwijder ze, of zet de tekst tussen aanhalingstekens.',
  directive: () =>
    'Een regel die met % begint of een scheiding --- staat hier verkeerd; een jaarplan is één YAML-document zonder zulke regels.',
  'long-key': () => 'Deze sleutel is langer dan 1024 tekens; een sleutel is een kort woord.',
  unexpected: () =>
    'Hier staat iets wat YAML op deze plek niet verwacht; controleer de inspringing, de dubbele punten, de aanhalingstekens en de haakjes op deze regel.',
  other: () => 'Dit is geen geldige YAML; controleer de inspringing, de dubbele punten, de aanhalingstekens en de haakjes op deze regel.',
};

const en: Words = {
  'tab-indent': () =>
    'This line is indented with a tab; YAML only allows spaces as indentation. Replace the tab with spaces (set the editor to spaces instead of tabs).',
  'unclosed-quote': (a) =>
    a.text === undefined
      ? `A quote is never closed; close every text that starts with ' or " with the same character, and put a text that starts with an apostrophe in double quotes.`
      : a.opening === "'"
        ? `The quote ' at the start of ${a.text} is never closed. Is it an apostrophe, as in 's-Hertogenbosch or 't Veld? Then put the whole text in double quotes: ${quotedYaml(a.text)}.`
        : `The quote " at the start of ${a.text} is never closed; end the text with ".`,
  'unclosed-bracket': (a) =>
    a.opening === undefined
      ? 'A bracket [ or { is never closed; close every [ with ] and every { with }.'
      : `The bracket ${a.opening} is never closed; close it with ${closer(a.opening)}.`,
  'unquoted-colon': (a) =>
    `The text ${a.text ?? ''} holds a colon followed by a space, which YAML reads as the start of a new key. ` +
    `Put the text in quotes: ${a.key ?? ''}: ${quotedYaml(a.text ?? '')}.`,
  'text-after-quote': (a) =>
    `More text follows the quoted text; YAML only reads the part in quotes as the value. ` +
    `Put the whole text in quotes: ${a.key ?? ''}: ${quotedYaml(a.text ?? '')}.`,
  'bad-indent': () =>
    'The indentation is wrong here: align keys of the same level exactly, and indent what belongs to a key further than that key.',
  'missing-comma': () => 'A comma is missing between two values inside [ ] or { }.',
  'missing-colon': () =>
    'This line has text without a colon: write a key as "key: value", or indent the text if it belongs to the line above.',
  'missing-dash': () =>
    'This line is neither aligned with the keys above it nor a list item starting with "- ": indent it exactly as far as those keys, or start a new list item with "- ".',
  'comment-space': () => 'A # that starts a comment needs a space before it; put the text in quotes if the # belongs to the text.',
  'flow-space': () => 'A colon inside { } needs a space after it: write "name: value".',
  'multiline-key': () => 'A key must be on one line with its colon; check the indentation and the colon, or put long text in quotes.',
  'nested-key': () =>
    'A key starts here that YAML cannot place: a key with a value on its own line cannot have keys below it. Check the indentation.',
  'bad-start': (a) => `A value without quotes cannot start with ${a.text ?? 'this character'}; put the value in quotes.`,
  'bad-escape': (a) => `${a.text ?? 'This'} is not a valid escape in double-quoted text; write \\\\ for a backslash, or use single quotes.`,
  'block-in-flow': () =>
    'Inside [ ] or { } YAML reads something here as a list or key of its own; separate the values with commas, put text with a colon in quotes, or leave the brackets out.',
  properties: () =>
    'YAML anchors (&name), aliases (*name) and tags (!tag) are misplaced here, and a plan does not use them; remove them, or put the text in quotes.',
  directive: () => 'A line starting with % or a --- separator is misplaced here; a plan is one YAML document without such lines.',
  'long-key': () => 'This key is longer than 1024 characters; a key is a short word.',
  unexpected: () =>
    'Something here is not what YAML expects at this place; check the indentation, colons, quotes and brackets on this line.',
  other: (a) => `Not valid YAML: ${a.detail}.`,
};

const words: Record<Lang, Words> = { nl, en };

/** The message of a `yaml-syntax` diagnostic, in our own words: the YAML parser's English stays out. */
export function yamlSyntaxMessage(a: YamlSyntaxArgs, lang: Lang): string {
  const w = words[lang];
  return (a.kind === undefined ? w.other : w[a.kind])(a);
}

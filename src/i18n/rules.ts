import type { Lang } from '../core/amount.js';
import type { Code } from '../core/diagnostic.js';

type RuleHelp = Record<Code, string>;

/** What each check is about, for rule metadata in SARIF and JUnit; one sentence per code. */
export const ruleHelp: Record<Lang, RuleHelp> = {
  nl: {
    'unreadable-file': 'Elk gevonden bestand kan worden gelezen.',
    'not-text': 'Een jaarplan is een UTF-8-tekstbestand; binaire bestanden, UTF-16 en ongeldige UTF-8 worden geweigerd.',
    'file-too-large': 'Een jaarplan is hoogstens 5 MB groot.',
    'too-deep': 'Een jaarplan is hoogstens 64 niveaus diep genest.',
    'string-too-long': 'Een tekstwaarde is hoogstens 20.000 tekens lang.',
    'multiple-documents': 'Een bestand bevat één jaarplan, dus één YAML-document.',
    'yaml-tag': 'YAML-tags (zoals !!js/function) zijn niet toegestaan; alleen !!str mag.',
    'empty-file': 'Een jaarplan heeft minstens jaar, titel, gemeente, bronnen en onderdelen.',
    'yaml-syntax': 'Het bestand moet geldige YAML zijn.',
    'yaml-alias': 'YAML-aliassen (*naam) zijn niet toegestaan, zodat een klein bestand niet kan uitdijen.',
    'duplicate-key': 'Een sleutel staat hoogstens één keer in dezelfde mapping.',
    schema: 'Het plan volgt schemas/jaarplan.schema.json: juiste typen, verplichte sleutels, geen onbekende sleutels.',
    'bidi-character': 'Een jaarplan bevat nergens tekens die de getoonde volgorde van tekst veranderen (U+202A–U+202E, U+2066–U+2069).',
    'invisible-character':
      'Sleutels, codes, bedragen en getallen bevatten geen onzichtbare tekens; tekst alleen U+00AD, U+061C en U+200C–U+200F.',
    'ambiguous-amount': 'Een bedrag als 10.000 zonder aanhalingstekens leest YAML als 10; schrijf 10000 of "€ 10.000".',
    'invalid-amount':
      'Een bedrag is een getal in gewone cijfers met hoogstens twee decimalen (zonder teken, exponent, 0x of 0o) of een tekst in Nederlandse notatie.',
    'unknown-source': 'Elke dekkingsregel noemt een bron die onder bronnen is gedeclareerd.',
    'duplicate-activity-nr': 'Elke activiteit heeft een eigen nummer.',
    'over-budget': 'De bekende bedragen zijn samen niet meer dan het totaal budget.',
    'unallocated-budget': 'De bekende bedragen zijn samen gelijk aan het totaal budget.',
    'unknown-amount': 'Elke dekkingsregel heeft een bedrag.',
    overspent: 'Op een dekkingsregel is niet meer besteed dan begroot.',
    'no-owner': 'Elke activiteit heeft een actiehouder.',
    'unused-source': 'Elke gedeclareerde bron wordt door een dekkingsregel gebruikt.',
    'results-percentage': 'Het gerealiseerde percentage past bij de gerealiseerde punten.',
    'year-mismatch': 'Het jaar in de bestandsnaam is het jaar van het plan, en de resultaten zijn van het jaar ervoor.',
  },
  en: {
    'unreadable-file': 'Every file found can be read.',
    'not-text': 'A plan is a UTF-8 text file; binary files, UTF-16 and invalid UTF-8 are refused.',
    'file-too-large': 'A plan is at most 5 MB.',
    'too-deep': 'A plan nests at most 64 levels deep.',
    'string-too-long': 'A text value is at most 20,000 characters long.',
    'multiple-documents': 'A file holds one plan, so one YAML document.',
    'yaml-tag': 'YAML tags (such as !!js/function) are not allowed; only !!str is.',
    'empty-file': 'A plan has at least jaar, titel, gemeente, bronnen and onderdelen.',
    'yaml-syntax': 'The file must be valid YAML.',
    'yaml-alias': 'YAML aliases (*name) are not allowed, so a small file cannot expand.',
    'duplicate-key': 'A key appears at most once in the same mapping.',
    schema: 'The plan follows schemas/jaarplan.schema.json: right types, required keys, no unknown keys.',
    'bidi-character': 'A plan holds no characters that change the order in which text is shown (U+202A–U+202E, U+2066–U+2069), anywhere.',
    'invisible-character': 'Keys, codes, amounts and numbers hold no invisible characters; text only U+00AD, U+061C and U+200C–U+200F.',
    'ambiguous-amount': 'YAML reads an unquoted amount like 10.000 as 10; write 10000 or "€ 10.000".',
    'invalid-amount':
      'An amount is a number in plain digits with at most two decimals (no sign, exponent, 0x or 0o) or a string in Dutch notation.',
    'unknown-source': 'Every budget line names a source declared under bronnen.',
    'duplicate-activity-nr': 'Every activity has its own number.',
    'over-budget': 'The known amounts add up to no more than the total budget.',
    'unallocated-budget': 'The known amounts add up to the total budget.',
    'unknown-amount': 'Every budget line has an amount.',
    overspent: 'No budget line has spent more than its budget.',
    'no-owner': 'Every activity has an owner.',
    'unused-source': 'Every declared source is used by a budget line.',
    'results-percentage': 'The realised percentage matches the realised points.',
    'year-mismatch': "The year in the file name is the plan's year, and the results are of the year before.",
  },
};

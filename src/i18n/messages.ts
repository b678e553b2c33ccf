import { codeChoiceText, successorsText, yearSpansText } from './taakveld.js';
import { plainDecimal } from '../core/amount.js';
import { formatMoney, type Lang } from './lang.js';

/** A percentage with one decimal at most, in the language's notation: 12,5% or 12.5%. */
function percentText(percent: number, lang: Lang): string {
  const text = String(percent);
  return `${lang === 'nl' ? text.replace('.', ',') : text}%`;
}
import { visible } from '../core/characters.js';
import type { Code, DiagnosticArgs, Finding, SchemaArgs, StatedWhat } from '../core/diagnostic.js';
import { yamlSyntaxMessage } from './yamlSyntax.js';
import { overspentBy } from '../core/sum.js';
import { roundedPercent } from '../core/percent.js';

type MessageTable = { [C in Code]: (args: DiagnosticArgs[C]) => string };

const quoteList = (items: string[]) => items.map((i) => `"${i}"`).join(', ');

const typeNames: Record<Lang, Record<string, string>> = {
  nl: {
    integer: 'een geheel getal',
    number: 'een getal',
    string: 'tekst',
    object: 'een mapping (sleutels met waarden)',
    array: 'een lijst',
    boolean: 'ja of nee (true/false)',
    'number,string': 'een bedrag (een getal zoals 5000 of een tekst zoals "€ 5.000")',
  },
  en: {
    integer: 'a whole number',
    number: 'a number',
    string: 'text',
    object: 'a mapping (keys with values)',
    array: 'a list',
    boolean: 'true or false',
    'number,string': 'an amount (a number such as 5000 or a string such as "€ 5.000")',
  },
};

function schemaNl(a: SchemaArgs): string {
  switch (a.keyword) {
    case 'additionalProperties':
      return (
        `Onbekende sleutel "${a.key}".` +
        (a.suggestion ? ` Bedoelt u "${a.suggestion}"?` : '') +
        (a.allowed && a.allowed.length > 0 ? ` Toegestaan hier: ${a.allowed.join(', ')}.` : '')
      );
    case 'required':
      return `Verplichte sleutel "${a.key}" ontbreekt; voeg "${a.key}:" toe.`;
    case 'type':
      return (
        `${a.key === '' ? 'Het plan' : `"${a.key}"`} moet ${typeNames.nl[a.expected ?? ''] ?? a.expected} zijn, niet ${a.value}.` +
        (a.quotedNumber ? ' Schrijf het getal zonder aanhalingstekens.' : '')
      );
    case 'enum':
      return `Ongeldige waarde ${a.value} voor "${a.key}"; kies uit ${quoteList(a.allowed ?? [])}.`;
    case 'minItems':
    case 'minProperties':
      return `"${a.key}" mag niet leeg zijn; noem er minstens ${a.limit}.`;
    case 'minLength':
      return `"${a.key}" mag geen lege tekst zijn.`;
    case 'maxLength':
      return `"${a.key}" is te lang: hoogstens ${a.limit} tekens.`;
    case 'minimum':
      return `"${a.key}" moet minstens ${a.limit} zijn.`;
    case 'maximum':
      return `"${a.key}" mag hoogstens ${a.limit} zijn.`;
    case 'uniqueItems':
      return `"${a.key}" bevat een waarde twee keer; noem elke waarde één keer.`;
    case 'taakveld-format':
      return a.suggestion
        ? `Taakveld ${a.value} is met een komma geschreven; een taakveld is een code met een punt: schrijf "${a.suggestion}".`
        : `Taakveld ${a.value} is geen taakveldcode; schrijf een code als "6.1", "5.7" of "6.71a": het hoofdtaakveld (0 tot en met 8), een punt en het nummer.`;
    case 'other':
      return `"${a.key}" voldoet niet aan het schema (${a.detail}).`;
  }
}

function schemaEn(a: SchemaArgs): string {
  switch (a.keyword) {
    case 'additionalProperties':
      return (
        `Unknown key "${a.key}".` +
        (a.suggestion ? ` Did you mean "${a.suggestion}"?` : '') +
        (a.allowed && a.allowed.length > 0 ? ` Allowed here: ${a.allowed.join(', ')}.` : '')
      );
    case 'required':
      return `Required key "${a.key}" is missing; add "${a.key}:".`;
    case 'type':
      return (
        `${a.key === '' ? 'The plan' : `"${a.key}"`} must be ${typeNames.en[a.expected ?? ''] ?? a.expected}, not ${a.value}.` +
        (a.quotedNumber ? ' Write the number without quotes.' : '')
      );
    case 'enum':
      return `Invalid value ${a.value} for "${a.key}"; choose one of ${quoteList(a.allowed ?? [])}.`;
    case 'minItems':
    case 'minProperties':
      return `"${a.key}" must not be empty; give at least ${a.limit}.`;
    case 'minLength':
      return `"${a.key}" must not be empty text.`;
    case 'maxLength':
      return `"${a.key}" is too long: at most ${a.limit} characters.`;
    case 'minimum':
      return `"${a.key}" must be at least ${a.limit}.`;
    case 'maximum':
      return `"${a.key}" must be at most ${a.limit}.`;
    case 'uniqueItems':
      return `"${a.key}" has a value twice; give each value once.`;
    case 'taakveld-format':
      return a.suggestion
        ? `Taakveld ${a.value} is written with a comma; a taakveld is a code with a point: write "${a.suggestion}".`
        : `Taakveld ${a.value} is not a taakveld code; write a code such as "6.1", "5.7" or "6.71a": the main group (0 to 8), a point and the number.`;
    case 'other':
      return `"${a.key}" does not match the schema (${a.detail}).`;
  }
}

// Made for every reason of not-text (the table below is an object), worded only for `encoding`.
const notUtf8Nl = (a: DiagnosticArgs['not-text']) =>
  'byte' in a
    ? `Dit bestand is geen geldige UTF-8-tekst: byte ${a.byte} hier hoort niet in UTF-8` +
      (a.windows1252 === undefined
        ? '. Sla het bestand op als UTF-8.'
        : `; het bestand lijkt opgeslagen als Windows-1252 of Latin-1, waarin deze byte het teken ${a.windows1252} is. Sla het op als UTF-8.`)
    : 'Dit bestand is geen geldige UTF-8-tekst; sla het op als UTF-8.';
const notUtf8En = (a: DiagnosticArgs['not-text']) =>
  'byte' in a
    ? `This file is not valid UTF-8 text: byte ${a.byte} here is not UTF-8` +
      (a.windows1252 === undefined
        ? '. Save the file as UTF-8.'
        : `; the file looks saved as Windows-1252 or Latin-1, where this byte is the character ${a.windows1252}. Save it as UTF-8.`)
    : 'This file is not valid UTF-8 text; save it as UTF-8.';

/** Which stated total, in words. */
const statedNl = (w: StatedWhat): string =>
  w.side === 'bron'
    ? `als totaal van bron "${w.code}"`
    : w.side === 'onderdeel'
      ? `als totaal van "${w.titel}"`
      : `als ${{ lasten: 'totaal lasten', baten: 'totaal baten', saldo: 'saldo', resultaat: 'resultaat', financiering: 'totaal financiering' }[w.figure]} (${w.side})`;
const statedEn = (w: StatedWhat): string =>
  w.side === 'bron'
    ? `the total of source "${w.code}"`
    : w.side === 'onderdeel'
      ? `the total of "${w.titel}"`
      : `the ${{ lasten: 'total costs (lasten)', baten: 'total income (baten)', saldo: 'saldo', resultaat: 'result', financiering: 'total funding' }[w.figure]} (${w.side === 'begroting' ? 'budget' : 'account'})`;

const unknownNl = (n: number) => (n === 1 ? 'er is 1 regel zonder bedrag' : `er zijn ${n} regels zonder bedrag`);
/** The same, with the verb first, as Dutch word order wants after "daarnaast". */
const unknownNlInverted = (n: number) => (n === 1 ? 'is er 1 regel zonder bedrag' : `zijn er ${n} regels zonder bedrag`);
const unknownEn = (n: number) => (n === 1 ? 'there is 1 line without an amount' : `there are ${n} lines without an amount`);

const nl: MessageTable = {
  'unreadable-file': (a) => `Dit bestand kon niet worden gelezen (${a.reason}).`,
  'not-text': (a) =>
    ({
      binary: 'Dit is geen tekstbestand (het bevat nul-bytes); een jaarplan is een YAML-tekstbestand.',
      encoding: notUtf8Nl(a),
      utf16: 'Dit bestand is opgeslagen als UTF-16; sla het op als UTF-8.',
      control: `Dit bestand bevat een stuurteken (${'character' in a ? a.character : ''}); verwijder het, een jaarplan is gewone tekst.`,
    })[a.reason],
  'too-deep': (a) => `Dit bestand is dieper genest dan ${a.limit} niveaus; een jaarplan heeft er ongeveer 8.`,
  'string-too-long': (a) =>
    `Deze tekst is ${a.length} tekens lang; hoogstens ${a.limit} zijn toegestaan. Verwijs naar een apart document voor lange teksten.`,
  'multiple-documents': () => 'Dit bestand bevat meer dan één YAML-document (gescheiden door ---); zet elk jaarplan in een eigen bestand.',
  'yaml-tag': (a) => `De YAML-tag ${a.tag} is in een jaarplan niet toegestaan; schrijf de waarde zonder tag.`,
  'file-too-large': (a) => `Het bestand is ${a.bytes} bytes; een jaarplan mag hoogstens ${a.limit} bytes zijn.`,
  'empty-file': () => 'Het bestand is leeg; een jaarplan heeft minstens jaar, titel, gemeente, bronnen en onderdelen.',
  'yaml-syntax': (a) => yamlSyntaxMessage(a, 'nl'),
  'yaml-alias': (a) =>
    `YAML-aliassen (*naam) zijn in een jaarplan niet toegestaan (dit bestand heeft er ${a.count}); schrijf de waarden uit.`,
  'duplicate-key': (a) => `De sleutel "${a.key}" staat hier twee keer; laat er één over.`,
  schema: schemaNl,
  'bidi-character': (a) =>
    `Teken ${a.character} (${a.name})${a.value === undefined ? '' : ` in "${a.value}"`} verandert de volgorde waarin tekst getoond wordt, ` +
    'zodat hij anders leest dan hij is; verwijder het. Een jaarplan mag zulke tekens nergens bevatten, ook niet in commentaar.',
  'invisible-character': (a) =>
    `Onzichtbaar teken ${a.character} (${a.name}) in ${{ key: 'sleutel', amount: 'bedrag', text: 'tekst', value: 'waarde' }[a.where]} "${a.value}"; verwijder het. ` +
    (a.where === 'text'
      ? 'Tekst mag alleen U+00AD, U+061C en U+200C tot en met U+200F bevatten.'
      : 'Sleutels, codes, bedragen en getallen bevatten geen onzichtbare tekens.'),
  'ambiguous-amount': (a) =>
    (a.splitKey !== undefined
      ? `In { … } leest YAML ${a.text} als ${a.readAs === 'text' ? `de tekst "${a.read}"` : `het getal ${a.read}`} en een sleutel "${a.splitKey}", niet als ${formatMoney(a.cents, 'nl')}. `
      : `${a.text} zonder aanhalingstekens leest YAML als ${a.readAs === 'text' ? 'tekst' : `het getal ${a.read}`}, niet als ${formatMoney(a.cents, 'nl')}. `) +
    `Schrijf ${plainDecimal(a.cents)} of "${formatMoney(a.cents, 'nl')}" (met aanhalingstekens).`,
  'invalid-amount': (a) => {
    const why = {
      negative: 'een bedrag kan alleen negatief zijn op een regel met een aard (aard: bezuiniging, correctie of terugbetaling)',
      precision: 'een bedrag heeft hoogstens twee decimalen (centen)',
      'not-a-number': 'dit is geen getal',
      unparsable: 'dit is geen bedrag; schrijf bijvoorbeeld 5000, 1234.56, "€ 5.000" of "€ 1.234,56"',
      'too-large': 'dit bedrag is te groot',
      notation: {
        sign: 'een bedrag heeft geen plusteken',
        'leading-dot': 'een bedrag begint met een cijfer',
        'trailing-dot': 'een bedrag eindigt niet op een punt',
        exponent: 'schrijf een bedrag voluit in cijfers, zonder exponent',
        hex: `YAML leest dit als het hexadecimale getal ${a.read}; schrijf een bedrag in gewone cijfers, zoals 5000 of "€ 5.000"`,
        octal: `YAML leest dit als het octale getal ${a.read}; schrijf een bedrag in gewone cijfers, zoals 5000 of "€ 5.000"`,
        underscore: 'een bedrag heeft geen liggende streepjes',
      }[a.notation ?? 'sign'],
    }[a.reason];
    return `Ongeldig bedrag ${a.text}: ${why}.` + (a.advice === undefined ? '' : ` Schrijf ${a.advice}.`);
  },
  'unknown-source': (a) =>
    `Onbekende bron "${a.bron}".` +
    (a.suggestion ? ` Bedoelt u "${a.suggestion}"?` : '') +
    ` Gedeclareerde bronnen: ${a.declared.join(', ') || '(geen)'}; voeg "${a.bron}" toe onder bronnen of kies een van deze.`,
  'duplicate-activity-nr': (a) => `Activiteit nummer ${a.nr} bestaat al ("${a.firstTitel}"); geef elke activiteit een eigen nummer.`,
  'over-budget': (a) =>
    `De bekende bedragen tellen op tot ${formatMoney(a.known, 'nl')}, ${formatMoney(a.difference, 'nl')} meer dan het totaal budget van ${formatMoney(a.declared, 'nl')}` +
    (a.unknownLines > 0 ? ` (en daarnaast ${unknownNlInverted(a.unknownLines)})` : '') +
    '. Verlaag bedragen of verhoog totaal_budget.',
  'unallocated-budget': (a) =>
    `Van het totaal budget van ${formatMoney(a.declared, 'nl')} is ${formatMoney(a.known, 'nl')} toegewezen; ${formatMoney(a.difference, 'nl')} is niet toegewezen` +
    (a.unknownLines > 0 ? `, en ${unknownNl(a.unknownLines)}` : '') +
    '.',
  'unknown-amount': (a) =>
    (a.bron === undefined
      ? `Activiteit ${a.nr}: een regel van de verdeling heeft geen bedrag; het telt als onbekend.`
      : `Activiteit ${a.nr}: de dekking uit "${a.bron}" heeft geen bedrag; het telt als onbekend.`) + ' Vul bedrag in zodra het bekend is.',
  'no-source': (a) =>
    `Activiteit ${a.nr}: deze regel noemt geen bron, en het plan geeft geen financiering per bron. Noem de bron (bron: …), of geef de dekking per bron onder financiering en laat de regels van de activiteiten de verdeling zijn.`,
  'not-balanced': (a) =>
    a.kind === 'division'
      ? `De financiering (${formatMoney(a.funding, 'nl')}) en de verdeling over de activiteiten (${formatMoney(a.other, 'nl')}) sluiten niet: ${formatMoney(Math.abs(a.difference), 'nl')} ${a.difference > 0 ? 'meer financiering dan verdeeld' : 'meer verdeeld dan gefinancierd'}. Verbeter een bedrag aan een van de twee kanten.`
      : a.kind === 'source'
        ? `Bron "${a.bron}": de financiering (${formatMoney(a.funding, 'nl')}) en de regels van de activiteiten uit deze bron (${formatMoney(a.other, 'nl')}) sluiten niet; verschil ${formatMoney(Math.abs(a.difference), 'nl')}. Verbeter het bedrag hier of bij de activiteiten.`
        : `De financiering telt op tot ${formatMoney(a.funding, 'nl')}, het totaal budget is ${formatMoney(a.other, 'nl')}: verschil ${formatMoney(Math.abs(a.difference), 'nl')}. Verbeter totaal_budget of een regel van de financiering.`,
  'stated-total': (a) =>
    `Het document noemt ${statedNl(a.what)} ${formatMoney(a.stated, 'nl')}, maar de regels tellen op tot ${formatMoney(a.computed, 'nl')} (${formatMoney(Math.abs(a.difference), 'nl')} ${a.difference > 0 ? 'meer' : 'minder'}). Staat het zo in het document, laat het dan staan: de melding legt de fout vast; is het een overtikfout, verbeter dan het totaal of de regel.`,
  'programme-budget-in-wijk': (a) =>
    `programma_budget staat in het wijkplan van ${a.wijk}, maar alleen het stadsbrede plan (zonder wijk) noemt het budget van het hele programma; hier telt het nergens mee. Zet het in het stadsbrede plan, of gebruik totaal_budget voor het budget van deze wijk.`,
  'suspicious-scale': (a) =>
    a.direction === 'multiplied'
      ? `Dit bedrag is in de schaal van het plan (x ${formatMoney(a.schaal * 100, 'nl')}) ${formatMoney(a.written * a.schaal, 'nl')}, minstens duizend keer de mediaan van de bedragen van het plan (${formatMoney(a.median, 'nl')}); het lijkt al omgerekend naar euro's. Schrijf ${plainDecimal(Math.round(a.written / 1000))} als het ${formatMoney(Math.round(a.written / 1000) * a.schaal, 'nl')} is.`
      : `Dit bedrag (${formatMoney(a.written, 'nl')}) is hoogstens een duizendste van de mediaan van de bedragen van het plan (${formatMoney(a.median, 'nl')}); het lijkt overgenomen uit een tabel in duizenden. Schrijf ${plainDecimal(a.written * 1000)}, of zet schaal: 1000 en schrijf alle bedragen in duizenden.`,
  overspent: (a) =>
    `Activiteit ${a.nr}: ${a.bron === undefined ? 'op een regel van de verdeling' : `uit "${a.bron}"`} is ${formatMoney(a.besteed, 'nl')} besteed, ${formatMoney(overspentBy(a.bedrag, a.besteed), 'nl')} meer dan het begrote ${formatMoney(a.bedrag, 'nl')}. Controleer besteed, verhoog bedrag als de begroting is bijgesteld, of licht de overschrijding toe in toelichting.`,
  'unexplained-deviation': (a) =>
    `${a.bron === undefined ? `Activiteit ${a.nr}` : `Activiteit ${a.nr}, bron "${a.bron}"`}: besteed ${formatMoney(a.besteed, 'nl')} tegen begroot ${formatMoney(a.bedrag, 'nl')}, ` +
    `${formatMoney(Math.abs(a.difference), 'nl')} ${a.difference < 0 ? 'meer' : 'minder'}${a.percent === null ? '' : ` (${percentText(Math.abs(a.percent), 'nl')})`}, zonder toelichting. ` +
    `Leg het verschil uit in ${a.bron === undefined ? '' : 'toelichting van de regel of in '}verantwoording.toelichting van de activiteit.`,
  'status-spending': (a) =>
    a.status === 'afgerond'
      ? a.unfilled === 0
        ? `Activiteit ${a.nr} is afgerond, maar er is niets op besteed; vul besteed in, of verbeter de status.`
        : `Activiteit ${a.nr} is afgerond, maar ${a.unfilled === a.lines ? 'bij geen van haar regels is besteed ingevuld' : `bij ${a.unfilled} van haar ${a.lines} regels is besteed niet ingevuld (bij de andere € 0)`}, dus wat erop besteed is, is niet bekend; vul besteed in, of verbeter de status.`
      : `Activiteit ${a.nr} is vervallen, maar er is ${formatMoney(a.besteed, 'nl')} op besteed; verbeter de status, of licht de besteding toe in verantwoording.toelichting.`,
  'no-owner': (a) =>
    'activities' in a
      ? `Het plan noemt ${a.activities === 1 ? 'bij zijn enige activiteit geen' : `bij geen van zijn ${a.activities} activiteiten een`} actiehouder of status; noem onder actiehouders wie de actie heeft, als het meer is dan een begrotingstabel.`
      : `Activiteit ${a.nr} ("${a.titel}") heeft geen actiehouder; noem wie de actie heeft onder actiehouders.`,
  'unused-source': (a) => `Bron "${a.code}" wordt door geen enkele dekkingsregel gebruikt.`,
  'results-percentage': (a) =>
    `Gerealiseerd ${a.declared}% past niet bij de punten: ${a.lines} van ${a.total} regels is ${roundedPercent(a.lines, a.total)}%, ` +
    `${a.points} van ${a.total} punten is ${roundedPercent(a.points, a.total)}%.`,
  'year-mismatch': (a) =>
    a.kind === 'file-name'
      ? `De bestandsnaam noemt ${a.fileYear}, maar jaar is ${a.jaar}; hernoem het bestand of verbeter jaar.`
      : `De resultaten zijn van ${a.resultsYear}; voor een plan van ${a.jaar} horen de resultaten van ${a.jaar - 1}.`,
  placeholder: (a) => `"${a.text}" is nog in te vullen; report en totals gebruiken het plan pas als het is ingevuld.`,
  'duplicate-plan': (a) =>
    `${a.others.join(', ')} is ook het plan van ${a.jaar} voor ${a.wijk === undefined ? `${a.gemeente} (stadsbreed)` : `${a.gemeente}, wijk ${a.wijk}`}; ` +
    'twee plannen met hetzelfde jaar, dezelfde gemeente en wijk worden niet opgeteld. Verwijder er een, of markeer een concept met "concept: true".',
  'wijk-spelling': (a) =>
    `Wijk "${a.wijk}" heet in ${a.file} (${a.jaar}) "${a.spelling}"; het is één wijk, getoond als "${a.spelling}". Schrijf de naam overal zo.`,
  'unknown-taakveld': (a) =>
    `Activiteit ${a.nr}: taakveld "${a.code}" staat niet in de lijst van taakvelden van de BBV (Iv3)` +
    (a.group === undefined
      ? '; een taakveld is een code als 6.1, met een hoofdtaakveld van 0 tot en met 8.'
      : `; de taakvelden van ${a.group.code} ${a.group.naam} zijn ${a.group.codes.join(', ')}.`),
  'taakveld-year-not-covered': (a) =>
    `Activiteit ${a.nr}: taakveld "${a.code}" is niet te controleren, want de lijst van taakvelden geldt vanaf de begrotingen van ${a.firstYear} en dit plan is van ${a.jaar}.`,
  'taakveld-not-in-year': (a) =>
    `Activiteit ${a.nr}: taakveld "${a.code}" staat niet op de lijst van taakvelden van ${a.jaar}; ` +
    (a.kind === 'retired'
      ? `het gold in ${yearSpansText(a.years, 'nl')}` + (a.successors.length > 0 ? `, ${successorsText(a.successors, 'nl')}.` : '.')
      : `het geldt pas vanaf ${a.since}` + (a.instead.length > 0 ? `; in ${a.jaar} is dat ${codeChoiceText(a.instead, 'nl')}.` : '.')),
  'taakveld-list-out-of-date': (a) =>
    `Activiteit ${a.nr}: taakveld "${a.code}" is nagegaan met de lijst van taakvelden van ${a.version}, bekend tot en met de begrotingen van ${a.checkedThrough}; dit plan is van ${a.jaar}, dus de lijst is mogelijk verouderd.` +
    (a.onList ? '' : ` Op die lijst staat "${a.code}" niet; een nieuwere lijst kan het wel hebben.`),
};

const en: MessageTable = {
  'unreadable-file': (a) => `This file could not be read (${a.reason}).`,
  'not-text': (a) =>
    ({
      binary: 'This is not a text file (it contains NUL bytes); a plan is a YAML text file.',
      encoding: notUtf8En(a),
      utf16: 'This file is saved as UTF-16; save it as UTF-8.',
      control: `This file contains a control character (${'character' in a ? a.character : ''}); remove it, a plan is plain text.`,
    })[a.reason],
  'too-deep': (a) => `This file nests deeper than ${a.limit} levels; a plan has about 8.`,
  'string-too-long': (a) =>
    `This text is ${a.length} characters long; at most ${a.limit} are allowed. Refer to a separate document for long texts.`,
  'multiple-documents': () => 'This file holds more than one YAML document (separated by ---); put each plan in a file of its own.',
  'yaml-tag': (a) => `The YAML tag ${a.tag} is not allowed in a plan; write the value without a tag.`,
  'file-too-large': (a) => `The file is ${a.bytes} bytes; a plan may be at most ${a.limit} bytes.`,
  'empty-file': () => 'The file is empty; a plan needs at least jaar, titel, gemeente, bronnen and onderdelen.',
  'yaml-syntax': (a) => yamlSyntaxMessage(a, 'en'),
  'yaml-alias': (a) => `YAML aliases (*name) are not allowed in a plan (this file has ${a.count}); write the values out.`,
  'duplicate-key': (a) => `The key "${a.key}" appears twice here; keep one.`,
  schema: schemaEn,
  'bidi-character': (a) =>
    `Character ${a.character} (${a.name})${a.value === undefined ? '' : ` in "${a.value}"`} changes the order in which text is shown, ` +
    'so that it reads other than it is; remove it. A plan may not hold such characters anywhere, comments included.',
  'invisible-character': (a) =>
    `Invisible character ${a.character} (${a.name}) in ${{ key: 'key', amount: 'amount', text: 'text', value: 'value' }[a.where]} "${a.value}"; remove it. ` +
    (a.where === 'text'
      ? 'Text may hold only U+00AD, U+061C and U+200C to U+200F.'
      : 'Keys, codes, amounts and numbers hold no invisible characters.'),
  'ambiguous-amount': (a) =>
    (a.splitKey !== undefined
      ? `Inside { … } YAML reads ${a.text} as ${a.readAs === 'text' ? `the text "${a.read}"` : `the number ${a.read}`} and a key "${a.splitKey}", not as ${formatMoney(a.cents, 'en')}. `
      : `YAML reads an unquoted ${a.text} as ${a.readAs === 'text' ? 'text' : `the number ${a.read}`}, not as ${formatMoney(a.cents, 'en')}. `) +
    `Write ${plainDecimal(a.cents)} or "${formatMoney(a.cents, 'nl')}" (with quotes).`,
  'invalid-amount': (a) => {
    const why = {
      negative: 'an amount can only be negative on a line with an aard (aard: bezuiniging, correctie or terugbetaling)',
      precision: 'an amount has at most two decimals (cents)',
      'not-a-number': 'this is not a number',
      unparsable: 'this is not an amount; write for example 5000, 1234.56, "€ 5.000" or "€ 1.234,56"',
      'too-large': 'this amount is too large',
      notation: {
        sign: 'an amount has no plus sign',
        'leading-dot': 'an amount starts with a digit',
        'trailing-dot': 'an amount does not end in a dot',
        exponent: 'write an amount out in digits, without an exponent',
        hex: `YAML reads this as the hexadecimal number ${a.read}; write an amount in plain digits, such as 5000 or "€ 5.000"`,
        octal: `YAML reads this as the octal number ${a.read}; write an amount in plain digits, such as 5000 or "€ 5.000"`,
        underscore: 'an amount has no underscores',
      }[a.notation ?? 'sign'],
    }[a.reason];
    return `Invalid amount ${a.text}: ${why}.` + (a.advice === undefined ? '' : ` Write ${a.advice}.`);
  },
  'unknown-source': (a) =>
    `Unknown source "${a.bron}".` +
    (a.suggestion ? ` Did you mean "${a.suggestion}"?` : '') +
    ` Declared sources: ${a.declared.join(', ') || '(none)'}; add "${a.bron}" under bronnen or use one of these.`,
  'duplicate-activity-nr': (a) => `Activity number ${a.nr} is already used ("${a.firstTitel}"); give every activity its own number.`,
  'over-budget': (a) =>
    `The known amounts add up to ${formatMoney(a.known, 'en')}, ${formatMoney(a.difference, 'en')} more than the total budget of ${formatMoney(a.declared, 'en')}` +
    (a.unknownLines > 0 ? ` (and ${unknownEn(a.unknownLines)} as well)` : '') +
    '. Lower amounts or raise totaal_budget.',
  'unallocated-budget': (a) =>
    `Of the total budget of ${formatMoney(a.declared, 'en')}, ${formatMoney(a.known, 'en')} is allocated; ${formatMoney(a.difference, 'en')} is not allocated` +
    (a.unknownLines > 0 ? `, and ${unknownEn(a.unknownLines)}` : '') +
    '.',
  'unknown-amount': (a) =>
    (a.bron === undefined
      ? `Activity ${a.nr}: a line of the division has no amount; it counts as unknown.`
      : `Activity ${a.nr}: the line from "${a.bron}" has no amount; it counts as unknown.`) + ' Fill in bedrag once it is known.',
  'no-source': (a) =>
    `Activity ${a.nr}: this line names no source, and the plan gives no funding per source. Name the source (bron: …), or give the funding per source under financiering and let the activities' lines be the division.`,
  'not-balanced': (a) =>
    a.kind === 'division'
      ? `The funding (${formatMoney(a.funding, 'en')}) and the division over the activities (${formatMoney(a.other, 'en')}) do not balance: ${formatMoney(Math.abs(a.difference), 'en')} ${a.difference > 0 ? 'more funded than divided' : 'more divided than funded'}. Correct an amount on either side.`
      : a.kind === 'source'
        ? `Source "${a.bron}": the funding (${formatMoney(a.funding, 'en')}) and the activities' lines from this source (${formatMoney(a.other, 'en')}) do not balance; the difference is ${formatMoney(Math.abs(a.difference), 'en')}. Correct the amount here or at the activities.`
        : `The funding adds up to ${formatMoney(a.funding, 'en')}, the total budget is ${formatMoney(a.other, 'en')}: a difference of ${formatMoney(Math.abs(a.difference), 'en')}. Correct totaal_budget or a line of the funding.`,
  'stated-total': (a) =>
    `The document states ${statedEn(a.what)} as ${formatMoney(a.stated, 'en')}, but its lines add up to ${formatMoney(a.computed, 'en')} (${formatMoney(Math.abs(a.difference), 'en')} ${a.difference > 0 ? 'more' : 'less'}). If the document says so, leave it: the finding records the slip; if it is a typing error, correct the total or the line.`,
  'programme-budget-in-wijk': (a) =>
    `programma_budget is in the wijk plan of ${a.wijk}, but only the city-wide plan (without wijk) states the budget of the whole programme; here it counts nowhere. Move it to the city-wide plan, or use totaal_budget for this wijk's budget.`,
  'suspicious-scale': (a) =>
    a.direction === 'multiplied'
      ? `In the plan's unit (x ${formatMoney(a.schaal * 100, 'en')}) this amount is ${formatMoney(a.written * a.schaal, 'en')}, at least a thousand times the median of the plan's amounts (${formatMoney(a.median, 'en')}); it looks already converted to euros. Write ${plainDecimal(Math.round(a.written / 1000))} if it is ${formatMoney(Math.round(a.written / 1000) * a.schaal, 'en')}.`
      : `This amount (${formatMoney(a.written, 'en')}) is at most a thousandth of the median of the plan's amounts (${formatMoney(a.median, 'en')}); it looks copied from a table in thousands. Write ${plainDecimal(a.written * 1000)}, or set schaal: 1000 and write every amount in thousands.`,
  overspent: (a) =>
    `Activity ${a.nr}: ${formatMoney(a.besteed, 'en')} was spent ${a.bron === undefined ? 'on a line of the division' : `from "${a.bron}"`}, ${formatMoney(overspentBy(a.bedrag, a.besteed), 'en')} more than the budgeted ${formatMoney(a.bedrag, 'en')}. Check besteed, raise bedrag if the budget was revised, or explain the overrun in toelichting.`,
  'unexplained-deviation': (a) =>
    `${a.bron === undefined ? `Activity ${a.nr}` : `Activity ${a.nr}, source "${a.bron}"`}: spent ${formatMoney(a.besteed, 'en')} against a budget of ${formatMoney(a.bedrag, 'en')}, ` +
    `${formatMoney(Math.abs(a.difference), 'en')} ${a.difference < 0 ? 'more' : 'less'}${a.percent === null ? '' : ` (${percentText(Math.abs(a.percent), 'en')})`}, without an explanation. ` +
    `Explain the difference in ${a.bron === undefined ? '' : "the line's toelichting or in "}the activity's verantwoording.toelichting.`,
  'status-spending': (a) =>
    a.status === 'afgerond'
      ? a.unfilled === 0
        ? `Activity ${a.nr} is afgerond (completed), but nothing was spent on it; fill in besteed, or correct the status.`
        : `Activity ${a.nr} is afgerond (completed), but ${a.unfilled === a.lines ? 'none of its lines has besteed filled in' : `${a.unfilled} of its ${a.lines} lines have no besteed (the others € 0)`}, so what was spent on it is not known; fill in besteed, or correct the status.`
      : `Activity ${a.nr} is vervallen (cancelled), but ${formatMoney(a.besteed, 'en')} was spent on it; correct the status, or explain the spending in verantwoording.toelichting.`,
  'no-owner': (a) =>
    'activities' in a
      ? `The plan names no owner or status for ${a.activities === 1 ? 'its only activity' : `any of its ${a.activities} activities`}; name who is responsible under actiehouders, if it is more than a budget table.`
      : `Activity ${a.nr} ("${a.titel}") has no owner; name who is responsible under actiehouders.`,
  'unused-source': (a) => `Source "${a.code}" is not used by any budget line.`,
  'results-percentage': (a) =>
    `Realised ${a.declared}% does not match the points: ${a.lines} of ${a.total} lines is ${roundedPercent(a.lines, a.total)}%, ` +
    `${a.points} of ${a.total} points is ${roundedPercent(a.points, a.total)}%.`,
  'year-mismatch': (a) =>
    a.kind === 'file-name'
      ? `The file name says ${a.fileYear}, but jaar is ${a.jaar}; rename the file or correct jaar.`
      : `The results are of ${a.resultsYear}; a plan for ${a.jaar} has the results of ${a.jaar - 1}.`,
  placeholder: (a) => `"${a.text}" is still to be filled in; report and totals use the plan only once it is.`,
  'duplicate-plan': (a) =>
    `${a.others.join(', ')} is also the ${a.jaar} plan of ${a.wijk === undefined ? `${a.gemeente} (city-wide)` : `${a.gemeente}, wijk ${a.wijk}`}; ` +
    'two plans with the same year, municipality and wijk are not added up. Remove one, or mark a draft with "concept: true".',
  'wijk-spelling': (a) =>
    `Wijk "${a.wijk}" is written "${a.spelling}" in ${a.file} (${a.jaar}); it is one wijk, shown as "${a.spelling}". Write the name the same everywhere.`,
  'unknown-taakveld': (a) =>
    `Activity ${a.nr}: taakveld "${a.code}" is not on the BBV's list of taakvelden (Iv3)` +
    (a.group === undefined
      ? '; a taakveld is a code such as 6.1, with a main group from 0 to 8.'
      : `; the taakvelden of ${a.group.code} ${a.group.naam} are ${a.group.codes.join(', ')}.`),
  'taakveld-year-not-covered': (a) =>
    `Activity ${a.nr}: taakveld "${a.code}" cannot be checked: the list of taakvelden applies from the budgets of ${a.firstYear}, and this plan is of ${a.jaar}.`,
  'taakveld-not-in-year': (a) =>
    `Activity ${a.nr}: taakveld "${a.code}" is not on the list of taakvelden of ${a.jaar}; ` +
    (a.kind === 'retired'
      ? `it was valid in ${yearSpansText(a.years, 'en')}` + (a.successors.length > 0 ? `, ${successorsText(a.successors, 'en')}.` : '.')
      : `it starts in ${a.since}` + (a.instead.length > 0 ? `; in ${a.jaar} that is ${codeChoiceText(a.instead, 'en')}.` : '.')),
  'taakveld-list-out-of-date': (a) =>
    `Activity ${a.nr}: taakveld "${a.code}" was checked against the list of taakvelden of ${a.version}, known up to the budgets of ${a.checkedThrough}; this plan is of ${a.jaar}, so the list may be out of date.` +
    (a.onList ? '' : ` "${a.code}" is not on that list; a newer list may have it.`),
};

const tables: Record<Lang, MessageTable> = { nl, en };

/** The message of a finding, in the given language. */
export function messageOf(f: Finding, lang: Lang): string {
  const make = tables[lang][f.code] as (args: unknown) => string;
  return make(shownArgs(f.args));
}

/**
 * The arguments of a finding as a message may quote them: every string, however deep, with its
 * bidi controls and invisible characters written out (`<U+200B>`), so that no message can hide or
 * reorder what the plan holds.
 */
function shownArgs(value: unknown): unknown {
  if (typeof value === 'string') return visible(value);
  if (Array.isArray(value)) return value.map(shownArgs);
  if (value !== null && typeof value === 'object') {
    const shown: Record<string, unknown> = {};
    for (const key of Object.keys(value)) shown[key] = shownArgs((value as Record<string, unknown>)[key]);
    return shown;
  }
  return value;
}

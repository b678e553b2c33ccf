import type { Lang } from './lang.js';
import type { Code } from '../core/diagnostic.js';
import { LIMITS } from '../core/limits.js';

/** What a person needs to know about one check: what it asks, why, and how to fix a finding. */
export interface CheckText {
  /** A short title. */
  title: string;
  /** What the check asks of a plan, in one sentence (SARIF and JUnit rule descriptions). */
  summary: string;
  /** Why it matters. */
  why: string;
  /** How to fix a finding. */
  fix: string;
}

/** A plan fragment that gives the finding, and the same fragment fixed (when a fix can be shown). */
export interface CheckExample {
  /** YAML that gives the finding. */
  bad: string;
  /** The same, fixed. */
  good?: string;
}

const n = (value: number, lang: Lang) => value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
const mb = LIMITS.fileBytes / (1024 * 1024);

/** Every check explained, in both languages; a new code does not compile until it is explained here. */
export const checkTexts: Record<Lang, Record<Code, CheckText>> = {
  nl: {
    'unreadable-file': {
      title: 'Bestand niet leesbaar',
      summary: 'Elk gevonden bestand kan worden gelezen.',
      why: 'Een plan dat niet gelezen kan worden, kan ook niet worden gecontroleerd of opgeteld; stil overslaan zou een onvolledig totaal geven.',
      fix: 'Controleer of het bestand bestaat en leesbaar is (rechten, een verbroken link, een bestand dat tijdens het lezen verdween). Deze fout geeft exitcode 2.',
    },
    'not-text': {
      title: 'Geen UTF-8-tekst',
      summary: 'Een jaarplan is een UTF-8-tekstbestand; binaire bestanden, UTF-16 en ongeldige UTF-8 worden geweigerd.',
      why: 'YAML is tekst. Stuurtekens kunnen een terminal herschrijven, en een verkeerde codering verandert letters en het euroteken ongemerkt.',
      fix: 'Sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8) en verwijder stuurtekens.',
    },
    'file-too-large': {
      title: 'Bestand te groot',
      summary: `Een jaarplan is hoogstens ${mb} MB groot.`,
      why: 'Echte plannen zijn een paar kilobyte; een veel groter bestand is een vergissing of een aanval, en zou de controle lang bezighouden.',
      fix: 'Controleer of het het goede bestand is; splits een plan zo nodig per wijk.',
    },
    'too-deep': {
      title: 'Te diep genest',
      summary: `Een jaarplan is hoogstens ${LIMITS.depth} niveaus diep genest.`,
      why: 'Een plan heeft zo’n acht niveaus nodig; diepe nesting kan de YAML-lezer uitputten.',
      fix: 'Haal overbodige haakjes of inspringing weg.',
    },
    'string-too-long': {
      title: 'Tekst te lang',
      summary: `Een tekstwaarde is hoogstens ${n(LIMITS.stringLength, 'nl')} tekens lang.`,
      why: 'Zo lange teksten horen niet in een jaarplan en maken rapporten onleesbaar.',
      fix: 'Kort de tekst in, of verwijs naar een apart document.',
    },
    'multiple-documents': {
      title: 'Meer dan één document',
      summary: 'Een bestand bevat één jaarplan, dus één YAML-document.',
      why: 'Een tweede document (na een regel `---`) zou stil genegeerd worden.',
      fix: 'Zet elk plan in een eigen bestand en verwijder de scheidingsregel `---`.',
    },
    'yaml-tag': {
      title: 'YAML-tag',
      summary: 'YAML-tags (zoals !!js/function) zijn niet toegestaan; alleen !!str mag.',
      why: 'Tags laten een YAML-lezer objecten of code maken; een plan bevat alleen tekst, getallen en lijsten.',
      fix: 'Verwijder de tag; schrijf tekst tussen aanhalingstekens.',
    },
    'empty-file': {
      title: 'Leeg bestand',
      summary: 'Een jaarplan heeft minstens jaar, titel, gemeente, bronnen en onderdelen.',
      why: 'Een leeg bestand in de map met plannen is meestal een vergissing.',
      fix: 'Vul het plan (`jaarplan init` maakt een begin) of verwijder het bestand.',
    },
    'yaml-syntax': {
      title: 'Geen geldige YAML',
      summary: 'Het bestand moet geldige YAML zijn.',
      why: 'Zonder geldige YAML kan het plan niet worden gelezen; alleen de eerste fout wordt getoond, omdat latere meestal gevolgen zijn.',
      fix: 'Kijk op de aangewezen plek: een niet-gesloten aanhalingsteken of haakje, een tab als inspringing, of een dubbele punt in tekst zonder aanhalingstekens.',
    },
    'yaml-alias': {
      title: 'YAML-alias',
      summary: 'YAML-aliassen (*naam) zijn niet toegestaan, zodat een klein bestand niet kan uitdijen.',
      why: 'Met aliassen kan een bestand van een paar regels miljarden waarden opleveren ("billion laughs").',
      fix: 'Schrijf de waarde uit op elke plek waar ze nodig is.',
    },
    'duplicate-key': {
      title: 'Dubbele sleutel',
      summary: 'Een sleutel staat hoogstens één keer in dezelfde mapping.',
      why: 'Bij een dubbele sleutel wint stil een van beide waarden; welke bedoeld was, weet alleen de schrijver.',
      fix: 'Houd één van de twee over.',
    },
    schema: {
      title: 'Past niet in het schema',
      summary: 'Het plan volgt schemas/jaarplan.schema.json: juiste typen, verplichte sleutels, geen onbekende sleutels.',
      why: 'Een verkeerd gespelde sleutel wordt anders stil genegeerd, en een ontbrekende maakt totalen onvolledig.',
      fix: 'De melding noemt de sleutel, wat er verwacht wordt en bij een onbekende sleutel de dichtstbijzijnde bekende. Een taakveld is een code met een punt: schrijf `6.1`, niet `6,1`. Een editor met het schema helpt bij het typen.',
    },
    'bidi-character': {
      title: 'Teken dat de leesrichting omdraait',
      summary: 'Een jaarplan bevat nergens tekens die de getoonde volgorde van tekst veranderen (U+202A–U+202E, U+2066–U+2069).',
      why: 'Zulke onzichtbare tekens laten tekst anders tonen dan hij is opgeslagen: `€ 1.234,56` achter U+202E leest als `65,432.1 €` (de "Trojan Source"-aanval). In een gepubliceerd plan zou een bedrag dan liegen.',
      fix: 'Verwijder het teken op de aangewezen plek (in de meeste editors zichtbaar te maken als "onzichtbare tekens tonen"); meestal is het meegekopieerd uit een ander document.',
    },
    'invisible-character': {
      title: 'Onzichtbaar teken',
      summary: 'Sleutels, codes, bedragen en getallen bevatten geen onzichtbare tekens; tekst alleen U+00AD, U+061C en U+200C–U+200F.',
      why: 'Een onzichtbaar teken (zoals U+200B) maakt van `S+R` een andere code en van een bedrag tekst die niet te lezen is, terwijl het er hetzelfde uitziet.',
      fix: 'Verwijder het teken; de melding toont waar het staat als `<U+200B>`.',
    },
    'ambiguous-amount': {
      title: 'Dubbelzinnig bedrag',
      summary: 'Een bedrag als 10.000 zonder aanhalingstekens leest YAML als 10; schrijf 10000 of "€ 10.000".',
      why: 'In YAML is de punt een decimaalteken: `bedrag: 10.000` is het getal 10, niet tienduizend. Zonder deze controle zou het plan ongemerkt € 9.990 missen.',
      fix: 'Schrijf het bedrag zonder punten (`10000`) of als tekst in Nederlandse notatie tussen aanhalingstekens (`"€ 10.000"`).',
    },
    'invalid-amount': {
      title: 'Ongeldig bedrag',
      summary:
        'Een bedrag is een getal in gewone cijfers met hoogstens twee decimalen (zonder teken, exponent, 0x of 0o) of een tekst in Nederlandse notatie.',
      why: 'Bedragen worden tot op de cent exact opgeteld; een bedrag dat niet eenduidig te lezen is, zou een verkeerd totaal geven.',
      fix: 'Schrijf gewone cijfers met hoogstens twee decimalen na een punt (`1234.56`), of tekst in Nederlandse notatie (`"€ 1.234,56"`).',
    },
    'unknown-source': {
      title: 'Onbekende bron',
      summary: 'Elke dekkingsregel noemt een bron die onder bronnen is gedeclareerd.',
      why: 'Een regel met een onbekende bron telt bij geen enkele bron mee; meestal is het een tikfout.',
      fix: 'Gebruik de code van een gedeclareerde bron (de melding noemt de dichtstbijzijnde), of declareer de bron onder `bronnen`.',
    },
    'duplicate-activity-nr': {
      title: 'Dubbel activiteitnummer',
      summary: 'Elke activiteit heeft een eigen nummer.',
      why: 'Nummers verwijzen naar activiteiten in rapporten, verschillen en resultaten; twee dezelfde maken dat dubbelzinnig.',
      fix: 'Geef een van de activiteiten een ander nummer.',
    },
    'over-budget': {
      title: 'Boven het totaal budget',
      summary: 'De bekende bedragen zijn samen niet meer dan het totaal budget.',
      why: 'Een plan dat meer verdeelt dan er is, kan niet worden uitgevoerd zoals het er staat.',
      fix: 'Verlaag bedragen of verhoog `totaal_budget`; de melding noemt beide sommen en het verschil.',
    },
    'unallocated-budget': {
      title: 'Niet verdeeld budget',
      summary: 'De bekende bedragen zijn samen gelijk aan het totaal budget.',
      why: 'Geld dat niet aan een activiteit is toegekend, is in het plan niet verantwoord.',
      fix: 'Ken het verschil toe aan activiteiten of verlaag `totaal_budget`; regels zonder bedrag tellen niet mee.',
    },
    'unknown-amount': {
      title: 'Bedrag onbekend',
      summary: 'Elke dekkingsregel heeft een bedrag.',
      why: 'Een regel zonder bedrag is onbekend, niet nul: totalen tonen hem apart.',
      fix: 'Vul `bedrag` in zodra het bekend is.',
    },
    'no-source': {
      title: 'Regel zonder bron',
      summary:
        'Een regel van een activiteit noemt de bron van zijn geld, tenzij het plan de dekking per bron apart geeft (`financiering`).',
      why: 'Zonder bron en zonder financiering per bron zegt het plan nergens waar het geld vandaan komt; de totalen per bron zouden onvolledig zijn.',
      fix: 'Noem de bron (`bron: …`), of geef de dekking per bron onder `financiering`; de regels van de activiteiten zijn dan de verdeling en hebben geen bron nodig.',
    },
    'not-balanced': {
      title: 'Financiering en verdeling sluiten niet',
      summary:
        'Geeft een plan de dekking per bron (`financiering`), dan is die samen gelijk aan de verdeling over de activiteiten, per bron waar de regels een bron noemen, en aan `totaal_budget`.',
      why: 'Een begroting is sluitend: wat binnenkomt is wat wordt verdeeld. Een verschil is geld dat nergens is toegekend, of dat niet gedekt is.',
      fix: 'Verbeter het bedrag aan de kant die afwijkt; de melding noemt beide sommen en het verschil. Staat het verschil zo in het document, laat het dan staan: de melding legt het vast.',
    },
    'stated-total': {
      title: 'Genoemd totaal klopt niet',
      summary:
        'Elk totaal dat het plan overneemt uit het document (onder `totalen`, en `totaal` van een onderdeel) is gelijk aan de som van de regels. Alleen volledige sommen worden vergeleken: regels zonder bedrag meldt `unknown-amount` al.',
      why: 'Documenten tellen soms verkeerd op, al is het met een euro door afronding. Het genoemde totaal naast de som laat zien waar het document en zijn regels uiteenlopen.',
      fix: 'Staat het totaal zo in het document, laat het dan staan: de melding legt de fout van het document vast en de cijfers blijven zichtbaar. Is het een overtikfout, verbeter dan het totaal of de regel.',
    },
    'programme-budget-in-wijk': {
      title: 'Programmabudget in een wijkplan',
      summary:
        'Alleen het stadsbrede plan (zonder `wijk`) noemt `programma_budget`, het budget van het stadsbrede plan en de wijkplannen van dat jaar samen.',
      why: 'In een wijkplan telt het programmabudget nergens mee; zonder melding zou het stil worden genegeerd.',
      fix: 'Zet `programma_budget` in het stadsbrede plan, of gebruik `totaal_budget` voor het budget van deze wijk.',
    },
    'suspicious-scale': {
      title: 'Bedrag in een andere eenheid',
      summary:
        "In een plan met `schaal` (x € 1.000 of x € 1 mln) is geen bedrag duizend keer de mediaan van de bedragen van het plan of meer: dat lijkt al omgerekend naar euro's. In een plan zonder schaal is geen bedrag een duizendste van die mediaan of minder: dat lijkt overgenomen uit een tabel in duizenden. Alleen bij minstens vier bedragen boven nul; genoemde totalen tellen niet mee.",
      why: 'Een tabel "x € 1.000" overgenomen zonder `schaal` maakt van € 1.250.000 stil € 1.250; een bedrag in euro\'s in een plan in duizenden telt duizend keer te zwaar.',
      fix: 'Schrijf het bedrag in de eenheid van het plan (de melding noemt het), of zet `schaal: 1000` en schrijf alle bedragen in duizenden.',
    },
    overspent: {
      title: 'Meer besteed dan begroot',
      summary: 'Op een dekkingsregel is niet meer besteed dan begroot, of de overschrijding is toegelicht.',
      why: 'Overbesteding moet in de verantwoording worden uitgelegd; een toelichting bij de regel of in `verantwoording.toelichting` van de activiteit doet dat, en dan volgt geen melding meer.',
      fix: 'Controleer `besteed` en `bedrag`; licht een echte overschrijding toe in `toelichting` van de regel of in `verantwoording.toelichting` van de activiteit.',
    },
    'unexplained-deviation': {
      title: 'Afwijking zonder toelichting',
      summary:
        'Wijkt de besteding van een regel of activiteit meer af van de begroting dan de drempel (standaard meer dan 10% én meer dan € 1.000), dan staat er een toelichting bij.',
      why: 'De raad en de accountant lezen in de verantwoording waarom geld anders is besteed dan begroot; een groot verschil zonder uitleg roept vragen op.',
      fix: 'Schrijf de reden in `toelichting` van de regel of in `verantwoording.toelichting` van de activiteit. De drempel staat onder `deviation` in het configuratiebestand.',
    },
    'status-spending': {
      title: 'Status past niet bij de besteding',
      summary:
        'Een afgeronde activiteit heeft besteding (zodra het plan besteding bijhoudt), en op een vervallen activiteit is niets besteed, tenzij de verantwoording uitlegt waarom.',
      why: 'Afgerond zonder uitgaven, of uitgaven aan iets dat niet doorging, is meestal een vergeten status of een besteding op de verkeerde regel. Waar `besteed` niet is ingevuld, zegt de melding dat wat besteed is niet bekend is: niet ingevuld is niet nul.',
      fix: 'Vul `besteed` in of verbeter `status`; licht een bewuste uitzondering toe in `verantwoording.toelichting`.',
    },
    'no-owner': {
      title: 'Geen actiehouder',
      summary: 'Elke activiteit heeft een actiehouder; een plan zonder actiehouders en statussen krijgt één melding.',
      why: 'Een activiteit zonder actiehouder wordt vaak niet uitgevoerd. Een plan dat nergens actiehouders of statussen noemt, is een begrotingstabel: dat krijgt één melding voor het hele plan, bij `onderdelen`, niet één per activiteit, zodat de andere meldingen niet verdrinken.',
      fix: 'Noem onder `actiehouders` minstens één rol, of zet de check uit voor begrotingstabellen (`no-owner: off`).',
    },
    'unused-source': {
      title: 'Ongebruikte bron',
      summary: 'Elke gedeclareerde bron wordt door een dekkingsregel gebruikt.',
      why: 'Een bron die nergens wordt gebruikt, wijst vaak op een tikfout in een dekkingsregel.',
      fix: 'Gebruik de bron in een dekkingsregel of verwijder haar; zet de regel uit in de configuratie als u alle bronnen wilt noemen.',
    },
    'results-percentage': {
      title: 'Percentage klopt niet',
      summary: 'Het gerealiseerde percentage past bij de gerealiseerde punten.',
      why: 'Het percentage wordt gepubliceerd; het moet volgen uit de punten die er staan.',
      fix: 'Pas `gerealiseerd_procent` of `punten_totaal` aan; de melding noemt wat de regels en punten geven.',
    },
    'year-mismatch': {
      title: 'Jaar klopt niet',
      summary: 'Het jaar in de bestandsnaam is het jaar van het plan, en de resultaten zijn van het jaar ervoor.',
      why: 'Een plan dat in het bestand van een ander jaar staat, telt bij het verkeerde jaar mee.',
      fix: 'Hernoem het bestand of pas `jaar` aan; `resultaten.jaar` is het jaar vóór het plan.',
    },
    'duplicate-plan': {
      title: 'Twee plannen voor één wijk en jaar',
      summary: 'Elk jaar, elke gemeente en elke wijk heeft één plan; een concept ernaast heeft concept: true.',
      why: 'Twee bestanden met hetzelfde jaar, dezelfde gemeente en wijk (bijvoorbeeld een achtergebleven concept) zouden dubbel worden opgeteld; `totals` en `report` weigeren ze daarom.',
      fix: 'Verwijder een van de twee, of zet `concept: true` bovenaan het concept: `validate` controleert het dan nog wel, maar het telt nergens mee.',
    },
    'wijk-spelling': {
      title: 'Wijk anders geschreven',
      summary: 'Een wijk heeft in elk plan dezelfde naam, met dezelfde hoofdletters en spaties.',
      why: 'Plannen van één wijk worden samengenomen ongeacht hoofdletters, spaties en de Unicode-vorm van letters met een accent (`ë` als één teken of als `e` met een los trema); de naam van het laatste plan wordt getoond. Een andere schrijfwijze is meestal een vergissing.',
      fix: 'Schrijf de wijk in elk plan zoals de melding zegt.',
    },
    'unknown-taakveld': {
      title: 'Onbekend taakveld',
      summary: 'Het taakveld van een activiteit staat op een lijst van taakvelden van de BBV (Iv3): die van 2017, 2023 of 2025.',
      why: 'Met het taakveld is een jaarplan te vergelijken met de begroting en met open begrotingsdata per taakveld; een code die niet bestaat, koppelt de activiteit aan niets.',
      fix: 'Gebruik een code van de lijst van het jaar van het plan, zoals `6.1` (Samenkracht en burgerparticipatie) of `5.7` (Openbaar groen en (openlucht) recreatie); de melding noemt de taakvelden van het hoofdtaakveld in dat jaar. Een code die alleen in een ander jaar bestaat, meldt `taakveld-not-in-year`.',
    },
    'taakveld-year-not-covered': {
      title: 'Taakveld niet te controleren voor dit jaar',
      summary: 'Een taakveld staat in een plan van een jaar waarvoor de lijst van taakvelden geldt (vanaf 2017).',
      why: 'Vóór 2017 werkten gemeenten met een andere indeling (de functies); een taakveld in een ouder plan kan jaarplan niet controleren, en laat het niet stilzwijgend door.',
      fix: 'Controleer het taakveld zelf, of laat het weg in plannen van vóór 2017; zet de regel uit in de configuratie als u de codes van 2017 bewust voor oudere plannen gebruikt.',
    },
    'taakveld-not-in-year': {
      title: 'Taakveld van een ander jaar',
      summary:
        'Het taakveld van een activiteit staat op de lijst van taakvelden van het jaar van het plan, niet alleen op die van een ander jaar.',
      why: 'De lijst is veranderd: in 2023 werden 6.71, 6.72, 6.81 en 6.82 gesplitst in codes met een letter, in 2025 kwamen 6.21, 6.22 en 6.23 in plaats van 6.2, 6.60 in plaats van 6.6 en codes van drie cijfers in plaats van de letters. Een code die in het jaar van het plan niet bestaat, koppelt de activiteit aan niets in de begroting van dat jaar.',
      fix: 'Kies een van de opvolgers die de melding noemt (6.2 in een plan van 2025: 6.21, 6.22 of 6.23), of bij een code die pas later geldt de code van het jaar van het plan. Waar één code er meer werd, past de keuze bij de activiteit; jaarplan kiest niet.',
    },
    'taakveld-list-out-of-date': {
      title: 'Lijst van taakvelden mogelijk verouderd',
      summary: 'Een taakveld staat in een plan van een jaar waarvoor de lijst van taakvelden van jaarplan is nagegaan.',
      why: 'Na het laatste jaar waarvoor de nieuwste lijst is nagegaan, kan de lijst veranderd zijn. jaarplan controleert dan met de nieuwste lijst, weigert geen code die een nieuwere lijst kan hebben, en zegt dat de controle mogelijk verouderd is.',
      fix: 'Controleer het taakveld met het Iv3 informatievoorschrift van het jaar van het plan, en werk jaarplan bij zodra een nieuwere lijst erin staat; zet de regel uit in de configuratie als u de lijst zelf hebt nagegaan.',
    },
    placeholder: {
      title: 'Nog in te vullen',
      summary: 'Een plan heeft geen plekken tussen <...> meer die nog ingevuld moeten worden, zoals jaarplan init ze schrijft.',
      why: 'Een plan met `<gemeente>` of `<titel van de activiteit>` is niet af; `totals` en `report` weigeren het, zodat het nooit wordt gepubliceerd.',
      fix: 'Vul elke waarde tussen `<` en `>` in. Zet de regel alleen uit (`placeholder: off` in de configuratie) als zulke tekst echt bedoeld is; dan vervalt ook de weigering.',
    },
  },
  en: {
    'unreadable-file': {
      title: 'File not readable',
      summary: 'Every file found can be read.',
      why: 'A plan that cannot be read cannot be checked or totalled; skipping it silently would give an incomplete total.',
      fix: 'Check that the file exists and can be read (permissions, a broken link, a file that disappeared while being read). This error exits 2.',
    },
    'not-text': {
      title: 'Not UTF-8 text',
      summary: 'A plan is a UTF-8 text file; binary files, UTF-16 and invalid UTF-8 are refused.',
      why: 'YAML is text. Control characters can rewrite a terminal, and a wrong encoding changes letters and the euro sign unnoticed.',
      fix: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8) and remove control characters.',
    },
    'file-too-large': {
      title: 'File too large',
      summary: `A plan is at most ${mb} MB.`,
      why: 'Real plans are a few kilobytes; a much larger file is a mistake or an attack, and would keep the check busy.',
      fix: 'Check that it is the right file; split a plan per wijk if needed.',
    },
    'too-deep': {
      title: 'Nested too deep',
      summary: `A plan nests at most ${LIMITS.depth} levels deep.`,
      why: 'A plan needs about eight levels; deep nesting can exhaust the YAML parser.',
      fix: 'Remove needless brackets or indentation.',
    },
    'string-too-long': {
      title: 'Text too long',
      summary: `A text value is at most ${n(LIMITS.stringLength, 'en')} characters long.`,
      why: 'Texts that long do not belong in a plan and make reports unreadable.',
      fix: 'Shorten the text, or refer to a separate document.',
    },
    'multiple-documents': {
      title: 'More than one document',
      summary: 'A file holds one plan, so one YAML document.',
      why: 'A second document (after a `---` line) would be ignored silently.',
      fix: 'Put each plan in a file of its own and remove the `---` separator.',
    },
    'yaml-tag': {
      title: 'YAML tag',
      summary: 'YAML tags (such as !!js/function) are not allowed; only !!str is.',
      why: 'Tags make a YAML reader build objects or code; a plan holds only text, numbers and lists.',
      fix: 'Remove the tag; put text in quotes.',
    },
    'empty-file': {
      title: 'Empty file',
      summary: 'A plan has at least jaar, titel, gemeente, bronnen and onderdelen.',
      why: 'An empty file in the plans folder is usually a mistake.',
      fix: 'Fill in the plan (`jaarplan init` makes a start) or remove the file.',
    },
    'yaml-syntax': {
      title: 'Not valid YAML',
      summary: 'The file must be valid YAML.',
      why: 'Without valid YAML the plan cannot be read; only the first error is shown, since later ones are mostly its consequences.',
      fix: 'Look at the place shown: an unclosed quote or bracket, a tab used as indentation, or a colon in text without quotes.',
    },
    'yaml-alias': {
      title: 'YAML alias',
      summary: 'YAML aliases (*name) are not allowed, so a small file cannot expand.',
      why: 'With aliases a file of a few lines can expand to billions of values ("billion laughs").',
      fix: 'Write the value out wherever it is needed.',
    },
    'duplicate-key': {
      title: 'Duplicate key',
      summary: 'A key appears at most once in the same mapping.',
      why: 'With a duplicate key one of the values wins silently; only the writer knows which was meant.',
      fix: 'Keep one of the two.',
    },
    schema: {
      title: 'Does not fit the schema',
      summary: 'The plan follows schemas/jaarplan.schema.json: right types, required keys, no unknown keys.',
      why: 'A misspelt key would otherwise be ignored silently, and a missing one makes totals incomplete.',
      fix: 'The message names the key, what is expected and, for an unknown key, the nearest known one. A taakveld is a code with a point: write `6.1`, not `6,1`. An editor with the schema helps while typing.',
    },
    'bidi-character': {
      title: 'Character that reverses text',
      summary: 'A plan holds no characters that change the order in which text is shown (U+202A–U+202E, U+2066–U+2069), anywhere.',
      why: 'These invisible characters make text show in another order than it is stored: `€ 1.234,56` behind U+202E reads `65,432.1 €` (the "Trojan Source" attack). In a published plan an amount would lie.',
      fix: 'Remove the character at the place shown (most editors can show invisible characters); it was usually copied in from another document.',
    },
    'invisible-character': {
      title: 'Invisible character',
      summary: 'Keys, codes, amounts and numbers hold no invisible characters; text only U+00AD, U+061C and U+200C–U+200F.',
      why: 'An invisible character (such as U+200B) makes `S+R` another code and an amount unreadable text, while it looks the same.',
      fix: 'Remove the character; the message shows where it is as `<U+200B>`.',
    },
    'ambiguous-amount': {
      title: 'Ambiguous amount',
      summary: 'YAML reads an unquoted amount like 10.000 as 10; write 10000 or "€ 10.000".',
      why: 'In YAML the dot is a decimal point: `bedrag: 10.000` is the number 10, not ten thousand. Without this check the plan would lack € 9,990 unnoticed.',
      fix: 'Write the amount without dots (`10000`) or as quoted text in Dutch notation (`"€ 10.000"`).',
    },
    'invalid-amount': {
      title: 'Invalid amount',
      summary:
        'An amount is a number in plain digits with at most two decimals (no sign, exponent, 0x or 0o) or a string in Dutch notation.',
      why: 'Amounts are added up exactly to the cent; an amount that cannot be read one way only would give a wrong total.',
      fix: 'Write plain digits with at most two decimals after a dot (`1234.56`), or text in Dutch notation (`"€ 1.234,56"`).',
    },
    'unknown-source': {
      title: 'Unknown source',
      summary: 'Every budget line names a source declared under bronnen.',
      why: 'A line with an unknown source counts towards no source; it is usually a typo.',
      fix: 'Use the code of a declared source (the message names the nearest), or declare the source under `bronnen`.',
    },
    'duplicate-activity-nr': {
      title: 'Duplicate activity number',
      summary: 'Every activity has its own number.',
      why: 'Numbers refer to activities in reports, diffs and results; two alike make that ambiguous.',
      fix: 'Give one of the activities another number.',
    },
    'over-budget': {
      title: 'Over the total budget',
      summary: 'The known amounts add up to no more than the total budget.',
      why: 'A plan that allocates more than there is cannot be carried out as written.',
      fix: 'Lower amounts or raise `totaal_budget`; the message gives both sums and the difference.',
    },
    'unallocated-budget': {
      title: 'Budget not allocated',
      summary: 'The known amounts add up to the total budget.',
      why: 'Money not allocated to an activity is not accounted for in the plan.',
      fix: 'Allocate the difference to activities or lower `totaal_budget`; lines without an amount do not count.',
    },
    'unknown-amount': {
      title: 'Amount unknown',
      summary: 'Every budget line has an amount.',
      why: 'A line without an amount is unknown, not zero: totals show it apart.',
      fix: 'Fill in `bedrag` once it is known.',
    },
    'no-source': {
      title: 'Line without a source',
      summary: "An activity's line names the source of its money, unless the plan gives its funding per source apart (`financiering`).",
      why: 'Without a source and without funding per source, the plan says nowhere where the money comes from; the totals per source would be incomplete.',
      fix: "Name the source (`bron: …`), or give the funding per source under `financiering`; the activities' lines are then the division and need no source.",
    },
    'not-balanced': {
      title: 'Funding and division do not balance',
      summary:
        'When a plan gives its funding per source (`financiering`), it equals the division over the activities, per source where the lines name one, and `totaal_budget`.',
      why: 'A budget balances: what comes in is what is divided. A difference is money allocated nowhere, or not covered.',
      fix: 'Correct the amount on the side that is off; the finding names both sums and the difference. If the document has the difference, leave it: the finding records it.',
    },
    'stated-total': {
      title: 'Stated total does not add up',
      summary:
        "Every total the plan takes from the document (under `totalen`, and a section's `totaal`) equals the sum of its lines. Only complete sums are compared: lines without an amount are `unknown-amount` already.",
      why: 'Documents sometimes add up wrong, if only by a euro of rounding. The stated total beside the sum shows where the document and its lines disagree.',
      fix: "If the document states that total, leave it: the finding records the document's slip and the figures stay visible. If it is a typing error, correct the total or the line.",
    },
    'programme-budget-in-wijk': {
      title: 'Programme budget in a wijk plan',
      summary:
        'Only the city-wide plan (without `wijk`) states `programma_budget`, the budget of the city-wide plan and the wijk plans of that year together.',
      why: 'In a wijk plan the programme budget counts nowhere; without a finding it would be silently ignored.',
      fix: "Move `programma_budget` to the city-wide plan, or use `totaal_budget` for this wijk's budget.",
    },
    'suspicious-scale': {
      title: 'Amount in another unit',
      summary:
        "In a plan with `schaal` (x € 1.000 or x € 1 mln), no amount is a thousand times the median of the plan's amounts or more: that looks already converted to euros. In a plan without it, no amount is a thousandth of that median or less: that looks copied from a table in thousands. Only with at least four amounts above zero; stated totals are not counted.",
      why: 'A table "x € 1.000" copied without `schaal` silently turns € 1.250.000 into € 1.250; an amount in euros in a plan in thousands counts a thousand times too much.',
      fix: "Write the amount in the plan's unit (the finding names it), or set `schaal: 1000` and write every amount in thousands.",
    },
    overspent: {
      title: 'More spent than budgeted',
      summary: 'No budget line has spent more than its budget, or the overrun is explained.',
      why: "Overspending has to be explained in the account to the council; a `toelichting` on the line or in the activity's `verantwoording.toelichting` does that, and then there is no finding.",
      fix: "Check `besteed` and `bedrag`; explain a real overrun in the line's `toelichting` or in the activity's `verantwoording.toelichting`.",
    },
    'unexplained-deviation': {
      title: 'Difference without an explanation',
      summary:
        'When the spending of a line or activity differs from its budget beyond the threshold (by default more than 10% and more than € 1,000), an explanation is given.',
      why: 'The council and the auditors read in the account why money was spent differently from the budget; a large difference without a reason raises questions.',
      fix: "Write the reason in the line's `toelichting` or in the activity's `verantwoording.toelichting`. The threshold is set under `deviation` in the config file.",
    },
    'status-spending': {
      title: 'Status does not match the spending',
      summary:
        'A completed activity has spending (once the plan records spending), and nothing was spent on a cancelled one unless its account says why.',
      why: 'Completed without spending, or spending on something that did not happen, is usually a forgotten status or spending booked on the wrong line. Where `besteed` is not filled in, the finding says that what was spent is not known: not filled in is not zero.',
      fix: 'Fill in `besteed` or correct `status`; explain a deliberate exception in `verantwoording.toelichting`.',
    },
    'no-owner': {
      title: 'No owner',
      summary: 'Every activity has an owner; a plan without any owners or statuses gets one finding.',
      why: 'An activity without an owner is often not carried out. A plan that names no owners and no statuses anywhere is a budget table: it gets one finding for the whole plan, at `onderdelen`, not one per activity, so that the other findings are not drowned.',
      fix: 'Name at least one role under `actiehouders`, or turn the check off for budget tables (`no-owner: off`).',
    },
    'unused-source': {
      title: 'Unused source',
      summary: 'Every declared source is used by a budget line.',
      why: 'A source that no line uses often points at a typo in a budget line.',
      fix: 'Use the source in a budget line or remove it; turn the rule off in the config if you want to list every source.',
    },
    'results-percentage': {
      title: 'Percentage does not match',
      summary: 'The realised percentage matches the realised points.',
      why: 'The percentage is published; it has to follow from the points listed.',
      fix: 'Correct `gerealiseerd_procent` or `punten_totaal`; the message says what the lines and points give.',
    },
    'year-mismatch': {
      title: 'Year does not match',
      summary: "The year in the file name is the plan's year, and the results are of the year before.",
      why: 'A plan in the file of another year is counted in the wrong year.',
      fix: 'Rename the file or correct `jaar`; `resultaten.jaar` is the year before the plan.',
    },
    'duplicate-plan': {
      title: 'Two plans for one wijk and year',
      summary: 'Every year, municipality and wijk has one plan; a draft beside it has concept: true.',
      why: 'Two files with the same year, municipality and wijk (a leftover draft, say) would be added up twice; so `totals` and `report` refuse them.',
      fix: 'Remove one of the two, or put `concept: true` at the top of the draft: `validate` still checks it, but it counts nowhere.',
    },
    'wijk-spelling': {
      title: 'Wijk written otherwise',
      summary: 'A wijk has the same name in every plan, with the same capitals and spaces.',
      why: 'Plans of one wijk are taken together whatever their capitals, spaces and the Unicode form of accented letters (`ë` as one character or as `e` with a combining diaeresis); the name of the latest plan is shown. Another spelling is usually a slip.',
      fix: 'Write the wijk in every plan as the message says.',
    },
    'unknown-taakveld': {
      title: 'Unknown taakveld',
      summary: "An activity's taakveld is on a list of taakvelden of the BBV (Iv3): that of 2017, 2023 or 2025.",
      why: 'The taakveld makes a plan comparable with the budget and with open budget data by taakveld; a code that does not exist ties the activity to nothing.',
      fix: "Use a code from the list of the plan's year, such as `6.1` (Samenkracht en burgerparticipatie) or `5.7` (Openbaar groen en (openlucht) recreatie); the message lists the taakvelden of the main group in that year. A code that exists only in another year is reported by `taakveld-not-in-year`.",
    },
    'taakveld-year-not-covered': {
      title: 'Taakveld cannot be checked for this year',
      summary: 'A taakveld is in a plan of a year that the list of taakvelden covers (from 2017).',
      why: 'Before 2017 municipalities used another classification (the functies); jaarplan cannot check a taakveld in an older plan, and does not pass it silently.',
      fix: 'Check the taakveld yourself, or leave it out of plans from before 2017; turn the rule off in the config if you use the 2017 codes for older plans on purpose.',
    },
    'taakveld-not-in-year': {
      title: 'Taakveld of another year',
      summary: "An activity's taakveld is on the list of taakvelden of the plan's year, not only on that of another year.",
      why: "The list changed: in 2023 6.71, 6.72, 6.81 and 6.82 were split into codes with a letter, in 2025 6.21, 6.22 and 6.23 replaced 6.2, 6.60 replaced 6.6 and three-digit codes replaced the letters. A code that does not exist in the plan's year ties the activity to nothing in that year's budget.",
      fix: "Choose one of the successors the message names (6.2 in a plan of 2025: 6.21, 6.22 or 6.23), or, for a code that starts later, the code of the plan's year. Where one code became several, the choice depends on the activity; jaarplan does not choose.",
    },
    'taakveld-list-out-of-date': {
      title: 'List of taakvelden may be out of date',
      summary: "A taakveld is in a plan of a year for which jaarplan's list of taakvelden was checked.",
      why: 'After the last year the newest list was checked for, the list may have changed. jaarplan then checks against the newest list, refuses no code that a newer list may have, and says that the check may be out of date.',
      fix: "Check the taakveld against the Iv3 informatievoorschrift of the plan's year, and update jaarplan once it has a newer list; turn the rule off in the config if you have checked the list yourself.",
    },
    placeholder: {
      title: 'Still to fill in',
      summary: 'A plan has no places between <...> left to fill in, such as jaarplan init writes.',
      why: 'A plan with `<gemeente>` or `<titel van de activiteit>` is not finished; `totals` and `report` refuse it, so it is never published.',
      fix: 'Fill in every value between `<` and `>`. Turn the rule off (`placeholder: off` in the config) only when such text is meant; that also lifts the refusal.',
    },
  },
};

/** A fragment of a plan that gives each finding, and the fix; the same in both languages. */
export const checkExamples: Partial<Record<Code, CheckExample>> = {
  'multiple-documents': { bad: 'jaar: 2014\n---\njaar: 2015', good: 'jaar: 2014' },
  'yaml-tag': { bad: 'titel: !!js/function "function () {}"', good: 'titel: "function () {}"' },
  'yaml-syntax': { bad: "gemeente: 's-Hertogenbosch", good: 'gemeente: "\'s-Hertogenbosch"' },
  'yaml-alias': {
    bad: 'actiehouders: &wm [Wijkmanager]\n...\nactiehouders: *wm',
    good: 'actiehouders: [Wijkmanager]\n...\nactiehouders: [Wijkmanager]',
  },
  'duplicate-key': { bad: 'titel: Buurtfeest\ntitel: Buurtfeest 2014', good: 'titel: Buurtfeest 2014' },
  schema: { bad: 'actiehouder: [Wijkmanager]', good: 'actiehouders: [Wijkmanager]' },
  'ambiguous-amount': { bad: 'bedrag: 10.000', good: 'bedrag: "€ 10.000"' },
  'invalid-amount': { bad: 'bedrag: 1e3', good: 'bedrag: 1000' },
  'invisible-character': { bad: 'bron: "S+R\\u200B"', good: 'bron: S+R' },
  'unknown-source': {
    bad: 'bronnen:\n  S+R: { naam: Stad- en Regiocontract, soort: cofinanciering }\n...\n  - bron: s+r',
    good: '  - bron: S+R',
  },
  'duplicate-activity-nr': {
    bad: '- nr: 3\n  titel: Buurtfeest\n- nr: 3\n  titel: Schouw',
    good: '- nr: 3\n  titel: Buurtfeest\n- nr: 4\n  titel: Schouw',
  },
  'over-budget': { bad: 'totaal_budget: 10000\n...\n  - { bron: wijkaanpak, bedrag: 12000 }', good: 'totaal_budget: 12000' },
  'unknown-amount': { bad: 'dekking:\n  - bron: S+R', good: 'dekking:\n  - bron: S+R\n    bedrag: 5000' },
  overspent: { bad: '- { bron: wijkaanpak, bedrag: 3500, besteed: 3800 }' },
  'no-source': { bad: 'dekking:\n  - bedrag: 5000', good: 'dekking:\n  - bron: wijkaanpak\n    bedrag: 5000' },
  'not-balanced': {
    bad: 'financiering:\n  - { bron: gemeente, bedrag: 800 }\n...\n    dekking:\n      - bedrag: 750',
    good: '    dekking:\n      - bedrag: 800',
  },
  'stated-total': {
    bad: 'totalen:\n  begroting: { lasten: 18600 }\n...\n  - { bedrag: 22300 }',
    good: 'totalen:\n  begroting: { lasten: 22300 }',
  },
  'programme-budget-in-wijk': { bad: 'wijk: Noord\nprogramma_budget: 250000', good: 'wijk: Noord\ntotaal_budget: 250000' },
  'suspicious-scale': {
    bad: 'schaal: 1000\n...\n  - { bron: gemeente, bedrag: 1250000 }',
    good: 'schaal: 1000\n...\n  - { bron: gemeente, bedrag: 1250 }',
  },
  'unexplained-deviation': {
    bad: '- { bron: wijkaanpak, bedrag: 20000, besteed: 12000 }',
    good: '- { bron: wijkaanpak, bedrag: 20000, besteed: 12000, toelichting: De tweede ronde is naar volgend jaar geschoven. }',
  },
  'status-spending': { bad: 'status: vervallen\ndekking:\n  - { bron: wijkaanpak, bedrag: 5000, besteed: 1200 }', good: 'status: lopend' },
  'no-owner': { bad: 'actiehouders: []', good: 'actiehouders: [Wijkmanager]' },
  'unknown-taakveld': { bad: 'taakveld: "6.9"', good: 'taakveld: "6.1"' },
  'taakveld-year-not-covered': { bad: 'jaar: 2013\n...\n    taakveld: "6.1"', good: 'jaar: 2017\n...\n    taakveld: "6.1"' },
  'taakveld-not-in-year': { bad: 'jaar: 2025\n...\n    taakveld: "6.2"', good: 'jaar: 2025\n...\n    taakveld: "6.21"' },
  'taakveld-list-out-of-date': { bad: 'jaar: 2027\n...\n    taakveld: "6.21"', good: 'jaar: 2026\n...\n    taakveld: "6.21"' },
  'duplicate-plan': {
    bad: '# plans/2014.yaml\njaar: 2014\ngemeente: Harderwijk\n\n# plans/2014-concept.yaml\njaar: 2014\ngemeente: Harderwijk',
    good: '# plans/2014-concept.yaml\nconcept: true\njaar: 2014\ngemeente: Harderwijk',
  },
  placeholder: { bad: 'gemeente: <gemeente>', good: 'gemeente: Harderwijk' },
  'year-mismatch': { bad: '# plans/2014.yaml\njaar: 2013', good: '# plans/2014.yaml\njaar: 2014' },
};

// The taakvelden of the BBV (Besluit begroting en verantwoording provincies en gemeenten): the
// classification under which every Dutch municipality reports its budget to the CBS and the
// ministry (Iv3, "Informatie voor derden"), and under which open budget data such as
// openspending.nl shows it. The list below is the one in force since the budgets of 2017.
//
// Data, transcribed by hand: no package carries this list. Check it against the official
// publication before relying on it for anything but tagging (see `source`).

/** Where the list comes from, which version, and when it was transcribed. */
export const iv3Source = {
  /** The official publication the list is taken from. */
  source:
    'Regeling informatie voor derden (Iv3), bijlage "Taakvelden" bij de Regeling van de Minister van BZK op grond van artikel 71 BBV; ' +
    'Besluit begroting en verantwoording provincies en gemeenten (BBV), gewijzigd per begrotingsjaar 2017',
  /** The version: the list as introduced for the budgets of 2017. */
  version: 'BBV-taakvelden 2017',
  /** The first budget year the list applies to. */
  firstYear: 2017,
  /** When the list was transcribed into this file. */
  transcribed: '2026-07-01',
  /** How it was made: by hand, to be checked against the publication. */
  note: 'Transcribed by hand from the published list; to be checked against the official publication.',
} as const;

/** The main groups (hoofdtaakvelden), by their number. */
export const iv3Hoofdtaakvelden: Readonly<Record<string, string>> = {
  '0': 'Bestuur en ondersteuning',
  '1': 'Veiligheid',
  '2': 'Verkeer, vervoer en waterstaat',
  '3': 'Economie',
  '4': 'Onderwijs',
  '5': 'Sport, cultuur en recreatie',
  '6': 'Sociaal domein',
  '7': 'Volksgezondheid en milieu',
  '8': 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing',
};

/** Every taakveld, by its code, in the order of the list. */
export const iv3Taakvelden: Readonly<Record<string, string>> = {
  '0.1': 'Bestuur',
  '0.2': 'Burgerzaken',
  '0.3': 'Beheer overige gebouwen en gronden',
  '0.4': 'Overhead',
  '0.5': 'Treasury',
  '0.61': 'OZB woningen',
  '0.62': 'OZB niet-woningen',
  '0.63': 'Parkeerbelasting',
  '0.64': 'Belastingen overig',
  '0.7': 'Algemene uitkering en overige uitkeringen gemeentefonds',
  '0.8': 'Overige baten en lasten',
  '0.9': 'Vennootschapsbelasting (VpB)',
  '0.10': 'Mutaties reserves',
  '0.11': 'Resultaat van de rekening van baten en lasten',
  '1.1': 'Crisisbeheersing en brandweer',
  '1.2': 'Openbare orde en veiligheid',
  '2.1': 'Verkeer en vervoer',
  '2.2': 'Parkeren',
  '2.3': 'Recreatieve havens',
  '2.4': 'Economische havens en waterwegen',
  '2.5': 'Openbaar vervoer',
  '3.1': 'Economische ontwikkeling',
  '3.2': 'Fysieke bedrijfsinfrastructuur',
  '3.3': 'Bedrijvenloket en bedrijfsregelingen',
  '3.4': 'Economische promotie',
  '4.1': 'Openbaar basisonderwijs',
  '4.2': 'Onderwijshuisvesting',
  '4.3': 'Onderwijsbeleid en leerlingzaken',
  '5.1': 'Sportbeleid en activering',
  '5.2': 'Sportaccommodaties',
  '5.3': 'Cultuurpresentatie, cultuurproductie en cultuurparticipatie',
  '5.4': 'Musea',
  '5.5': 'Cultureel erfgoed',
  '5.6': 'Media',
  '5.7': 'Openbaar groen en (openlucht) recreatie',
  '6.1': 'Samenkracht en burgerparticipatie',
  '6.2': 'Wijkteams',
  '6.3': 'Inkomensregelingen',
  '6.4': 'Begeleide participatie',
  '6.5': 'Arbeidsparticipatie',
  '6.6': 'Maatwerkvoorzieningen (WMO)',
  '6.71': 'Maatwerkdienstverlening 18+',
  '6.72': 'Maatwerkdienstverlening 18-',
  '6.81': 'Geëscaleerde zorg 18+',
  '6.82': 'Geëscaleerde zorg 18-',
  '7.1': 'Volksgezondheid',
  '7.2': 'Riolering',
  '7.3': 'Afval',
  '7.4': 'Milieubeheer',
  '7.5': 'Begraafplaatsen en crematoria',
  '8.1': 'Ruimtelijke ordening',
  '8.2': 'Grondexploitatie (niet bedrijventerreinen)',
  '8.3': 'Wonen en bouwen',
};

/** The name of a taakveld, or undefined when the code is not on the list. */
export function taakveldName(code: string): string | undefined {
  return Object.hasOwn(iv3Taakvelden, code) ? iv3Taakvelden[code] : undefined;
}

/** Whether the list applies to a plan of this year. */
export function iv3Covers(year: number): boolean {
  return year >= iv3Source.firstYear;
}

/** The codes in the order of the list. */
export const iv3Codes: readonly string[] = Object.keys(iv3Taakvelden);

// Made by scripts/buildTaakvelden.mjs from data/taakvelden/; do not edit. See docs/plan-format.md#taakveld-iv3.
// Typed and read through iv3Taakvelden.ts.

/** The last budget year the newest list was checked for. */
export const checkedThrough = 2026;

/** Why the newest list is taken to hold until `checkedThrough`. */
export const checkedThroughBasis = "The list of 2025 is taken to hold for the budgets of 2026 as well: a public open-source budget dashboard names it the Iv3 taakvelden of 2025-2026, and no change for 2026 was found. A plan of a later year is checked against the list of 2025 with a warning that the list may be out of date.";

/** The versions of the list, oldest first, each with its years, provenance and taakvelden. */
export const versions: readonly {
  version: string;
  firstYear: number;
  lastYear: number | null;
  source: { publication: string; method: string; source: string | null; sourceSha256: string | null; sha256: string; recorded: string; note: string };
  taakvelden: Readonly<Record<string, string>>;
}[] = [
  {
    "version": "2017",
    "firstYear": 2017,
    "lastYear": 2022,
    "source": {
      "publication": "Regeling vaststelling taakvelden en verstrekking informatie voor derden (Staatscourant 2016), Bijlage 1, op grond van artikel 66 BBV",
      "method": "transcribed",
      "source": null,
      "sourceSha256": null,
      "sha256": "e72d48d71ec503c6bd13a0bfdb79225505fb5d2ea1b41ab9d8656edbad09bccf",
      "recorded": "2026-07-01",
      "note": "Transcribed by hand from the published Bijlage 1; 53 taakvelden. No machine-readable file of the 2016 publication was at hand, so this list is checked against what was recorded from the publication (its checksum above and the counts in the test), not regenerated from a source file."
    },
    "taakvelden": {
      "0.1": "Bestuur",
      "0.2": "Burgerzaken",
      "0.3": "Beheer overige gebouwen en gronden",
      "0.4": "Overhead",
      "0.5": "Treasury",
      "0.61": "OZB woningen",
      "0.62": "OZB niet-woningen",
      "0.63": "Parkeerbelasting",
      "0.64": "Belastingen overig",
      "0.7": "Algemene uitkering en overige uitkeringen gemeentefonds",
      "0.8": "Overige baten en lasten",
      "0.9": "Vennootschapsbelasting (VpB)",
      "0.10": "Mutaties reserves",
      "0.11": "Resultaat van de rekening van baten en lasten",
      "1.1": "Crisisbeheersing en brandweer",
      "1.2": "Openbare orde en veiligheid",
      "2.1": "Verkeer en vervoer",
      "2.2": "Parkeren",
      "2.3": "Recreatieve havens",
      "2.4": "Economische havens en waterwegen",
      "2.5": "Openbaar vervoer",
      "3.1": "Economische ontwikkeling",
      "3.2": "Fysieke bedrijfsinfrastructuur",
      "3.3": "Bedrijvenloket en bedrijfsregelingen",
      "3.4": "Economische promotie",
      "4.1": "Openbaar basisonderwijs",
      "4.2": "Onderwijshuisvesting",
      "4.3": "Onderwijsbeleid en leerlingzaken",
      "5.1": "Sportbeleid en activering",
      "5.2": "Sportaccommodaties",
      "5.3": "Cultuurpresentatie, cultuurproductie en cultuurparticipatie",
      "5.4": "Musea",
      "5.5": "Cultureel erfgoed",
      "5.6": "Media",
      "5.7": "Openbaar groen en (openlucht) recreatie",
      "6.1": "Samenkracht en burgerparticipatie",
      "6.2": "Wijkteams",
      "6.3": "Inkomensregelingen",
      "6.4": "Begeleide participatie",
      "6.5": "Arbeidsparticipatie",
      "6.6": "Maatwerkvoorzieningen (WMO)",
      "6.71": "Maatwerkdienstverlening 18+",
      "6.72": "Maatwerkdienstverlening 18-",
      "6.81": "Geëscaleerde zorg 18+",
      "6.82": "Geëscaleerde zorg 18-",
      "7.1": "Volksgezondheid",
      "7.2": "Riolering",
      "7.3": "Afval",
      "7.4": "Milieubeheer",
      "7.5": "Begraafplaatsen en crematoria",
      "8.1": "Ruimtelijke ordening",
      "8.2": "Grondexploitatie (niet bedrijventerreinen)",
      "8.3": "Wonen en bouwen"
    }
  },
  {
    "version": "2023",
    "firstYear": 2023,
    "lastYear": 2024,
    "source": {
      "publication": "Iv3 informatievoorschrift 2023 (gemeenten en gemeenschappelijke regelingen), taakvelden",
      "method": "transcribed",
      "source": null,
      "sourceSha256": null,
      "sha256": "a057018d6ae45140a69e0b5bd08933ea1401a53e90593d1897e459225e4e444f",
      "recorded": "2026-12-07",
      "note": "No machine-readable CBS file of 2023 or 2024 was found in a public source; transcribed from the published list as quoted in public open-source budget dashboards, which agree on the codes, with 0.10 and 0.11 (on the list throughout) from the Regeling. Deliberately not from CBS's files: those keep rows for 6.71, 6.72, 6.81 and 6.82 as totals of their sub-codes (booking on them is no longer allowed since 2023) and still name 6.2 Wijkteams and 6.4 Begeleide participatie; a list made from them needs exactly those corrections."
    },
    "taakvelden": {
      "0.1": "Bestuur",
      "0.2": "Burgerzaken",
      "0.3": "Beheer overige gebouwen en gronden",
      "0.4": "Overhead",
      "0.5": "Treasury",
      "0.61": "OZB woningen",
      "0.62": "OZB niet-woningen",
      "0.63": "Parkeerbelasting",
      "0.64": "Belastingen overig",
      "0.7": "Algemene uitkering en overige uitkeringen gemeentefonds",
      "0.8": "Overige baten en lasten",
      "0.9": "Vennootschapsbelasting (Vpb)",
      "0.10": "Mutaties reserves",
      "0.11": "Resultaat van de rekening van baten en lasten",
      "1.1": "Crisisbeheersing en brandweer",
      "1.2": "Openbare orde en veiligheid",
      "2.1": "Verkeer en vervoer",
      "2.2": "Parkeren",
      "2.3": "Recreatieve havens",
      "2.4": "Economische havens en waterwegen",
      "2.5": "Openbaar vervoer",
      "3.1": "Economische ontwikkeling",
      "3.2": "Fysieke bedrijfsinfrastructuur",
      "3.3": "Bedrijvenloket en bedrijfsregelingen",
      "3.4": "Economische promotie",
      "4.1": "Openbaar basisonderwijs",
      "4.2": "Onderwijshuisvesting",
      "4.3": "Onderwijsbeleid en leerlingzaken",
      "5.1": "Sportbeleid en activering",
      "5.2": "Sportaccommodaties",
      "5.3": "Cultuurpresentatie, cultuurproductie en cultuurparticipatie",
      "5.4": "Musea",
      "5.5": "Cultureel erfgoed",
      "5.6": "Media",
      "5.7": "Openbaar groen en (openlucht) recreatie",
      "6.1": "Samenkracht en burgerparticipatie",
      "6.2": "Toegang en eerstelijnsvoorzieningen",
      "6.3": "Inkomensregelingen",
      "6.4": "WSW en beschut werk",
      "6.5": "Arbeidsparticipatie",
      "6.6": "Maatwerkvoorzieningen (Wmo)",
      "6.71a": "Huishoudelijke hulp (Wmo)",
      "6.71b": "Begeleiding (Wmo)",
      "6.71c": "Dagbesteding (Wmo)",
      "6.71d": "Overige maatwerkarrangementen (Wmo)",
      "6.72a": "Jeugdzorg begeleiding",
      "6.72b": "Jeugdzorg behandeling",
      "6.72c": "Jeugdhulp dagbesteding",
      "6.72d": "Jeugdhulp zonder verblijf overig",
      "6.73a": "Pleegzorg",
      "6.73b": "Gezinsgericht",
      "6.73c": "Jeugdhulp met verblijf overig",
      "6.74a": "Jeugd behandeling GGZ zonder verblijf",
      "6.74b": "Jeugdhulp crisis/LTA/GGZ-verblijf",
      "6.74c": "Gesloten plaatsing",
      "6.81a": "Beschermd wonen (Wmo)",
      "6.81b": "Maatschappelijke- en vrouwenopvang (Wmo)",
      "6.82a": "Jeugdbescherming",
      "6.82b": "Jeugdreclassering",
      "7.1": "Volksgezondheid",
      "7.2": "Riolering",
      "7.3": "Afval",
      "7.4": "Milieubeheer",
      "7.5": "Begraafplaatsen en crematoria",
      "8.1": "Ruimte en leefomgeving",
      "8.2": "Grondexploitatie (niet-bedrijventerreinen)",
      "8.3": "Wonen en bouwen"
    }
  },
  {
    "version": "2025",
    "firstYear": 2025,
    "lastYear": null,
    "source": {
      "publication": "Iv3 informatievoorschrift 2025 (gemeenten en gemeenschappelijke regelingen), taakvelden",
      "method": "transcribed",
      "source": null,
      "sourceSha256": null,
      "sha256": "13b9f1553f74d7d652bea471eb78e62e9340a98dbca1ffa2f013c5fed7c0cdf9",
      "recorded": "2026-12-07",
      "note": "No machine-readable CBS file of 2025 was found in a public source; transcribed from the published names as quoted in a public open-source budget dashboard, and checked against the taakvelden of a municipal budget of 2025 (the same codes in the social domain)."
    },
    "taakvelden": {
      "0.1": "Bestuur",
      "0.2": "Burgerzaken",
      "0.3": "Beheer overige gebouwen en gronden",
      "0.4": "Overhead",
      "0.5": "Treasury",
      "0.61": "OZB woningen",
      "0.62": "OZB niet-woningen",
      "0.63": "Parkeerbelasting",
      "0.64": "Belastingen overig",
      "0.7": "Algemene uitkering en overige uitkeringen gemeentefonds",
      "0.8": "Overige baten en lasten",
      "0.9": "Vennootschapsbelasting (Vpb)",
      "0.10": "Mutaties reserves",
      "0.11": "Resultaat van de rekening van baten en lasten",
      "1.1": "Crisisbeheersing en brandweer",
      "1.2": "Openbare orde en veiligheid",
      "2.1": "Verkeer en vervoer",
      "2.2": "Parkeren",
      "2.3": "Recreatieve havens",
      "2.4": "Economische havens en waterwegen",
      "2.5": "Openbaar vervoer",
      "3.1": "Economische ontwikkeling",
      "3.2": "Fysieke bedrijfsinfrastructuur",
      "3.3": "Bedrijvenloket en bedrijfsregelingen",
      "3.4": "Economische promotie",
      "4.1": "Openbaar basisonderwijs",
      "4.2": "Onderwijshuisvesting",
      "4.3": "Onderwijsbeleid en leerlingzaken",
      "5.1": "Sportbeleid en activering",
      "5.2": "Sportaccommodaties",
      "5.3": "Cultuurpresentatie, cultuurproductie en cultuurparticipatie",
      "5.4": "Musea",
      "5.5": "Cultureel erfgoed",
      "5.6": "Media",
      "5.7": "Openbaar groen en (openlucht) recreatie",
      "6.1": "Samenkracht en burgerparticipatie",
      "6.21": "Toegang en eerstelijnsvoorzieningen Wmo",
      "6.22": "Toegang en eerstelijnsvoorzieningen Jeugd",
      "6.23": "Toegang en eerstelijnsvoorzieningen Integraal",
      "6.3": "Inkomensregelingen",
      "6.4": "WSW en beschut werk",
      "6.5": "Arbeidsparticipatie",
      "6.60": "Hulpmiddelen en diensten (Wmo)",
      "6.711": "Huishoudelijke hulp (Wmo)",
      "6.712": "Begeleiding (Wmo)",
      "6.713": "Dagbesteding (Wmo)",
      "6.714": "Overige maatwerkarrangementen (Wmo)",
      "6.751": "Jeugdhulp ambulant lokaal",
      "6.752": "Jeugdhulp ambulant regionaal",
      "6.753": "Jeugdhulp ambulant landelijk",
      "6.761": "Jeugdhulp met verblijf lokaal",
      "6.762": "Jeugdhulp met verblijf regionaal",
      "6.763": "Jeugdhulp met verblijf landelijk",
      "6.791": "PGB Wmo",
      "6.792": "PGB Jeugd",
      "6.811": "Beschermd wonen (Wmo)",
      "6.812": "Maatschappelijke- en vrouwenopvang (Wmo)",
      "6.821": "Jeugdbescherming",
      "6.822": "Jeugdreclassering",
      "6.91": "Coördinatie en beleid Wmo",
      "6.92": "Coördinatie en beleid Jeugd",
      "7.1": "Volksgezondheid",
      "7.2": "Riolering",
      "7.3": "Afval",
      "7.4": "Milieubeheer",
      "7.5": "Begraafplaatsen en crematoria",
      "8.1": "Ruimte en leefomgeving",
      "8.2": "Grondexploitatie (niet-bedrijventerreinen)",
      "8.3": "Wonen en bouwen"
    }
  }
];

/** The codes that left the list, with the year and the codes that took over. */
export const successions: readonly { year: number; code: string; codes: readonly string[]; reason: string }[] = [
  {
    "year": 2023,
    "code": "6.71",
    "codes": [
      "6.71a",
      "6.71b",
      "6.71c",
      "6.71d"
    ],
    "reason": "Boeken op 6.71 mag niet meer: gesplitst naar soort maatwerk Wmo."
  },
  {
    "year": 2023,
    "code": "6.72",
    "codes": [
      "6.72a",
      "6.72b",
      "6.72c",
      "6.72d",
      "6.73a",
      "6.73b",
      "6.73c",
      "6.74a",
      "6.74b",
      "6.74c"
    ],
    "reason": "Boeken op 6.72 mag niet meer: gesplitst naar jeugdhulp zonder verblijf (6.72a-d), met verblijf (6.73a-c) en crisis, GGZ en gesloten plaatsing (6.74a-c)."
  },
  {
    "year": 2023,
    "code": "6.81",
    "codes": [
      "6.81a",
      "6.81b"
    ],
    "reason": "Boeken op 6.81 mag niet meer: gesplitst in beschermd wonen en opvang."
  },
  {
    "year": 2023,
    "code": "6.82",
    "codes": [
      "6.82a",
      "6.82b"
    ],
    "reason": "Boeken op 6.82 mag niet meer: gesplitst in jeugdbescherming en jeugdreclassering."
  },
  {
    "year": 2025,
    "code": "6.2",
    "codes": [
      "6.21",
      "6.22",
      "6.23"
    ],
    "reason": "Toegang en eerstelijnsvoorzieningen gesplitst in Wmo, Jeugd en Integraal."
  },
  {
    "year": 2025,
    "code": "6.6",
    "codes": [
      "6.60"
    ],
    "reason": "Maatwerkvoorzieningen (Wmo) heet Hulpmiddelen en diensten (Wmo), onder een nieuw nummer."
  },
  {
    "year": 2025,
    "code": "6.71a",
    "codes": [
      "6.711"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.71b",
    "codes": [
      "6.712"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.71c",
    "codes": [
      "6.713"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.71d",
    "codes": [
      "6.714"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.72a",
    "codes": [
      "6.751",
      "6.752",
      "6.753"
    ],
    "reason": "Jeugdhulp zonder verblijf is jeugdhulp ambulant, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.72b",
    "codes": [
      "6.751",
      "6.752",
      "6.753"
    ],
    "reason": "Jeugdhulp zonder verblijf is jeugdhulp ambulant, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.72c",
    "codes": [
      "6.751",
      "6.752",
      "6.753"
    ],
    "reason": "Jeugdhulp zonder verblijf is jeugdhulp ambulant, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.72d",
    "codes": [
      "6.751",
      "6.752",
      "6.753"
    ],
    "reason": "Jeugdhulp zonder verblijf is jeugdhulp ambulant, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.73a",
    "codes": [
      "6.761",
      "6.762",
      "6.763"
    ],
    "reason": "Jeugdhulp met verblijf, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.73b",
    "codes": [
      "6.761",
      "6.762",
      "6.763"
    ],
    "reason": "Jeugdhulp met verblijf, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.73c",
    "codes": [
      "6.761",
      "6.762",
      "6.763"
    ],
    "reason": "Jeugdhulp met verblijf, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.74a",
    "codes": [
      "6.751",
      "6.752",
      "6.753"
    ],
    "reason": "Behandeling GGZ zonder verblijf is jeugdhulp ambulant, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.74b",
    "codes": [
      "6.761",
      "6.762",
      "6.763"
    ],
    "reason": "Crisis, LTA en GGZ-verblijf is jeugdhulp met verblijf, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.74c",
    "codes": [
      "6.761",
      "6.762",
      "6.763"
    ],
    "reason": "Gesloten plaatsing is jeugdhulp met verblijf, lokaal, regionaal of landelijk."
  },
  {
    "year": 2025,
    "code": "6.81a",
    "codes": [
      "6.811"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.81b",
    "codes": [
      "6.812"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.82a",
    "codes": [
      "6.821"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  },
  {
    "year": 2025,
    "code": "6.82b",
    "codes": [
      "6.822"
    ],
    "reason": "Lettercode vervangen door een cijfercode."
  }
];

import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../i18n/lang.js';

/** A CSV cell: text, or an amount in euros (a number, at most two decimals), or null for an empty (unknown) cell. */
export type CsvCell = string | number | null;

/**
 * Writes rows as CSV for the language's spreadsheets. Dutch: what Dutch Excel opens as it is, with a
 * semicolon separator, a decimal comma and a byte order mark (without it Excel reads UTF-8 as
 * Windows-1252). English: RFC 4180, comma separator and dot decimals. Both end records with CRLF,
 * as RFC 4180 prescribes.
 *
 * Numbers are amounts and are written with two decimals; text that a spreadsheet would take for a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading apostrophe, following OWASP's
 * advice on CSV injection. Amounts are numbers, so a negative one stays a number.
 */
export function toCsv(rows: CsvCell[][], lang: Lang): string {
  return stringify(rows, {
    delimiter: lang === 'nl' ? ';' : ',',
    record_delimiter: 'windows',
    bom: lang === 'nl',
    escape_formulas: true,
    // With a record delimiter of its own, csv-stringify would leave a bare LF inside a field unquoted.
    quote_record_delimiter: true,
    cast: {
      number: (euros: number) => {
        const fixed = euros.toFixed(2);
        return lang === 'nl' ? fixed.replace('.', ',') : fixed;
      },
    },
  });
}

/** A fixture file and every diagnostic it must give: code, line, column. */
export type Expectation = [file: string, expected: [code: string, line: number, column: number][]];

// Each fixture triggers one check; the table gives every diagnostic it must give, with its position.
export const checkCases: Expectation[] = [
  ['valid.yaml', []],
  [
    'ambiguous-amount.yaml',
    [
      ['ambiguous-amount', 15, 21],
      ['ambiguous-amount', 17, 21],
    ],
  ],
  [
    'invalid-amount.yaml',
    [
      ['invalid-amount', 14, 21],
      ['invalid-amount', 16, 21],
      ['invalid-amount', 18, 21],
      ['schema', 20, 21],
    ],
  ],
  // S+R is not also unused: the unknown S+K is nearest to it.
  ['unknown-source.yaml', [['unknown-source', 16, 19]]],
  ['duplicate-activity-nr.yaml', [['duplicate-activity-nr', 15, 13]]],
  ['over-budget.yaml', [['over-budget', 4, 16]]],
  ['unallocated-budget.yaml', [['unallocated-budget', 4, 16]]],
  ['unknown-amount.yaml', [['unknown-amount', 13, 13]]],
  ['no-source.yaml', [['no-source', 13, 13]]],
  // Funding 8.000 against a division of 8.500 (in all, and for the corporation 2.000 against 2.500), and against the declared 9.000.
  [
    'not-balanced.yaml',
    [
      ['not-balanced', 4, 16],
      ['unallocated-budget', 4, 16],
      ['not-balanced', 8, 1],
      ['not-balanced', 10, 33],
    ],
  ],
  // Stated lasten and saldo of the budget, lasten of the account (a slip of one euro), and the section's total.
  [
    'stated-total.yaml',
    [
      ['stated-total', 10, 24],
      ['stated-total', 10, 38],
      ['stated-total', 11, 23],
      ['stated-total', 14, 13],
      ['unexplained-deviation', 21, 55],
    ],
  ],
  // In thousands, 1250000 is already in euros; in euros, 125 is in thousands: both directions of the rule.
  ['suspicious-scale.yaml', [['suspicious-scale', 13, 104]]],
  ['suspicious-scale-euros.yaml', [['suspicious-scale', 12, 104]]],
  // A cut and a correction with their aard are read with their sign; a negative amount without one is not.
  ['negative-lines.yaml', [['invalid-amount', 9, 31]]],
  // A programme budget belongs on the city-wide plan; in a wijk plan it counts nowhere.
  ['programme-budget-in-wijk.yaml', [['programme-budget-in-wijk', 5, 19]]],
  ['overspent.yaml', [['overspent', 16, 22]]],
  [
    'overspent-amounts.yaml',
    [
      ['ambiguous-amount', 16, 22],
      ['invalid-amount', 19, 22],
      ['invalid-amount', 22, 22],
      ['schema', 26, 17],
    ],
  ],
  // Activity 3's overrun (line 33) is explained in its verantwoording and activity 10's (line 84) in
  // the line's toelichting: neither is overspent.
  [
    'unexplained-deviation.yaml',
    [
      ['unexplained-deviation', 16, 22],
      ['overspent', 40, 22],
      ['overspent', 47, 22],
      ['unexplained-deviation', 51, 9],
      ['overspent', 54, 22],
      ['overspent', 57, 22],
      ['overspent', 64, 22],
      ['unexplained-deviation', 64, 22],
      ['overspent', 71, 22],
    ],
  ],
  [
    'status-spending.yaml',
    [
      ['status-spending', 12, 17],
      ['status-spending', 20, 17],
      ['unknown-amount', 22, 13],
      ['status-spending', 26, 17],
    ],
  ],
  ['status-spending-untracked.yaml', []],
  // A plan that names no owners and no statuses anywhere (a budget table): one finding, at onderdelen.
  ['no-owner.yaml', [['no-owner', 6, 1]]],
  // A plan that names an owner somewhere: one finding per activity without one.
  [
    'no-owner-some.yaml',
    [
      ['no-owner', 9, 9],
      ['no-owner', 12, 9],
    ],
  ],
  [
    'unknown-taakveld.yaml',
    [
      ['unknown-taakveld', 12, 19],
      ['unknown-taakveld', 17, 19],
    ],
  ],
  ['taakveld-year-not-covered.yaml', [['taakveld-year-not-covered', 12, 19]]],
  [
    'taakveld-not-in-year.yaml',
    [
      ['taakveld-not-in-year', 12, 19],
      ['taakveld-not-in-year', 17, 19],
    ],
  ],
  ['taakveld-list-out-of-date.yaml', [['taakveld-list-out-of-date', 12, 19]]],
  ['unused-source.yaml', [['unused-source', 6, 3]]],
  ['results-percentage.yaml', [['results-percentage', 9, 25]]],
  [
    'year-mismatch-2015.yaml',
    [
      ['year-mismatch', 1, 7],
      ['year-mismatch', 7, 9],
    ],
  ],
  [
    'placeholder.yaml',
    [
      ['placeholder', 3, 11],
      ['placeholder', 10, 16],
      ['placeholder', 11, 23],
      ['placeholder', 12, 37],
    ],
  ],
  [
    'schema.yaml',
    [
      ['schema', 1, 1],
      ['schema', 1, 1],
      ['schema', 1, 7],
      ['schema', 5, 1],
    ],
  ],
  [
    'schema-nested.yaml',
    [
      ['schema', 5, 42],
      ['schema', 11, 9],
      ['schema', 12, 27],
      ['schema', 14, 9],
    ],
  ],
  ['duplicate-key.yaml', [['duplicate-key', 4, 1]]],
  ['yaml-syntax.yaml', [['yaml-syntax', 2, 8]]],
  ['empty-file.yaml', [['empty-file', 1, 1]]],
  ['yaml-alias.yaml', [['yaml-alias', 2, 8]]],
  ['not-text.bin', [['not-text', 1, 1]]],
];

// The bad-input corpus under test/fixtures/bad/: hostile, broken or odd files, each with the one
// outcome it must have. An empty list means the odd input is accepted (a UTF-8 BOM, a Dutch
// decimal comma in an unquoted amount).
export const badCases: Expectation[] = [
  ['01-empty.yaml', [['empty-file', 1, 1]]],
  ['02-only-comments.yaml', [['empty-file', 1, 1]]],
  ['03-whitespace.yaml', [['empty-file', 1, 1]]],
  ['04-null-document.yaml', [['empty-file', 1, 1]]],
  ['05-scalar-document.yaml', [['schema', 1, 1]]],
  ['06-list-document.yaml', [['schema', 1, 1]]],
  ['07-binary.bin', [['not-text', 1, 1]]],
  ['08-utf16le.yaml', [['not-text', 1, 1]]],
  ['09-utf16be.yaml', [['not-text', 1, 1]]],
  ['10-latin1.yaml', [['not-text', 10, 19]]],
  ['11-bom-utf8.yaml', []],
  ['12-tabs.yaml', [['yaml-syntax', 5, 1]]],
  ['13-unclosed-bracket.yaml', [['yaml-syntax', 11, 23]]],
  ['14-unclosed-quote.yaml', [['yaml-syntax', 10, 16]]],
  ['15-bad-indent.yaml', [['yaml-syntax', 10, 8]]],
  ['16-two-documents.yaml', [['multiple-documents', 15, 1]]],
  ['17-duplicate-key.yaml', [['duplicate-key', 4, 1]]],
  ['18-alias-bomb.yaml', [['yaml-alias', 2, 8]]],
  [
    '19-merge-key.yaml',
    [
      ['schema', 5, 3],
      ['schema', 6, 5],
    ],
  ],
  ['20-custom-tag.yaml', [['yaml-tag', 2, 13]]],
  ['21-js-function-tag.yaml', [['yaml-tag', 2, 22]]],
  ['22-proto-key.yaml', [['schema', 15, 1]]],
  ['23-constructor-key.yaml', [['schema', 15, 1]]],
  ['24-deep-flow.yaml', [['too-deep', 2, 72]]],
  ['25-deep-block.yaml', [['too-deep', 66, 129]]],
  ['26-long-string.yaml', [['string-too-long', 10, 16]]],
  ['27-jaar-string.yaml', [['schema', 1, 7]]],
  ['28-jaar-float.yaml', [['schema', 1, 7]]],
  ['29-missing-required.yaml', [['schema', 1, 1]]],
  [
    '30-unknown-top-key.yaml',
    [
      ['schema', 1, 1],
      ['schema', 6, 1],
    ],
  ],
  ['31-bronnen-list.yaml', [['schema', 4, 1]]],
  ['32-onderdelen-empty.yaml', [['schema', 6, 1]]],
  ['33-soort-wrong.yaml', [['schema', 5, 42]]],
  ['34-thema-wrong.yaml', [['schema', 11, 18]]],
  ['35-nr-zero.yaml', [['schema', 9, 13]]],
  ['36-nr-string.yaml', [['schema', 9, 13]]],
  ['37-dutch-thousands.yaml', [['ambiguous-amount', 14, 21]]],
  ['38-negative.yaml', [['invalid-amount', 14, 21]]],
  ['39-three-decimals.yaml', [['ambiguous-amount', 14, 21]]],
  ['40-amount-text.yaml', [['invalid-amount', 14, 21]]],
  ['41-amount-bool.yaml', [['schema', 14, 21]]],
  ['42-amount-null.yaml', [['schema', 14, 20]]],
  ['43-totaal-ambiguous.yaml', [['ambiguous-amount', 4, 16]]],
  ['44-unknown-source.yaml', [['unknown-source', 13, 19]]],
  ['45-duplicate-nr.yaml', [['duplicate-activity-nr', 15, 13]]],
  ['46-over-budget.yaml', [['over-budget', 4, 16]]],
  ['47-infinity.yaml', [['schema', 14, 21]]],
  ['48-huge-amount.yaml', [['invalid-amount', 14, 21]]],
  [
    '49-crlf.yaml',
    [
      ['schema', 1, 1],
      ['schema', 6, 1],
    ],
  ],
  [
    '50-non-ascii-key.yaml',
    [
      ['schema', 1, 1],
      ['schema', 2, 1],
    ],
  ],
  ['51-control-char.yaml', [['not-text', 10, 21]]],
  ['52-comma-amount.yaml', []],
  ['53-dot-decimal-string.yaml', [['invalid-amount', 14, 21]]],
  ['54-key-without-value-list.yaml', [['schema', 12, 18]]],
  ['55-apostrophe-gemeente.yaml', [['yaml-syntax', 3, 11]]],
  ['56-apostrophe-titel.yaml', [['yaml-syntax', 11, 16]]],
  ['57-unclosed-flow-map.yaml', [['yaml-syntax', 5, 15]]],
  ['58-tabs-in-list.yaml', [['yaml-syntax', 11, 1]]],
  ['59-unquoted-colon.yaml', [['yaml-syntax', 11, 16]]],
  ['60-text-after-quote.yaml', [['yaml-syntax', 11, 16]]],
  ['61-utf16le-no-bom.yaml', [['not-text', 1, 1]]],
  ['62-utf16be-no-bom.yaml', [['not-text', 1, 1]]],
  ['63-windows-1252.yaml', [['not-text', 17, 22]]],
  ['64-owners-text.yaml', [['schema', 12, 23]]],
  // A declared code written in another case is that source.
  ['65-bron-lower-case.yaml', []],
];

// Text that cannot lie and amounts read exactly, under test/fixtures/text/: bidi controls anywhere,
// invisible characters outside free text, amounts in other notations than plain digits, and an
// amount split at its decimal comma inside { … }. An empty list means the file is accepted.
export const textCases: Expectation[] = [
  ['bidi-value.yaml', [['bidi-character', 15, 27]]],
  ['bidi-key.yaml', [['bidi-character', 15, 13]]],
  [
    'bidi-comment.yaml',
    [
      ['bidi-character', 13, 34],
      ['bidi-character', 15, 36],
    ],
  ],
  [
    'invisible-amount.yaml',
    [
      ['invisible-character', 14, 25],
      ['invisible-character', 16, 26],
    ],
  ],
  [
    'invisible-code.yaml',
    [
      ['invisible-character', 5, 7],
      ['invisible-character', 13, 23],
    ],
  ],
  [
    'invisible-number.yaml',
    [
      ['invisible-character', 1, 11],
      ['invisible-character', 9, 15],
    ],
  ],
  ['invisible-text.yaml', [['invisible-character', 10, 21]]],
  ['free-text-keeps.yaml', []],
  [
    'escaped-control.yaml',
    [
      ['not-text', 2, 8],
      ['not-text', 10, 16],
    ],
  ],
  [
    'amount-notations.yaml',
    [
      ['invalid-amount', 4, 16],
      ['invalid-amount', 15, 21],
      ['invalid-amount', 17, 21],
      ['invalid-amount', 19, 21],
      ['invalid-amount', 21, 21],
      ['invalid-amount', 23, 21],
      ['invalid-amount', 26, 22],
    ],
  ],
  [
    'flow-comma.yaml',
    [
      ['ambiguous-amount', 13, 41],
      ['ambiguous-amount', 14, 55],
    ],
  ],
];

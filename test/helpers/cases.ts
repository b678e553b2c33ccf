/** One command-line run and what it must give: shared by the in-process and the built-bin tests. */
export interface CliCase {
  /** Name of the golden file. */
  name: string;
  /** Arguments after `jaarplan`. */
  argv: string[];
  /** The exit code it must give. */
  code: number;
}

const languages = ['nl', 'en'] as const;

/** Every format of every command on the bundled 2013 plan, in both languages. */
export const goldenCases: CliCase[] = languages.flatMap((lang) => [
  { name: `validate-text-${lang}`, argv: ['validate', '--lang', lang], code: 0 },
  { name: `validate-json-${lang}`, argv: ['validate', 'plans/2013.yaml', '--format', 'json', '--lang', lang], code: 0 },
  { name: `totals-table-${lang}`, argv: ['totals', '--year', '2013', '--lang', lang], code: 0 },
  { name: `totals-markdown-${lang}`, argv: ['totals', '--year', '2013', '--format', 'markdown', '--lang', lang], code: 0 },
  { name: `totals-json-${lang}`, argv: ['totals', '--year', '2013', '--format', 'json', '--lang', lang], code: 0 },
  { name: `report-table-${lang}`, argv: ['report', '--year', '2013', '--lang', lang], code: 0 },
  { name: `report-markdown-${lang}`, argv: ['report', '--year', '2013', '--format', 'markdown', '--lang', lang], code: 0 },
  { name: `report-json-${lang}`, argv: ['report', '--year', '2013', '--format', 'json', '--lang', lang], code: 0 },
  {
    name: `report-multi-markdown-${lang}`,
    argv: ['report', '--year', '2014', '--plans', 'test/fixtures/multi', '--format', 'markdown', '--lang', lang],
    code: 0,
  },
]);

const money = 'test/fixtures/money';

/**
 * The money model on a programme of a city-wide plan with a funding table, income, reserves and a
 * programme budget, and two wijk plans (one in thousands): every command and format that shows it.
 */
export const moneyCases: CliCase[] = [
  { name: 'validate-money-nl', argv: ['validate', money], code: 0 },
  { name: 'totals-money-table-nl', argv: ['totals', money], code: 0 },
  { name: 'totals-money-table-en', argv: ['totals', money, '--lang', 'en'], code: 0 },
  { name: 'totals-money-markdown-nl', argv: ['totals', money, '--format', 'markdown'], code: 0 },
  { name: 'totals-money-json-nl', argv: ['totals', money, '--format', 'json'], code: 0 },
  { name: 'totals-money-csv-nl', argv: ['totals', money, '--format', 'csv'], code: 0 },
  { name: 'totals-money-by-karakter-nl', argv: ['totals', money, '--by', 'karakter'], code: 0 },
  { name: 'totals-money-by-source-en', argv: ['totals', money, '--by', 'source', '--lang', 'en'], code: 0 },
  { name: 'report-money-markdown-nl', argv: ['report', '--year', '2024', '--plans', money, '--format', 'markdown'], code: 0 },
  { name: 'report-money-json-nl', argv: ['report', '--year', '2024', '--plans', money, '--format', 'json'], code: 0 },
  { name: 'verantwoording-money-table-nl', argv: ['verantwoording', '--year', '2024', '--plans', money], code: 0 },
  {
    name: 'verantwoording-money-json-en',
    argv: ['verantwoording', '--year', '2024', '--plans', money, '--format', 'json', '--lang', 'en'],
    code: 0,
  },
  { name: 'verantwoording-money-csv-nl', argv: ['verantwoording', '--year', '2024', '--plans', money, '--format', 'csv'], code: 0 },
];

const problems = ['test/fixtures/checks/unknown-source.yaml', 'test/fixtures/checks/schema-nested.yaml'];

/** The CI formats of `validate`, on plans with problems, in both languages. */
export const ciFormatCases: CliCase[] = languages.flatMap((lang) =>
  (['github', 'junit', 'sarif'] as const).map((format) => ({
    name: `validate-${format}-${lang}`,
    argv: ['validate', ...problems, '--format', format, '--lang', lang],
    code: 1,
  })),
);

/** The command line's own words, from help to usage errors, in each language. */
export const usageCases: CliCase[] = [
  { name: 'help-nl', argv: ['--help'], code: 0 },
  { name: 'help-en', argv: ['--help', '--lang', 'en'], code: 0 },
  { name: 'validate-help-nl', argv: ['validate', '--help'], code: 0 },
  { name: 'validate-help-en', argv: ['validate', '--help', '--lang', 'en'], code: 0 },
  { name: 'unknown-command-en', argv: ['valdate', '--lang', 'en'], code: 2 },
  { name: 'unknown-option-nl', argv: ['validate', '--stirct'], code: 2 },
  { name: 'max-warnings-invalid-nl', argv: ['validate', '--max-warnings', '-1'], code: 2 },
  { name: 'max-warnings-invalid-en', argv: ['validate', '--max-warnings', 'many', '--lang', 'en'], code: 2 },
];

/** Runs that must fail, and how. */
export const failureCases: CliCase[] = [
  {
    name: 'validate-errors',
    argv: ['validate', 'test/fixtures/checks/unknown-source.yaml', 'test/fixtures/checks/over-budget.yaml'],
    code: 1,
  },
  { name: 'validate-strict', argv: ['validate', '--strict', 'plans/2013.yaml'], code: 1 },
  { name: 'validate-missing-path', argv: ['validate', 'plans/2099.yaml'], code: 2 },
  { name: 'validate-empty-folder', argv: ['validate', 'test/fixtures/empty-folder'], code: 2 },
  { name: 'totals-refuses-errors', argv: ['totals', 'test/fixtures/checks/invalid-amount.yaml'], code: 1 },
  { name: 'totals-shows-budget-errors', argv: ['totals', 'test/fixtures/checks/over-budget.yaml', '--format', 'markdown'], code: 1 },
  { name: 'report-no-year', argv: ['report', '--year', '2099'], code: 2 },
  { name: 'report-bad-year', argv: ['report', '--year', 'twintig'], code: 2 },
  { name: 'report-missing-year-option', argv: ['report'], code: 2 },
  { name: 'unknown-command', argv: ['valdate'], code: 2 },
  { name: 'bad-format', argv: ['totals', '--format', 'pdf'], code: 2 },
  { name: 'garbage-file', argv: ['validate', 'test/fixtures/checks/not-text.bin', '--lang', 'en'], code: 1 },
];

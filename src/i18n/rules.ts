import type { Lang } from '../core/amount.js';
import type { Code } from '../core/diagnostic.js';
import { checkTexts } from './checks.js';

/** What each check is about, for rule metadata in SARIF and JUnit; one sentence per code. */
export const ruleHelp: Record<Lang, Record<Code, string>> = {
  nl: summaries('nl'),
  en: summaries('en'),
};

function summaries(lang: Lang): Record<Code, string> {
  return Object.fromEntries(Object.entries(checkTexts[lang]).map(([code, text]) => [code, text.summary])) as Record<Code, string>;
}

import { dirname, resolve } from 'node:path';
import { nextYearPlan, retiredTaakvelden, skeletonPlan, wijkSlug } from '../load/initPlan.js';
import { JaarplanError } from '../errors.js';
import { initWords } from '../i18n/init.js';
import type { Io } from '../io.js';
import { loadPlan } from '../node/loadPlan.js';
import { hasErrors, type CheckedFile } from '../load/parsePlan.js';
import { schemaRefFor } from '../node/schemaRef.js';
import { validatePlan } from '../load/validatePlan.js';
import { readText } from '../node/readText.js';
import { exists, writeFileAtomically } from '../node/writeFile.js';
import { fullResult } from '../reporters/validate/result.js';
import { reporterOptions, type GlobalOptions } from './common.js';
import { refusalOf } from '../node/planSet.js';
import { printRefusal } from './planSetFor.js';

/** The options of `init`. */
export interface InitOptions extends GlobalOptions {
  /** The year of the new plan. */
  year: number;
  /** An earlier plan to start from. */
  from?: string;
  /** The neighbourhood of the new plan. */
  wijk?: string;
  /** Keep the earlier plan's amounts. */
  keepAmounts: boolean;
  /** Where to write; plans/<year>.yaml or plans/<year>-<wijk>.yaml by default. */
  out?: string;
}

/** The default path of a new plan: the year, and the neighbourhood's slug if it has one. */
export function defaultPlanPath(year: number, wijk: string | undefined): string {
  if (wijk === undefined) return `plans/${year}.yaml`;
  const slug = wijkSlug(wijk);
  if (slug === '') throw new JaarplanError('invalid-wijk', { value: wijk });
  return `plans/${year}-${slug}.yaml`;
}

/**
 * `jaarplan init --year N`: writes a new plan, from scratch or from an earlier one. Refuses to
 * overwrite, refuses an earlier plan with errors (exit 1), and checks the new plan before it is
 * written, so a plan it writes always validates.
 */
export async function initCommand(options: InitOptions, io: Io): Promise<number> {
  const words = initWords[options.lang];
  if (options.keepAmounts && options.from === undefined)
    throw new JaarplanError('option-needs', { option: '--keep-amounts', needs: '--from' });
  if (options.wijk !== undefined && wijkSlug(options.wijk) === '') throw new JaarplanError('invalid-wijk', { value: options.wijk });
  let earlier: CheckedFile | undefined;
  if (options.from !== undefined) {
    earlier = await loadPlan(options.from, { cwd: io.cwd });
    const refusal = refusalOf([earlier], { placeholders: false, anyError: true });
    const refused = refusal === null ? null : await printRefusal(refusal, options, io);
    if (refused !== null) return refused;
  }
  // From a neighbourhood's plan, the new plan is that neighbourhood's unless --wijk names another.
  const wijk = options.wijk ?? earlier?.plan?.wijk;
  const shownOut = options.out ?? defaultPlanPath(options.year, wijk);
  const out = resolve(io.cwd, shownOut);
  if (await exists(out)) throw new JaarplanError('file-exists', { path: shownOut });
  const schemaRef = schemaRefFor(dirname(out));

  let text: string;
  if (options.from === undefined) {
    text = skeletonPlan({ year: options.year, ...(options.wijk === undefined ? {} : { wijk: options.wijk }), schemaRef, words });
  } else {
    const source = await readText(options.from, io.cwd);
    text = nextYearPlan(source, {
      year: options.year,
      ...(options.wijk === undefined ? {} : { wijk: options.wijk }),
      schemaRef,
      words,
      fromPath: options.from.split('\\').join('/'),
      keepAmounts: options.keepAmounts,
    });
  }

  // What is written must validate: a plan that init makes and validate then refuses would be a bug.
  const checked = validatePlan(text, shownOut);
  if (hasErrors(checked)) {
    const { validateText } = await import('../reporters/validate/text.js');
    io.stderr(validateText(fullResult([checked]), reporterOptions(options, { ...io, isTTY: false })));
    return 1;
  }
  await writeFileAtomically(out, text, { shown: shownOut, overwrite: false, makeFolder: true });
  if (earlier?.plan) {
    for (const r of retiredTaakvelden(earlier.plan, options.year))
      io.stderr(`${words.taakveldRetiredWarning(shownOut, r.nr, r.code, options.year, r.successors)}\n`);
  }
  const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
  io.stdout(`${words.written(shownOut, errors, checked.diagnostics.length - errors)}\n${words.next(shownOut)}\n`);
  return 0;
}

import type { Io } from '../io.js';
import { planSetWords } from '../i18n/planSet.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { withPlanSetChecks } from '../node/withPlanSetChecks.js';
import type { GlobalOptions } from './common.js';

/**
 * The files `totals` and `report` add up: drafts (`concept: true`) are left out, each with a note on
 * standard error, and two plans with one identity get a `duplicate-plan` error each, so that
 * `refuseInvalid` refuses them instead of adding them up.
 */
export function plansToCount(files: CheckedFile[], global: GlobalOptions, io: Io): CheckedFile[] {
  const counted: CheckedFile[] = [];
  for (const file of files) {
    if (file.identity?.concept) io.stderr(`jaarplan: ${planSetWords[global.lang].conceptSkipped(file.path)}\n`);
    else counted.push(file);
  }
  return withPlanSetChecks(counted, { cwd: io.cwd });
}

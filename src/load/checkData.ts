import { basename } from 'node:path';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { checkPlan } from '../core/checkPlan.js';
import type { Finding } from '../core/diagnostic.js';
import type { Plan } from '../core/plan.js';
import { schemaFindings } from './schema.js';
import { toPlan, type WrittenScalars } from './toPlan.js';

/**
 * What is found in a plan's data once its YAML is read, by either reader: the schema's findings,
 * the amounts' findings of the typed plan, and the budget's own rules, with the findings derived
 * from a node that already has an error left out. Both readers call this one function, so they
 * find alike by construction; what they must agree on besides is the data, how its scalars were
 * written (`written`) and the places (test/property/fastPlan.test.ts).
 */
export function checkData(
  data: unknown,
  written: WrittenScalars,
  path: string,
  checks: CheckOptions,
): { findings: Finding[]; plan: Plan | null } {
  let shape = schemaFindings(data);
  if (breaksStructure(shape)) return { findings: shape, plan: null };
  const mapped = toPlan(written, data, path);
  // The cents of an amount split at its comma inside { … } are part of the amount's finding.
  shape = shape.filter((f) => !(f.atKey && mapped.absorbed.includes(f.pointer)));
  const derived = underivedFindings(shape, [...mapped.findings, ...checkPlan(mapped.plan, basename(path), checks)]);
  return { findings: [...shape, ...derived], plan: shape.length > 0 ? null : mapped.plan };
}

/**
 * One rule for findings derived from a node that already has an error: they are left out. A node
 * has an error when the schema refuses it or anything above it (a wrong or incomplete node), when
 * it holds an unknown (perhaps misspelt) key, or when another error is about it (an amount that
 * cannot be read, an unknown source). A finding is derived from its own node and from the nodes
 * its `basis` names: a missing owner from the owners' list, an unused source from every `bron`
 * that may have meant it, a budget sum from every amount.
 */
function underivedFindings(shape: Finding[], found: Finding[]): Finding[] {
  const errors = [...shape, ...found.filter((f) => f.severity === 'error')];
  // Most plans have no error: nothing is derived from one.
  if (errors.length === 0) return found.map(withoutBasis);
  const hasError = (basis: string, self: Finding) => {
    // A basis ending in `/` is derived from everything below the node too.
    const whole = basis.endsWith('/');
    const pointer = whole ? basis.slice(0, -1) : basis;
    return errors.some((e) =>
      e === self
        ? false
        : (whole && e.pointer.startsWith(basis)) ||
          (e.code === 'schema' && e.args.keyword === 'additionalProperties'
            ? pointer === e.pointer.slice(0, e.pointer.lastIndexOf('/'))
            : pointer === e.pointer || pointer.startsWith(e.pointer + '/')),
    );
  };
  return found.filter((f) => ![f.pointer, ...(f.basis ?? [])].some((p) => hasError(p, f))).map(withoutBasis);
}

/**
 * A finding without its `basis`, its other fields in their order. Copied field by field: V8 makes
 * the object of a rest pattern (`{ basis, ...rest }`) a slow dictionary, and every diagnostic made
 * from it after (placed, kept, printed) was slow too.
 */
function withoutBasis(f: Finding): Finding {
  if (f.basis === undefined) return f;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(f)) if (key !== 'basis') copy[key] = (f as Record<string, unknown>)[key];
  return copy as Finding;
}

/**
 * Whether schema errors leave too little structure for the budget checks to mean anything: the
 * document is not a mapping, or the sources or sections are missing or of the wrong shape.
 */
function breaksStructure(shape: Finding[]): boolean {
  return shape.some(
    (f) =>
      f.code === 'schema' &&
      ((f.pointer === '' && f.args.keyword === 'type') ||
        (f.pointer === '' && f.args.keyword === 'required' && ['bronnen', 'onderdelen'].includes(f.args.key)) ||
        ((f.pointer === '/bronnen' || f.pointer === '/onderdelen') && f.args.keyword === 'type')),
  );
}

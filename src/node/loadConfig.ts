import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { settingAllowed, type RuleSetting, type Rules } from '../core/applyRules.js';
import { severities, type Code } from '../core/diagnostic.js';
import { nearest } from '../core/nearest.js';
import { parseAmount } from '../core/amount.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { DEFAULT_DEVIATION, type DeviationThreshold } from '../core/sum.js';
import { JaarplanError } from '../errors.js';
import { errnoOf, isMissing, readFailure } from './errno.js';

/** The user's configuration and where it was found. */
export interface Config {
  /** The file it came from, relative to the working folder. */
  path: string;
  /** Severities per code. */
  rules: Rules;
  /** What the checks are told: the threshold of `unexplained-deviation` (`deviation:`), when set. */
  checks: CheckOptions;
}

/** One mistake in a config: where it is, what it is (`problem`), and what its message is made from. */
export type ConfigProblem = { line: number; column: number; problem: string } & Record<string, string | number>;

const CONFIG_FILES = ['jaarplan.config.yaml', 'jaarplan.config.yml'];
const SETTINGS: RuleSetting[] = ['error', 'warning', 'off'];

/**
 * Finds the configuration: `file` when given, else the first `jaarplan.config.yaml` (or `.yml`), or
 * `package.json` with a `jaarplan` key, from the working folder upward. None is fine: null. A config
 * that is wrong (unknown code, unknown setting, an error turned into a warning) is a JaarplanError
 * listing every mistake with its line and column (exit 2), so a typo can never silently switch a
 * check off.
 */
export async function loadConfig(cwd: string, file?: string): Promise<Config | null> {
  if (file !== undefined) {
    const path = resolve(cwd, file);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw readFailure(file, error);
    });
    return parseConfig(text, shown(path, cwd), path.endsWith('.json'));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const text = await readIfThere(join(dir, name), cwd);
      if (text !== null) return parseConfig(text, shown(join(dir, name), cwd), false);
    }
    const pkg = await readIfThere(join(dir, 'package.json'), cwd);
    // Most package.json files have no `jaarplan` key: a plain JSON parse tells, and only a config
    // that is there is parsed again with positions for its messages.
    if (pkg !== null && hasConfigKey(pkg)) {
      const config = parseConfig(pkg, shown(join(dir, 'package.json'), cwd), true);
      if (config) return config;
    }
    if (dirname(dir) === dir) return null;
  }
}

function hasConfigKey(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return data !== null && typeof data === 'object' && Object.hasOwn(data, 'jaarplan');
  } catch {
    // Not JSON: let the YAML parser say where it is wrong, if it names jaarplan at all.
    return /"jaarplan"\s*:/.test(text);
  }
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}

/**
 * Parses a config (YAML, or package.json whose `jaarplan` key holds it; JSON is YAML). Every mistake
 * is collected, each with its line and column, and reported together as one JaarplanError, so a
 * config with five mistakes is fixed in one round rather than five.
 */
export function parseConfig(text: string, path: string, inPackageJson: boolean): Config | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problems: ConfigProblem[] = [];
  const note = (offset: number, problem: string, args: Record<string, string> = {}) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push({ line, column: col, problem, ...args });
  };
  const done = (config: Config | null): Config | null => {
    if (problems.length === 0) return config;
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new JaarplanError('config-invalid', { path, problems });
  };
  for (const error of doc.errors) note(error.pos[0], 'yaml', { detail: error.message.split('\n')[0]! });
  // A duplicate key leaves the rest readable; after any other YAML error the structure is a guess.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return done(null);
  let root: unknown = doc.contents;
  if (inPackageJson) {
    if (!isMap(root)) return done(null);
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'jaarplan');
    if (!pair) return done(null);
    root = pair.value;
  }
  if (root === null || (isScalar(root) && root.value === null)) return done({ path, rules: {}, checks: {} });
  if (!isMap(root)) {
    note(rangeStart(root), 'not-mapping');
    return done(null);
  }
  const rules: Rules = {};
  const checks: CheckOptions = {};
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'deviation') {
      const deviation = parseDeviation(pair.value ?? pair.key, note);
      if (deviation) checks.deviation = deviation;
      continue;
    }
    if (key !== 'rules') {
      note(rangeStart(pair.key), 'unknown-key', { key });
      continue;
    }
    if (!isMap(pair.value)) {
      note(rangeStart(pair.value ?? pair.key), 'not-mapping');
      continue;
    }
    for (const rule of pair.value.items) {
      const code = isScalar(rule.key) ? String(rule.key.value) : '';
      const known = code in severities;
      if (!known) note(rangeStart(rule.key), 'unknown-code', { code, suggestion: nearest(code, Object.keys(severities)) ?? '' });
      const setting = isScalar(rule.value) ? String(rule.value.value) : '';
      if (!SETTINGS.includes(setting as RuleSetting)) note(rangeStart(rule.value ?? rule.key), 'unknown-setting', { code, setting });
      else if (known && !settingAllowed(code as Code, setting as RuleSetting))
        note(rangeStart(rule.value), 'error-stays-error', { code, setting });
      else if (known) rules[code as Code] = setting as RuleSetting;
    }
  }
  return done({ path, rules, checks });
}

/**
 * `deviation: { percent: 10, amount: 1000 }`: a difference needs an explanation when it is more than
 * both (amount in euros, as a number or in the plan's notation). A key left out keeps its default.
 */
function parseDeviation(
  node: unknown,
  note: (offset: number, problem: string, args?: Record<string, string>) => void,
): DeviationThreshold | null {
  if (!isMap(node)) {
    note(rangeStart(node), 'deviation-not-mapping');
    return null;
  }
  const threshold = { ...DEFAULT_DEVIATION };
  let ok = true;
  const bad = (offset: number, problem: string, args: Record<string, string>) => {
    note(offset, problem, args);
    ok = false;
  };
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const value = isScalar(item.value) ? item.value.value : undefined;
    const at = rangeStart(item.value ?? item.key);
    if (key === 'percent') {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) threshold.percent = value;
      else bad(at, 'deviation-value', { key, value: String(value) });
    } else if (key === 'amount') {
      const read = typeof value === 'number' || typeof value === 'string' ? parseAmount(value) : null;
      if (read?.ok) threshold.amount = read.cents;
      else bad(at, 'deviation-value', { key, value: String(value) });
    } else {
      bad(rangeStart(item.key), 'deviation-key', { key });
    }
  }
  return ok ? threshold : null;
}

function rangeStart(node: unknown): number {
  return (node as { range?: [number] } | null)?.range?.[0] ?? 0;
}

/**
 * A config file found on the way up, or null when there is none there. One that is there but cannot
 * be read is a failure: skipping it would silently drop the severities it sets.
 */
async function readIfThere(path: string, cwd: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error) || errnoOf(error) === 'EISDIR') return null;
    throw readFailure(shown(path, cwd), error);
  }
}

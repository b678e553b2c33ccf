import { existsSync, watch, type FSWatcher } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { JaarplanError } from '../errors.js';
import { failureText } from '../i18n/labels.js';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlans } from '../node/readPlans.js';
import { PLANS_FOLDER } from '../node/readSiblings.js';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import { loadSettings, type Severities } from '../node/loadSettings.js';

const CONFIG_NAMES = new Set(['jaarplan.config.yaml', 'jaarplan.config.yml', 'package.json']);

/**
 * The workspace as validate sees it from its root: the config found from there (upward), and the
 * plans of its plans folder, which an open plan is compared with for the checks across plans.
 * Both are read again when they change on disk.
 */
export class Workspace {
  /** The config's severities, as validate applies them. */
  severities: Severities = (item) => item;
  /** What the config tells the checks (the threshold for differences), as validate reads plans with it. */
  checks: CheckOptions = {};
  /** The plans of the plans folder as they are on disk, by absolute path. */
  private onDisk = new Map<string, CheckedFile>();
  private watchers: FSWatcher[] = [];
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(readonly root: string) {}

  /** How validate would name a file of this workspace: relative to the root, or absolute outside it. */
  displayPath(file: string): string {
    const rel = relative(this.root, file);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
  }

  /** Reads the config again; a config with mistakes is not used, and its failure is returned in words. */
  async reloadConfig(lang: Lang): Promise<string | null> {
    try {
      // Found and applied as validate does.
      ({ severities: this.severities, checks: this.checks } = await loadSettings({ cwd: this.root }, undefined));
      return null;
    } catch (error) {
      this.severities = (item) => item;
      this.checks = {};
      if (error instanceof JaarplanError) {
        return failureText(error, lang);
      }
      return error instanceof Error ? error.message : String(error);
    }
  }

  /** Reads the plans folder again. */
  async reloadPlans(): Promise<void> {
    const folder = resolve(this.root, PLANS_FOLDER);
    if (!existsSync(folder)) {
      this.onDisk = new Map();
      return;
    }
    try {
      const read = await readPlans({ paths: [folder], cwd: this.root, diagnosticsOnly: true });
      this.onDisk = new Map(
        read.files.map((f) => [resolve(this.root, f.path), { ...f, path: this.displayPath(resolve(this.root, f.path)) }]),
      );
    } catch {
      // An empty or unreadable plans folder leaves nothing to compare with.
      this.onDisk = new Map();
    }
  }

  /** Whether a file is in this workspace's plans folder (a YAML file at any depth below it). */
  holdsPlan(file: string): boolean {
    return kindOfChange(this.root, file) === 'plans';
  }

  /** The plans on disk other than the given files (open documents stand for their own files). */
  siblings(except: Set<string>): CheckedFile[] {
    return [...this.onDisk].filter(([file]) => !except.has(file)).map(([, checked]) => checked);
  }

  /** Watches the root for its config file and the plans folder for plans; `changed` says which. */
  watch(changed: (what: 'config' | 'plans') => void): void {
    const later = (what: 'config' | 'plans') => {
      clearTimeout(this.timers.get(what));
      this.timers.set(
        what,
        setTimeout(() => changed(what), 100),
      );
    };
    const add = (folder: string, onName: (name: string) => void) => {
      try {
        const watcher = watch(folder, (_, name) => onName(name === null ? '' : String(name)));
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A folder that cannot be watched: the editor's own file events still reach the server.
      }
    };
    add(this.root, (name) => {
      if (CONFIG_NAMES.has(name)) later('config');
      if (name === PLANS_FOLDER) later('plans');
    });
    const folder = join(this.root, PLANS_FOLDER);
    if (existsSync(folder)) add(folder, () => later('plans'));
  }

  /** Stops watching. */
  close(): void {
    for (const w of this.watchers) w.close();
    for (const t of this.timers.values()) clearTimeout(t);
  }
}

/** Whether a changed file is the config, a plan of the plans folder, or neither. */
export function kindOfChange(root: string, file: string): 'config' | 'plans' | null {
  const rel = relative(root, file).split('\\').join('/');
  if (CONFIG_NAMES.has(rel)) return 'config';
  if (rel.startsWith(`${PLANS_FOLDER}/`) && /\.ya?ml$/.test(rel)) return 'plans';
  return null;
}

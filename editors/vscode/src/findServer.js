'use strict';
const { existsSync } = require('node:fs');
const { delimiter, join } = require('node:path');

/**
 * The `jaarplan` command to start as `jaarplan lsp`: the `jaarplan.path` setting, then the
 * workspace's `node_modules/.bin/jaarplan`, then `jaarplan` on the PATH. Returns the command and
 * where it was found, or null when there is none.
 *
 * @param {{ setting?: string | null, folders: string[], env: Record<string, string | undefined>, platform?: string, exists?: (file: string) => boolean }} where
 * @returns {{ command: string, from: 'setting' | 'workspace' | 'path' } | null}
 */
function findServer(where) {
  const exists = where.exists || existsSync;
  const windows = (where.platform || process.platform) === 'win32';
  const names = windows ? ['jaarplan.cmd', 'jaarplan.exe', 'jaarplan'] : ['jaarplan'];
  if (where.setting) return { command: where.setting, from: 'setting' };
  for (const folder of where.folders) {
    for (const name of names) {
      const file = join(folder, 'node_modules', '.bin', name);
      if (exists(file)) return { command: file, from: 'workspace' };
    }
  }
  const path = where.env.PATH || where.env.Path || '';
  for (const dir of path.split(delimiter).filter((d) => d !== '')) {
    for (const name of names) {
      const file = join(dir, name);
      if (exists(file)) return { command: file, from: 'path' };
    }
  }
  return null;
}

module.exports = { findServer };

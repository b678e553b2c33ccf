import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';

// The VS Code extension of editors/vscode/: its manifest, how it finds `jaarplan`, and its packing
// into a .vsix with @vscode/vsce (3.x, which runs on Node 20; vsce 4 needs Node 22).

const folder = join(root, 'editors/vscode');
const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
const source = readFileSync(join(folder, 'src/extension.js'), 'utf8');
const { findServer } = createRequire(import.meta.url)('../../editors/vscode/src/findServer.js') as {
  findServer: (w: {
    setting?: string | null;
    folders: string[];
    env: Record<string, string>;
    platform?: string;
    exists?: (f: string) => boolean;
  }) => { command: string; from: string } | null;
};
const out = mkdtempSync(join(tmpdir(), 'jaarplan-vsix-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the VS Code extension', () => {
  it('has a manifest VS Code and vsce accept, for the VS Code the language client needs', () => {
    expect(manifest).toMatchObject({ name: 'jaarplan', publisher: 'jaarplan', main: './dist/extension.js', license: 'EUPL-1.2' });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    const client = JSON.parse(readFileSync(join(root, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
    expect(manifest.engines.vscode).toBe(client.engines.vscode);
    expect(manifest.activationEvents).toEqual(['workspaceContains:plans/*.yaml', 'workspaceContains:plans/*.yml']);
    expect(manifest.files).toContain('dist/extension.js');
  });

  it('declares exactly the settings the extension reads', () => {
    const declared = Object.keys(manifest.contributes.configuration.properties).sort();
    const read = [...source.matchAll(/settings\.get\('([^']+)'\)/g)].map((m) => `jaarplan.${m[1]}`).sort();
    expect(declared).toEqual(['jaarplan.lang', 'jaarplan.path']);
    expect(read).toEqual(declared);
    expect(manifest.contributes.configuration.properties['jaarplan.lang'].enum).toEqual(['nl', 'en', null]);
    // It starts the server as the editors page says, for the plans folder's YAML files.
    expect(source).toContain("args: ['lsp', '--stdio']");
    expect(source).toContain("pattern: '**/plans/*.yaml'");
  });

  it('finds jaarplan through the setting, then the workspace, then the PATH', () => {
    const files = new Set(['/ws/node_modules/.bin/jaarplan', '/usr/local/bin/jaarplan', 'C:\\ws\\node_modules\\.bin\\jaarplan.cmd']);
    const exists = (f: string) => files.has(f);
    const env = { PATH: '/usr/bin:/usr/local/bin' };
    expect(findServer({ setting: '/opt/jaarplan', folders: ['/ws'], env, exists })).toEqual({ command: '/opt/jaarplan', from: 'setting' });
    expect(findServer({ setting: null, folders: ['/other', '/ws'], env, exists })).toEqual({
      command: '/ws/node_modules/.bin/jaarplan',
      from: 'workspace',
    });
    expect(findServer({ folders: ['/other'], env, exists })).toEqual({ command: '/usr/local/bin/jaarplan', from: 'path' });
    expect(findServer({ folders: ['/other'], env: { PATH: '/usr/bin' }, exists })).toBeNull();
  });

  it('packs into a .vsix with the bundled extension, which needs nothing but VS Code and Node', () => {
    const vsix = join(out, 'jaarplan.vsix');
    execFileSync(process.execPath, [join(folder, 'package.mjs'), '--out', vsix], { cwd: root, encoding: 'utf8' });
    const bytes = readFileSync(vsix);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // Zip entries carry their names uncompressed.
    for (const name of ['extension/package.json', 'extension/dist/extension.js', 'extension/LICENSE.txt', 'extension.vsixmanifest']) {
      expect(bytes.includes(Buffer.from(name))).toBe(true);
    }
    const bundle = readFileSync(join(folder, 'dist/extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    const outside = [...required].filter((m) => m !== 'vscode' && !builtinModules.includes(m.replace(/^node:/, '')));
    expect(outside).toEqual([]);
    expect(required.has('vscode')).toBe(true);
  }, 60_000);
});

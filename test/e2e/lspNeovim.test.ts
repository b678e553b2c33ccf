import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';

// The end-to-end test in a real editor: Debian's Neovim (0.7 on Debian 12; .ci/run installs it),
// headless, with its built-in LSP client configured exactly as docs/editors.md says (the Lua is
// read from that page), opens plans/2013.yaml and reports what it shows.

/** The Lua of the Neovim 0.7 set-up on the editors page. */
function documentedSetup(): string {
  const page = readFileSync(join(root, 'docs/editors.md'), 'utf8');
  const section = page.slice(page.indexOf('### Neovim 0.7'));
  const block = /```lua\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('no Lua set-up under "Neovim 0.7" in docs/editors.md');
  return block[1]!;
}

let folder: string;
let seen: any;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'jaarplan-nvim-'));
  const workspace = join(folder, 'repo');
  mkdirSync(join(workspace, 'plans'), { recursive: true });
  cpSync(join(root, 'plans/2013.yaml'), join(workspace, 'plans/2013.yaml'));
  // `jaarplan` on the PATH, as the set-up expects: the built bin.
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'jaarplan'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/jaarplan.js')}" "$@"\n`);
  chmodSync(join(bin, 'jaarplan'), 0o755);
  writeFileSync(join(folder, 'init.lua'), documentedSetup());
  const out = join(folder, 'out.json');
  const run = spawnSync(
    'nvim',
    [
      '--headless',
      '-u',
      join(folder, 'init.lua'),
      '-i',
      'NONE',
      '-c',
      `luafile ${join(root, 'test/fixtures/lsp/neovim.lua')}`,
      'plans/2013.yaml',
    ],
    {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 90_000,
      env: {
        ...process.env,
        JAARPLAN_NVIM_OUT: out,
        PATH: `${bin}:${process.env.PATH}`,
        HOME: folder,
        XDG_CONFIG_HOME: join(folder, 'config'),
        XDG_CACHE_HOME: join(folder, 'cache'),
        XDG_STATE_HOME: join(folder, 'state'),
        XDG_DATA_HOME: join(folder, 'data'),
      },
    },
  );
  if (run.error) throw run.error;
  try {
    seen = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    throw new Error(`Neovim wrote no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('jaarplan lsp in Neovim', () => {
  it('shows the warnings of validate at the same positions', () => {
    expect(seen.attached).toBe(true);
    expect(seen.diagnosed).toBe(true);
    const validate = JSON.parse(
      execFileSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'validate', 'plans/2013.yaml', '--format', 'json'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ).files[0].diagnostics as { code: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
    expect(validate).toHaveLength(5);
    // Neovim counts lines from 0 and columns in bytes from 0 (validate counts characters from 1);
    // its severity 2 is a warning.
    const lines = readFileSync(join(root, 'plans/2013.yaml'), 'utf8').split('\n');
    const bytes = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
    expect(seen.diagnostics).toEqual(
      validate.map((d) => ({
        lnum: d.line - 1,
        col: bytes(d.line, d.column),
        end_lnum: d.endLine - 1,
        end_col: bytes(d.endLine, d.endColumn),
        severity: 2,
        message: d.message,
        code: d.code,
      })),
    );
  });

  it('shows the money as a code lens at totaal_budget, and as inlay hints when asked', () => {
    const lines = readFileSync(join(root, 'plans/2013.yaml'), 'utf8').split('\n');
    const budgetLine = lines.findIndex((l) => l.startsWith('totaal_budget:'));
    expect(seen.lenses).toContainEqual({
      line: budgetLine,
      title: '€ 40.000 toegewezen, 2 regels zonder bedrag, € 20.000 niet toegewezen',
    });
    expect(seen.lenses).toHaveLength(11);
    expect(seen.hints[0]).toEqual({
      position: { line: budgetLine, character: lines[budgetLine]!.length },
      label: '€ 40.000 toegewezen, 2 regels zonder bedrag, € 20.000 niet toegewezen',
      paddingLeft: true,
    });
  });

  // How soon is measured in the benchmark (test/bench/lsp.mjs): a timed test measures the machine.
  it('shows an amount typed as 10.000, and offers the fixes', () => {
    expect(seen.ambiguous.code).toBe('ambiguous-amount');
    expect(seen.actions).toEqual(['Schrijf "€ 10.000"', 'Schrijf 10000']);
  });
});

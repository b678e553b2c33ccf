// What scripts/bundle.mjs does to the CLI's script for a faster start, held to what makes it safe:
// the script is ASCII (read as one byte a character); the modules a start does not need are not
// loaded (commander's node:child_process, chalk's terminal detection), which relies on no source
// using chalk's default instance; and the colours a user asks for still come out.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

const script = join(root, 'dist/bundle/cli.cjs');

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The built-in modules a run of the bin loads, besides those Node loads for `node -e 0`. */
function loadedBuiltins(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; loaded: string[] } {
  const folder = tempDir('jaarplan-loaded-');
  const preload = join(folder, 'preload.cjs');
  const list = join(folder, 'loaded.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)))));\n`,
  );
  const r = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/jaarplan.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: join(folder, 'cache'), ...env },
  });
  return { status: r.status, stdout: r.stdout, loaded: JSON.parse(readFileSync(list, 'utf8')) as string[] };
}

describe('the CLI bundle', () => {
  it('is ASCII', () => {
    const bytes = readFileSync(script);
    const at = bytes.findIndex((b) => b > 0x7f);
    expect(at === -1 ? 'ASCII' : `byte ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString('utf8')}`).toBe('ASCII');
  });

  it('writes what the sources write, also where a regular expression had other characters than ASCII', async () => {
    // Amounts with € and a non-breaking space are read by such expressions.
    const folder = tempDir('jaarplan-ascii-');
    const plan = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');
    const changed = plan.replaceAll('"€ ', '"€\u00a0');
    expect(changed).not.toBe(plan);
    writeFileSync(join(folder, '2013.yaml'), changed);
    for (const args of [
      ['validate', '2013.yaml'],
      ['totals', '2013.yaml', '--format', 'json'],
    ]) {
      const bin = spawnSync(process.execPath, [join(root, 'bin/jaarplan.js'), ...args], {
        cwd: folder,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', JAARPLAN_CODE_CACHE: '0' },
      });
      const sources = await runCli(args, folder);
      expect(bin.stdout.length).toBeGreaterThan(100);
      expect({ status: bin.status, stdout: bin.stdout, stderr: bin.stderr }).toEqual({
        status: sources.code,
        stdout: sources.stdout,
        stderr: sources.stderr,
      });
    }
  });

  it('loads neither node:child_process nor node:tty for validate, totals or report', () => {
    for (const args of [
      ['validate', 'plans/2013.yaml'],
      ['totals', '--year', '2013'],
      ['report', '--year', '2013'],
    ]) {
      const run = loadedBuiltins(args);
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(100);
      expect(run.loaded).toContain('vm');
      expect(run.loaded.filter((m) => ['child_process', 'tty', 'dgram'].includes(m))).toEqual([]);
    }
  });

  it('still colours what is asked to be coloured', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin/jaarplan.js'), 'validate', 'test/fixtures/checks/unknown-source.yaml'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', FORCE_COLOR: '1', JAARPLAN_CODE_CACHE: '0' },
    });
    expect(r.stdout).toContain('\u001b[31m');
  });

  it("carries exceljs's workbook writer without its readers, streams and CSV", () => {
    // The packages of the bundle, as its source map names their files.
    const map = JSON.parse(readFileSync(`${script}.map`, 'utf8')) as { sources: string[] };
    const files = map.sources
      .filter((s) => s.includes('node_modules/'))
      .map((s) => s.slice(s.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const packages = new Set(
      files.map((f) =>
        f
          .split('/')
          .slice(0, f.startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    );
    expect(files).toContain('exceljs/lib/doc/workbook.js');
    expect(files).toContain('exceljs/lib/xlsx/xlsx.js');
    for (const left of ['unzipper', 'archiver', 'fast-csv', '@fast-csv/format', 'tmp', 'saxes', 'dayjs', 'es-abstract'])
      expect(packages, left).not.toContain(left);
    expect(files.filter((f) => /^exceljs\/lib\/(csv|stream)\//.test(f))).toEqual([]);
  });

  it('is made from sources that use chalk only through instances of their own with a level', () => {
    // The bundle leaves out chalk's detection of the terminal, which only its default instance uses.
    for (const file of sources(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'chalk';/gm)].map((m) => m[0]);
      for (const line of imports)
        expect([`import { Chalk } from 'chalk';`, `import type { ChalkInstance } from 'chalk';`], relative(root, file)).toContain(line);
      expect(text.match(/import\(\s*'chalk'\s*\)/), relative(root, file)).toBeNull();
      for (const made of text.matchAll(/new Chalk\(([^)]*)\)/g)) expect(made[1], relative(root, file)).toMatch(/\blevel:/);
    }
  });
});

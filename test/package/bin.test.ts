import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { failureCases, goldenCases, usageCases } from '../helpers/cases.js';
import { root } from '../helpers/paths.js';
import { tempDir } from '../helpers/tempDir.js';
import { transcript } from '../helpers/transcript.js';

const bin = root + 'bin/jaarplan.js';
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '' };

// The built CLI must give exactly what the in-process runs recorded in the golden files.
describe('the built bin', () => {
  it('is built (npm test builds it first)', () => {
    expect(existsSync(root + 'dist/main.js')).toBe(true);
  });

  it.each([...goldenCases.filter((c) => c.name.endsWith('-nl')), ...failureCases, ...usageCases])('$name', async ({ name, argv, code }) => {
    const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, env, encoding: 'utf8' });
    expect(r.status).toBe(code);
    expect(transcript(argv, { code: r.status, stdout: r.stdout, stderr: r.stderr })).toBe(
      readFileSync(new URL(`../golden/${name}.txt`, import.meta.url), 'utf8'),
    );
  });

  it('in a clone before its first install, says to run npm ci instead of a stack trace (exit 2)', () => {
    // The bin as a clone has it: bin/ and package.json, no dist/.
    const clone = tempDir('jaarplan-unbuilt-');
    cpSync(root + 'bin', join(clone, 'bin'), { recursive: true });
    cpSync(root + 'package.json', join(clone, 'package.json'));
    const nl = spawnSync(process.execPath, [join(clone, 'bin/jaarplan.js'), 'validate'], { cwd: clone, env, encoding: 'utf8' });
    expect([nl.status, nl.stdout, nl.stderr]).toEqual([
      2,
      '',
      `jaarplan: ${clone} is nog niet gebouwd; voer daar npm ci uit (dat bouwt ook) en probeer het opnieuw.\n`,
    ]);
    const en = spawnSync(process.execPath, [join(clone, 'bin/jaarplan.js'), 'validate', '--lang', 'en'], {
      cwd: clone,
      env,
      encoding: 'utf8',
    });
    expect([en.status, en.stderr]).toEqual([2, `jaarplan: ${clone} is not built yet; run npm ci there (it builds), then try again.\n`]);
  });

  it('survives a reader that closes the pipe early', async () => {
    const run = promisify(execFile);
    const { stdout, stderr } = await run('sh', ['-c', `node "${bin}" report --year 2013 | head -n 1`], { cwd: root, env });
    expect(stdout).toBe('Jaarplan 2013 HarderwijkAanpak\n');
    expect(stderr).toBe('');
  });

  it('validates plans/ by default, as a CI check would', () => {
    const r = spawnSync(process.execPath, [bin, 'validate'], { cwd: root, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('0 fouten, 5 waarschuwingen');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readClean } from '../../src/load/fastPlan.js';
import { FAST_READER_VARIABLE } from '../../src/node/readPlans.js';
import { writePlansLike2013 } from '../helpers/realisticPlans.js';
import { runCli, type CliResult } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

// Whatever the fast reader answers, the commands must print byte for byte what they print with the
// full reader only: the same messages, places, excerpts, totals and reports, and the same exit code.

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs a command twice: with the fast reader, and with every file read by the full reader. */
async function both(argv: string[], cwd: string): Promise<{ fast: CliResult; full: CliResult }> {
  vi.stubEnv(FAST_READER_VARIABLE, '0');
  const full = await runCli(argv, cwd);
  vi.unstubAllEnvs();
  const fast = await runCli(argv, cwd);
  return { fast, full };
}

describe('output with the fast reader and without it', () => {
  it('is byte for byte the same for validate, totals and report on plans as they really are', async () => {
    const dir = tempDir();
    // Plans like the 2013 one, each with its warnings; some with errors too.
    const mixed = writePlansLike2013(join(dir, 'mixed'), 60);
    writePlansLike2013(join(dir, 'warnings'), 40, { errors: false });
    // The fast reader answers for these plans, findings and all: the comparison is not one reader with itself.
    const answered = mixed.filter((f) => readClean(readFileSync(f, 'utf8'), f) !== null);
    expect(answered.length).toBeGreaterThan(55);

    const runs: [string[], number][] = [
      [['validate', 'mixed'], 1],
      [['validate', 'mixed', '--format', 'json'], 1],
      [['validate', 'warnings', '--lang', 'en'], 0],
      [['validate', 'warnings', '--format', 'sarif'], 0],
      [['totals', 'warnings', '--format', 'json'], 0],
      [['totals', 'warnings', '--by', 'plan', '--format', 'json'], 0],
      [['totals', 'mixed', '--format', 'json'], 1],
      [['report', 'warnings', '--year', '2013'], 0],
      [['report', 'warnings', '--year', '2013', '--format', 'json'], 0],
    ];
    for (const [argv, code] of runs) {
      const { fast, full } = await both(argv, dir);
      expect(full.code, argv.join(' ')).toBe(code);
      expect(fast.code, argv.join(' ')).toBe(full.code);
      expect(fast.stdout, argv.join(' ')).toBe(full.stdout);
      expect(fast.stderr, argv.join(' ')).toBe(full.stderr);
      expect(full.stdout.length + full.stderr.length, argv.join(' ')).toBeGreaterThan(0);
    }
  }, 240_000);
});

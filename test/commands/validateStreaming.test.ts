import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { CheckedFile } from '../../src/load/parsePlan.js';
import { writeOutput } from '../../src/node/writeOutput.js';
import type { ValidationResult } from '../../src/reporters/validate/result.js';
import { validateText, validateTextPieces } from '../../src/reporters/validate/text.js';
import { validateQuietPieces, validateVerbosePieces } from '../../src/reporters/validate/textDetail.js';
// @ts-expect-error -- the benchmark's corpus writer is plain JavaScript
import { writeRealisticCorpus } from '../bench/corpus.mjs';
import { tempDir } from '../helpers/tempDir.js';

/** Runs the CLI in-process and keeps each write to standard output apart. */
async function writesOf(argv: string[], cwd: string): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const code = await run(argv, { stdout: (t) => writes.push(t), stderr: () => undefined, cwd, env: {}, isTTY: false });
  return { code, writes };
}

const file = (path: string, diagnostics: CheckedFile['diagnostics']): CheckedFile => ({
  path,
  diagnostics,
  plan: null,
  jaar: 2013,
  source: null,
});
const warning = (path: string): CheckedFile['diagnostics'][number] => ({
  code: 'no-owner',
  severity: 'warning',
  pointer: '/onderdelen/0/activiteiten/0',
  args: { nr: 1, titel: 'Buurtfeest' },
  file: path,
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
});

/** A file whose diagnostics may not be looked at: a reporter that makes its text before it is asked for fails. */
const untouchable = (path: string): CheckedFile =>
  Object.defineProperty({ ...file(path, []) }, 'diagnostics', {
    get() {
      throw new Error(`${path} was read before its piece was asked for`);
    },
  });

describe('validate text in pieces', () => {
  const options = { lang: 'en' as const, color: false };

  it('makes one piece per file with something to show, then the summary, each when it is asked for', () => {
    const result: ValidationResult = { files: [file('a.yaml', [warning('a.yaml')]), untouchable('b.yaml')], maxPerFile: null };
    for (const pieces of [
      validateTextPieces(result, options),
      validateQuietPieces(
        { ...result, files: [file('a.yaml', [{ ...warning('a.yaml'), severity: 'error' }]), untouchable('b.yaml')] },
        {
          ...options,
          strict: false,
        },
      ),
      validateVerbosePieces(result, options),
    ]) {
      const first = pieces.next();
      expect(first.done).toBe(false);
      expect(first.value).toMatch(/^a\.yaml:3:5 {2}(warning|error) {2}.*\n/);
      expect(() => pieces.next()).toThrow('b.yaml was read before its piece was asked for');
    }
  });

  it('joined, are the text as one string, every line ending in a line feed', () => {
    const files = [file('a.yaml', [warning('a.yaml'), warning('a.yaml')]), file('b.yaml', []), file('c.yaml', [warning('c.yaml')])];
    const result: ValidationResult = { files, maxPerFile: 1 };
    const pieces = [...validateTextPieces(result, options)];
    expect(pieces).toHaveLength(3);
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(validateText(result, options));
    expect(pieces[2]).toBe('3 files checked: 0 errors, 3 warnings.\n');
  });

  it('gives nothing at all under --quiet when nothing fails', () => {
    const result: ValidationResult = { files: [file('a.yaml', [warning('a.yaml')])], maxPerFile: null };
    expect([...validateQuietPieces(result, { ...options, strict: false })]).toEqual([]);
  });
});

describe('validate writes its text as it is made', () => {
  it('to standard output in several writes of about 64 KB, together the whole text', async () => {
    const dir = tempDir();
    writeRealisticCorpus(join(dir, 'plans'), 250);
    const { code, writes } = await writesOf(['validate', 'plans', '--lang', 'en'], dir);
    expect(code).toBe(1);
    const whole = writes.join('');
    expect(whole.length).toBeGreaterThan(2 * 64 * 1024);
    expect(writes.length).toBeGreaterThan(1);
    // Each write is a batch of whole files: at least 64 KB but the last, and little more.
    for (const write of writes.slice(0, -1)) expect(write.length).toBeGreaterThanOrEqual(64 * 1024);
    for (const write of writes) expect(write.length).toBeLessThan(64 * 1024 + 16 * 1024);
    expect(whole).toMatch(/\n\d+ files checked: \d+ errors, \d+ warnings\.\n$/);
    // The same text as written to a file with --output.
    expect(await writesOf(['validate', 'plans', '--lang', 'en', '-f', 'text', '-o', 'out.txt'], dir)).toEqual({ code: 1, writes: [] });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(whole);
  });
});

describe('writeOutput with a text in pieces', () => {
  const guard = (cwd: string) => ({ cwd, inputs: [], folders: [] });

  it('writes the pieces in order as one file, also none at all as an empty file', async () => {
    const dir = tempDir();
    await writeOutput('out.txt', ['one\n', 'two\n', 'three\n'], guard(dir));
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('one\ntwo\nthree\n');
    await writeOutput('empty.txt', [], guard(dir));
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['empty.txt', 'out.txt']);
  });

  it('leaves the target as it was when a piece cannot be made, and says why, not that writing failed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'out.txt'), 'old\n');
    function* failing() {
      yield 'new, first half\n';
      throw new RangeError('the reporter broke');
    }
    await expect(writeOutput('out.txt', failing(), guard(dir))).rejects.toThrow(new RangeError('the reporter broke'));
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });
});

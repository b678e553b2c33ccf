import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { readPlan } from '../../src/node/readPlan.js';
import { checks, root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';
import { tempDir } from '../helpers/tempDir.js';

const valid = readFileSync(checks + 'valid.yaml');
/** The valid plan as the plan of a wijk of its own: plans of one year, municipality and wijk are duplicates. */
const validFor = (wijk: string) => valid.toString('utf8').replace('gemeente: Voorbeeld\n', `gemeente: Voorbeeld\nwijk: ${wijk}\n`);

describe('many files', () => {
  it('expands quoted glob patterns itself, and warns about a pattern that matches nothing', async () => {
    const r = await runCli(['validate', 'test/fixtures/multi/2014*.yaml', 'test/fixtures/nothing/*.yaml'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 bestanden gecontroleerd');
    expect(r.stderr).toBe('jaarplan: geen bestanden gevonden voor test/fixtures/nothing/*.yaml\n');
  });

  it('fails with exit 2 on an unmatched pattern under --fail-on-unmatched', async () => {
    const r = await runCli(['validate', 'plans/*.yaml', 'nothing/**/*.yml', '--fail-on-unmatched'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing/**/*.yml');
  });

  it('reads standard input for -, named by --stdin-filename', async () => {
    let stdout = '';
    const code = await run(['validate', '-', '--stdin-filename', 'plans/2015.yaml'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: root,
      env: {},
      isTTY: false,
      readStdin: async () => readFileSync(root + 'plans/2013.yaml'),
    });
    // The name given is used for messages, for the year check, and to compare it with the plans
    // beside it: this is the plan of 2013 again, so it duplicates plans/2013.yaml.
    expect(code).toBe(1);
    expect(stdout).toContain('plans/2015.yaml:6:7  waarschuwing  De bestandsnaam noemt 2015, maar jaar is 2013');
    expect(stdout).toContain('plans/2015.yaml:8:11  fout  plans/2013.yaml is ook het plan van 2013 voor Harderwijk (stadsbreed)');
  });

  it('handles a folder with thousands of files, paths with spaces and non-ASCII names', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const folder = join(dir, 'plannen van Hoogezand-Sappemeer é');
    mkdirSync(folder);
    // Names without a four-digit number, which the year check would read as a year.
    for (let i = 0; i < 2000; i++) writeFileSync(join(folder, `wijk ${i.toString(36)} ë.yaml`), validFor(`Wijk ${i.toString(36)} ë`));
    const r = await runCli(['validate', folder, '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ files: 2000, errors: 0, warnings: 0 });
    expect(json.files[0].path).toBe('plannen van Hoogezand-Sappemeer é/wijk 0 ë.yaml');
  });

  it('follows symbolic links once and survives a symlink loop', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'a.yaml'), valid);
    symlinkSync(join(dir, 'plans'), join(dir, 'plans', 'loop'));
    writeFileSync(join(dir, 'elders.yaml'), validFor('Elders'));
    symlinkSync(join(dir, 'elders.yaml'), join(dir, 'plans', 'b.yaml'));
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'plans', 'dangling.yaml'));
    const r = await runCli(['validate', 'plans'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 bestanden gecontroleerd');
  });

  it('reports a file that cannot be read as a located diagnostic and exits 2 after checking the rest', async () => {
    const gone = await readPlan({ file: join(tempDir(), 'vanished.yaml'), display: 'plans/vanished.yaml' });
    expect(gone.diagnostics.map((d) => [d.code, d.line, d.column, d.args])).toEqual([['unreadable-file', 1, 1, { reason: 'ENOENT' }]]);

    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync(checks + 'valid.yaml', join(dir, 'plans', 'a.yaml'));
    writeFileSync(join(dir, 'plans', 'b.yaml'), validFor('Oost'));
    chmodSync(join(dir, 'plans', 'b.yaml'), 0o000);
    const canRead = (() => {
      try {
        readFileSync(join(dir, 'plans', 'b.yaml'));
        return true; // running as root: permissions do not stop reading
      } catch {
        return false;
      }
    })();
    const r = await runCli(['validate', 'plans'], dir);
    expect(r.code).toBe(canRead ? 0 : 2);
    expect(r.stdout).toContain('2 bestanden gecontroleerd');
  });
});

describe("severities under the user's control", () => {
  const project = () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync(root + 'plans/2013.yaml', join(dir, 'plans', '2013.yaml'));
    return dir;
  };

  it('--max-warnings fails when there are more warnings than allowed', async () => {
    expect((await runCli(['validate', '--max-warnings', '5'], root)).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '4'], root)).code).toBe(1);
  });

  it('--max-errors shows at most N per file and counts the rest', async () => {
    const r = await runCli(['validate', 'plans/2013.yaml', '--max-errors', '2'], root);
    expect(r.stdout.match(/waarschuwing {2}/g)).toHaveLength(2);
    expect(r.stdout).toContain('… en nog 3 meldingen in plans/2013.yaml niet getoond (--max-errors).');
    expect(r.stdout).toContain('0 fouten, 5 waarschuwingen.');
    const json = JSON.parse((await runCli(['validate', 'plans/2013.yaml', '--max-errors', '2', '-f', 'json'], root)).stdout);
    expect([json.files[0].diagnostics.length, json.files[0].omitted]).toEqual([2, 3]);
  });

  it('reads jaarplan.config.yaml upward from the working folder', async () => {
    const dir = project();
    writeFileSync(join(dir, 'jaarplan.config.yaml'), 'rules:\n  no-owner: error\n  unknown-amount: off\n');
    mkdirSync(join(dir, 'sub'));
    const r = await runCli(['validate', '../plans'], join(dir, 'sub'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('2 fouten, 1 waarschuwing.');
    expect(r.stdout).not.toContain('[unknown-amount]');
  });

  it('reads the jaarplan key of package.json', async () => {
    const dir = project();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', jaarplan: { rules: { 'unallocated-budget': 'error' } } }));
    const r = await runCli(['validate'], dir);
    expect([r.code, r.stdout.includes('1 fout, 4 waarschuwingen.')]).toEqual([1, true]);
  });

  it.each([
    ['rules:\n  no-ownr: error\n', 'jaarplan.config.yaml:2:3: onbekende code "no-ownr"; bedoelt u "no-owner"?'],
    ['rules:\n  no-owner: fatal\n', 'jaarplan.config.yaml:2:13: "fatal" voor no-owner: kies error, warning of off.'],
    [
      'rules:\n  schema: off\n',
      'jaarplan.config.yaml:2:11: schema is altijd een fout (een plan ermee kan niet worden geteld) en kan niet "off" worden.',
    ],
    [
      'rules:\n  duplicate-plan: warning\n',
      'jaarplan.config.yaml:2:19: duplicate-plan is altijd een fout (een plan ermee kan niet worden geteld) en kan niet "warning" worden.',
    ],
    ['regels:\n  no-owner: off\n', 'jaarplan.config.yaml:1:1: onbekende sleutel "regels"; alleen "rules" en "deviation" zijn toegestaan.'],
    ['rules: [\n', 'jaarplan.config.yaml:2:1: geen geldige YAML'],
  ])('refuses a wrong config with its position: %j', async (config, message) => {
    const dir = project();
    writeFileSync(join(dir, 'jaarplan.config.yaml'), config);
    const r = await runCli(['validate'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`jaarplan: ${message}`);
  });

  it('takes an explicit --config', async () => {
    const dir = project();
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  no-owner: error\n');
    expect((await runCli(['validate', '--config', 'strict.yaml'], dir)).code).toBe(1);
    expect((await runCli(['validate'], dir)).code).toBe(0);
  });
});

describe('internal errors', () => {
  it('print one line asking for a report, and the stack only with --debug', async () => {
    const { failure } = await import('../../src/cli.js');
    let text = '';
    const io = { stderr: (t: string) => (text += t) };
    expect(failure(new TypeError('boom'), 'en', false, io)).toBe(2);
    expect(text).toBe(
      'jaarplan: Internal error in jaarplan; this is a bug in jaarplan, not in your plan. Please report it with the output of the same command run with --debug.\n(boom)\n',
    );
    text = '';
    expect(failure(new TypeError('boom'), 'en', true, io)).toBe(2);
    expect(text).toMatch(/TypeError: boom\n\s+at /);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The scripts are run by the real shells, asked for completions as if the user pressed Tab.
// .ci/run installs zsh and fish; bash is always there.

let dir: string;
const script: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-completion-'));
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = await runCli(['completion', shell], root);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    script[shell] = join(dir, `jaarplan.${shell}`);
    writeFileSync(script[shell]!, r.stdout);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shell(command: string, args: string[]): string[] {
  const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t')[0]!)
    .sort();
}

/** What bash offers after `typed` (a trailing space starts a new word). */
function bash(typed: string): string[] {
  const words = typed.split(' ');
  const program = `source ${JSON.stringify(script.bash)}
COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')}); COMP_CWORD=${words.length - 1}
_jaarplan; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return shell('bash', ['-c', program]);
}

/** What zsh's completion system offers after `typed`, in a real interactive zsh on a pseudo-terminal. */
function zsh(typed: string): string[] {
  return shell('zsh', ['-f', join(root, 'test/fixtures/completion/zsh-capture.zsh'), script.zsh!, typed]);
}

/** What fish offers after `typed`. */
function fish(typed: string): string[] {
  return shell('fish', ['--no-config', '-c', `source ${JSON.stringify(script.fish)}; complete -C ${JSON.stringify(typed)}`]);
}

const commands = ['completion', 'help', 'init', 'report', 'schema', 'totals', 'validate'];

describe.each([
  ['bash', bash],
  ['zsh', zsh],
  ['fish', fish],
] as const)('%s completion', (_name, complete) => {
  // Each case starts real shells one after another; on a busy machine that takes more than vitest's
  // default five seconds, which is no measure of anything here.
  const slow = { timeout: 30_000 };

  it('completes the commands', slow, () => {
    expect(complete('jaarplan ')).toEqual(expect.arrayContaining(commands));
    expect(complete('jaarplan val')).toEqual(['validate']);
  });

  it("completes a command's options", slow, () => {
    expect(complete('jaarplan init --k')).toEqual(['--keep-amounts']);
    expect(complete('jaarplan validate --str')).toEqual(['--strict']);
  });

  it('completes file names as the plans of every command that reads a set of plans', slow, () => {
    // The folder the shells run in holds the three scripts.
    for (const command of ['validate', 'totals', 'report', 'verantwoording', 'export']) {
      expect(complete(`jaarplan ${command} jaarplan.`), command).toEqual(['jaarplan.bash', 'jaarplan.fish', 'jaarplan.zsh']);
    }
    expect(complete('jaarplan verantwoording --plans jaarplan.')).toEqual(['jaarplan.bash', 'jaarplan.fish', 'jaarplan.zsh']);
  });

  it("completes an option's choices", slow, () => {
    expect(complete('jaarplan validate --format ')).toEqual(['github', 'json', 'junit', 'sarif', 'text']);
    expect(complete('jaarplan report --format ')).toEqual(['csv', 'html', 'json', 'markdown', 'table', 'xlsx']);
    expect(complete('jaarplan totals --lang ')).toEqual(['en', 'nl']);
    expect(complete('jaarplan completion ')).toEqual(['bash', 'fish', 'zsh']);
  });
});

describe('the completion scripts cannot drift from the program', () => {
  it.each(commands.filter((c) => c !== 'help'))('every option of `%s --help` is in every script', async (command) => {
    const help = (await runCli([command, '--help'], root)).stdout;
    const options = [...help.matchAll(/^\s+(?:(-\w), )?(--[\w-]+)/gm)]
      .flatMap((m) => [m[1], m[2]])
      .filter((o): o is string => o !== undefined);
    expect(options.length).toBeGreaterThan(0);
    for (const shellName of ['bash', 'zsh', 'fish']) {
      const text = (await runCli(['completion', shellName], root)).stdout;
      for (const option of options) {
        // fish names options without their dashes: `-l strict`, `-s f`.
        const shown = shellName === 'fish' ? (option.startsWith('--') ? `-l ${option.slice(2)}` : `-s ${option.slice(1)}`) : option;
        expect(text, `${shellName} lacks ${option} of ${command}`).toContain(shown);
      }
    }
  });

  it('refuses a shell it does not know', async () => {
    const r = await runCli(['completion', 'powershell'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jaarplan: Ongeldige waarde "powershell" voor <shell>; kies uit bash, zsh, fish.\n');
  });
});

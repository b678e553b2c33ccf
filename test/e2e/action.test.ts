// The GitHub Action (action.yml): its script runs here in a shell with a simulated runner (the
// files behind GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, the inputs as environment variables, and a
// temporary plan repository with a base and a head commit), and must give the annotations, the job
// summary and the pull-request comment that the repository's workflow gave before the action: the
// commands of that workflow run here next to it as the reference. The steps that only use other
// actions are checked by reading action.yml.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commentBody, marker } from '../../action/comment.mjs';
import { root } from '../helpers/paths.js';

const script = join(root, 'action/jaarplan-action.sh');
const bin = join(root, 'bin/jaarplan.js');
let repo: string;
let runner: string;

const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: repo, NO_COLOR: '', GIT_CEILING_DIRECTORIES: tmpdir() });

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Jaarplan Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    env: { ...baseEnv(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    encoding: 'utf8',
  });

/** Runs one step of the action's script as the runner would: bash, in the workspace, with its env. */
function step(name: string, inputs: Record<string, string>, files: { output: string; summary: string }) {
  const env = { ...baseEnv(), GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, ...inputs };
  const r = spawnSync('bash', [script, name], { cwd: repo, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The key=value lines a step wrote to GITHUB_OUTPUT. */
const outputsOf = (file: string): Record<string, string> =>
  Object.fromEntries(
    (existsSync(file) ? readFileSync(file, 'utf8') : '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/** A fresh simulated runner: empty output and summary files. */
function freshRunner(name: string) {
  const dir = join(runner, name);
  mkdirSync(dir);
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  return files;
}

/** The previous workflow's commands, run as its shell steps did: the reference. */
function previousWorkflow(failOn = '') {
  const sh = (argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { cwd: repo, env: baseEnv(), encoding: 'utf8' });
  const validate = sh(['validate', 'plans/', '--format', 'github', '--format', 'junit', '--output', 'previous-junit.xml']);
  const totals = sh(['totals', 'plans/', '--format', 'markdown']);
  const diff = sh(['diff', '--base', 'origin/main', '--format', 'markdown', ...(failOn ? ['--fail-on', failOn] : [])]);
  return {
    annotations: validate.stdout,
    validateCode: validate.status,
    // Two jobs wrote to their summaries: the totals (validate job), the diff (diff job).
    summary: totals.stdout + diff.stdout,
    comment: `<!-- jaarplan-diff -->\n${diff.stdout}`,
    diffCode: diff.status,
    junit: readFileSync(join(repo, 'previous-junit.xml'), 'utf8'),
  };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'jaarplan-action-repo-'));
  runner = mkdtempSync(join(tmpdir(), 'jaarplan-action-runner-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'plans'));
  copyFileSync(join(root, 'plans/2013.yaml'), join(repo, 'plans/2013.yaml'));
  copyFileSync(join(root, 'test/fixtures/diff/base.yaml'), join(repo, 'plans/2014.yaml'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  // What actions/checkout with fetch-depth 0 gives: the base branch as a remote-tracking branch.
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  git('checkout', '-q', '-b', 'wijziging');
  copyFileSync(join(root, 'test/fixtures/diff/edit.yaml'), join(repo, 'plans/2014.yaml'));
  git('commit', '-q', '-am', 'head');
}, 60_000);

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(runner, { recursive: true, force: true });
});

describe('the action script on a pull request', () => {
  it('gives the same annotations, summary and comment body as the previous workflow', () => {
    const files = freshRunner('same');
    const inputs = {
      JAARPLAN_PLANS: 'plans/',
      JAARPLAN_FORMATS: 'github junit',
      JAARPLAN_STRICT: 'false',
      JAARPLAN_LANG: 'nl',
      BASE_REF: 'main',
      JAARPLAN_FAIL_ON: '',
    };
    const validate = step('validate', inputs, files);
    const diff = step('diff', inputs, files);
    const outputs = outputsOf(files.output);
    const reference = previousWorkflow();

    expect(validate.code).toBe(0);
    expect(validate.stdout).toBe(reference.annotations);
    expect(validate.stdout).toMatch(/^::warning file=plans\/2014\.yaml,line=5,.*title=jaarplan unallocated-budget::/m);
    expect(readFileSync(join(repo, 'jaarplan-junit.xml'), 'utf8')).toBe(reference.junit);
    expect(readFileSync(files.summary, 'utf8')).toBe(reference.summary);
    expect(readFileSync(files.summary, 'utf8')).toContain('| Totaal |');
    expect(diff.code).toBe(0);
    expect(outputs).toEqual({ junit: 'jaarplan-junit.xml', code: '0', comment: 'jaarplan-comment.md' });
    const comment = readFileSync(join(repo, outputs.comment!), 'utf8');
    expect(comment).toBe(reference.comment);
    expect(comment).toMatch(/^<!-- jaarplan-diff -->\n\*\*jaarplan diff:\*\* 1 plan gewijzigd/);

    expect(step('conclude', { VALIDATE_CODE: '0', DIFF_CODE: '0' }, files).code).toBe(0);
  }, 30_000);

  it('fails on fail-on as the previous workflow did, and still writes the comment', () => {
    const files = freshRunner('fail-on');
    const inputs = {
      JAARPLAN_PLANS: 'plans/',
      JAARPLAN_FORMATS: 'github',
      JAARPLAN_LANG: 'nl',
      BASE_REF: 'main',
      JAARPLAN_FAIL_ON: 'increase',
    };
    const diff = step('diff', inputs, files);
    const reference = previousWorkflow('increase');
    expect(reference.diffCode).toBe(1);
    expect(diff.code).toBe(0); // the step records the code; the conclusion fails the job
    expect(outputsOf(files.output).code).toBe('1');
    expect(readFileSync(join(repo, 'jaarplan-comment.md'), 'utf8')).toBe(reference.comment);
    const conclude = step('conclude', { VALIDATE_CODE: '0', DIFF_CODE: '1' }, files);
    expect(conclude.code).toBe(1);
    expect(conclude.stderr).toContain('fail-on');
  });

  it('records findings under strict, in English, with SARIF, and fails at the conclusion', () => {
    const files = freshRunner('strict');
    const validate = step(
      'validate',
      { JAARPLAN_PLANS: 'plans/', JAARPLAN_FORMATS: 'github,sarif', JAARPLAN_STRICT: 'true', JAARPLAN_LANG: 'en' },
      files,
    );
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^::warning file=plans\/2014\.yaml.*::Of the total budget of €35,000/m);
    expect(outputsOf(files.output)).toEqual({ sarif: 'jaarplan.sarif', code: '1' });
    expect(JSON.parse(readFileSync(join(repo, 'jaarplan.sarif'), 'utf8')).version).toBe('2.1.0');
    // The totals are in English too.
    expect(readFileSync(files.summary, 'utf8')).toContain('| Total |');
    expect(step('conclude', { VALIDATE_CODE: '1', DIFF_CODE: '' }, files).code).toBe(1);
  });

  it('refuses an unknown format or strict value, and a git failure, with exit 2', () => {
    const files = freshRunner('bad');
    const format = step('validate', { JAARPLAN_FORMATS: 'pdf' }, files);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Unknown format "pdf"');
    expect(step('validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_STRICT: 'yes' }, files).code).toBe(2);
    const diff = step('diff', { BASE_REF: 'no-such-branch' }, files);
    expect(diff.code).toBe(2);
    expect(outputsOf(files.output).comment).toBeUndefined();
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const steps: Record<string, unknown>[] = action.runs.steps;

  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['fail-on', 'formats', 'github-token', 'lang', 'node-version', 'plans', 'strict']);
    expect(action.inputs['node-version'].default).toBe('24');
  });

  it('runs only subcommands the script has, passing inputs as environment variables', () => {
    const text = readFileSync(script, 'utf8');
    for (const s of steps.filter((s) => 'run' in s)) {
      const run = String(s.run);
      const sub = /^"\$GITHUB_ACTION_PATH\/action\/jaarplan-action\.sh" (\w+)$/.exec(run)?.[1];
      expect(sub, run).toBeDefined();
      expect(text).toContain(`\n  ${sub})\n`);
      expect(s.shell).toBe('bash');
    }
    // Every variable the script reads as an input is set by the step that runs it.
    const validate = steps.find((s) => s.id === 'validate') as { env: Record<string, string> };
    expect(Object.keys(validate.env).sort()).toEqual(['JAARPLAN_FORMATS', 'JAARPLAN_LANG', 'JAARPLAN_PLANS', 'JAARPLAN_STRICT']);
    const diff = steps.find((s) => s.id === 'diff') as { env: Record<string, string>; if: string };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as action.yml writes it
    expect(diff.env.BASE_REF).toBe('${{ github.event.pull_request.base.ref }}');
    expect(diff.if).toContain("github.event_name == 'pull_request'");
  });

  it('uses the current major versions of the actions it builds on', () => {
    const uses = steps.filter((s) => 'uses' in s).map((s) => String(s.uses).replace(/@.*/, ''));
    expect(uses).toEqual(['actions/setup-node', 'actions/upload-artifact', 'actions/github-script']);
    const versions = [...readFileSync(join(root, 'action.yml'), 'utf8').matchAll(/^\s*(?:- )?uses: (\S+)@\S+ # (v\d+)\./gm)].map(
      (m) => `${m[1]}@${m[2]}`,
    );
    expect(versions).toEqual(['actions/setup-node@v6', 'actions/upload-artifact@v6', 'actions/github-script@v8']);
  });

  it("posts the script's comment file, and updates the comment that carries the marker", async () => {
    const post = steps.find((s) => String(s.uses).startsWith('actions/github-script@')) as {
      with: { script: string };
      env: Record<string, string>;
    };
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as action.yml writes it
    expect(post.env.COMMENT_FILE).toBe('${{ steps.diff.outputs.comment }}');
    const dir = mkdtempSync(join(tmpdir(), 'jaarplan-action-comment-'));
    try {
      const file = join(dir, 'comment.md');
      writeFileSync(file, '<!-- jaarplan-diff -->\nnieuw');
      const calls: [string, Record<string, unknown>][] = [];
      const run = async (existing: { id: number; user: { type: string; login?: string }; body: string }[], login?: string) => {
        calls.length = 0;
        const github = {
          paginate: async () => existing,
          rest: {
            users: {
              // A personal token says whose it is; the workflow's token is refused (403).
              getAuthenticated: async () => {
                if (login) return { data: { login } };
                throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
              },
            },
            issues: {
              listComments: {},
              updateComment: async (a: Record<string, unknown>) => void calls.push(['update', a]),
              createComment: async (a: Record<string, unknown>) => void calls.push(['create', a]),
            },
          },
        };
        const context = { repo: { owner: 'gemeente', repo: 'plannen' }, issue: { number: 7 } };
        const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
        const { createRequire } = await import('node:module');
        await new AsyncFunction('require', 'github', 'context', 'process', post.with.script)(
          createRequire(import.meta.url),
          github,
          context,
          { env: { COMMENT_FILE: file } },
        );
        return calls;
      };
      expect(await run([])).toEqual([
        ['create', { owner: 'gemeente', repo: 'plannen', issue_number: 7, body: '<!-- jaarplan-diff -->\nnieuw' }],
      ]);
      expect(
        await run([
          { id: 1, user: { type: 'User' }, body: '<!-- jaarplan-diff -->\nvan een mens' },
          { id: 2, user: { type: 'Bot' }, body: '<!-- jaarplan-diff -->\noud' },
        ]),
      ).toEqual([['update', { owner: 'gemeente', repo: 'plannen', comment_id: 2, body: '<!-- jaarplan-diff -->\nnieuw' }]]);
      // With a personal token in github-token the comments are a user's: the one of that user with
      // the marker is updated, not a bot's nor another person's.
      const byPeople = [
        { id: 3, user: { type: 'Bot', login: 'github-actions[bot]' }, body: '<!-- jaarplan-diff -->\nvan de bot' },
        { id: 4, user: { type: 'User', login: 'collega' }, body: '<!-- jaarplan-diff -->\ngeciteerd' },
        { id: 5, user: { type: 'User', login: 'wijkbot' }, body: '<!-- jaarplan-diff -->\noud' },
        { id: 6, user: { type: 'User', login: 'wijkbot' }, body: 'een gewone opmerking' },
      ];
      expect(await run(byPeople, 'wijkbot')).toEqual([
        ['update', { owner: 'gemeente', repo: 'plannen', comment_id: 5, body: '<!-- jaarplan-diff -->\nnieuw' }],
      ]);
      expect(await run(byPeople.slice(0, 2), 'wijkbot')).toEqual([
        ['create', { owner: 'gemeente', repo: 'plannen', issue_number: 7, body: '<!-- jaarplan-diff -->\nnieuw' }],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/jaarplan.yml'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('tests every Node.js line that engines admits', () => {
    const lines = String(pkg.engines.node)
      .split('||')
      .map((r) => Number(/\^(\d+)\./.exec(r.trim())?.[1]));
    expect(lines.every(Number.isInteger)).toBe(true);
    expect(workflow.jobs.test.strategy.matrix.node).toEqual(lines);
  });

  it('checks the plans with the action itself', () => {
    const uses = workflow.jobs.plans.steps.map((s: { uses?: string }) => s.uses?.replace(/@.*/, ''));
    expect(uses).toEqual(['actions/checkout', './']);
    expect(workflow.jobs.plans.steps[0].with['fetch-depth']).toBe(0);
    expect(workflow.jobs.plans.permissions['pull-requests']).toBe('write');
  });
});

describe('every action used, in action.yml and the workflows', () => {
  const files = ['action.yml', ...readdirSync(join(root, '.github/workflows')).map((f) => `.github/workflows/${f}`)];

  it('is pinned to a full commit SHA, with its version as a comment', () => {
    const uses = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .filter((line) => /^\s*(?:- )?uses:/.test(line))
        .map((line) => ({ file, line: line.trim() })),
    );
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const { file, line } of uses) {
      if (/uses: \.\/?$/.test(line)) continue; // the action itself, from the same checkout
      expect(line, file).toMatch(/^(?:- )?uses: [\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });
});

/** A temporary plan repository of a pull request: `base` on main (also as origin/main), `head` on top. */
function pullRequest(name: string, base: Record<string, string>, head: Record<string, string>): string {
  const dir = join(runner, `repo-${name}`);
  mkdirSync(join(dir, 'plans'), { recursive: true });
  const g = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Jaarplan Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...baseEnv(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
  const write = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  };
  g('init', '-q', '-b', 'main');
  write({ 'README.md': 'plannen\n', ...base });
  g('add', '.');
  g('commit', '-q', '-m', 'base');
  g('update-ref', 'refs/remotes/origin/main', 'HEAD');
  g('checkout', '-q', '-b', 'wijziging');
  write(head);
  g('add', '.');
  g('commit', '-q', '-m', 'head');
  return dir;
}

/** Runs one step of the script in another repository than the shared one. */
function stepIn(dir: string, name: string, inputs: Record<string, string>, files: { output: string; summary: string }) {
  const env = { ...baseEnv(), GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, ...inputs };
  const r = spawnSync('bash', [script, name], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The workflow commands the runner acts on in one stream of a step's log, as it reads them: a line
 * that starts with `::` after trimming, except between `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function workflowCommands(stream: string): string[] {
  const found: string[] = [];
  let stopped: string | undefined;
  for (const raw of stream.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const command = /^::([A-Za-z-]+)(?:\s[^:]*)?::(.*)$/.exec(line);
    if (!command) continue;
    if (command[1] === 'stop-commands') stopped = command[2];
    else found.push(line);
  }
  return found;
}

/** wijk plans of the real 2013 plan, each its own wijk, with an activity title that mentions people. */
function wijkPlans(count: number): Record<string, string> {
  const plan = readFileSync(join(root, 'plans/2013.yaml'), 'utf8');
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `plans/wijk-${i + 1}.yaml`,
      plan
        .replace(/^gemeente: Harderwijk$/m, `gemeente: Harderwijk\nwijk: Wijk ${i + 1}`)
        .replace('titel: Wijkmanagers', 'titel: Wijkmanagers @wijkteam en @harderwijk/wijkaanpak'),
    ]),
  );
}

describe('the action script as GitHub runs it', () => {
  const runnerEnv = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'gemeente/plannen',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const summaryUrl = 'https://github.com/gemeente/plannen/actions/runs/42/attempts/1';

  for (const count of [30, 200]) {
    it(`keeps the comment of a ${count}-plan pull request under GitHub's limit, every plan shortened with a link to the summary`, () => {
      const dir = pullRequest(`plans-${count}`, {}, wijkPlans(count));
      const files = freshRunner(`comment-${count}`);
      const diff = stepIn(dir, 'diff', { ...runnerEnv, BASE_REF: 'main', JAARPLAN_LANG: 'nl' }, files);
      expect(diff.code, diff.stderr).toBe(0);
      const comment = readFileSync(join(dir, outputsOf(files.output).comment!), 'utf8');
      const summary = readFileSync(files.summary, 'utf8');

      // The whole diff is in the job summary; the comment is under the limit, in characters and code units.
      expect(summary.length).toBeGreaterThan(65_536);
      expect(comment.length).toBeLessThanOrEqual(65_536);
      expect([...comment].length).toBeLessThanOrEqual(65_536);
      expect(comment.startsWith('<!-- jaarplan-diff -->\n**jaarplan diff:** ')).toBe(true);
      // Every plan has its section: whole, or its first blocks (at least the heading) and then the
      // link to the summary for the rest.
      const sectionsOf = (text: string) =>
        new Map(
          text
            .split(/\n\n(?=## )/)
            .slice(1)
            .map((s) => [s.slice(0, s.indexOf('\n')), s.trimEnd()]),
        );
      const full = sectionsOf(summary.replaceAll('@', '@\u200d'));
      const shown = sectionsOf(comment);
      expect([...shown.keys()]).toEqual([...full.keys()]);
      expect(shown.size).toBe(count);
      const note = `_De rest van dit plan staat in de [samenvatting van de job](${summaryUrl})._`;
      let shortened = 0;
      for (const [heading, section] of shown) {
        if (section === full.get(heading)) continue;
        shortened++;
        expect(section.endsWith(`\n\n${note}`), heading).toBe(true);
        expect(full.get(heading)!.startsWith(section.slice(0, -note.length - 2)), heading).toBe(true);
      }
      expect(shortened).toBeGreaterThan(count / 2);
      if (count === 30) expect(comment.split('### Totalen').length - 1).toBe(count);
      // Collapsed blocks are kept whole or left out, never cut open.
      expect(comment.match(/^<details>$/gm)?.length ?? 0).toBe(comment.match(/^<\/details>$/gm)?.length ?? 0);
    }, 120_000);
  }

  it('neutralises mentions in the comment: a zero-width joiner after @', { timeout: 30_000 }, () => {
    const dir = pullRequest('mentions', {}, wijkPlans(1));
    const files = freshRunner('mentions');
    expect(stepIn(dir, 'diff', { BASE_REF: 'main' }, files).code).toBe(0);
    const comment = readFileSync(join(dir, 'jaarplan-comment.md'), 'utf8');
    expect(comment).toContain('Wijkmanagers @\u200dwijkteam en @\u200dharderwijk/wijkaanpak');
    expect(comment).not.toMatch(/@[A-Za-z0-9]/);
    // The job summary notifies no one and keeps the text as it is.
    expect(readFileSync(files.summary, 'utf8')).toContain('@wijkteam');
  });

  it('says in the summary why totals are refused, with a shell-quoted hint', { timeout: 30_000 }, () => {
    const broken = readFileSync(join(root, 'test/fixtures/checks/invalid-amount.yaml'), 'utf8');
    const dir = pullRequest('refused', {}, { 'plans/wijk $(id).yaml': broken });
    const files = freshRunner('refused');
    const validate = stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_LANG: 'nl' }, files);
    expect(validate.code).toBe(0);
    expect(outputsOf(files.output).code).toBe('1');
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('**Geen totalen:**');
    expect(summary).toContain("plans/wijk $(id).yaml heeft fouten; eerst herstellen (jaarplan validate 'plans/wijk $(id).yaml').");
  });

  it('shows the totals of a plan whose budget rules fail in the summary, its errors on top', { timeout: 30_000 }, () => {
    const wrong = readFileSync(join(root, 'test/fixtures/checks/over-budget.yaml'), 'utf8');
    const dir = pullRequest('counted', {}, { 'plans/2014.yaml': wrong });
    const files = freshRunner('counted');
    expect(stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_LANG: 'nl' }, files).code).toBe(0);
    expect(outputsOf(files.output).code).toBe('1');
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('> **Let op: 1 fout in de plannen.**');
    expect(summary).toContain('€ 1.234,56');
    expect(summary).not.toContain('**Geen totalen:**');
  });

  it('lets no file name, plan text or input send a workflow command', { timeout: 60_000 }, () => {
    const broken = readFileSync(join(root, 'test/fixtures/checks/invalid-amount.yaml'), 'utf8');
    const forgedTitle = broken
      .replace('titel: Buurtfeest', 'titel: "Buurtfeest\\n::warning title=vervalst::via plantekst\\n::add-mask::geheim"')
      // Without an owner, but with a status: the no-owner finding of the activity quotes its title.
      .replace('        actiehouders: [Wijkmanager]\n', '        status: lopend\n');
    const dir = pullRequest(
      'commands',
      {},
      {
        'plans/2014\n::warning title=vervalst::via bestandsnaam\n.yaml': broken,
        'plans/2015 ::error title=vervalst::.yaml': forgedTitle.replace('jaar: 2014', 'jaar: 2015'),
      },
    );
    const forged = '\n::warning title=vervalst::via invoer\n::stop-commands::x';
    const runs = [
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github junit', JAARPLAN_LANG: 'nl' }, freshRunner('commands-github')),
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'text', JAARPLAN_LANG: 'en' }, freshRunner('commands-text')),
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_STRICT: `ja${forged}` }, freshRunner('commands-strict')),
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: `github${forged}` }, freshRunner('commands-formats')),
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_LANG: `nl${forged}` }, freshRunner('commands-lang')),
      stepIn(dir, 'validate', { JAARPLAN_FORMATS: 'github', JAARPLAN_PLANS: `plans/${forged}` }, freshRunner('commands-plans')),
      stepIn(dir, 'diff', { BASE_REF: 'main', JAARPLAN_FAIL_ON: `increase${forged}` }, freshRunner('commands-fail-on')),
      stepIn(dir, 'diff', { BASE_REF: 'main', JAARPLAN_LANG: `en${forged}` }, freshRunner('commands-diff-lang')),
    ];
    // The file names, the plan text and the inputs reach the log, as text.
    const log = runs.map((r) => r.stdout + r.stderr).join('\n');
    expect(log).toContain('via bestandsnaam');
    expect(log).toContain('via plantekst');
    expect(log).toContain('via invoer');
    for (const r of runs) {
      const commands = [...workflowCommands(r.stdout), ...workflowCommands(r.stderr)];
      // Only jaarplan's annotations: the properties (before the second `::`) are its own, escaped;
      // what a forged text puts after that is the message's data.
      for (const command of commands) expect(command).toMatch(/^::(error|warning|notice) [^:]*title=jaarplan[^:]*::/);
    }
    // The annotations themselves still work: one per finding, on the escaped file name.
    expect(workflowCommands(runs[0]!.stdout)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error file=plans\/2014%0A%3A%3Awarning title=vervalst%3A%3Avia bestandsnaam%0A\.yaml,line=16,/),
      ]),
    );
  });
});

describe('the comment body (action/comment.mjs)', () => {
  const section = (n: number, rows: number) =>
    `## plans/wijk-${n}.yaml (origin/main → werkmap)\n\nNieuw plan.\n\n${Array.from({ length: rows }, (_, i) => `- regel ${i} van @wijk${n}`).join('\n\n')}`;
  const diff = (count: number, rows: number) =>
    `**jaarplan diff:** ${count} plannen nieuw\n\n${Array.from({ length: count }, (_, i) => section(i + 1, rows)).join('\n\n')}\n`;

  it('keeps a diff that fits as it is, after the marker', () => {
    const text = diff(2, 3);
    expect(commentBody(text, { limit: 10_000 })).toBe(`${marker}\n${text.replaceAll('@wijk', '@\u200dwijk')}`);
  });

  it('counts the plans for which not even the heading fits, and links to the summary', () => {
    const body = commentBody(diff(50, 20), { lang: 'en', link: 'https://example.invalid/run', limit: 2_000 });
    expect(body.length).toBeLessThanOrEqual(2_000);
    const shown = body.match(/^## plans\/wijk-\d+\.yaml/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(50);
    expect(body.trimEnd().endsWith(`_${50 - shown} more plans in the [job summary](https://example.invalid/run)._`)).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { severities } from '../../src/core/diagnostic.js';
import { anchorsOf, ELISION, findExamples, matchesShown, outputLines, writesFiles, type Example } from '../helpers/docExamples.js';
import { root } from '../helpers/paths.js';

// Every `$ jaarplan …` example in the README and docs/ is run through the built bin and must print
// what the page shows. The conventions are in docs/README.md.

const bin = join(root, 'bin/jaarplan.js');

/** The Markdown files of the documentation, relative to the root. */
function markdownFiles(): string[] {
  const files = ['README.md'];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk('docs');
  return files;
}

const files = markdownFiles();
const found = files.map((file) => findExamples(file, readFileSync(join(root, file), 'utf8')));
const examples = found.flatMap((f) => f.examples);
const run = examples.filter((e) => e.notRun === null);

const codeCache = mkdtempSync(join(tmpdir(), 'jaarplan-docs-cache-'));
afterAll(() => rmSync(codeCache, { recursive: true, force: true }));

/** Runs the commands of one example in order, in its folder or, when one writes files, a copy of it. */
function runExample(example: Example): { command: string; code: number | null; output: string[] }[] {
  const folder = join(root, example.runIn);
  let cwd = folder;
  let copy: string | null = null;
  if (example.steps.some((s) => writesFiles(s.command))) {
    copy = mkdtempSync(join(tmpdir(), 'jaarplan-docs-'));
    cwd = join(copy, 'repo');
    cpSync(folder, cwd, {
      recursive: true,
      filter: (source) => !['node_modules', 'dist', '.git', 'artifacts'].includes(relative(folder, source).split('/').pop()!),
    });
  }
  try {
    return example.steps.map((step) => {
      // The shell gives the example its quoting, pipes and redirections; `jaarplan` is the built bin.
      const script = `jaarplan() { node "$JAARPLAN_BIN" "$@"; }\n${step.command}`;
      const r = spawnSync('sh', ['-c', script], {
        cwd,
        input: '',
        encoding: 'utf8',
        // Pinned as in the other tests of the bin: no colour, one language and width, no home.
        env: {
          PATH: process.env.PATH ?? '',
          JAARPLAN_BIN: bin,
          NO_COLOR: '1',
          LANG: 'C.UTF-8',
          LC_ALL: 'C.UTF-8',
          TZ: 'UTC',
          COLUMNS: '100',
          HOME: cwd,
          // The code cache goes to a folder of the test's own, never into the examples' folders.
          XDG_CACHE_HOME: codeCache,
        },
      });
      return { command: step.command, code: r.status, output: [...outputLines(r.stdout), ...outputLines(r.stderr)] };
    });
  } finally {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }
}

describe('the examples in the documentation', () => {
  it('are found in README.md and docs/', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('docs/commands/validate.md');
    // So the test cannot pass by finding nothing.
    expect(run.length).toBeGreaterThanOrEqual(25);
    expect(new Set(run.map((e) => e.file)).size).toBeGreaterThanOrEqual(8);
  });

  it('are each run or marked not run with the reason, and every marker is on a block', () => {
    expect(found.flatMap((f) => f.problems)).toEqual([]);
    for (const e of examples) expect(e.notRun === null || e.notRun.length > 0).toBe(true);
  });

  it.each(run.map((e) => ({ name: `${e.file}:${e.line} $ ${e.steps[0]!.command}`, example: e })))(
    '$name',
    ({ example }) => {
      expect(existsSync(join(root, example.runIn)), `${example.file}:${example.line}: no folder ${example.runIn}`).toBe(true);
      const results = runExample(example);
      example.steps.forEach((step, i) => {
        const { command, code, output } = results[i]!;
        const where = `${example.file}:${example.line}: $ ${command}`;
        if (!matchesShown(output, step.output)) {
          // Shown as a difference; lines elided with … are what the run printed there.
          expect(output.join('\n'), `${where}: the output is not the one shown`).toBe(step.output.join('\n'));
        }
        expect(code, `${where}: exit code`).toBe(step.exit);
      });
    },
    60_000,
  );
});

describe('the conventions of the examples', () => {
  it('match `…` with any number of lines, and nothing else loosely', () => {
    expect(matchesShown(['a', 'b', 'c'], ['a', ELISION, 'c'])).toBe(true);
    expect(matchesShown(['a', 'c'], ['a', ELISION, 'c'])).toBe(true);
    expect(matchesShown(['a', 'b', 'c'], ['a', ELISION])).toBe(true);
    expect(matchesShown(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
    expect(matchesShown(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(matchesShown(['a', 'x'], ['a', ELISION, 'c'])).toBe(false);
    expect(matchesShown(['a', '...', 'c'], ['a', '...', 'c'])).toBe(true);
    expect(matchesShown(['a', 'b', 'c'], ['a', '...', 'c'])).toBe(false);
  });

  it('read commands, outputs, exit codes and markers', () => {
    const text = [
      '<!-- run in: test/fixtures/years -->',
      '```',
      '$ jaarplan totals --by wijk',
      'Per wijk',
      '…',
      '$ jaarplan validate nothing.yaml',
      'jaarplan: not found',
      '[exit 2]',
      '```',
      '',
      '<!-- not run: needs a git history -->',
      '```sh',
      '$ jaarplan diff main..HEAD plans/2014.yaml',
      '```',
      '',
      '```sh',
      'jaarplan validate   # not an example: no $',
      '```',
    ].join('\n');
    const { examples: read, problems } = findExamples('x.md', text);
    expect(problems).toEqual([]);
    expect(read).toEqual([
      {
        file: 'x.md',
        line: 2,
        runIn: 'test/fixtures/years',
        notRun: null,
        steps: [
          { command: 'jaarplan totals --by wijk', output: ['Per wijk', ELISION], exit: 0 },
          { command: 'jaarplan validate nothing.yaml', output: ['jaarplan: not found'], exit: 2 },
        ],
      },
      {
        file: 'x.md',
        line: 12,
        runIn: '',
        notRun: 'needs a git history',
        steps: [{ command: 'jaarplan diff main..HEAD plans/2014.yaml', output: [], exit: 0 }],
      },
    ]);
  });

  it('refuse a not-run marker without a reason, and a marker that is not on an example', () => {
    const text = [
      '<!-- not run -->',
      '```',
      '$ jaarplan validate',
      '```',
      '',
      '<!-- run in: plans -->',
      '',
      '```',
      '$ jaarplan validate',
      '```',
    ].join('\n');
    expect(findExamples('x.md', text).problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'a `not run` marker without its reason'],
      [6, 'a marker that is not right before a `$ jaarplan` block'],
    ]);
  });

  it('know which commands write files, so those run in a copy', () => {
    expect(writesFiles('jaarplan init --year 2014')).toBe(true);
    expect(writesFiles('jaarplan report --year 2013 --format html --out x.html')).toBe(true);
    expect(writesFiles('jaarplan validate -f junit -o junit.xml')).toBe(true);
    expect(writesFiles('jaarplan totals --year 2013 > x.txt')).toBe(true);
    expect(writesFiles('jaarplan validate --cache')).toBe(true);
    expect(writesFiles('jaarplan totals --year 2013 --format csv')).toBe(false);
    expect(writesFiles('jaarplan validate --lang en')).toBe(false);
  });
});

describe('the documentation', () => {
  it('lists every diagnostic code with its severity on the validate page', () => {
    const page = readFileSync(join(root, 'docs/commands/validate.md'), 'utf8');
    const rows = [...page.matchAll(/^\| \[`([a-z-]+)`\]\(\.\.\/checks\.md#\1\) \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(severities);
    expect(rows).toHaveLength(Object.keys(severities).length);
  });

  it('links only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8').replace(/^( {0,3})(`{3,}|~{3,})[\s\S]*?^\1\2`*\s*$/gm, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const link = m[1]!;
        if (/^[a-z]+:/i.test(link)) continue;
        const [path, anchor] = link.split('#') as [string, string | undefined];
        const target = path === '' ? file : relative(root, join(root, dirname(file), path));
        if (!existsSync(join(root, target))) broken.push(`${file}: ${link} (no ${target})`);
        else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(readFileSync(join(root, target), 'utf8')).has(anchor)) {
          broken.push(`${file}: ${link} (no heading #${anchor} in ${target})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

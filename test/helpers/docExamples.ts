// Finds the command-line examples in the Markdown documentation, so that test/e2e/docs.test.ts can run
// them. The conventions are described in docs/README.md ("How the docs are tested"):
//
// - An example is a fenced code block with a line that starts with `$ jaarplan`. Every `$ ` line
//   in it is a command; the lines after it, up to the next `$ ` line, are what it prints (standard
//   output, then standard error).
// - A line `[exit N]` right after a command's output is its exit code; without one it must be 0.
// - A line `…` in the output matches any number of lines, none included.
// - `<!-- run in: FOLDER -->` on the line just before the block runs it in FOLDER (relative to the
//   repository root; default the root).
// - `<!-- not run: REASON -->` on the line just before the block leaves it out, for that reason.

/** One command of an example and what it must print. */
export interface ExampleStep {
  /** The command line, after `$ `. */
  command: string;
  /** The output shown, line by line; `…` stands for any number of lines. */
  output: string[];
  /** The exit code it must give. */
  exit: number;
}

/** A fenced code block that shows `$ jaarplan` commands. */
export interface Example {
  /** The Markdown file, relative to the repository root. */
  file: string;
  /** The line of the opening fence (1-based). */
  line: number;
  /** The folder to run in, relative to the repository root ('' for the root). */
  runIn: string;
  /** Why the block is not run, or null when it is. */
  notRun: string | null;
  /** Its commands. */
  steps: ExampleStep[];
}

/** A marker comment that is not right before an example, or an example that cannot be read. */
export interface ExampleProblem {
  file: string;
  line: number;
  problem: string;
}

/** The line that stands for any number of output lines. */
export const ELISION = '…';

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const runInMarker = /^<!--\s*run in:\s*(.*?)\s*-->\s*$/;
const notRunMarker = /^<!--\s*not run:?\s*(.*?)\s*-->\s*$/;
const exitLine = /^\[exit (\d+)\]$/;
const command = /^\$ /;
const jaarplanCommand = /^\$ jaarplan(\s|$)/;

/** Reads the examples of one Markdown text, and whatever is wrong with their markers. */
export function findExamples(file: string, text: string): { examples: Example[]; problems: ExampleProblem[] } {
  const lines = text.split('\n');
  const examples: Example[] = [];
  const problems: ExampleProblem[] = [];
  // Markers seen on the lines just before the current line, waiting for a block.
  let markers: { line: number; runIn?: string; notRun?: string }[] = [];

  const dropMarkers = () => {
    for (const m of markers) problems.push({ file, line: m.line, problem: 'a marker that is not right before a `$ jaarplan` block' });
    markers = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const runIn = runInMarker.exec(text);
    const notRun = notRunMarker.exec(text);
    if (runIn || notRun) {
      markers.push({ line: i + 1, ...(runIn ? { runIn: runIn[1]! } : { notRun: notRun![1]! }) });
      continue;
    }
    const open = fenceOpen.exec(text);
    if (!open) {
      dropMarkers();
      continue;
    }
    // A fence closes with the same character, at least as many times, and nothing after it.
    const fence = open[1]!;
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !close.test(lines[i]!); i++) body.push(lines[i]!);

    if (!body.some((l) => jaarplanCommand.test(l))) {
      dropMarkers();
      continue;
    }
    const runInValues = markers.filter((m) => m.runIn !== undefined);
    const notRunValues = markers.filter((m) => m.notRun !== undefined);
    markers = [];
    if (notRunValues.some((m) => m.notRun === '')) {
      problems.push({ file, line: start + 1, problem: 'a `not run` marker without its reason' });
    }
    const { steps, problem } = readSteps(body);
    if (problem) problems.push({ file, line: start + 1, problem });
    examples.push({
      file,
      line: start + 1,
      runIn: runInValues.at(-1)?.runIn ?? '',
      notRun: notRunValues.length > 0 ? notRunValues.map((m) => m.notRun).join('; ') : null,
      steps,
    });
  }
  dropMarkers();
  return { examples, problems };
}

function readSteps(body: string[]): { steps: ExampleStep[]; problem?: string } {
  const steps: ExampleStep[] = [];
  let problem: string | undefined;
  for (const line of body) {
    if (command.test(line)) {
      steps.push({ command: line.slice(2), output: [], exit: 0 });
      continue;
    }
    const step = steps.at(-1);
    if (!step) {
      problem = `a line before the first command: ${JSON.stringify(line)}`;
      continue;
    }
    step.output.push(line);
  }
  for (const step of steps) {
    const exit = step.output.length > 0 ? exitLine.exec(step.output.at(-1)!) : null;
    if (exit) {
      step.output.pop();
      step.exit = Number(exit[1]);
    }
    if (step.output.some((l) => exitLine.test(l))) problem = `an [exit N] line that is not the last of its command's output`;
  }
  return { steps, problem };
}

/** Whether the output lines match the lines shown, where a line `…` matches any number of lines. */
export function matchesShown(actual: string[], shown: string[]): boolean {
  // memo[a][s]: whether actual[a..] matches shown[s..].
  const memo = new Map<number, boolean>();
  const match = (a: number, s: number): boolean => {
    const key = a * (shown.length + 1) + s;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (s === shown.length) result = a === actual.length;
    else if (shown[s] === ELISION) result = match(a, s + 1) || (a < actual.length && match(a + 1, s));
    else result = a < actual.length && actual[a] === shown[s] && match(a + 1, s + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** Splits printed text into lines, without the empty one after a final line end. */
export function outputLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Whether a command writes files: `init`, an output option, `--cache`, or a shell redirection. */
export function writesFiles(commandLine: string): boolean {
  return /(^|\s)jaarplan\s+init(\s|$)|(^|\s)(--out|--output|-o|--cache)(\s|=|$)|>/.test(commandLine);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings, numbered as GitHub numbers repeated ones. */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: RegExp | null = null;
  for (const line of text.split('\n')) {
    if (fence) {
      if (fence.test(line)) fence = null;
      continue;
    }
    const open = fenceOpen.exec(line);
    if (open) {
      fence = new RegExp(`^ {0,3}${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}\\s*$`);
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = headingAnchor(heading[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

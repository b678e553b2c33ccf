import { run } from '../../src/cli.js';

/** The result of one in-process run of the command line. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as the bin would, from `cwd`; with `stdin`, that is piped in. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string> = {}, stdin?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    env,
    isTTY: false,
    ...(stdin === undefined ? {} : { readStdin: async () => new TextEncoder().encode(stdin), stdinIsTTY: false }),
  });
  return { code, stdout, stderr };
}

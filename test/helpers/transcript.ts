/** What one run of the command line gave: its exit code and both streams. */
export interface RunOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The golden-file form of one run: the command as typed, its exit code, then standard output and
 * standard error. Every golden transcript under test/golden/ is written by this one function, so the
 * in-process runs and the runs of the built bin compare with the same files.
 */
export function transcript(argv: string[], r: RunOutput): string {
  return `$ jaarplan ${argv.join(' ')}\nExit code: ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** The working folder that relative paths start from. */
  cwd: string;
  /** Environment variables (NO_COLOR, FORCE_COLOR). */
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal. */
  isTTY: boolean;
  /** The width of the terminal, which the help is wrapped to; 80 when absent. */
  columns?: number;
  /** Reads standard input whole (for the path `-`); absent where there is none. */
  readStdin?: () => Promise<Uint8Array>;
  /** Whether standard input is a terminal (nothing piped in), where that is known. */
  stdinIsTTY?: boolean;
}

/**
 * Whether to colour: never with --no-color or NO_COLOR (https://no-color.org), always with
 * FORCE_COLOR (other than 0), else only on a terminal.
 */
export function useColor(flag: boolean, io: Pick<Io, 'env' | 'isTTY'>): boolean {
  if (!flag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return io.isTTY;
}

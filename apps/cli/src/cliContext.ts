/** Where a command writes: a stream and whether a person is watching it. */
export type Output = {
  write: (text: string) => void;
  /** True on a terminal: progress may redraw one line; false in a pipe or a log. */
  isTTY: boolean;
  /** Terminal width in characters, when known. */
  columns?: number | undefined;
};

/**
 * Everything a command may know about the world outside it. Only main.ts
 * builds one from the real process; tests and scripts pass their own.
 */
export type CliContext = {
  stdout: Output;
  stderr: Output;
  /** The environment (`DATABASE_URL`, the server settings). */
  env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are read from and written to. */
  cwd: string;
  /** When things happen: the time stamps of imported rows and new tokens. */
  clock: () => Date;
};

/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

/** Exit codes, fixed by the CLI's documentation. */
export const EXIT_OK = 0;
/** The check found errors, or an export was refused. */
export const EXIT_FINDINGS = 1;
/** Unreadable or invalid input, or wrong usage. */
export const EXIT_INPUT = 2;

export interface Command {
  name: string;
  /** Older names that still run the command (listed in the help, not in the usage). */
  aliases?: readonly string[];
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Prints one line naming the file and the problem, and returns the input-error code. */
export function failInput(io: CliIo, file: string, problem: string): number {
  io.stderr(`kp: ${file}: ${problem}\n`);
  return EXIT_INPUT;
}

/** Prints a usage error on one line. */
export function failUsage(io: CliIo, message: string, usage: string): number {
  io.stderr(`kp: ${message} (usage: ${usage})\n`);
  return EXIT_INPUT;
}

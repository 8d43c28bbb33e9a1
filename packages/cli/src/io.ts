/** Where the command reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, or null when it is a terminal (nothing piped). */
  readStdin: () => Promise<string | null>;
  /** Whether stderr is a terminal (progress bars are shown only then). */
  isTty?: () => boolean;
}

export type OutputFormat = "json" | "text";

/** Exit codes: 0 ok, 1 bad input, 2 usage. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called: printed as one line, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

import { run, type CliIo } from "../src/index.js";

/** Runs `civic` with these arguments and standard input, and returns its exit code and what it printed. */
export async function civic(args: string[], stdin: string | null = null): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), readStdin: () => Promise.resolve(stdin) };
  const code = await run(args, io);
  return { code, out, err };
}

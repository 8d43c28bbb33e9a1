import { readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { isCivicError } from "@civickit/core";
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliIo } from "./io.js";

/** A file to read: a path, or "-" for standard input. */
export type Input = { path: string; text: () => Promise<string> };

/**
 * The inputs a command names: files as given; a directory means every file under it with one of `extensions`
 * (others skipped); "-" (or nothing, with input piped) means standard input.
 */
export function collectInputs(args: readonly string[], extensions: readonly string[], io: CliIo): Input[] {
  if (args.length === 0 || (args.length === 1 && args[0] === "-")) {
    return [
      {
        path: "-",
        text: async () => {
          const text = await io.readStdin();
          if (text === null) throw new UsageError("no input: name a file or directory, or pipe one in");
          return text;
        },
      },
    ];
  }
  const out: Input[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
    if (stat.isDirectory()) {
      const names = readdirSync(arg, { recursive: true, encoding: "utf8" }).sort();
      for (const name of names) {
        const path = join(arg, name);
        if (extensions.includes(extname(name).toLowerCase()) && statSync(path).isFile()) out.push(fileInput(path));
      }
    } else out.push(fileInput(arg));
  }
  return out;
}

function fileInput(path: string): Input {
  return { path, text: () => Promise.resolve(readFileSync(path, "utf8")) };
}

/** What one input gave: its items, or the one-line reason it failed. */
export type Outcome<T> = { path: string; items: T[] } | { path: string; error: string };

/**
 * Runs `parse` over every input, never stopping at a failure: each input ends as items or as a reported error.
 * Shows a progress bar on stderr when it is a terminal and there are many inputs.
 */
export async function runAll<T>(inputs: readonly Input[], parse: (text: string, path: string) => T[], io: CliIo, isTty: boolean): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  const progress = isTty && inputs.length > 20;
  for (const [i, input] of inputs.entries()) {
    try {
      outcomes.push({ path: input.path, items: parse(await input.text(), input.path) });
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // CivicErrors already name the file; anything else gets it here.
      const reason = isCivicError(error) && error.where?.file ? error.message : `${input.path}: ${error instanceof Error ? error.message : String(error)}`;
      outcomes.push({ path: input.path, error: reason });
    }
    if (progress && (i % 10 === 0 || i === inputs.length - 1)) {
      const width = 30;
      const done = Math.round(((i + 1) / inputs.length) * width);
      io.stderr(`\r[${"#".repeat(done)}${" ".repeat(width - done)}] ${i + 1}/${inputs.length}`);
    }
  }
  if (progress) io.stderr("\n");
  return outcomes;
}

/** How a bulk command prints what it read: one JSON array, one line per item, or text blocks. */
export type BulkFormat = "text" | "json" | "ndjson";

/**
 * Reads every input a bulk command names with `parse`, prints the items in `format` (`text` renders each with
 * `textOf`), reports each failure and, for several inputs or any failure, a summary line. Returns the exit code.
 */
export async function runBulk<T>(
  command: string,
  args: readonly string[],
  parse: (text: string, path: string) => T[],
  render: { format: BulkFormat; textOf: (item: T) => string; noun?: string },
  io: CliIo,
  isTty: boolean,
): Promise<number> {
  const inputs = collectInputs(args, [".xml", ".json"], io);
  if (inputs.length === 0) throw new UsageError(`no .xml or .json files in ${args.join(", ")}`);
  const outcomes = await runAll(inputs, parse, io, isTty);
  const items = outcomes.flatMap((o) => ("items" in o ? o.items : []));
  if (render.format === "json") io.stdout(JSON.stringify(items, null, 2) + "\n");
  else if (render.format === "ndjson") io.stdout(items.map((v) => JSON.stringify(v)).join("\n") + (items.length ? "\n" : ""));
  else if (items.length) io.stdout(items.map(render.textOf).join("\n\n") + "\n");
  const failed = outcomes.filter((o) => "error" in o);
  for (const f of failed) if ("error" in f) io.stderr(`civic ${command}: ${f.error}\n`);
  if (inputs.length > 1 || failed.length > 0) {
    io.stderr(`${String(outcomes.length - failed.length)} parsed, ${String(failed.length)} failed${render.noun ? ` (${String(items.length)} ${render.noun})` : ""}\n`);
  }
  return failed.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

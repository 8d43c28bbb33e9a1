import { parseArgs } from "node:util";
import { isCivicError } from "@civickit/core";
import { BILL_HELP, runBill } from "./commands/bill.js";
import { ANNOTATE_HELP, CITE_HELP, runAnnotate, runCite } from "./commands/cite.js";
import { ID_HELP, runId } from "./commands/id.js";
import { USLM_HELP, runUslm } from "./commands/uslm.js";
import { VOTE_HELP, runVote } from "./commands/vote.js";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliIo, type OutputFormat, UsageError } from "./io.js";
import { version } from "../package.json";

const HELP = `civic ${version} — U.S. legislative data from the command line

Usage: civic <command> [arguments] [--format json|text]

Commands:
  id <text>     normalise a bill, law, amendment or roll-call vote identifier and print it in every style
  vote <file>   read roll-call votes (Senate/House XML, vote menus, Congress.gov or unitedstates JSON)
  bill <file>   read bills (BILLSTATUS XML, Congress.gov or unitedstates JSON): status and milestones
  uslm <file>   read a USLM document: a provision by citation, its sections, its amendments
  cite [file]   find every legal citation in a text: Bluebook form and official link (text, json, html)
  annotate <file>  the text with every citation linked to its official source (html, markdown)

Options:
  --format F    output format: text (default) or json; cite also html, annotate html or markdown
  -h, --help    show help (also: civic <command> --help)
  -v, --version show the version

Exit codes: 0 ok, 1 bad input, 2 usage.`;

const COMMANDS: Record<string, string> = { id: ID_HELP, vote: VOTE_HELP, bill: BILL_HELP, uslm: USLM_HELP, cite: CITE_HELP, annotate: ANNOTATE_HELP };

function readFormat<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format takes ${allowed.join(", ")}, not "${value}"`);
}

/**
 * Runs the `civic` command with the given arguments (without "node" and the script) and returns its exit code.
 *
 * @example
 * ```ts
 * const code = await run(["id", "H.R. 1865", "--format", "json"]);
 * ```
 */
export async function run(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        format: { type: "string" },
        congress: { type: "string" },
        cite: { type: "string" },
        sections: { type: "boolean" },
        amendments: { type: "boolean" },
      },
    });
    const [command, ...rest] = positionals;
    if (values.version) {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (command === undefined) {
      if (values.help) {
        io.stdout(HELP + "\n");
        return EXIT_OK;
      }
      throw new UsageError("no command given (civic --help lists them)");
    }
    const help = COMMANDS[command];
    if (help === undefined || !Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
      throw new UsageError(`unknown command "${command}" (civic --help lists them)`);
    }
    if (values.help) {
      io.stdout(help + "\n");
      return EXIT_OK;
    }
    switch (command) {
      case "id": {
        const format = readFormat<OutputFormat>(values.format, ["text", "json"]);
        return await runId(rest, { format, ...(values.congress === undefined ? {} : { congress: values.congress }) }, io);
      }
      case "vote":
        return await runVote(rest, readFormat(values.format, ["text", "json", "ndjson"] as const), io, io.isTty?.() ?? false);
      case "bill":
        return await runBill(rest, readFormat(values.format, ["text", "json", "ndjson"] as const), io, io.isTty?.() ?? false);
      case "uslm":
        return runUslm(rest, { ...(values.cite === undefined ? {} : { cite: values.cite }), sections: values.sections === true, amendments: values.amendments === true, format: readFormat(values.format, ["text", "markdown", "json"] as const) }, io);
      case "cite":
        return await runCite(rest, readFormat(values.format, ["text", "json", "html"] as const), io);
      case "annotate":
        return await runAnnotate(rest, readFormat(values.format, ["html", "markdown"] as const), io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && "code" in error && String((error as { code: unknown }).code).startsWith("ERR_PARSE_ARGS"))) {
      io.stderr(`civic: ${error.message.split("\n")[0]!}\n`);
      return EXIT_USAGE;
    }
    if (isCivicError(error)) {
      io.stderr(`civic: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    // Never a stack trace: one line saying what happened.
    io.stderr(`civic: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Standard input, output and error of this process. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTty: () => process.stderr.isTTY,
    readStdin: async () => {
      if (process.stdin.isTTY) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

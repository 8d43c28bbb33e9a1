import { type AnyId, formatAllStyles, identify, isCivicError, ordinal } from "@civickit/core";
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type OutputFormat, UsageError } from "../io.js";

export const ID_HELP = `civic id <text> [--congress N] [--format json|text]
civic id - < ids.txt

Reads a bill, resolution, law, amendment or roll-call vote identifier in any spelling
("H.R. 1865", "hr1865-115", "Public Law 115-164", "S.Amdt. 190", "s60-115.2018",
a Congress.gov or GovInfo URL...) and prints it in every style.
With "-" (or no text and input piped), reads one identifier per line.

Options:
  --congress N     the Congress to assume when the text does not give one
  --format F       text (default) or json (one JSON object per identifier)`;

function kindLine(any: AnyId): string {
  switch (any.kind) {
    case "bill":
      return `bill${any.id.congress === undefined ? " (Congress unknown: pass --congress for url and uslm forms)" : `, ${ordinal(any.id.congress)} Congress`}`;
    case "amendment":
      return `amendment${any.id.congress === undefined ? " (Congress unknown)" : `, ${ordinal(any.id.congress)} Congress`}`;
    case "law":
      return `${any.id.type} law, ${ordinal(any.id.congress)} Congress`;
    case "vote":
      return `${any.id.chamber} roll-call vote, ${ordinal(any.id.congress)} Congress, session ${any.id.session} (${any.id.year})`;
  }
}

function render(input: string, any: AnyId, format: OutputFormat): string {
  const styles = formatAllStyles(any);
  if (format === "json") return JSON.stringify({ input, kind: any.kind, id: any.id, styles });
  const width = Math.max(...Object.keys(styles).map((k) => k.length), 4);
  const lines = [`${"kind".padEnd(width)}  ${kindLine(any)}`];
  for (const [style, value] of Object.entries(styles)) lines.push(`${style.padEnd(width)}  ${value}`);
  return lines.join("\n");
}

export async function runId(positionals: string[], options: { congress?: string; format: OutputFormat }, io: CliIo): Promise<number> {
  let congress: number | undefined;
  if (options.congress !== undefined) {
    congress = Number(options.congress);
    if (!Number.isInteger(congress) || congress < 1) throw new UsageError(`--congress takes a whole number, not "${options.congress}"`);
  }
  let inputs: string[];
  if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === "-")) {
    const stdin = await io.readStdin();
    if (stdin === null) throw new UsageError("civic id needs an identifier (see civic id --help)");
    inputs = stdin.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  } else {
    // Let people type `civic id H.R. 1865` without quotes.
    inputs = [positionals.join(" ")];
  }
  let failed = 0;
  const blocks: string[] = [];
  for (const input of inputs) {
    try {
      blocks.push(render(input, identify(input, congress === undefined ? {} : { congress }), options.format));
    } catch (error) {
      if (!isCivicError(error)) throw error;
      failed++;
      io.stderr(`civic id: ${error.message}\n`);
    }
  }
  if (blocks.length) io.stdout(blocks.join(options.format === "json" ? "\n" : "\n\n") + "\n");
  return failed > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

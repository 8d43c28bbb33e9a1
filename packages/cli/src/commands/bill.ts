import { billTimeline, formatBill, parseBillStatusXml, parseCongressGovBill, parseUnitedStatesBill, type Bill } from "@civickit/bills";
import { BillFormatError } from "@civickit/bills";
import type { CliIo } from "../io.js";
import { runBulk } from "../bulk.js";

export const BILL_HELP = `civic bill <file|dir|-> [--format text|json|ndjson]

Reads bills: GPO BILLSTATUS XML (any layout), a Congress.gov API bill response, or a unitedstates/congress
data.json. A directory means every .xml and .json file under it (other files are skipped). Prints each bill's
identity, title, status and milestones (text), or the validated Bill (json: one array; ndjson: one line per bill).

Each failure is reported on stderr with its file and reason; the exit code is 1 if any failed.`;

export type BillFormatOption = "text" | "json" | "ndjson";

/** Any bill source, told by its first characters. */
export function parseAnyBill(text: string, path: string): Bill {
  const start = text.trimStart();
  if (start.startsWith("<")) return parseBillStatusXml(text, { file: path });
  if (start.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new BillFormatError("BILL_WRONG_FORMAT", `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { where: { file: path } });
    }
    const o = json as Record<string, unknown>;
    if (typeof o.bill_id === "string") return parseUnitedStatesBill(o);
    if (o.bill !== undefined) return parseCongressGovBill(o);
    throw new BillFormatError("BILL_WRONG_FORMAT", "JSON that is neither a Congress.gov bill response nor a unitedstates/congress bill", { where: { file: path } });
  }
  throw new BillFormatError("BILL_WRONG_FORMAT", "neither XML nor JSON", { where: { file: path } });
}

function textOf(bill: Bill): string {
  const lines = [formatBill(bill, "display"), `  status ${bill.status.code}${bill.status.date ? ` since ${bill.status.date}` : ""}`];
  for (const m of billTimeline(bill)) lines.push(`  ${m.date}  ${m.description}`);
  return lines.join("\n");
}

export function runBill(args: string[], format: BillFormatOption, io: CliIo, isTty: boolean): Promise<number> {
  return runBulk("bill", args, (text, path) => [parseAnyBill(text, path)], { format, textOf }, io, isTty);
}

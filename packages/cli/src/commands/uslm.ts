import { readFileSync } from "node:fs";
import { amendments, getProvision, listSections, parseUslm, provisionText } from "@civickit/statutes";
import { EXIT_OK, type CliIo, UsageError } from "../io.js";

export const USLM_HELP = `civic uslm <file> [--cite "47 U.S.C. § 230(c)(1)"] [--sections] [--amendments] [--format text|markdown|json]

Reads a USLM document — a U.S. Code title, a bill, a resolution, a public or private law, a statute compilation.
  --cite C       the provision a citation (or a USLM identifier) names, with its text
  --sections     every section: identifier, number, heading, status
  --amendments   every amendatory instruction with a U.S. Code target: target, action, quoted text
With none of these, a summary of the document.

Options:
  --format F   text (default), markdown or json`;

export interface UslmOptions {
  cite?: string;
  sections: boolean;
  amendments: boolean;
  format: "text" | "markdown" | "json";
}

export function runUslm(args: string[], options: UslmOptions, io: CliIo): number {
  if (args.length !== 1) throw new UsageError("civic uslm takes one file (see civic uslm --help)");
  const file = args[0] as string;
  let xml: string;
  try {
    xml = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const doc = parseUslm(xml, { file });
  const json = options.format === "json";
  if (options.cite !== undefined) {
    const p = getProvision(doc, options.cite);
    io.stdout(json ? JSON.stringify(p, null, 2) + "\n" : provisionText(p, { format: options.format === "markdown" ? "markdown" : "text" }) + "\n");
    return EXIT_OK;
  }
  if (options.sections) {
    const sections = listSections(doc);
    io.stdout(json ? JSON.stringify(sections, null, 2) + "\n" : sections.map((s) => `${s.identifier ?? "-"}\t${s.num ?? ""}\t${s.heading ?? ""}${s.status ? `\t[${s.status}]` : ""}`).join("\n") + "\n");
    return EXIT_OK;
  }
  if (options.amendments) {
    const edits = amendments(doc);
    io.stdout(json ? JSON.stringify(edits, null, 2) + "\n" : edits.map((e) => `${e.target?.cite ?? e.targetIdentifier ?? "?"}\t${e.action}${e.quoted.length ? `\t${e.quoted.map((q) => `“${q.length > 80 ? q.slice(0, 80) + "…" : q}”`).join(" → ")}` : ""}`).join("\n") + "\n");
    return EXIT_OK;
  }
  const summary = { kind: doc.kind, title: doc.title, identifier: doc.identifier, congress: doc.congress, docNumber: doc.docNumber, citableAs: doc.citableAs, releasePoint: doc.releasePoint, sections: listSections(doc).length, amendments: amendments(doc).length };
  io.stdout(json ? JSON.stringify(summary, null, 2) + "\n" : Object.entries(summary).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)).map(([k, v]) => `${k.padEnd(12)}${Array.isArray(v) ? v.join("; ") : String(v)}`).join("\n") + "\n");
  return EXIT_OK;
}

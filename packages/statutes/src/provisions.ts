import { CivicError } from "@civickit/core/errors";
import type { Citation } from "@civickit/citations";
import { citationToIdentifier, identifierToCitation } from "./identifiers.js";
import { allProvisions, type Provision, type UslmDocument } from "./uslm.js";

const indexes = new WeakMap<UslmDocument, Map<string, Provision>>();

function indexOf(doc: UslmDocument): Map<string, Provision> {
  let index = indexes.get(doc);
  if (!index) {
    index = new Map();
    for (const p of allProvisions(doc)) if (p.identifier && !index.has(p.identifier)) index.set(p.identifier, p);
    indexes.set(doc, index);
  }
  return index;
}

/**
 * The provision a reference names: a citation string ("47 U.S.C. § 230(c)(1)"), a citation object of
 * @civickit/citations, or a USLM identifier ("/us/usc/t47/s230/c/1").
 *
 * @example
 * ```ts
 * getProvision(title9, "9 U.S.C. § 2").heading; // "Validity, irrevocability, and enforcement of agreements to arbitrate"
 * ```
 * @throws {CivicError} PROVISION_NOT_FOUND saying which part of the reference the document does not have.
 */
export function getProvision(doc: UslmDocument, ref: string | Citation): Provision {
  const identifier = typeof ref === "string" && ref.startsWith("/") ? ref : citationToIdentifier(ref);
  const index = indexOf(doc);
  const found = index.get(identifier);
  if (found) return found;
  // Say how far the reference goes: the deepest part of it the document has.
  const parts = identifier.split("/");
  for (let n = parts.length - 1; n > 3; n--) {
    const prefix = parts.slice(0, n).join("/");
    if (index.has(prefix)) {
      const missing = parts.slice(n).join("/");
      throw new CivicError("PROVISION_NOT_FOUND", `${identifierToCitation(prefix)?.cite ?? prefix} has no ${missing} (looking for ${identifier})`, { input: identifier });
    }
  }
  throw new CivicError("PROVISION_NOT_FOUND", `this document has no ${identifierToCitation(identifier)?.cite ?? identifier}${doc.identifier ? ` (it is ${doc.identifier})` : ""}`, { input: identifier });
}

/**
 * The text of a provision with its structure kept: each level on its own line, indented by depth, with its number and
 * heading — as plain text or as Markdown (headings bold, levels as nested list items).
 *
 * @example
 * ```ts
 * provisionText(getProvision(doc, "47 U.S.C. § 230(c)"), { format: "text" });
 * // "(c) Protection for “Good Samaritan” blocking and screening of offensive material\n  (1) Treatment of publisher or speaker\n  No provider …"
 * ```
 */
export function provisionText(node: Provision, options: { format?: "text" | "markdown" } = {}): string {
  const markdown = options.format === "markdown";
  const lines: string[] = [];
  const walk = (p: Provision, depth: number) => {
    const pad = markdown ? "  ".repeat(depth) : "  ".repeat(depth);
    const bullet = markdown && depth > 0 ? "- " : "";
    const texts = [p.chapeau, p.content].filter((t): t is string => t !== null).flatMap((t) => t.split("\n"));
    const inner = pad + (markdown && depth > 0 ? "  " : "");
    if (p.heading) {
      lines.push(`${pad}${bullet}${[p.num?.display, markdown ? `**${p.heading}**` : p.heading].filter(Boolean).join(" ")}`);
      for (const l of texts) lines.push(`${inner}${markdown ? "" : "  "}${l}`);
    } else {
      // "(a) The Secretary shall…": a designator without a heading runs into its text.
      const [first, ...rest] = texts;
      const line = [p.num?.display, first].filter(Boolean).join(" ");
      if (line) lines.push(`${pad}${bullet}${line}`);
      for (const l of rest) lines.push(`${inner}${markdown ? "" : "  "}${l}`);
    }
    for (const c of p.children) walk(c, depth + 1);
    if (p.continuation) lines.push(`${inner}${markdown ? "" : "  "}${p.continuation}`);
  };
  walk(node, 0);
  return lines.join("\n");
}

/**
 * Every U.S. Code reference (`/us/usc/…` identifiers, deduplicated, in order of first appearance) a document or a
 * provision makes.
 */
export function usCodeReferences(from: UslmDocument | Provision): string[] {
  const seen = new Set<string>();
  const add = (href: string) => {
    const id = href.split("#")[0] ?? href;
    if (id.startsWith("/us/usc/") && !seen.has(id)) seen.add(id);
  };
  if ("provisions" in from) for (const r of from.refs) add(r);
  else for (const p of allProvisions(from)) {
    for (const r of p.refs) add(r);
    for (const n of p.notes) for (const r of n.refs) add(r);
  }
  return [...seen];
}

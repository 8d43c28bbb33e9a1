import { CivicError, type SafeResult } from "@civickit/core/errors";
import { extractCitations, type ExtractOptions } from "./extract.js";
import { formatCitation } from "./format.js";
import type { Citation } from "./model.js";
import { defaultNameIndex } from "./names.js";

/** Thrown when a string is not exactly one citation. */
export class CitationError extends CivicError {
  override name = "CitationError";
}

const LEADING = /^[\s(“"]*(?:the\s+)?/i;
// What may follow the match and is read into fields rather than matched: a pin cite, ", 115th Cong.", parentheticals.
const TRAILER = /^(?:,?[ \n\u00a0\u2009\u202f]*(?:\d{1,3}(?:st|nd|rd|th|d)[ \n\u00a0\u2009\u202f]+Cong\.|[\d_][\d_–-]*))?(?:[ \n\u00a0\u2009\u202f]*\([^()]*\))*[\s.,;:)”"]*$/;

/**
 * Read one citation that makes up the whole string: surrounding spaces, brackets and a final period aside, and with
 * what is read into its fields rather than matched (a pin cite, a court-and-year parenthetical) allowed after it.
 *
 * @example
 * ```ts
 * parseCitation("47 U.S.C. § 230(c)(1)").subsections; // ["c", "1"]
 * parseCitation("Pub. L. 115-164").cite;              // "Pub. L. No. 115-164, 132 Stat. 1253 (2018)"
 * parseCitation("199 F. Supp. 3d 125, 130 (D.D.C. 2016)").court; // "D.D.C."
 * ```
 * @throws {CitationError} NOT_A_CITATION when the string holds no citation, or more than one citation.
 */
export function parseCitation(text: string, options: Omit<ExtractOptions, "resolve"> = {}): Citation {
  if (typeof text !== "string") throw new CitationError("INVALID_ARGUMENT", `parseCitation() takes a string, not ${typeof text}`);
  const input = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  const found = extractCitations(text, { ...options, resolve: false });
  const first = found[0] ?? byName(text, options);
  if (!first) throw new CitationError("NOT_A_CITATION", `no citation found in "${input}"`, { input });
  const lead = (LEADING.exec(text) as RegExpExecArray)[0].length;
  if (first.start > lead || !TRAILER.test(text.slice(first.end))) {
    const other = found.find((c) => c !== first && !(c.start === first.start && c.end === first.end)) ?? first;
    throw new CitationError("NOT_A_CITATION", `"${input}" is not one citation: it holds "${other.match}" at offset ${String(other.start)} and more`, {
      input,
      where: { span: [other.start, other.end] },
    });
  }
  // A range gives two citations over the same text; the first stands for it.
  return first;
}

/** A string that is just the name of an act, in any case ("communications decency act"): what a search box gets. */
function byName(text: string, options: Omit<ExtractOptions, "resolve">): Citation | undefined {
  const core = text.trim().replace(/[.,;:]+$/, "");
  const resolved = (options.names ?? defaultNameIndex()).lookup(core);
  if (!resolved || (options.types && !options.types.includes("act"))) return undefined;
  const start = text.indexOf(core);
  const d: Citation = {
    type: "act", match: core, start, end: start + core.length, id: "", cite: "", name: resolved.name, section: null, subsections: [],
    publicLaw: resolved.publicLaw, stat: resolved.stat, usc: resolved.usc, bill: resolved.bill,
  };
  d.id = formatCitation(d, "id");
  d.cite = formatCitation(d, "bluebook");
  return d;
}

/** {@link parseCitation} without throwing. */
export function safeParseCitation(text: string, options: Omit<ExtractOptions, "resolve"> = {}): SafeResult<Citation, CitationError> {
  try {
    return { success: true, data: parseCitation(text, options) };
  } catch (error) {
    if (error instanceof CitationError) return { success: false, error };
    throw error;
  }
}

import { type AmendmentId, formatAmendmentId, safeParseAmendmentId } from "./amendment-id.js";
import { type BillId, formatBillId, safeParseBillId } from "./bill-id.js";
import { IdentifierError } from "./errors.js";
import { type LawId, formatLawId, safeParseLawId } from "./law-id.js";
import { type VoteId, formatVoteId, safeParseVoteId } from "./vote-id.js";

/** An identifier of any kind, tagged with its kind. */
export type AnyId =
  | { kind: "bill"; id: BillId }
  | { kind: "law"; id: LawId }
  | { kind: "amendment"; id: AmendmentId }
  | { kind: "vote"; id: VoteId };

/**
 * Recognises an identifier of any kind: a roll-call vote, a law, an amendment or a bill, in any spelling the
 * `parseXId` functions accept.
 *
 * @throws {IdentifierError} when the text is none of them; the message gives each parser's reason.
 * @example
 * ```ts
 * identify("P.L. 115-164"); // { kind: "law", id: { type: "public", congress: 115, number: 164 } }
 * identify("hr1865-115"); // { kind: "bill", id: { congress: 115, type: "hr", number: 1865 } }
 * ```
 */
export function identify(text: string, options: { congress?: number } = {}): AnyId {
  const vote = safeParseVoteId(text, options);
  if (vote.success) return { kind: "vote", id: vote.data };
  const law = safeParseLawId(text);
  if (law.success) return { kind: "law", id: law.data };
  const amendment = safeParseAmendmentId(text, options);
  if (amendment.success) return { kind: "amendment", id: amendment.data };
  const bill = safeParseBillId(text, options);
  if (bill.success) return { kind: "bill", id: bill.data };
  throw new IdentifierError(
    `not a bill, law, amendment or roll-call vote identifier: "${text}" (as a bill: ${bill.error.reason})`,
    text,
  );
}

/**
 * Writes an identifier of any kind in every style it has; styles that need facts the id lacks (a Congress) are left out.
 *
 * @example
 * ```ts
 * formatAllStyles(identify("S. 1693, 115th Cong.")).display; // "S. 1693"
 * ```
 */
export function formatAllStyles(any: AnyId): Record<string, string> {
  const out: Record<string, string> = {};
  for (const style of STYLES[any.kind]) {
    try {
      out[style] = formatOne(any, style);
    } catch (error) {
      if (!(error instanceof IdentifierError)) throw error;
    }
  }
  return out;
}

const STYLES = {
  bill: ["display", "id", "citation", "url", "uslm"],
  law: ["display", "id", "citation", "url", "uslm"],
  amendment: ["display", "id", "citation", "url"],
  vote: ["display", "id", "citation", "url"],
} as const;

function formatOne(any: AnyId, style: "display" | "id" | "citation" | "url" | "uslm"): string {
  switch (any.kind) {
    case "bill":
      return formatBillId(any.id, style);
    case "law":
      return formatLawId(any.id, style);
    case "amendment":
      return formatAmendmentId(any.id, style as Exclude<typeof style, "uslm">);
    case "vote":
      return formatVoteId(any.id, style as Exclude<typeof style, "uslm">);
  }
}

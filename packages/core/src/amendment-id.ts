import { ordinal } from "./calendar.js";
import { IdentifierError, type SafeResult } from "./errors.js";
import { checkedInput, fail, measureCitation, measureIdForm, readTypedNumber, safely } from "./_lib/measure-id.js";
import { positiveInt } from "./_lib/text.js";

/** The amendment types Congress.gov uses: House, Senate, and Senate unprinted amendments. */
export const AMENDMENT_TYPES = ["hamdt", "samdt", "suamdt"] as const;
export type AmendmentType = (typeof AMENDMENT_TYPES)[number];

/** An amendment: "S.Amdt. 190" of the 115th Congress is `{ congress: 115, type: "samdt", number: 190 }`. */
export interface AmendmentId {
  congress?: number;
  type: AmendmentType;
  number: number;
}

export type AmendmentIdStyle = "display" | "id" | "citation" | "url";

const INFO: Record<AmendmentType, { display: string; bluebook: string; slug: string | null }> = {
  hamdt: { display: "H.Amdt.", bluebook: "H.R. Amend.", slug: "house-amendment" },
  samdt: { display: "S.Amdt.", bluebook: "S. Amend.", slug: "senate-amendment" },
  // Unprinted Senate amendments have no Congress.gov page of their own.
  suamdt: { display: "S.Up.Amdt.", bluebook: "S. Up. Amend.", slug: null },
};

const PREFIXES = new Map<string, AmendmentType>([
  ["hamdt", "hamdt"],
  ["hramend", "hamdt"],
  ["hamend", "hamdt"],
  ["houseamendment", "hamdt"],
  ["samdt", "samdt"],
  ["samend", "samdt"],
  ["sa", "samdt"],
  ["senateamendment", "samdt"],
  ["suamdt", "suamdt"],
  ["supamdt", "suamdt"],
  ["supamend", "suamdt"],
  ["senateunprintedamendment", "suamdt"],
]);

const CONGRESS_GOV_URL = /congress\.gov\/amendment\/(\d{1,3})(?:st|nd|rd|th)-congress\/(house|senate)-amendment\/(\d+)(?:[/?#]|$)/i;

/**
 * Reads an amendment identifier: "S.Amdt. 5", "S. Amdt. 5", "H.Amdt. 10", "SA 190", "S.Up.Amdt. 3",
 * "samdt190-115", "S.Amdt. 190, 115th Cong." and Congress.gov amendment URLs.
 *
 * @throws {IdentifierError} when the text is not an amendment identifier.
 * @example
 * ```ts
 * parseAmendmentId("samdt190-115"); // { congress: 115, type: "samdt", number: 190 }
 * ```
 */
export function parseAmendmentId(text: string, options: { congress?: number } = {}): AmendmentId {
  const input = checkedInput(text, "amendment identifier");
  const m = CONGRESS_GOV_URL.exec(input);
  if (m) {
    const number = positiveInt(m[3]) ?? fail("amendment number must be positive", text);
    const congress = positiveInt(m[1]) ?? fail("Congress must be positive", text);
    return { congress, type: m[2]!.toLowerCase() === "house" ? "hamdt" : "samdt", number };
  }
  const { type, number, congress } = readTypedNumber(input, text, PREFIXES, "amendment");
  const c = congress ?? options.congress;
  return c === undefined ? { type, number } : { congress: c, type, number };
}

/**
 * {@link parseAmendmentId} without throwing.
 *
 * @example
 * ```ts
 * safeParseAmendmentId("H.Amdt. 10").success; // true
 * ```
 */
export function safeParseAmendmentId(text: string, options: { congress?: number } = {}): SafeResult<AmendmentId, IdentifierError> {
  return safely(() => parseAmendmentId(text, options));
}

/**
 * Writes an amendment id: `display` "S.Amdt. 190", `id` "samdt190-115", `citation` "S. Amend. 190, 115th Cong.
 * (2018)", `url` the Congress.gov page.
 *
 * @throws {IdentifierError} for `url` without a Congress, or for an unprinted amendment (it has no page).
 * @example
 * ```ts
 * formatAmendmentId({ congress: 115, type: "samdt", number: 190 }, "display"); // "S.Amdt. 190"
 * ```
 */
export function formatAmendmentId(id: AmendmentId, style: AmendmentIdStyle = "display", options: { year?: number } = {}): string {
  const info = INFO[id.type];
  switch (style) {
    case "display":
      return `${info.display} ${id.number}`;
    case "id":
      return measureIdForm(id.type, id.number, id.congress);
    case "citation":
      return measureCitation(info.bluebook, id.number, id.congress, options.year);
    case "url":
      if (id.congress === undefined) throw new IdentifierError("the url of an amendment needs its Congress", formatAmendmentId(id));
      if (info.slug === null) throw new IdentifierError("unprinted Senate amendments have no Congress.gov page", formatAmendmentId(id));
      return `https://www.congress.gov/amendment/${ordinal(id.congress)}-congress/${info.slug}/${id.number}`;
    default:
      throw new IdentifierError(`unknown amendment id style "${String(style)}"`, String(style));
  }
}

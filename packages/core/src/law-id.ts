import { IdentifierError, type SafeResult } from "./errors.js";
import { checkedInput, fail, safely } from "./_lib/measure-id.js";
import { positiveInt } from "./_lib/text.js";

/** A public or private law: "Pub. L. No. 115-164" is `{ type: "public", congress: 115, number: 164 }`. */
export interface LawId {
  type: "public" | "private";
  congress: number;
  number: number;
}

/** The styles {@link formatLawId} writes. */
export type LawIdStyle = "display" | "id" | "citation" | "url" | "uslm";

// Public Law 115-164 · Pub. L. No. 115-164 · Pub.L. 115-164 · P.L. 115-164 · PL 115-164 · pl115-164
// Private Law 112-1 · Priv. L. No. 112-1 · Pvt. L. 112-1 · pvtl112-1
const WRITTEN =
  /^(?:(public\s+law|pub\.?\s*l\.?|p\.?\s*l\.?)|(private\s+law|priv\.?\s*l\.?|pvt\.?\s*l\.?))\s*(?:no\.?\s*)?(\d{1,3})\s*-\s*(\d{1,5})\.?$/i;
// PLAW-115publ164 (GovInfo), 113publ121 (file names), 112pvtl001
const GOVINFO = /(?<![A-Za-z0-9])(?:PLAW-)?(\d{1,3})(publ|pvtl)(\d{1,5})(?![0-9])/i;
// /us/pl/115/164, /us/pvtl/112/1 (USLM references)
const USLM = /^\/?us\/(pl|pvtl)\/(\d{1,3})\/(\d{1,5})(?:\/[\w.-]*)*$/i;

function make(isPublic: boolean, congress: string, number: string, input: string): LawId {
  const c = positiveInt(congress) ?? fail(`Congress must be a positive whole number, not "${congress}"`, input);
  const n = positiveInt(number) ?? fail(`law number must be a positive whole number, not "${number}"`, input);
  return { type: isPublic ? "public" : "private", congress: c, number: n };
}

/**
 * Reads a public or private law identifier: "Pub. L. No. 115-164", "Public Law 115–164", "P.L. 115-164",
 * "pl115-164", "Private Law 112-1", GovInfo package ids ("PLAW-115publ164") and USLM paths ("/us/pl/115/164").
 *
 * @throws {IdentifierError} when the text is not a law identifier.
 * @example
 * ```ts
 * parseLawId("Public Law 115–164"); // { type: "public", congress: 115, number: 164 }
 * ```
 */
export function parseLawId(text: string): LawId {
  const input = checkedInput(text, "law identifier");
  let m = WRITTEN.exec(input);
  if (m) return make(m[1] !== undefined, m[3]!, m[4]!, text);
  m = USLM.exec(input);
  if (m) return make(m[1]!.toLowerCase() === "pl", m[2]!, m[3]!, text);
  m = GOVINFO.exec(input);
  if (m) return make(m[2]!.toLowerCase() === "publ", m[1]!, m[3]!, text);
  return fail(`not a public or private law identifier: "${text}"`, text);
}

/**
 * {@link parseLawId} without throwing.
 *
 * @example
 * ```ts
 * safeParseLawId("P.L. 115-164").success; // true
 * ```
 */
export function safeParseLawId(text: string): SafeResult<LawId, IdentifierError> {
  return safely(() => parseLawId(text));
}

/**
 * Writes a law id in one style:
 * - `display`: "Public Law 115-164";
 * - `id`: "pl115-164" / "pvtl112-1";
 * - `citation`: Bluebook, "Pub. L. No. 115-164", with the Statutes at Large page and year when given:
 *   "Pub. L. No. 115-164, 132 Stat. 1253 (2018)";
 * - `url`: the law on GovInfo;
 * - `uslm`: "/us/pl/115/164".
 *
 * @example
 * ```ts
 * formatLawId({ type: "public", congress: 115, number: 164 }, "citation", { stat: { volume: 132, page: 1253 }, year: 2018 });
 * // "Pub. L. No. 115-164, 132 Stat. 1253 (2018)"
 * ```
 */
export function formatLawId(
  id: LawId,
  style: LawIdStyle = "display",
  options: { stat?: { volume: number; page: number }; year?: number } = {},
): string {
  const isPublic = id.type === "public";
  switch (style) {
    case "display":
      return `${isPublic ? "Public" : "Private"} Law ${id.congress}-${id.number}`;
    case "id":
      return `${isPublic ? "pl" : "pvtl"}${id.congress}-${id.number}`;
    case "citation": {
      const stat = options.stat ? `, ${options.stat.volume} Stat. ${options.stat.page}` : "";
      const year = options.year === undefined ? "" : ` (${options.year})`;
      return `${isPublic ? "Pub." : "Priv."} L. No. ${id.congress}-${id.number}${stat}${year}`;
    }
    case "url":
      return `https://www.govinfo.gov/app/details/PLAW-${id.congress}${isPublic ? "publ" : "pvtl"}${id.number}`;
    case "uslm":
      return `/us/${isPublic ? "pl" : "pvtl"}/${id.congress}/${id.number}`;
    default:
      throw new IdentifierError(`unknown law id style "${String(style)}"`, String(style));
  }
}


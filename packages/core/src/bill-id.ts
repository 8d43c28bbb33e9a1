import { BILL_TYPE_INFO, type BillType, isBillType } from "./bill-types.js";
import { ordinal } from "./calendar.js";
import { IdentifierError, type SafeResult } from "./errors.js";
import { checkedInput, fail, measureCitation, measureIdForm, readTypedNumber, safely } from "./_lib/measure-id.js";
import { positiveInt } from "./_lib/text.js";

/** A bill or resolution: its type, its number and, when known, its Congress. */
export interface BillId {
  congress?: number;
  type: BillType;
  number: number;
}

/** The styles {@link formatBillId} writes. */
export type BillIdStyle = "display" | "id" | "citation" | "url" | "uslm";

/** Every way people and sources spell the bill type before the number, reduced to its letters. */
const PREFIXES = new Map<string, BillType>([
  ["hr", "hr"],
  ["housebill", "hr"],
  ["s", "s"],
  ["senatebill", "s"],
  ["hres", "hres"],
  ["hrres", "hres"],
  ["houseresolution", "hres"],
  ["sres", "sres"],
  ["senateresolution", "sres"],
  ["hjres", "hjres"],
  ["hrjres", "hjres"],
  ["housejointresolution", "hjres"],
  ["sjres", "sjres"],
  ["senatejointresolution", "sjres"],
  ["hconres", "hconres"],
  ["hrconres", "hconres"],
  ["houseconcurrentresolution", "hconres"],
  ["sconres", "sconres"],
  ["senateconcurrentresolution", "sconres"],
]);

const SLUGS = new Map<string, BillType>(Object.values(BILL_TYPE_INFO).map((t) => [t.slug, t.code]));

// https://www.congress.gov/bill/115th-congress/house-bill/1865/text?format=txt
const CONGRESS_GOV_URL = /congress\.gov\/bill\/(\d{1,3})(?:st|nd|rd|th)-congress\/([a-z-]+)\/(\d+)(?:[/?#]|$)/i;
// /us/bill/115/hr/1865, /us/bill/114/s/32/s2 (a USLM reference, possibly to a part of the bill)
const USLM_PATH = /^\/?us\/bill\/(\d{1,3})\/([a-z]+)\/(\d+)(?:\/[\w.-]*)*$/i;
// BILLS-115hr1865enr (GovInfo package), BILLSTATUS-115hr1865.xml (bulk data file name), inside paths and URLs too
const GOVINFO_NAME = /(?<![A-Za-z])BILLS(?:TATUS)?-(\d{1,3})([a-z]+?)(\d+)([a-z]*)(?![A-Za-z0-9])/i;

function make(type: BillType, number: number, congress: number | undefined): BillId {
  return congress === undefined ? { type, number } : { congress, type, number };
}

function readNumber(digits: string, input: string): number {
  return positiveInt(digits) ?? fail(`bill number must be a positive whole number, not "${digits}"`, input);
}

function readCongress(digits: string, input: string): number {
  return positiveInt(digits) ?? fail(`Congress must be a positive whole number, not "${digits}"`, input);
}

function typeFromCode(code: string, input: string): BillType {
  const lower = code.toLowerCase();
  return isBillType(lower) ? lower : fail(`unknown bill type "${code}"`, input);
}

/**
 * Reads a bill or resolution identifier in any spelling people and sources use: "H.R. 1865", "H. R. 1865",
 * "HR1865", "hr 1865", "hr1865-115", "H.R.1865 (115th)", "H.R. 1865, 115th Cong.", "House Resolution 755",
 * "Senate Bill 1693", "S.Res. 377", "SRES 377", "S. J. Res. 14", "H.Con.Res. 18", Congress.gov bill URLs (any tab),
 * GovInfo package ids ("BILLS-115hr1865enr"), BILLSTATUS file names and USLM paths ("/us/bill/115/hr/1865").
 *
 * @param options.congress - the Congress to assume when the text does not state one.
 * @throws {IdentifierError} for an unknown prefix, a missing or zero number, or an empty string.
 * @example
 * ```ts
 * parseBillId("H.R. 1865, 115th Cong."); // { congress: 115, type: "hr", number: 1865 }
 * parseBillId("S.J.Res. 14"); // { type: "sjres", number: 14 }
 * parseBillId("S. 1693", { congress: 115 }); // { congress: 115, type: "s", number: 1693 }
 * ```
 */
export function parseBillId(text: string, options: { congress?: number } = {}): BillId {
  const input = checkedInput(text, "bill identifier");

  let m = CONGRESS_GOV_URL.exec(input);
  if (m) {
    const type = SLUGS.get(m[2]!.toLowerCase()) ?? fail(`unknown Congress.gov bill type "${m[2]!}"`, text);
    return make(type, readNumber(m[3]!, text), readCongress(m[1]!, text));
  }
  m = USLM_PATH.exec(input);
  if (m) return make(typeFromCode(m[2]!, text), readNumber(m[3]!, text), readCongress(m[1]!, text));
  m = GOVINFO_NAME.exec(input);
  if (m) return make(typeFromCode(m[2]!, text), readNumber(m[3]!, text), readCongress(m[1]!, text));

  const { type, number, congress } = readTypedNumber(input, text, PREFIXES, "bill");
  return make(type, number, congress ?? options.congress);
}

/**
 * {@link parseBillId} without throwing: the id, or the error saying why the text is not one.
 *
 * @example
 * ```ts
 * safeParseBillId("H.X. 1").success; // false
 * ```
 */
export function safeParseBillId(text: string, options: { congress?: number } = {}): SafeResult<BillId, IdentifierError> {
  return safely(() => parseBillId(text, options));
}

function needCongress(id: BillId, style: string): number {
  if (id.congress === undefined) {
    throw new IdentifierError(`the ${style} form of a bill needs its Congress`, formatBillId(id, "display"));
  }
  return id.congress;
}

/**
 * Writes a bill id in one style:
 * - `display`: "H.R. 1865", "S.Res. 377", "H.J.Res. 31", "S.Con.Res. 3" (Congress.gov's form);
 * - `id`: "hr1865-115" (the unitedstates/congress form; "hr1865" without a Congress);
 * - `citation`: the Bluebook form, "H.R. 1865, 115th Cong. (2018)" when `options.year` is given;
 * - `url`: the Congress.gov page (`options.tab` adds a tab such as "text" or "all-actions");
 * - `uslm`: the USLM reference path "/us/bill/115/hr/1865".
 *
 * @throws {IdentifierError} when the style needs the Congress (`url`, `uslm`) and the id has none.
 * @example
 * ```ts
 * const id = { congress: 115, type: "hr", number: 1865 } as const;
 * formatBillId(id, "display"); // "H.R. 1865"
 * formatBillId(id, "citation", { year: 2018 }); // "H.R. 1865, 115th Cong. (2018)"
 * formatBillId(id, "url"); // "https://www.congress.gov/bill/115th-congress/house-bill/1865"
 * ```
 */
export function formatBillId(id: BillId, style: BillIdStyle = "display", options: { year?: number; tab?: string } = {}): string {
  const info = BILL_TYPE_INFO[id.type];
  switch (style) {
    case "display":
      return `${info.display} ${id.number}`;
    case "id":
      return measureIdForm(id.type, id.number, id.congress);
    case "citation":
      return measureCitation(info.bluebook, id.number, id.congress, options.year);
    case "url": {
      const congress = needCongress(id, "url");
      const tab = options.tab ? `/${encodeURIComponent(options.tab)}` : "";
      return `https://www.congress.gov/bill/${ordinal(congress)}-congress/${info.slug}/${id.number}${tab}`;
    }
    case "uslm":
      return `/us/bill/${needCongress(id, "uslm")}/${id.type}/${id.number}`;
    default:
      throw new IdentifierError(`unknown bill id style "${String(style)}"`, String(style));
  }
}

import { ordinal } from "../calendar.js";
import { IdentifierError, type SafeResult } from "../errors.js";
import { MAX_ID_LENGTH, normalizeIdText, positiveInt, readCongressSuffix } from "./text.js";

// Shared by bills and amendments, which are written the same way: a typed prefix, a number, an optional Congress.

// H.R. 1865 · S. J. Res. 14 · House Resolution 755 · hr1865-115 · S.Amdt. 190, 115th Cong. (2018)
const TYPED_NUMBER = /^([A-Za-z][A-Za-z.\s]*?)\s*(?:No\.?\s*)?(\d+)(.*)$/s;

export function fail(reason: string, input: string): never {
  throw new IdentifierError(reason, input);
}

/** Checks the raw input of a `parseX` function and returns it normalised. */
export function checkedInput(text: unknown, what: string): string {
  if (typeof text !== "string") fail(`${what} must be a string`, String(text));
  if (text.length > MAX_ID_LENGTH) fail(`${what} is at most ${MAX_ID_LENGTH} characters`, text.slice(0, 40) + "…");
  const input = normalizeIdText(text);
  if (input === "") fail(`empty ${what}`, text);
  return input;
}

/** Reads "<prefix> <number> <congress suffix>" with a table of prefixes (reduced to lower-case letters). */
export function readTypedNumber<T>(
  input: string,
  original: string,
  prefixes: ReadonlyMap<string, T>,
  what: string,
): { type: T; number: number; congress: number | undefined } {
  const m = TYPED_NUMBER.exec(input);
  if (!m) fail(/\d/.test(input) ? `no ${what} type in "${original}"` : `no ${what} number in "${original}"`, original);
  const type = prefixes.get(m[1]!.replace(/[^A-Za-z]/g, "").toLowerCase()) ?? fail(`unknown ${what} type "${m[1]!.trim()}"`, original);
  const number = positiveInt(m[2]) ?? fail(`${what} number must be a positive whole number, not "${m[2]!}"`, original);
  const congress = readCongressSuffix(m[3]!);
  if (congress === null) fail(`unexpected text after the ${what} number: "${m[3]!.trim()}"`, original);
  return { type, number, congress };
}

/** The id form "hr1865-115" ("hr1865" without a Congress). */
export function measureIdForm(type: string, number: number, congress: number | undefined): string {
  return congress === undefined ? `${type}${number}` : `${type}${number}-${congress}`;
}

/** The Bluebook form "H.R. 1865, 115th Cong. (2018)", with what is known of the Congress and year. */
export function measureCitation(abbreviation: string, number: number, congress: number | undefined, year: number | undefined): string {
  const base = `${abbreviation} ${number}`;
  if (congress === undefined) return base;
  return `${base}, ${ordinal(congress, "bluebook")} Cong.${year === undefined ? "" : ` (${year})`}`;
}

/** Runs a parser and turns its IdentifierError into a failed SafeResult. */
export function safely<T>(parse: () => T): SafeResult<T, IdentifierError> {
  try {
    return { success: true, data: parse() };
  } catch (error) {
    if (error instanceof IdentifierError) return { success: false, error };
    throw error;
  }
}

/** Hyphen-like characters people and the GPO use in numbers such as "115–164": hyphen, non-breaking hyphen, dashes, minus. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SPACES = /[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g;

/** Folds dashes to "-" and exotic spaces to " ", and trims: the first step of every identifier parser. */
export function normalizeIdText(text: string): string {
  return text.replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** Identifiers are short; anything longer is refused before any pattern runs on it. */
export const MAX_ID_LENGTH = 512;

/** Reads a positive whole number written in decimal digits, or returns null. */
export function positiveInt(digits: string | undefined): number | null {
  if (digits === undefined || !/^\d{1,9}$/.test(digits)) return null;
  const n = Number(digits);
  return n > 0 ? n : null;
}

/**
 * The tail people write after a measure's number to say its Congress: "-115", "(115th)", ", 115th Cong.",
 * ", 115th Cong., 2d Sess. (2018)", " of the 115th Congress". Group 1 or 2 is the Congress.
 */
export const CONGRESS_SUFFIX =
  /^(?:-\s*(\d{1,3})|,?\s*\(?\s*(?:of\s+the\s+)?(\d{1,3})(?:st|nd|rd|th|d)\s*(?:congress|cong\.?)?\s*(?:,?\s*\d(?:st|nd|rd|th|d)\s*(?:session|sess\.?))?\s*\)?\s*(?:\(\s*\d{4}\s*\))?)\s*\.?$/i;

/** Reads a Congress suffix: undefined when there is none, null when there is text that is not one. */
export function readCongressSuffix(rest: string): number | undefined | null {
  const tail = rest.trim();
  if (tail === "" || tail === ".") return undefined;
  const m = CONGRESS_SUFFIX.exec(tail);
  if (!m) return null;
  return positiveInt(m[1] ?? m[2]);
}

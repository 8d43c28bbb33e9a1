import type { NameEntry } from "@civickit/citations";
import type { Bill } from "./model.js";

// Titles that describe rather than name ("To amend the Communications Act of 1934 to clarify…", "Providing for
// consideration of…") are not names a text would use.
const DESCRIPTIVE = /^(?:To |A bill |A resolution |A joint resolution |A concurrent resolution |Providing |Expressing |Authorizing |Making |Relating |Supporting |Recognizing |Designating |Requesting )/;

/**
 * Every name of the bill — its short and popular titles, and the titles of its related bills — each pointing at its
 * bill: the entries `createNameIndex` of @civickit/citations takes, so that a text naming "the Stop Enabling Sex
 * Traffickers Act" resolves to S. 1693 (115th).
 *
 * @example
 * ```ts
 * const names = createNameIndex(billNames(parseBillStatusXml(xml)));
 * extractCitations("the Stop Enabling Sex Traffickers Act", { names })[0].bill; // { congress: 115, billType: "s", number: 1693 }
 * ```
 */
export function billNames(bill: Bill): NameEntry[] {
  const out: NameEntry[] = [];
  const seen = new Set<string>();
  const add = (name: string | null, billId: string) => {
    if (!name) return;
    const clean = name.replace(/\s+/g, " ").replace(/[.;]$/, "").trim();
    const key = `${clean.toLowerCase()}|${billId}`;
    if (!clean || clean.length > 200 || DESCRIPTIVE.test(clean) || seen.has(key)) return;
    seen.add(key);
    out.push({ name: clean, bill: billId });
  };
  for (const t of bill.titles) if (!/official title/i.test(t.type)) add(t.text, bill.id);
  if (!/^(To |A bill)/.test(bill.title)) add(bill.title, bill.id);
  for (const related of bill.relatedBills) add(related.title, related.id);
  return out;
}

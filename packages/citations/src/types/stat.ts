// The Statutes at Large: "132 Stat. 1253". Not the running heads of slip laws ("132 STAT. 1253"), which are page numbers.
import type { Draft, StatCitation } from "../model.js";
import { execAt } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

// "100 Stat. 3207–79": omnibus laws number some pages with a suffix.
const STAT = /(\d{1,3})[ \n\u00a0\u2009\u202f]Stat\.[ \n\u00a0\u2009\u202f]?(\d{1,5})(?:[-–](\d{1,4})(?![\d–-]))?(?![\d])/y;

export function parseStatAt(scan: Scan, at: number): number {
  const m = execAt(STAT, scan.text, at);
  if (!m) return -1;
  const end = at + m[0].length;
  const d: Draft<StatCitation> = { type: "stat", match: m[0], start: at, end, id: "", cite: "", volume: Number(m[1]), page: Number(m[2]) };
  if (m[3] !== undefined) d.pageSuffix = m[3];
  scan.found.push(d);
  return end;
}

const page = (c: { page: number; pageSuffix?: string }): string => (c.pageSuffix === undefined ? String(c.page) : `${String(c.page)}-${c.pageSuffix}`);
/** "132 Stat. 1253", "112 Stat. 2681-739": a page of the Statutes at Large, as a citation or a law's `stat` gives it. */
export const statText = (c: { volume: number; page: number; pageSuffix?: string }): string => `${String(c.volume)} Stat. ${page(c)}`;
export const statId = (c: StatCitation): string => `stat/${String(c.volume)}/${page(c)}`;
export const statBluebook = (c: StatCitation): string => statText(c);
export const statUrl = (c: StatCitation): string => `https://www.govinfo.gov/link/statute/${String(c.volume)}/${String(c.page)}`;

// Cases in the reporters: "199 F. Supp. 3d 125 (D.D.C. 2016)", "United States v. Mead Corp., 533 U. S. 218 (2001)",
// "570 U. S. ___ (2013)". The match is volume, reporter and page; the pin cite, court, year and a preceding case name
// are read into fields. Never a reporter made of a word between two numbers ("45 and 46").
import type { CaseCitation, Draft } from "../model.js";
import { REPORTERS } from "../data/reporters.js";
import { execAt } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const TOKEN = "(?:[A-Z][A-Za-z.'’]{0,9}|\\d(?:d|th)(?![A-Za-z]))";
const CASE = new RegExp(`(\\d{1,4})[ \\n\\u00a0\\u2009\\u202f](${TOKEN}(?:[ \\n\\u00a0\\u2009\\u202f]?(?:${TOKEN}|&)){0,4}?)[ \\n\\u00a0\\u2009\\u202f](\\d{1,7}|_{2,}|-{3,})(?![A-Za-z\\d])`, "y");
// ", 226", ", 120–121", ", 500, 504", ", ___": pin cites, read into a field.
const PIN = /,[ \n\u00a0\u2009\u202f]?((?:\d{1,5}(?:[-–]\d{1,5})?|_{2,})(?:,[ \n\u00a0\u2009\u202f]?(?:\d{1,5}(?:[-–]\d{1,5})?|n\.[ \n\u00a0\u2009\u202f]?\d{1,3}))*)(?=[ \u00a0,;.)(\n]|$)/y;
// "795 F.3d at 129–30": a short cite of a case by volume and reporter, pointing at a page.
const SHORT_PAGE = /[ \n\u00a0\u2009\u202f]at[ \n\u00a0\u2009\u202f](\d{1,5}(?:[-–]\d{1,5})?)(?![\d])/y;
const SHORT_CASE = new RegExp(`(\\d{1,4})[ \\n\\u00a0\\u2009\\u202f](${TOKEN}(?:[ \\n\\u00a0\\u2009\\u202f]?(?:${TOKEN}|&)){0,4}?)(?=[ \\n\\u00a0\\u2009\\u202f]at[ \\n\\u00a0\\u2009\\u202f]\\d)`, "y");
const PAREN = /[ \n\u00a0\u2009\u202f]?\(([^()\n]{0,50}?)[ \n\u00a0\u2009\u202f]?(\d{4})\)/y;
const STOP = new Set(["see", "cf.", "but", "e.g.,", "accord", "also", "quoting", "citing", "in", "and", "or", "the", "under", "as", "with", "after", "held", "that", "per", "compare"]);
const CONNECTORS = new Set(["of", "the", "and", "&", "for", "ex", "rel.", "de", "la", "von", "in", "on", "re", "to"]);

/** "United States v. Mead Corp." when the text before the volume (ending in ", ") names a case. */
function caseNameBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 160);
  const window = text.slice(from, start);
  const comma = /,[ \n\u00a0\u2009\u202f]*$/.exec(window);
  if (!comma) return null;
  const body = window.slice(0, comma.index);
  const v = body.lastIndexOf(" v. ");
  if (v < 0 || /[;:()]|\.\s[A-Z][a-z]+\s[a-z]/.test(body.slice(v + 4))) return null;
  const words = body.slice(0, v).split(/[ \u00a0\n]+/);
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && taken < 8; i--) {
    const w = words[i] as string;
    if (!w) break;
    const lower = w.toLowerCase();
    if (STOP.has(lower) && !(taken > 0 && CONNECTORS.has(lower))) break;
    if (/[;:()“”"]|,$/.test(w)) break;
    if (!/^[A-Z0-9]/.test(w) && !CONNECTORS.has(lower)) break;
    taken++;
  }
  while (taken > 0 && CONNECTORS.has((words[words.length - taken] ?? "").toLowerCase())) taken--;
  if (taken === 0) return null;
  return (words.slice(words.length - taken).join(" ") + body.slice(v)).trim();
}

export function parseCaseAt(scan: Scan, at: number): number {
  const { text } = scan;
  const m = execAt(CASE, text, at);
  if (!m) return parseShortCaseAt(scan, at);
  const reporter = m[2] as string;
  const standard = REPORTERS.get(reporter.replace(/[ \n\u00a0\u2009\u202f]/g, "").replace(/’/g, "'"));
  if (standard === undefined) return -1;
  const end = at + m[0].length;
  const pageText = m[3] as string;
  let i = end;
  const pin = execAt(PIN, text, i);
  if (pin) i += pin[0].length;
  const paren = execAt(PAREN, text, i);
  const year = paren ? Number(paren[2]) : null;
  const court = paren ? (paren[1] as string).trim().replace(/,$/, "") || null : null;
  scan.found.push({
    type: "case",
    match: m[0],
    start: at,
    end,
    id: "",
    cite: "",
    volume: Number(m[1]),
    reporter,
    reporterStandard: standard,
    page: /^\d/.test(pageText) ? Number(pageText) : null,
    pinCite: pin ? (pin[1] as string) : null,
    court,
    year: year !== null && year >= 1750 && year <= 2100 ? year : null,
    caseName: caseNameBefore(text, at),
  } satisfies Draft<CaseCitation>);
  return end;
}

function parseShortCaseAt(scan: Scan, at: number): number {
  const { text } = scan;
  const m = execAt(SHORT_CASE, text, at);
  if (!m) return -1;
  const reporter = m[2] as string;
  const standard = REPORTERS.get(reporter.replace(/[ \n\u00a0\u2009\u202f]/g, "").replace(/’/g, "'"));
  if (standard === undefined) return -1;
  const page = execAt(SHORT_PAGE, text, at + m[0].length) as RegExpExecArray;
  const end = at + m[0].length + page[0].length;
  scan.found.push({
    type: "case", match: text.slice(at, end), start: at, end, id: "", cite: "", volume: Number(m[1]), reporter, reporterStandard: standard,
    page: null, pinCite: page[1] as string, court: null, year: null, caseName: null,
  } satisfies Draft<CaseCitation>);
  return end;
}

export const caseId = (c: CaseCitation): string => `case/${String(c.volume)}/${c.reporterStandard.replace(/ /g, "")}/${c.page === null ? "___" : String(c.page)}`;

export function caseBluebook(c: CaseCitation): string {
  let out = `${String(c.volume)} ${c.reporterStandard} ${c.page === null ? "___" : String(c.page)}`;
  if (c.pinCite) out += `, ${c.pinCite}`;
  const paren = [c.court, c.year === null ? null : String(c.year)].filter((x) => x !== null).join(" ");
  if (paren) out += ` (${paren})`;
  return c.caseName ? `${c.caseName}, ${out}` : out;
}

export const caseShort = (c: CaseCitation): string => `${String(c.volume)} ${c.reporterStandard} at ${c.pinCite ?? (c.page === null ? "___" : String(c.page))}`;

export const caseUrl = (c: CaseCitation): string =>
  `https://www.courtlistener.com/c/${encodeURIComponent(c.reporterStandard)}/${String(c.volume)}/${c.page === null ? "" : `${String(c.page)}/`}`;

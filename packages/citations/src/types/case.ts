// Cases in the reporters: "199 F. Supp. 3d 125 (D.D.C. 2016)", "United States v. Mead Corp., 533 U. S. 218 (2001)",
// "570 U. S. ___ (2013)". The match is volume, reporter and page; the pin cite, court, year and a preceding case name
// are read into fields. Never a reporter made of a word between two numbers ("45 and 46").
import type { CaseCitation, Draft } from "../model.js";
import { REPORTERS } from "../data/reporters.js";
import { execAt, isCiteSpace, isDigitCode, leadingNumber } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

// Between the volume and the reporter: a space, or a line break and the next line's indent, as opinions printed from
// their slip form break "539⏎  U. S. 306".
const VOLUME_SEP = "(?:[ \\n\\u00a0\\u2009\\u202f]|\\n[ \\u00a0]{1,8})";
const TOKEN = "(?:[A-Z][A-Za-z.'’]{0,9}|\\d(?:d|th)(?![A-Za-z]))";
// Volume, reporter, an early nominative reporter in parentheses ("5 U.S. (1 Cranch) 137"), page.
const CASE = new RegExp(`(\\d{1,4})${VOLUME_SEP}(${TOKEN}(?:[ \\n\\u00a0\\u2009\\u202f]?(?:${TOKEN}|&)){0,4}?)(?:[ \\n\\u00a0\\u2009\\u202f]\\(\\d{1,3}[ \\n\\u00a0\\u2009\\u202f][A-Z][A-Za-z.]{1,12}\\))?[ \\n\\u00a0\\u2009\\u202f](\\d{1,7}|_{2,}|-{3,})(?![A-Za-z\\d])`, "y");
// One pin cite: "226", "120–121", "2 n.3", "*3" (a page of a database cite), "___".
const PIN_ONE = "(?:\\*?\\d{1,5}(?:[-–]\\*?\\d{1,5})?(?:[ \\u00a0]nn?\\.[ \\u00a0]?\\d{1,3}(?:[-–]\\d{1,3})?)?|_{2,}|nn?\\.[ \\u00a0]?\\d{1,3})";
// ", 226", ", 120–121", ", 500, 504", ", at *3", ", ___": pin cites, read into a field.
const PIN = new RegExp(`,[ \\n\\u00a0\\u2009\\u202f]?(?:at[ \\n\\u00a0\\u2009\\u202f](?=\\*?\\d))?(${PIN_ONE}(?:,[ \\n\\u00a0\\u2009\\u202f]?${PIN_ONE})*)(?=[ \\u00a0,;.)(\\n]|$)`, "y");
// "795 F.3d at 129–30", "410 U.S., at 116": a short cite of a case by volume and reporter, pointing at a page.
const SHORT_PAGE = /,?[ \n\u00a0\u2009\u202f]at[ \n\u00a0\u2009\u202f](\d{1,5}(?:[-–]\d{1,5})?)(?![\d])/y;
const SHORT_CASE = new RegExp(`(\\d{1,4})${VOLUME_SEP}(${TOKEN}(?:[ \\n\\u00a0\\u2009\\u202f]?(?:${TOKEN}|&)){0,4}?)(?=,?[ \\n\\u00a0\\u2009\\u202f]at[ \\n\\u00a0\\u2009\\u202f]\\d)`, "y");
const PAREN = /[ \n\u00a0\u2009\u202f]?\(([^()\n]{0,50}?)[ \n\u00a0\u2009\u202f]?(\d{4})\)/y;
// A parenthetical with a court and no year, before subsequent history: "(2d Cir.), cert. denied".
const COURT_ONLY = /[ \n\u00a0\u2009\u202f]?\(([A-Z0-9][A-Za-z0-9.'’ \u00a0]{0,38}\.)\)/y;
// The date of a decision written into the parenthetical before its year: "(S.D.N.Y. Mar. 1, 2015)".
const COURT_DATE = /[ \u00a0](?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?[ \u00a0]\d{1,2},?$/;
// What lies between the members of a parallel citation: the pin cites of the one before and ", ".
const BETWEEN_PARALLEL = /^(?:,[ \n\u00a0\u2009\u202f]?(?:at[ \n\u00a0\u2009\u202f])?\*?\d{1,5}(?:[-–]\*?\d{1,5})?)*,[ \n\u00a0\u2009\u202f]?$/;
const PROCEDURAL = /(?:^|[ \n\u00a0\u2009\u202f(])((?:In[ \n\u00a0\u2009\u202f]re|Ex[ \n\u00a0\u2009\u202f]parte|In[ \n\u00a0\u2009\u202f]the[ \n\u00a0\u2009\u202f]Matter[ \n\u00a0\u2009\u202f]of|Matter[ \n\u00a0\u2009\u202f]of)[ \n\u00a0\u2009\u202f][A-Z0-9][^;:()“”",]{0,60})$/;
const STOP = new Set(["see", "cf.", "but", "e.g.,", "accord", "also", "quoting", "citing", "in", "and", "or", "the", "under", "as", "with", "after", "held", "that", "per", "compare", "court"]);
// "and" is no connector: names write "&" ("Detroit Timber & Lumber Co."), and "in Grutter and Regents of Univ. of Cal.
// v. Bakke" names two cases.
const CONNECTORS = new Set(["of", "the", "&", "for", "ex", "rel.", "de", "la", "von", "in", "on", "re", "to"]);
// A company's suffix after a comma keeps the comma inside the name: "Adarand Constructors, Inc. v. Peña".
const SUFFIXES = new Set(["Inc.", "Co.", "Corp.", "Ltd.", "L.L.C.", "LLC", "L.P.", "LP", "N.A.", "P.C.", "P.A.", "Cos.", "Bros."]);

/**
 * "United States v. Mead Corp." when the text before the volume names a case: "… v. …, " (or "… v. … " with no comma,
 * as some write it). The plaintiff's words are read back from "v." while they are capitalised (or small connecting
 * words); a lower-case word right before "v." is taken alone ("lissner v. test").
 */
function caseNameBefore(text: string, start: number): string | null {
  const from = Math.max(0, start - 160);
  const window = text.slice(from, start);
  const comma = /,?[ \n\u00a0\u2009\u202f]+$/.exec(window);
  if (!comma) return null;
  const body = window.slice(0, comma.index);
  const v = lastVersus(body);
  // "In re Grand Jury Subpoena, 123 F.3d 456", "Ex parte Young, 209 U.S. 123": a name with no "v.", after the last one.
  const procedural = comma[0].startsWith(",") ? PROCEDURAL.exec(body) : null;
  if (procedural && procedural.index >= v) return tidyName(procedural[1] as string);
  if (v < 0) return null;
  const defendant = body.slice(v + 4);
  // A defendant with a citation inside ("Jones, 123 F.3d 456, aff'd") is an earlier citation and its history, not a
  // name; nor one with a sentence inside ("Jones. The statute was …"), though an abbreviation may come before "of"
  // ("Six Unknown Named Agents of Fed. Bureau of Narcotics").
  if (/[;:()]|\.\s[A-Z][a-z]+\s(?!of\s)[a-z]|,[ \n\u00a0]\d/.test(defendant)) return null;
  // Without a comma the defendant must be short, so that prose is not taken for a name.
  if (!comma[0].startsWith(",") && (defendant.split(/[ \u00a0\n]+/).length > 4 || /[.,]$/.test(defendant))) return null;
  // A name never runs across a blank line (a page's running head above it: "Opinion of the Court⏎⏎Parents Involved …").
  const plaintiff = body.slice(0, v);
  const blank = plaintiff.lastIndexOf("\n\n");
  let cut = blank >= 0 ? blank + 2 : 0;
  // Nor does it take a footnote's number on a line of its own above it ("10⏎NetCoalition v. SEC").
  for (const m of plaintiff.matchAll(NUMBER_LINE)) cut = Math.max(cut, m.index + m[0].length);
  const words = plaintiff.slice(cut).split(/[ \u00a0\n]+/);
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && taken < 8; i--) {
    const w = words[i] as string;
    if (!w) break;
    const lower = w.toLowerCase();
    if (STOP.has(lower) && !(taken > 0 && CONNECTORS.has(lower))) break;
    if (/[;:()“”"]/.test(w) || (w.endsWith(",") && !(taken > 0 && SUFFIXES.has(words[i + 1] as string)))) break;
    if (!/^[A-Z0-9]/.test(w) && !CONNECTORS.has(lower)) {
      if (taken === 0 && /^[a-z][a-z'’.-]*$/.test(w)) taken = 1;
      break;
    }
    taken++;
  }
  while (taken > 0 && CONNECTORS.has((words[words.length - taken] ?? "").toLowerCase())) taken--;
  if (taken === 0) return null;
  return tidyName(words.slice(words.length - taken).join(" ") + body.slice(v));
}

const NUMBER_LINE = /(?:^|\n)\d{1,4}[ \u00a0]*\n/g;

/** Where the last " v. " of `body` starts (its space), with a line break or no-break space allowed on either side; -1 if none. */
function lastVersus(body: string): number {
  for (let v = body.lastIndexOf("v."); v > 0; v = body.lastIndexOf("v.", v - 1)) {
    const a = body.charCodeAt(v - 1);
    const b = body.charCodeAt(v + 2);
    if ((a === 32 || a === 10 || a === 160) && (b === 32 || b === 10 || b === 160)) return v - 1;
  }
  return -1;
}

/** A name as one line: a word broken at a line end with a soft hyphen ("Okla\u00ad⏎homa") joined, other breaks spaces. */
function tidyName(name: string): string {
  const joined = name.includes("\u00ad") ? name.replace(/\u00ad[ \n\u00a0]*/g, "") : name;
  return /[\n\u00a0\u2009\u202f]| {2}/.test(joined) ? joined.replace(/[ \n\u00a0\u2009\u202f]+/g, " ").trim() : joined.trim();
}

/** The reporter's standard abbreviation, or undefined when what was read is no reporter. */
function standardOf(reporter: string): string | undefined {
  return REPORTERS.get(reporter.replace(/[ \n\u00a0\u2009\u202f]/g, "").replace(/’/g, "'"));
}

/**
 * The pin cites after a page, up to (not into) a parallel citation: in "410 U.S. 113, 93 S. Ct. 705" the 93 is the
 * volume of the next citation, not a page of this one. Returns the pin text and where it ends, or null.
 */
function pinAt(text: string, i: number): { pin: string; end: number } | null {
  const pin = execAt(PIN, text, i);
  if (!pin) return null;
  const body = pin[1] as string;
  const bodyStart = i + pin[0].length - body.length;
  // Pin cites are separated by commas; the first that is really the volume of a case citation ends them.
  let from = 0;
  let lastComma = -1;
  for (;;) {
    let k = from;
    while (body.charCodeAt(k) === 32 || body.charCodeAt(k) === 160) k++;
    if (caseAt(text, bodyStart + k)) return lastComma === -1 ? null : { pin: body.slice(0, lastComma), end: bodyStart + lastComma };
    const comma = body.indexOf(",", from);
    if (comma === -1) return { pin: body, end: i + pin[0].length };
    lastComma = comma;
    from = comma + 1;
  }
}

/** The case citation (volume, a known reporter, page) that starts at `at`, or null. */
function caseAt(text: string, at: number): RegExpExecArray | null {
  const c = text.charCodeAt(at);
  if (c < 48 || c > 57) return null;
  const m = execAt(CASE, text, at);
  return m !== null && standardOf(m[2] as string) !== undefined ? m : null;
}

/** The members of a parallel citation that follow the one ending (pin cites read) at `i`: where the last one ends. */
function skipParallels(text: string, i: number): number {
  for (let hops = 0; hops < 4; hops++) {
    if (text.charCodeAt(i) !== 44) return i;
    let j = i + 1;
    if (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 160 || text.charCodeAt(j) === 10) j++;
    const m = caseAt(text, j);
    if (!m) return i;
    i = j + m[0].length;
    const pin = pinAt(text, i);
    if (pin) i = pin.end;
  }
  return i;
}

/** The case citation this one is a parallel of ("410 U.S. 113, 93 S. Ct. 705": the first for the second), if any. */
function parallelBefore(scan: Scan, at: number): Draft<CaseCitation> | null {
  const last = scan.found[scan.found.length - 1];
  if (!last || last.type !== "case" || last.end > at) return null;
  return BETWEEN_PARALLEL.test(scan.text.slice(last.end, at)) ? last : null;
}

/** Court and year from the parenthetical at `i`: "(D.D.C. 2016)", "(1973)", "(2d Cir.)", "(S.D.N.Y. Mar. 1, 2015)". */
function parentheticalAt(text: string, i: number): { court: string | null; year: number | null } {
  const paren = execAt(PAREN, text, i);
  if (paren) {
    const year = Number(paren[2]);
    const court = (paren[1] as string).trim().replace(COURT_DATE, "").replace(/,$/, "").trim() || null;
    return { court, year: year >= 1750 && year <= 2100 ? year : null };
  }
  const courtOnly = execAt(COURT_ONLY, text, i);
  return { court: courtOnly ? (courtOnly[1] as string) : null, year: null };
}

/** The reporters' abbreviations, spaces removed, as a tree of characters: node → next character → node. */
interface Trie {
  end: boolean;
  next: Map<number, Trie>;
}
const TRIE: Trie = { end: false, next: new Map() };
for (const key of REPORTERS.keys()) {
  let node = TRIE;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
    node = child;
  }
  node.end = true;
}

/**
 * Whether a reporter's abbreviation starts at `i` (spaces between its parts skipped, as `standardOf` drops them): a
 * cheap look before the case patterns, which otherwise try every capitalised word after a number.
 */
function reporterAhead(text: string, i: number): boolean {
  let node = TRIE;
  for (let k = 0; k < 32; k++) {
    let c = text.charCodeAt(i + k);
    if (isCiteSpace(c)) continue;
    if (c === 8217) c = 39;
    const child = node.next.get(c);
    if (!child) return false;
    if (child.end) return true;
    node = child;
  }
  return false;
}

export function parseCaseAt(scan: Scan, at: number): number {
  const { text } = scan;
  let i = at;
  while (i < at + 4 && isDigitCode(text.charCodeAt(i))) i++;
  if (!reporterAhead(text, i + 1)) return -1;
  const m = execAt(CASE, text, at);
  if (!m) return parseShortCaseAt(scan, at);
  const reporter = m[2] as string;
  const standard = standardOf(reporter);
  if (standard === undefined) return -1;
  const end = at + m[0].length;
  const pageText = m[3] as string;
  const pin = pinAt(text, end);
  // The parenthetical closes the whole parallel citation: "410 U.S. 113, 93 S. Ct. 705 (1973)".
  const { court, year } = parentheticalAt(text, skipParallels(text, pin ? pin.end : end));
  const parallel = parallelBefore(scan, at);
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
    pinCite: pin ? pin.pin : null,
    court,
    year,
    caseName: parallel ? parallel.caseName : caseNameBefore(text, at),
  } satisfies Draft<CaseCitation>);
  return end;
}

function parseShortCaseAt(scan: Scan, at: number): number {
  const { text } = scan;
  const m = execAt(SHORT_CASE, text, at);
  if (!m) return -1;
  const reporter = m[2] as string;
  const standard = standardOf(reporter);
  if (standard === undefined) return -1;
  const page = execAt(SHORT_PAGE, text, at + m[0].length) as RegExpExecArray;
  const end = at + m[0].length + page[0].length;
  const volume = Number(m[1]);
  const full = scan.resolve ? antecedentOf(scan, at, volume, standard, leadingNumber(page[1] as string, 0)) : null;
  const draft: Draft<CaseCitation> = {
    type: "case", match: text.slice(at, end), start: at, end, id: "", cite: "", volume, reporter, reporterStandard: standard,
    page: full ? full.page : null, pinCite: page[1] as string, court: full ? full.court : null, year: full ? full.year : null, caseName: full ? full.caseName : null,
  };
  if (full) draft.shortForm = "case";
  scan.found.push(draft);
  return end;
}

/**
 * The full citation a short cite ("Grutter, 539 U. S., at 328") points at, among the earlier full citations of the
 * same volume and reporter that start at or before the page pointed at: the one whose name has the word before the
 * short cite ("Grutter"), else the one starting nearest below that page — a volume's cases follow one another, and
 * one volume holds many (Gratz, 539 U.S. 244, and Grutter, 539 U.S. 306). With none, the short cite stays unresolved.
 */
function antecedentOf(scan: Scan, at: number, volume: number, standard: string, page: number): Draft<CaseCitation> | null {
  const named = /([A-Z][A-Za-z’'.-]+),[ \n\u00a0\u2009\u202f]*$/.exec(scan.text.slice(Math.max(0, at - 40), at))?.[1];
  let nearest: Draft<CaseCitation> | null = null;
  for (let k = scan.found.length - 1; k >= 0; k--) {
    const f = scan.found[k] as Draft | { type: "shortForm" };
    if (f.type !== "case" || f.volume !== volume || f.reporterStandard !== standard || f.page === null || f.page > page || f.shortForm !== undefined) continue;
    if (named !== undefined && f.caseName?.includes(named)) return f;
    if (nearest === null || (nearest.page as number) < f.page) nearest = f;
  }
  return nearest;
}

export const caseId = (c: CaseCitation): string => `case/${String(c.volume)}/${c.reporterStandard.replace(/ /g, "")}/${c.page === null ? "___" : String(c.page)}`;

export function caseBluebook(c: CaseCitation): string {
  // A short cite whose first page is unknown: "410 U.S. at 116".
  if (c.page === null && c.pinCite !== null && c.match.includes(" at ")) return `${String(c.volume)} ${c.reporterStandard} at ${c.pinCite}`;
  let out = `${String(c.volume)} ${c.reporterStandard} ${c.page === null ? "___" : String(c.page)}`;
  // A database cite's pin is a star page, written "at *3".
  if (c.pinCite) out += c.pinCite.startsWith("*") ? `, at ${c.pinCite}` : `, ${c.pinCite}`;
  const paren = [c.court, c.year === null ? null : String(c.year)].filter((x) => x !== null).join(" ");
  if (paren) out += ` (${paren})`;
  return c.caseName ? `${c.caseName}, ${out}` : out;
}

export const caseShort = (c: CaseCitation): string => `${String(c.volume)} ${c.reporterStandard} at ${c.pinCite ?? (c.page === null ? "___" : String(c.page))}`;

export const caseUrl = (c: CaseCitation): string =>
  `https://www.courtlistener.com/c/${encodeURIComponent(c.reporterStandard)}/${String(c.volume)}/${c.page === null ? "" : `${String(c.page)}/`}`;

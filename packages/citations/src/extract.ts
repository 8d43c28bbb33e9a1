// The extractor. One pass finds every run of digits — every citation type but the Constitution, "Id." and named acts
// has a number in it — and decides from the word just before it (a keyword: "section", "Pub. L.", "H.R.", "§"…) or
// the token just after it (a reporter: "U.S.C.", "Stat.", "F. Supp. 3d"…) which small parser reads a bounded window
// there. Named acts, "Id." and the Constitution are found by their own cheap scans. Then overlapping finds are
// settled, short forms resolved, and ids and Bluebook forms written.
import { CivicError } from "@civickit/core/errors";
import { bluebookOf, idOf } from "./format.js";
import { CITATION_TYPES, type Citation, type CitationType, type Draft } from "./model.js";
import { defaultNameIndex, type NameIndex } from "./names.js";
import { isWholeName, noteUnknownDefinition, parseIrcSection, parseSectionOfAct, pushAcronymMentions, pushActMention } from "./types/act.js";
import { parseBillAt, parseWrittenBillAt } from "./types/bill.js";
import { parseCaseAt } from "./types/case.js";
import { parseCfrAt, parsePartOfTitle, parseTitleCfr, readItems as readCfrItems } from "./types/cfr.js";
import { parseCommitteeReportAt } from "./types/committee-report.js";
import { parseCongressionalRecordAt } from "./types/congressional-record.js";
import { parseExecutiveOrderAt } from "./types/executive-order.js";
import { parseFedRegAt } from "./types/fed-reg.js";
import { parseLawAt } from "./types/law.js";
import { parseStatAt } from "./types/stat.js";
import { parseUsConstAt } from "./types/us-const.js";
import { parseChapterOfTitle, parseOfSuchTitle, parseSectionOfTitle, parseTitleUsc, parseUscAt, pushSectionShortForms, readSectionItems, type SectionItems, type ShortFormItem } from "./types/usc.js";
import { parseVoteTallyAt, parseYeasNaysAt } from "./types/vote-tally.js";
import { isPending, pushShortForm, type PendingShortForm, type Scan } from "./_lib/scan.js";
import { resolveShortForms } from "./resolve.js";
import { execAt, isDigitCode, isCiteSpace, isLetterCode, isSpaceCode, lastWord, testAt, wordHash, wordHashBefore } from "./_lib/text.js";

/** Options of {@link extractCitations}. */
export interface ExtractOptions {
  /** Only these types (all when absent). */
  types?: readonly CitationType[];
  /** The name index that resolves acts and bills by name; the built-in acts when absent. */
  names?: NameIndex;
  /** Resolve short forms ("Id.", "§ 1595(d)", "section 230 of such Act") to the citations they refer to (default true). */
  resolve?: boolean;
}

type Handler = (scan: Scan, wordStart: number, at: number) => number;

const sectionLed = (plural: boolean, symbol: boolean): Handler => (scan, start, at) => {
  const { text } = scan;
  // "I.R.C. § 501(c)(3)", "IRC section 61".
  const irc = start > 2 ? parseIrcSection(scan, start, at, plural) : -1;
  if (irc >= 0) return irc;
  // "section 60.1 of title 40, Code of Federal Regulations"
  if (text.charCodeAt(at + 1) === 46 || text.charCodeAt(at + 2) === 46 || text.charCodeAt(at + 3) === 46) {
    const cfr = parsePartOfTitle(scan, start, at, plural);
    if (cfr >= 0) return cfr;
  }
  // A bare "§ 5" is a short form, worth reading only when a U.S. Code or CFR citation came before; unless a title or
  // an act follows ("§ 5 of title 5"), nothing else starts here.
  if (symbol && scan.codes === 0 && !ofSoon(text, at)) return -1;
  const items = readSectionItems(text, at, plural);
  if (!items) return -1;
  // What can follow — " of title 47", ", title 14", " of Public Law", " of the … Act", " of such Act" — starts so.
  if (text.charCodeAt(items.end) === 44 || (isCiteSpace(text.charCodeAt(items.end)) && text.startsWith("of", items.end + 1))) {
    const such = parseOfSuchTitle(scan, start, items, false);
    if (such >= 0) return such;
    const usc = parseSectionOfTitle(scan, start, items);
    if (usc >= 0) return usc;
    const lawAt = execAt(OF_LAW, text, items.end);
    if (lawAt) {
      const first = items.items[0];
      const end = parseLawAt(scan, items.end + lawAt[0].length, { start, sections: first ? [first.section, ...first.subsections] : [] });
      if (end >= 0) return end;
    }
    const act = parseSectionOfAct(scan, start, items);
    if (act >= 0) return act;
  }
  if (symbol && scan.resolve && scan.codes > 0) {
    if (!items.items[0]) return -1;
    // Only a word or an abbreviation right before the "§" may name another code or be "id.".
    let j = start - 1;
    while (j > 0 && isCiteSpace(text.charCodeAt(j))) j--;
    const w = text.charCodeAt(j);
    // (A lower-case word right before — "in § 60.1", "under §" — names no code: nothing to look at.)
    let k = j;
    while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
    const before = (isLetterCode(w) && text.charCodeAt(k) < 97) || w === 46 || w === 44 ? text.slice(Math.max(0, start - 48), start) : "";
    // "Mass. Gen. Laws ch. 12, § 11I", "Ala. Code § 6-5-410", "U.C.C. § 2-207": a section of another code.
    if (before && OTHER_CODE_BEFORE.test(before)) return -1;
    // "id. § 553": the section of the citation just before, whatever it was.
    const id = w === 46 ? ID_BEFORE.exec(before) : null;
    const read = shortFormItems(text, at, plural, items);
    return read ? pushSectionShortForms(scan, { kind: id ? "id" : "section" }, id ? start - id[0].length : start, read, read.end) : -1;
  }
  return -1;
};

// (On the same line: "subpart E.⏎§ 583.130" is a heading after a sentence.)
const OTHER_CODE_BEFORE =
  /(?:\b(?:Code|Laws?|Stat|Ann|Gen|Rev|Comp|Regs?|Rules?)\.?,?|\bU\.C\.C\.|\b[A-Z]\.|\b(?:ch|tit|art)\.[ \u00a0]?[0-9A-Z]{1,6},|Restatement\b[^§\n]{0,40})[ \u00a0\u2009\u202f]*$/;
const ID_BEFORE = /\b[Ii]d\.,?[ \n\u00a0\u2009\u202f]$/;

/**
 * The sections a short form names at `at` ("§ 60.2(a)", "§§ 60.3–60.5", "§§ 1594 and 1595"): read as the CFR reads
 * its sections when they have a part in them, else as the U.S. Code's (`usc`, when already read so).
 */
function shortFormItems(text: string, at: number, plural: boolean, usc?: SectionItems | null): { items: ShortFormItem[]; range: boolean; end: number } | null {
  const cfr = readCfrItems(text, at, plural);
  if (cfr?.items[0]?.section != null) return cfr;
  // (The U.S. Code's reader may reuse one result for a single section: it is read at once, before any other reading.)
  const read = usc ?? readSectionItems(text, at, plural);
  return read?.items[0] ? read : null;
}

/** After the section number and its subsections at `at`: ", " or " of" (a bounded look: 32 characters at most). */
function ofSoon(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 32);
  let i = at;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 41 || c === 45 || c === 8211) i++;
    else break;
  }
  const c = text.charCodeAt(i);
  return c === 44 || (isCiteSpace(c) && text.charCodeAt(i + 1) === 111 && text.charCodeAt(i + 2) === 102);
}

const OF_LAW = /,?[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:the[ \n\u00a0\u2009\u202f])?(?:(?:Pub(?:lic)?|Priv(?:ate)?|Pvt)\.?[ \n\u00a0\u2009\u202f]*(?:Law|L\.?)(?:[ \n\u00a0\u2009\u202f]*No\.?)?|P\.?[ \n\u00a0\u2009\u202f]?L\.?)[ \n\u00a0\u2009\u202f]*(?=\d)/y;

const title: Handler = (scan, start, at) => {
  // "title 30 CFR 250", "Title 5 U.S.C. 552": the citation starts at the number; let the number's reading take it.
  if (digitLedAhead(scan.text, at)) return -1;
  const usc = parseTitleUsc(scan, start);
  return usc >= 0 ? usc : parseTitleCfr(scan, start);
};

/** The number at `at` starts "N CFR 250" or "N U.S.C. 552" (a code and then a number). */
function digitLedAhead(text: string, at: number): boolean {
  return testAt(CODE_AHEAD, text, at) >= 0;
}
const CODE_AHEAD = /\d{1,2}[ \n\u00a0\u2009\u202f]?(?:C\.?[ ]?F\.?[ ]?R\.?|U\.?[ ]?S\.?[ ]?C\.?)[ \n\u00a0\u2009\u202f,]*(?:§|[Pp]art|[Ss]ec|\d)/y;

const chapter = (plural: boolean): Handler => (scan, start, at) => parseChapterOfTitle(scan, start, at, plural);
const part = (plural: boolean): Handler => (scan, start, at) => parsePartOfTitle(scan, start, at, plural);
const law: Handler = (scan, _start, at) => parseLawAt(scan, at);
const bill: Handler = (scan, _start, at) => parseBillAt(scan, at);
const executiveOrder: Handler = (scan, _start, at) => parseExecutiveOrderAt(scan, at);
const report: Handler = (scan, _start, at) => parseCommitteeReportAt(scan, at);
const yeasFirst: Handler = (scan, start, at) => parseYeasNaysAt(scan, at, start);
const writtenBill: Handler = (scan, _start, at) => parseWrittenBillAt(scan, at);
const numbered: Handler = (scan, _start, at) => {
  const r = parseCommitteeReportAt(scan, at);
  if (r >= 0) return r;
  const e = parseExecutiveOrderAt(scan, at);
  if (e >= 0) return e;
  const l = parseLawAt(scan, at);
  return l >= 0 ? l : parseWrittenBillAt(scan, at);
};

/** Keywords (lower case, periods and spaces dropped) that announce the number after them. */
const KEYWORDS = new Map<string, Handler>([
  ["§", sectionLed(false, true)],
  ["§§", sectionLed(true, true)],
  ["section", sectionLed(false, false)],
  ["sec", sectionLed(false, false)],
  ["sections", sectionLed(true, false)],
  ["secs", sectionLed(true, false)],
  ["title", title],
  ["chapter", chapter(false)],
  ["ch", chapter(false)],
  ["chapters", chapter(true)],
  ["part", part(false)],
  ["parts", part(true)],
  ["law", law],
  ["laws", law],
  ["l", law],
  ["pl", law],
  ["publ", law],
  ["privl", law],
  ["pvtl", law],
  ["publno", law],
  ["lno", law],
  ["no", numbered],
  ["nos", numbered],
  ["yeas", yeasFirst],
  ["yea", yeasFirst],
  ["ayes", yeasFirst],
  ["bill", writtenBill],
  ["resolution", writtenBill],
  ["hr", bill],
  ["r", bill],
  ["s", bill],
  ["res", bill],
  ["hres", bill],
  ["sres", bill],
  ["jres", bill],
  ["conres", bill],
  ["hjres", bill],
  ["sjres", bill],
  ["hconres", bill],
  ["sconres", bill],
  ["order", executiveOrder],
  ["orders", executiveOrder],
  ["eo", executiveOrder],
  ["execorder", executiveOrder],
  ["eos", executiveOrder],
  ["rep", report],
  ["rept", report],
  ["report", report],
  // Written without spaces, as the Congressional Research Service and older reports do: "S.Rept. 115-199",
  // "H.Rept. 115-572", "H.R.Rep.No. 104-458".
  ["srept", report],
  ["hrept", report],
  ["srep", report],
  ["hrep", report],
  ["hrrep", report],
  ["hrrept", report],
  ["hrrepno", report],
  ["hrepno", report],
  ["srepno", report],
]);

const BY_HASH = new Map<number, { word: string; handler: Handler }>([...KEYWORDS].map(([word, handler]) => [wordHash(word), { word, handler }]));

/** The handler for the keyword before a number at `at`, if the word there is one; its start in `lastWord`. */
function keywordBefore(text: string, at: number): Handler | undefined {
  const h = wordHashBefore(text, at);
  if (h === 0) return undefined;
  const hit = BY_HASH.get(h);
  if (!hit) return undefined;
  // Confirm without cutting the word out: its letters, lower-cased, periods and spaces skipped, equal the keyword.
  const { word } = hit;
  let k = 0;
  for (let i = lastWord.start; i < at; i++) {
    let c = text.charCodeAt(i);
    if (c === 46 || isSpaceCode(c)) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k++)) return undefined;
  }
  return k === word.length ? hit.handler : undefined;
}

/** Citations that start with their number: "47 U.S.C.", "40 CFR", "132 Stat.", "83 Fed. Reg.", "164 Cong. Rec.", reporters. */
function digitLed(scan: Scan, at: number, next: number): number {
  const { text } = scan;
  const c = text.charCodeAt(next);
  if (c === 85 /* U */ || c === 117 /* u */) {
    const usc = parseUscAt(scan, at);
    if (usc >= 0 || c === 117) return usc;
  } else if (c === 67 /* C */ || c === 99 /* c */) {
    const cfr = parseCfrAt(scan, at);
    if (cfr >= 0 || c === 99) return cfr;
    const rec = parseCongressionalRecordAt(scan, at);
    if (rec >= 0) return rec;
  } else if (c === 83 /* S */) {
    const stat = parseStatAt(scan, at);
    if (stat >= 0) return stat;
  } else if (c === 70 /* F */) {
    const fr = parseFedRegAt(scan, at);
    if (fr >= 0) return fr;
  } else if (c < 65 || c > 90) {
    return -1;
  }
  return next === at ? -1 : parseCaseAt(scan, at);
}

const DEFAULT_ANCHORS = new WeakMap<NameIndex, RegExp>();

/**
 * A run of digits where something may start: not inside a token ("a1", "1-2", "12,345", "1.2": a letter, hyphen, dash
 * or comma before it, or a period after a digit) nor a designator ("(1)"), which is where most numbers are. The
 * pattern passes over those itself: a match handed back costs more than the looks around it. Measured on the corpus:
 * 183,190 anchors → 127,200, and the pass 15.3 → 13.6 ms, before any number is looked at. (A run cut by an earlier
 * citation is not read again.)
 */
const NUMBER_ANCHOR = String.raw`\d(?<![A-Za-z,\-\u2013\d]\d|\d\.\d|^\.\d)(?!\d*\)(?<=\(\d+\)))\d*`;

/**
 * Every anchor in one pass: numbers, "Id.", "Const"/"CONST", and the last words of the names the index knows ("Act",
 * "Code"). Measured on the corpus, adding the words costs a few percent over numbers alone, where a separate scan for
 * each costs as much again as the numbers.
 */
function anchorsFor(names: NameIndex): RegExp {
  let re = DEFAULT_ANCHORS.get(names);
  if (!re) {
    re = new RegExp(`${NUMBER_ANCHOR}|I(?:bi)?d\\.|Const|CONST${names.anchorSource ? `|${names.anchorSource}` : ""}`, "g");
    DEFAULT_ANCHORS.set(names, re);
  }
  return re;
}

/** A number at [at, after): what citation, if any, starts there. Returns where it ends, or -1. */
function atNumber(scan: Scan, at: number, after: number): number {
  const { text } = scan;
  const before = at > 0 ? text.charCodeAt(at - 1) : 32;
  const next = text.charCodeAt(after);
  // (The anchor pattern has passed over designators and the insides of tokens: "(1)", "1.2", "12,345", "a1", "1-2-3";
  // "H.R.1865" and "Pub.L.105-33" it keeps.)
  const handler = keywordBefore(text, at);
  if (handler) {
    const end = handler(scan, lastWord.start, at);
    if (end >= 0) return end;
  } else if (before === 32 && text.charCodeAt(at - 2) === 41) {
    // "Executive Order (E.O.) 13771": initials defined between the words and the number.
    const end = parseExecutiveOrderAt(scan, at);
    if (end >= 0) return end;
  } else if (before === 32 && text.charCodeAt(at - 2) === 58) {
    // "Public Law No: 115-164", as Congress.gov writes it.
    const end = parseLawAt(scan, at);
    if (end >= 0) return end;
  }
  let n = after;
  if (isCiteSpace(next)) n++;
  let c = text.charCodeAt(n);
  // "539⏎  U. S. 306": a case broken after its volume, the next line indented.
  if (next === 10 && c === 32) {
    let k = n;
    while (k < n + 8 && text.charCodeAt(k) === 32) k++;
    const d = text.charCodeAt(k);
    if (d >= 65 && d <= 90) {
      const end = parseCaseAt(scan, at);
      if (end >= 0) return end;
    }
    c = -1;
  }
  if (c === 167 || (c >= 65 && c <= 90) || c === 117 || c === 99) {
    const end = digitLed(scan, at, n);
    if (end >= 0) return end;
  }
  if (next === 45 || next === 8211 || next === 8212 || (next === 32 && text.startsWith("to ", after + 1))) return parseVoteTallyAt(scan, at);
  // "97 yeas to 2 nays", "96 ayes, 0 noes".
  if (isCiteSpace(next) && ((c | 32) === 121 || (c | 32) === 97)) return parseYeasNaysAt(scan, at);
  return -1;
}

/** The one pass over the text. */
function scanAnchors(scan: Scan): void {
  const { text, names } = scan;
  const re = anchorsFor(names);
  re.lastIndex = 0;
  while (re.test(text)) {
    const stop = re.lastIndex;
    const last = text.charCodeAt(stop - 1);
    let end = -1;
    if (last >= 48 && last <= 57) {
      let at = stop - 1;
      while (at > 0 && isDigitCode(text.charCodeAt(at - 1))) at--;
      end = atNumber(scan, at, stop);
    } else if (last === 46) {
      // "Id." or "Ibid."
      if (scan.resolve) end = text.charCodeAt(stop - 4) === 98 ? atId(scan, stop - 5, 5) : atId(scan, stop - 3);
    } else if ((last === 116 || last === 84) && (text.charCodeAt(stop - 5) === 67) && (text.charCodeAt(stop - 2) === 115 || text.charCodeAt(stop - 2) === 83)) {
      end = parseUsConstAt(scan, stop - 5);
    } else {
      let at = stop - 1;
      while (at > 0 && isLetterCode(text.charCodeAt(at - 1))) at--;
      const hit = names.endingAt(text, at, stop);
      if (hit && isWholeName(text, hit)) end = pushActMention(scan, hit);
      // Initials defined for a name the index does not know (one it knows may end it: "Clean Diamond Trade Act (CDTA)"):
      // noted for "section 132 of the WIOA".
      else if (scan.resolve) noteUnknownDefinition(scan, at, stop);
    }
    if (end > stop) re.lastIndex = end;
  }
}

const ID_TAIL = /,?[ \n\u00a0\u2009\u202f]?(?:at[ \n\u00a0\u2009\u202f](\d{1,5}(?:[-–]\d{1,5})?)|(§§?)[ \n\u00a0\u2009\u202f]?(?=\d))/y;

/**
 * "Id.", "id.", "Id. at 312", "id. § 5", "Ibid." at `i` (`length` 3, or 5 for "Ibid."): a short form for the citation
 * just before. Returns its end.
 */
function atId(scan: Scan, i: number, length = 3): number {
  const { text } = scan;
  if (scan.found.length === scan.shortForms) return -1; // nothing before it to refer to
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  if (isLetterCode(prev) || prev === 46) return -1;
  let end = i + length;
  let pinCite: string | null = null;
  const c = text.charCodeAt(end);
  const tail = c === 44 || isCiteSpace(c) ? execAt(ID_TAIL, text, end) : null;
  if (tail?.[1] !== undefined) {
    pinCite = tail[1];
    end += tail[0].length;
  } else if (tail) {
    // "Id. § 60.2(a)", "Id. §§ 1594–1595": the sections it names, each a short form.
    const read = shortFormItems(text, end + tail[0].length, tail[2] === "§§");
    if (read) return pushSectionShortForms(scan, { kind: "id" }, i, read, read.end);
  }
  return pushShortForm(scan, { type: "shortForm", kind: "id", match: text.slice(i, end), start: i, end, section: null, subsections: [], pinCite });
}

/**
 * Lower-case "id." and "ibid." (mid-sentence: "See id. at 5"). Case law is where it is used, and a separate scan for it costs as
 * much as all the others together, so it runs only when the text cites cases.
 */
function scanLowerIds(scan: Scan, from: number): void {
  const { text } = scan;
  const re = LOWER_ID;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) atId(scan, m.index, m[0].length);
}
const LOWER_ID = /\b(?:ib)?id\./g;

/** Keep the first of overlapping finds (the longer when they start together); a range's two halves stay together. */
function settle(found: (Draft | PendingShortForm)[]): (Draft | PendingShortForm)[] {
  // The scan finds almost everything in text order and nothing overlapping: then the finds stand as they are, with no
  // second array. Sort only when something came out of order.
  let sorted = true;
  let overlaps = false;
  for (let i = 1; i < found.length && sorted; i++) {
    const a = found[i - 1] as Draft | PendingShortForm;
    const b = found[i] as Draft | PendingShortForm;
    sorted = a.start < b.start || (a.start === b.start && a.end >= b.end);
    if (b.start < a.end) overlaps = true;
  }
  if (sorted && !overlaps) return found;
  if (!sorted) found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Draft | PendingShortForm)[] = [];
  let reach = -1;
  let last: Draft | PendingShortForm | undefined;
  for (const f of found) {
    if (f.start >= reach) {
      out.push(f);
      reach = f.end;
      last = f;
    } else if (last && last.range === "start" && f.range === "end" && f.start === last.start && f.end === last.end) {
      out.push(f);
    }
  }
  return out;
}

function finish(d: Draft): Citation {
  const c = d;
  c.id = idOf(c);
  c.cite = bluebookOf(c);
  return c;
}

/**
 * Every citation in `text`, in text order: the U.S. Code, the CFR, public and private laws, the Statutes at Large, the
 * Federal Register, the Congressional Record, the Constitution, cases, bills, named acts, vote tallies, committee
 * reports and executive orders. Each has its `type`, the exact `match` and its `start`/`end` offsets, typed fields, a
 * canonical `id` and its Bluebook form `cite`. Runs in time linear in the length of the text.
 *
 * @example
 * ```ts
 * extractCitations("Section 230 of the Communications Decency Act (47 U.S.C. 230) passed 96-0.");
 * // [ { type: "act", match: "Section 230 of the Communications Decency Act", section: "230",
 * //     usc: { title: 47, section: "230", … }, publicLaw: { congress: 104, number: 104 }, … },
 * //   { type: "usc", match: "47 U.S.C. 230", title: 47, section: "230", id: "usc/47/230", cite: "47 U.S.C. § 230", … },
 * //   { type: "voteTally", match: "96-0", yeas: 96, nays: 0, … } ]
 * ```
 * @throws {CivicError} INVALID_ARGUMENT when `text` is not a string or `types` names an unknown type.
 */
export function extractCitations(text: string, options: ExtractOptions = {}): Citation[] {
  if (typeof text !== "string") throw new CivicError("INVALID_ARGUMENT", `extractCitations() takes a string, not ${(text as unknown) === null ? "null" : typeof text}`);
  const types = options.types ? new Set<CitationType>(options.types) : null;
  if (types) for (const t of types) if (!(CITATION_TYPES as readonly string[]).includes(t)) throw new CivicError("INVALID_ARGUMENT", `unknown citation type "${t}"`);
  const wants = (t: CitationType) => types === null || types.has(t);
  const names = options.names ?? defaultNameIndex();
  const scan: Scan = { text, found: [], names, acronyms: new Map(), resolve: options.resolve !== false, shortForms: 0, codes: 0 };

  scanAnchors(scan);
  if (scan.resolve) {
    const firstCase = scan.found.find((f) => f.type === "case");
    if (firstCase) scanLowerIds(scan, firstCase.end);
  }
  pushAcronymMentions(scan);

  const settled = settle(scan.found);
  // Without short forms the settled finds are the citations, and are finished in place.
  const drafts = scan.shortForms === 0 ? (settled as Draft[]) : scan.resolve ? resolveShortForms(settled, scan) : settled.filter((x): x is Draft => !isPending(x));
  if (types === null) {
    for (const d of drafts) finish(d);
    return drafts;
  }
  const out: Citation[] = [];
  for (const d of drafts) if (wants(d.type)) out.push(finish(d));
  return out;
}

// The U.S. Code: "47 U.S.C. § 230(c)(1)", "42 U.S.C.285t–2(a)", "5 U.S.C. §§ 8344 and 8468", "50 U.S.C. App. §§ 451--473",
// "7 U.S.C. 612c note", "29 U.S.C. 1081 et seq.", "46 U.S.C. Chapters 701, 3306", and the forms bills are drafted in:
// "section 230 of title 47, United States Code", "title 47, United States Code, section 230", "chapter 5 of title 5".
import type { Draft, UscCitation } from "../model.js";
import { designators, execAt, isCiteSpace, leadingNumber, LIST_SEP, readSubsections, siblingOf, testAt, CITE_SPACE as S } from "../_lib/text.js";
import { pushShortForm, type PendingShortForm, type Scan } from "../_lib/scan.js";

/** A section number: digits, then letters, with hyphen or en-dash parts ("1320a-7b", "404o-1", "10a-10c", "2339B"). */
export const SECTION_TOKEN = /\d{1,6}[A-Za-z]{0,4}(?:[-–]\d{1,6}[A-Za-z]{0,4}|[-–][A-Za-z]{1,4}\d{0,4})*(?![\w])/y;

/** One section (with its subsections) read from a list or range. */
export interface SectionItem {
  section: string;
  subsections: string[];
  start: number;
  end: number;
}

export interface SectionItems {
  items: SectionItem[];
  /** The items are the two ends of a range. */
  range: boolean;
  end: number;
}

const RANGE_SEP = /[ \n\u00a0\u2009\u202f]?(?:--|-|–|—|through|thru|to)[ \n\u00a0\u2009\u202f]?(?:§[ \n\u00a0\u2009\u202f]?)?/y;
// A list item that is the volume or title of the next citation ("… and 42 U.S.C. 1983") ends the list.
const NEXT_CITATION = /[ \n\u00a0\u2009\u202f]?(?:U\.?[ ]?S|C\.?[ ]?F|Stat|Fed|F\.|FR|Cong|[A-Z][a-z]*\.)/y;
const SPLIT_RANGE = /^([^-–]+)[-–]([^-–]+)$/;

/** A cheap look at the next characters before running LIST_SEP: ", " or " and"/" or"/" &". */
function listFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 44) return true;
  if (!isCiteSpace(c)) return false;
  return text.startsWith("and ", at + 1) || text.startsWith("or ", at + 1) || text.startsWith("& ", at + 1);
}

/**
 * Another section of the list follows: ", 1970", " and 1972" — not the volume or title of the next citation ("§§
 * 1961-1968 and 15 U.S.C. 78j": there the dash makes a range).
 */
function listItemFollows(text: string, at: number): boolean {
  if (!listFollows(text, at)) return false;
  const next = testAt(LIST_SEP, text, at);
  if (next < 0) return false;
  const token = testAt(SECTION_TOKEN, text, next);
  return token < 0 || testAt(NEXT_CITATION, text, token) < 0;
}

/** What may follow an item of a list: punctuation, the end, or another item ("and", "or", "note", "et seq."). */
function itemEnds(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c) || c === 44 || c === 59 || c === 46 || c === 41 || c === 10 || c === 58) return true;
  if (!isCiteSpace(c)) return false;
  const d = text.charCodeAt(at + 1);
  if (!(d >= 97 && d <= 122)) return true;
  return text.startsWith("and ", at + 1) || text.startsWith("or ", at + 1) || text.startsWith("note", at + 1) || text.startsWith("et seq", at + 1);
}

/** A cheap look before RANGE_SEP: a dash, or a space then a dash or "t" (through, thru, to). */
function rangeMayFollow(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (isCiteSpace(c)) c = text.charCodeAt(at + 1);
  return c === 45 || c === 8211 || c === 8212 || c === 116;
}

/**
 * The right end of a range written with its leading digits left out, as pages are: "§§ 2201-02" is 2201 to 2202,
 * "§§ 1961-68" 1961 to 1968. Only a number's digits are filled in ("§§ 1320a-7" is left alone), and only when the
 * end then comes after the start.
 */
function rangeEnd(left: string, right: string): string {
  let digits = 0;
  while (digits < left.length && left.charCodeAt(digits) >= 48 && left.charCodeAt(digits) <= 57) digits++;
  if (digits < left.length || right.length >= digits || !/^\d+$/.test(right)) return right;
  const full = left.slice(0, digits - right.length) + right;
  return Number(full) > Number(left.slice(0, digits)) ? full : right;
}

/**
 * Both ends of a range as written, for `rangeOf`: "1591" and "1595", or "552(a)(1)" and "(3)" when the right end
 * ("552(a)(1)-(3)") is written as subsections only.
 */
export function rangeEnds(text: string, a: RangeItem, b: RangeItem): [string, string] {
  const label = (x: RangeItem) => (x.section ?? x.part ?? "") + designators(x.subsections);
  return [label(a), text.charCodeAt(b.start) === 40 ? text.slice(b.start, b.end) : label(b)];
}

/** An end of a range as the readers give it: a section (or, in the CFR, a part alone) and its subsections. */
interface RangeItem {
  section: string | null;
  part?: string;
  subsections: readonly string[];
  start: number;
  end: number;
}

/** A section a short form names, as the U.S. Code's and the CFR's readers give it. */
export interface ShortFormItem {
  section: string | null;
  part?: string;
  subsections: string[];
  start: number;
  end: number;
}

/**
 * Short forms for the sections read at `from`, the whole of it ending at `end` ("§ 60.2(a)", "sections 1594 and 1595 of
 * such Act"): one section spans it all; a range gives its two halves, both spanning it all; a list gives one per
 * section, the first from `from`, the others their own numbers — as full citations of lists and ranges do. `how`:
 * what kind of short form, and what it refers to. Returns `end`.
 */
export function pushSectionShortForms(
  scan: Scan,
  how: Pick<PendingShortForm, "kind" | "ofTitle" | "chapter" | "code">,
  from: number,
  read: { items: readonly ShortFormItem[]; range: boolean },
  end: number,
): number {
  const { text } = scan;
  const list = read.items;
  if (read.range && list.length === 2) {
    const [a, b] = list as [ShortFormItem, ShortFormItem];
    const rangeOf = rangeEnds(text, a, b);
    for (const [item, half] of [[a, "start"], [b, "end"]] as const) {
      pushShortForm(scan, { type: "shortForm", ...how, match: text.slice(from, end), start: from, end, section: item.section, subsections: item.subsections, pinCite: null, range: half, rangeOf });
    }
    return end;
  }
  list.forEach((item, i) => {
    const s = i === 0 ? from : item.start;
    const e = list.length === 1 ? end : item.end;
    pushShortForm(scan, { type: "shortForm", ...how, match: text.slice(s, e), start: s, end: e, section: item.section, subsections: item.subsections, pinCite: null });
  });
  return end;
}

/** Section numbers are written with an en dash in print ("285t–2") and a hyphen in identifiers and URLs: the hyphen. */
export function dashes(section: string): string {
  return section.includes("–") ? section.replace(/–/g, "-") : section;
}

const SCRATCH_ITEM: SectionItem = { section: "", subsections: [], start: 0, end: 0 };
const SCRATCH: SectionItems = { items: [SCRATCH_ITEM], range: false, end: 0 };

/**
 * Read one section, or a list or range of them, at `at`. `plural` says the text announced several ("§§", "sections"):
 * only then does a dash inside "1591–1595" make a range, and only then are lists read.
 */
export function readSectionItems(text: string, at: number, plural: boolean, commas = false): SectionItems | null {
  const tokenEnd = testAt(SECTION_TOKEN, text, at);
  if (tokenEnd < 0) return null;
  const token = dashes(text.slice(at, tokenEnd));
  const subs = readSubsections(text, at + token.length);
  let end = subs.end;
  // The common case — one section, nothing after it that could continue a list or a range — reuses one result
  // object: the callers read it at once and keep only its strings and arrays.
  if (!plural && !(subs.subsections.length > 0 && rangeMayFollow(text, end)) && !(commas && listFollows(text, end))) {
    SCRATCH_ITEM.section = token;
    SCRATCH_ITEM.subsections = subs.subsections;
    SCRATCH_ITEM.start = at;
    SCRATCH_ITEM.end = end;
    SCRATCH.end = end;
    return SCRATCH;
  }
  const first: SectionItem = { section: token, subsections: subs.subsections, start: at, end: subs.end };

  if (plural && subs.subsections.length === 0) {
    const split = SPLIT_RANGE.exec(token);
    if (split && !listItemFollows(text, end)) {
      const dash = at + (split[1] as string).length;
      return {
        items: [
          { section: split[1] as string, subsections: [], start: at, end: dash },
          { section: rangeEnd(split[1] as string, split[2] as string), subsections: [], start: dash + 1, end },
        ],
        range: true,
        end,
      };
    }
  }
  // "10a(1)-10c(2)": a subsection on the left of a dash makes the range unambiguous; with "§§" any dash does.
  const sep = (plural || subs.subsections.length > 0) && rangeMayFollow(text, end) ? execAt(RANGE_SEP, text, end) : null;
  if (sep && (plural || /^[-–]$/.test(sep[0].trim()))) {
    const right = execAt(SECTION_TOKEN, text, end + sep[0].length);
    const rightAt = end + sep[0].length;
    if (!right && subs.subsections.length > 0 && text.charCodeAt(rightAt) === 40) {
      // "552(a)(1)-(3)", "552(a)–(c)": a range of subsections of one section, the right side written by its innermost
      // designators only.
      const rightSubs = readSubsections(text, rightAt);
      if (rightSubs.subsections.length > 0 && rightSubs.subsections.length <= subs.subsections.length) {
        const second = { section: token, subsections: siblingOf(subs.subsections, rightSubs.subsections), start: rightAt, end: rightSubs.end };
        return { items: [first, second], range: true, end: second.end };
      }
    }
    if (right) {
      const rightSubs = readSubsections(text, end + sep[0].length + right[0].length);
      const second = { section: rangeEnd(token, dashes(right[0])), subsections: rightSubs.subsections, start: end + sep[0].length, end: rightSubs.end };
      if (testAt(NEXT_CITATION, text, second.end) < 0) return { items: [first, second], range: true, end: second.end };
    }
  }
  const items = [first];
  // "7 U.S.C. 1a, 2, 6a, and 21", "42 U.S.C. 404(a) and (e)": lists. Without "§§" a list item must end there (a
  // number followed by a word, as in "552 and 2 other sections", is not one).
  if (plural || commas) {
    let last = first;
    for (let guard = 0; guard < 200; guard++) {
      const at2 = listFollows(text, end) ? testAt(LIST_SEP, text, end) : -1;
      if (at2 < 0) break;
      if (text.charCodeAt(at2) === 40) {
        // "(a) and (e)": another subsection of the same section.
        const subs2 = readSubsections(text, at2);
        if (subs2.subsections.length === 0) break;
        last = { section: last.section, subsections: siblingOf(last.subsections, subs2.subsections), start: at2, end: subs2.end };
        items.push(last);
        end = subs2.end;
        continue;
      }
      const tokenEnd = testAt(SECTION_TOKEN, text, at2);
      if (tokenEnd < 0) break;
      const nextSubs = readSubsections(text, tokenEnd);
      if (testAt(NEXT_CITATION, text, nextSubs.end) >= 0) break;
      if (!plural && !itemEnds(text, nextSubs.end)) break;
      last = { section: dashes(text.slice(at2, tokenEnd)), subsections: nextSubs.subsections, start: at2, end: nextSubs.end };
      items.push(last);
      end = nextSubs.end;
    }
  }
  return { items, range: false, end };
}

interface Tail {
  note: boolean;
  etSeq: boolean;
  end: number;
}
const NO_TAIL: Tail = { note: false, etSeq: false, end: -1 };

interface UscShape {
  title: number;
  appendix: boolean;
  chapter?: boolean;
}
// The shapes of plain titles, made once: the common citation allocates none.
const PLAIN: UscShape[] = Array.from({ length: 55 }, (_, title) => ({ title, appendix: false, chapter: false }));
const CHAPTERS: UscShape[] = Array.from({ length: 55 }, (_, title) => ({ title, appendix: false, chapter: true }));

/** A U.S. Code citation with every field in one fixed order (one object shape for the engine to optimise). */
export function uscDraft(
  text: string, start: number, end: number, title: number, appendix: boolean, section: string | null, chapter: string | null,
  subsections: string[], note: boolean, etSeq: boolean,
): Draft<UscCitation> {
  return { type: "usc", match: text.slice(start, end), start, end, id: "", cite: "", title, section, subsections, chapter, appendix, note, etSeq };
}

/**
 * Turn items into citations: a range gives two that span the whole text, a list one per item (later items span only
 * their own number).
 */
export function pushUscItems(scan: Scan, shape: UscShape, items: SectionItems, start: number, end: number, tail: Tail): void {
  const { text } = scan;
  scan.codes++;
  const chapter = shape.chapter === true;
  if (items.range) {
    const [a, b] = items.items as [SectionItem, SectionItem];
    const rangeOf = rangeEnds(text, a, b);
    for (const [item, which] of [[a, "start"], [b, "end"]] as const) {
      const d = chapter
        ? uscDraft(text, start, end, shape.title, shape.appendix, null, item.section, [], false, false)
        : uscDraft(text, start, end, shape.title, shape.appendix, item.section, null, item.subsections, false, false);
      d.range = which;
      d.rangeOf = rangeOf;
      scan.found.push(d);
    }
    return;
  }
  const n = items.items.length;
  for (let i = 0; i < n; i++) {
    const item = items.items[i] as SectionItem;
    const last = i === n - 1;
    const s = i === 0 ? start : item.start;
    const e = n === 1 ? end : item.end;
    scan.found.push(
      chapter
        ? uscDraft(text, s, e, shape.title, shape.appendix, null, item.section, [], false, false)
        : uscDraft(text, s, e, shape.title, shape.appendix, item.section, null, item.subsections, last && tail.note, last && tail.etSeq),
    );
  }
}

// "47 U.S.C.", "47 USC", "5 usc", "47 U.S.C.A.", then "App." and the section sign or word.
// Also as the Legal Information Institute titles its pages, "47 U.S. Code § 230", and "47 United States Code 230".
const USC_HEAD =
  /(\d{1,2})[ \n\u00a0\u2009\u202f]?(?:U\.?[ \n\u00a0\u2009\u202f]?S\.?[ \n\u00a0\u2009\u202f]?C\.?(?:[ \n\u00a0\u2009\u202f]?[AS]\.)?|USC[AS]?|usc[as]?|U\.S\.[ \n\u00a0\u2009\u202f]Code|United[ \n\u00a0\u2009\u202f]States[ \n\u00a0\u2009\u202f]Code)(?![A-Za-z])/y;
const APPENDIX = /,?[ \n\u00a0\u2009\u202f]?(?:App(?:endix|\.)?|app\.)(?![A-Za-z])/y;
const MARK = /[ \n\u00a0\u2009\u202f]?(?:(§§|[Ss]ections|[Ss]ecs(?![A-Za-z])\.?)|(§|[Ss]ection|[Ss]ec(?![A-Za-z])\.?)|([Cc]hapters|[Cc]hs\.)|([Cc]hapter|[Cc]h\.))?[ \n\u00a0\u2009\u202f]?/y;
const NOTE = /[ \n\u00a0\u2009\u202f]note\b/y;
const ET_SEQ = /,?[ \n\u00a0\u2009\u202f]et\.?[ \n\u00a0\u2009\u202f]?seq\b/y;

/** Read the tail that may follow a section: " note", " et seq". */
export function readTail(text: string, at: number): Tail {
  const c = text.charCodeAt(at);
  if (!isCiteSpace(c) && c !== 44) return NO_TAIL;
  let end = at;
  const note = testAt(NOTE, text, end);
  if (note >= 0) end = note;
  const etSeq = testAt(ET_SEQ, text, end);
  if (etSeq >= 0) end = etSeq;
  return note < 0 && etSeq < 0 ? NO_TAIL : { note: note >= 0, etSeq: etSeq >= 0, end };
}

/** "47 U.S.C. § 230(c)(1)" and its kin, starting at the title number `at`. Returns the end, or -1. */
export function parseUscAt(scan: Scan, at: number): number {
  const { text } = scan;
  const headEnd = testAt(USC_HEAD, text, at);
  if (headEnd < 0) return -1;
  const title = leadingNumber(text, at);
  if (title < 1 || title > 54) return -1;
  let i = headEnd;
  let c = text.charCodeAt(i);
  if (isCiteSpace(c)) c = text.charCodeAt(i + 1);
  const app = c === 65 || c === 97 || c === 44 ? testAt(APPENDIX, text, i) : -1;
  if (app >= 0) {
    i = app;
    c = text.charCodeAt(i);
    if (isCiteSpace(c)) c = text.charCodeAt(i + 1);
  }
  let chapter = false;
  let plural = false;
  if (c >= 48 && c <= 57) {
    if (text.charCodeAt(i) !== c) i++;
  } else {
    const mark = execAt(MARK, text, i) as RegExpExecArray; // always matches (everything optional)
    i += mark[0].length;
    chapter = mark[3] !== undefined || mark[4] !== undefined;
    plural = mark[1] !== undefined || mark[3] !== undefined;
  }
  const items = readSectionItems(text, i, plural, true);
  if (!items) {
    // "the Federal Advisory Committee Act (5 U.S.C. App.)": the appendix of a title, no section; "codified in 47
    // U.S.C.": a title (not when a section sign or word promised a section that is not there).
    if (app < 0 && i > headEnd + 1) return -1;
    scan.codes++;
    const end = app < 0 ? headEnd : app;
    scan.found.push(uscDraft(text, at, end, title, app >= 0, null, null, [], false, false));
    return end;
  }
  const tail = items.range ? NO_TAIL : readTail(text, items.end);
  const end = tail === NO_TAIL ? items.end : tail.end;
  pushUscItems(scan, app < 0 ? (chapter ? CHAPTERS[title] : PLAIN[title]) as UscShape : { title, appendix: true, chapter }, items, at, end, tail);
  return end;
}

// After "section 230": ", title 47", " of title 47" or " of Title 47", then optionally ", United States Code" or " of the
// United States Code" (not part of the match, as drafted text always says it and the title number is what identifies
// the code). "of title I of the … Act" is a title of an act.
const OF_TITLE =
  /,?[ \n\u00a0\u2009\u202f](?:of[ \n\u00a0\u2009\u202f])?[Tt]itle[ \n\u00a0\u2009\u202f](\d{1,2})(?![\d])(?!,?[ \n\u00a0\u2009\u202f]+of[ \n\u00a0\u2009\u202f](?!the[ \n\u00a0\u2009\u202f]United[ \n\u00a0\u2009\u202f]States[ \n\u00a0\u2009\u202f]Code))/y;
// "chapter 83, or chapter 84 of title 5", "section 2 and section 3 of title 18": the first takes the title of the second.
const JOINED = new RegExp(`,?${S}(?:and|or)${S}(?:sub)?(?:chapter|section)s?${S}[0-9A-Za-z–-]{1,12}(?:\\([0-9A-Za-z]{1,6}\\)){0,5}${S}of${S}title${S}(\\d{1,2})(?![\\d])`, "y");
const OF_N_USC = /[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](\d{1,2})[ \n\u00a0\u2009\u202f]?(?:U\.[ \n\u00a0\u2009\u202f]?S\.[ \n\u00a0\u2009\u202f]?C\.|USC)/y;

/**
 * "section 230 of title 47", "sections 1591 and 1595 of title 18", "Section 14123(a)(2) of 49 U.S.C.", starting at the
 * word "section" (`start`), the number at `at`. Returns the end or -1 when what follows is not the U.S. Code.
 */
export function parseSectionOfTitle(scan: Scan, start: number, items: SectionItems): number {
  const { text } = scan;
  const c = text.charCodeAt(items.end);
  if (c !== 44 && !isCiteSpace(c)) return -1;
  const t = execAt(OF_TITLE, text, items.end) ?? execAt(OF_N_USC, text, items.end);
  const joined = t ? null : execAt(JOINED, text, items.end);
  const title = Number((t ?? joined)?.[1]);
  if (!(title >= 1 && title <= 54)) return -1;
  const end = t ? items.end + t[0].length : items.end;
  pushUscItems(scan, { title, appendix: false }, items, start, end, NO_TAIL);
  return end;
}

// "title 47, United States Code, section 230" / "title 42, United States Code" / "title 18 of the United States Code".
const TITLE_USC =
  /[Tt]itle[ \n\u00a0\u2009\u202f](\d{1,2}),?[ \n\u00a0\u2009\u202f](?:of[ \n\u00a0\u2009\u202f])?(?:the[ \n\u00a0\u2009\u202f])?(?:United[ \n\u00a0\u2009\u202f]States[ \n\u00a0\u2009\u202f]Code|U\.S\.[ \n\u00a0\u2009\u202f]?Code|U\.S\.C\.)/y;
const THEN_SECTION = /,?[ \n\u00a0\u2009\u202f](?:([Ss]ections)|[Ss]ection|(§§)|§)[ \n\u00a0\u2009\u202f]?/y;

/** "title 47, United States Code[, section 230]", starting at the word "title". */
export function parseTitleUsc(scan: Scan, start: number): number {
  const { text } = scan;
  const m = execAt(TITLE_USC, text, start);
  if (!m) return -1;
  const title = Number(m[1]);
  if (title < 1 || title > 54) return -1;
  const afterCode = start + m[0].length;
  const sec = execAt(THEN_SECTION, text, afterCode);
  if (sec) {
    const items = readSectionItems(text, afterCode + sec[0].length, sec[1] !== undefined || sec[2] !== undefined);
    if (items) {
      pushUscItems(scan, { title, appendix: false }, items, start, items.end, NO_TAIL);
      return items.end;
    }
  }
  scan.codes++;
  scan.found.push(uscDraft(text, start, afterCode, title, false, null, null, [], false, false));
  return afterCode;
}

const SUCH_TITLE = /[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:such|that|said)[ \n\u00a0\u2009\u202f]title(?![A-Za-z])/y;

/**
 * "section 1595 of such title", "chapters 5 and 7 of that title": short forms of the title of the U.S. Code named last,
 * one for each item of a list (later ones spanning their own number), one for a range. Returns the end, or -1.
 */
export function parseOfSuchTitle(scan: Scan, start: number, items: SectionItems, chapter: boolean): number {
  if (!scan.resolve || scan.codes === 0) return -1;
  const { text } = scan;
  const such = testAt(SUCH_TITLE, text, items.end);
  if (such < 0) return -1;
  // ("sections 1591 through 1595 of such title": the two halves, both spanning it all.)
  return pushSectionShortForms(scan, { kind: "such", ofTitle: true, chapter }, start, items, such);
}

/** "chapter 5 of title 5", "chapters 5 and 7 of title 5", starting at the word "chapter", the number at `at`. */
export function parseChapterOfTitle(scan: Scan, start: number, at: number, plural: boolean): number {
  const { text } = scan;
  const items = readSectionItems(text, at, plural);
  if (!items) return -1;
  const such = parseOfSuchTitle(scan, start, items, true);
  if (such >= 0) return such;
  const t = execAt(OF_TITLE, text, items.end);
  const joined = t ? null : execAt(JOINED, text, items.end);
  const title = Number((t ?? joined)?.[1]);
  if (!(title >= 1 && title <= 54)) return -1;
  const end = t ? items.end + t[0].length : items.end;
  pushUscItems(scan, { title, appendix: false, chapter: true }, items, start, end, NO_TAIL);
  return end;
}

function designator(c: UscCitation): string {
  return (c.section ?? "") + designators(c.subsections);
}

export function uscId(c: Pick<UscCitation, "title" | "section" | "subsections" | "chapter" | "appendix" | "note">): string {
  const title = c.appendix ? `${String(c.title)}-app` : String(c.title);
  if (c.chapter !== null) return `usc/${title}/chapter-${c.chapter}`;
  if (c.section === null) return `usc/${title}`;
  let id = `usc/${title}/${c.section}`;
  for (const s of c.subsections) id += "/" + s;
  return c.note ? id + "/note" : id;
}

export function uscBluebook(c: UscCitation): string {
  const head = `${String(c.title)} U.S.C.${c.appendix ? " app." : ""}`;
  if (c.rangeOf) {
    if (c.chapter !== null) return `${head} chs. ${c.rangeOf[0]}–${c.rangeOf[1]}`;
    // Subsections of one section: "5 U.S.C. § 552(a)(1)–(3)".
    return c.rangeOf[1].startsWith("(") ? `${head} § ${c.rangeOf[0]}–${c.rangeOf[1]}` : `${head} §§ ${c.rangeOf[0]}–${c.rangeOf[1]}`;
  }
  if (c.chapter !== null) return `${head} ch. ${c.chapter}`;
  if (c.section === null) return head;
  return `${head} § ${designator(c)}${c.note ? " note" : ""}${c.etSeq ? " et seq." : ""}`;
}

export function uscShort(c: UscCitation): string {
  if (c.section === null) return uscBluebook(c);
  return `§ ${designator(c)}`;
}

export function uscUrl(c: UscCitation, source: string | undefined): string {
  const title = c.appendix ? `${String(c.title)}a` : String(c.title);
  if (source === "govinfo") {
    return c.section === null
      ? `https://www.govinfo.gov/app/collection/uscode`
      : `https://www.govinfo.gov/link/uscode/${String(c.title)}/${c.section}?type=usc&year=mostrecent&link-type=html`;
  }
  if (source === "lii") {
    if (c.section === null) return `https://www.law.cornell.edu/uscode/text/${String(c.title)}`;
    return `https://www.law.cornell.edu/uscode/text/${String(c.title)}/${c.section}${c.subsections.length ? `#${c.subsections.join("_")}` : ""}`;
  }
  if (c.chapter !== null) return `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-chapter${c.chapter}&edition=prelim`;
  if (c.section === null) return `https://uscode.house.gov/browse/prelim@title${title}&edition=prelim`;
  return `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${c.section}&num=0&edition=prelim`;
}

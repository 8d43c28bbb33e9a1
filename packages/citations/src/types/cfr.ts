// The Code of Federal Regulations: "40 C.F.R. § 60.1", "40 CFR part 60", "5CFR, part 575", "24 CFR 85.25(h)",
// "26 CFR § 1.1031(d)-1T", "41 CFR § 128-48.001-50", "title 40, Code of Federal Regulations",
// "part 60 of title 40, Code of Federal Regulations".
import type { CfrCitation, Draft } from "../model.js";
import { designators, execAt, isCiteSpace, isDigitCode, leadingNumber, LIST_SEP, readSubsections, siblingOf, testAt } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";
import { dashes, rangeEnds } from "./usc.js";

const CFR_HEAD = /(\d{1,2})[ \n\u00a0\u2009\u202f]?(?:C\.[ \n\u00a0\u2009\u202f]?F\.[ \n\u00a0\u2009\u202f]?R\.?|CFR|cfr)(?![A-Za-z])/y;
const MARK = /,?[ \n\u00a0\u2009\u202f]?(?:(§§|[Pp]arts|[Ss]ections|[Ss]ecs\.|[Pp]ts\.)|(§|[Pp]art|[Ss]ection|[Ss]ec\.|[Pp]t\.))?[ \n\u00a0\u2009\u202f]?/y;
/** A part ("60", "128-1", "708a") and, after a period, its section ("60.1", "1.1031(d)-1T", "100.35T01-0125"). */
export const CFR_TOKEN =
  /(\d{1,5}[A-Za-z]?(?:-\d{1,3})?)(?:\.([A-Z]?\d{1,6}[A-Za-z0-9]{0,8}(?:(?:\([A-Za-z0-9]{1,3}\)){1,4}-\d{1,3}[A-Z]?)?(?:[-–][0-9A-Za-z]{1,8})*(?:\.\d{1,4}(?![\d.]))?))?(?![\w])/y;
const RANGE_SEP = /[ \n\u00a0\u2009\u202f]?(?:--|-|–|—|through|to)[ \n\u00a0\u2009\u202f]?/y;
const THROUGH = /[ \n\u00a0\u2009\u202f](?:through|thru)[ \n\u00a0\u2009\u202f](?:§[ \n\u00a0\u2009\u202f]?)?/y;
const NEXT_CITATION = /[ \n\u00a0\u2009\u202f]?(?:U\.?[ ]?S|C\.?[ ]?F|Stat|Fed|FR|[A-Z][a-z]*\.)/y;
const COMPILATION = /(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?,?[ \n\u00a0\u2009\u202f]Comp\.(?:,?[ \n\u00a0\u2009\u202f]p(?:age|\.)[ \n\u00a0\u2009\u202f]?\d{1,5})?/y;
const PART_RANGE = /[-–](\d{1,5})(?![\w]|\.\d)/y;

interface CfrItem {
  part: string;
  section: string | null;
  subsections: string[];
  start: number;
  end: number;
}

function readItem(text: string, at: number): CfrItem | null {
  const end = testAt(CFR_TOKEN, text, at);
  if (end < 0) return null;
  // (The part has no period in it: the first one starts the section. Cut so, no match is built.)
  let dot = at;
  while (dot < end && text.charCodeAt(dot) !== 46) dot++;
  if (dot === end) return { part: dashes(text.slice(at, end)), section: null, subsections: [], start: at, end };
  const section = dashes(text.slice(at, end));
  const subs = readSubsections(text, end);
  return { part: section.slice(0, dot - at), section, subsections: subs.subsections, start: at, end: subs.end };
}

function pushItems(scan: Scan, title: number, items: CfrItem[], range: boolean, start: number, end: number): void {
  const { text } = scan;
  scan.codes++;
  if (range) {
    const [a, b] = items as [CfrItem, CfrItem];
    // (The right end as written when it is subsections only: "50.59(c)(2)(i)–(viii)".)
    const rangeOf = rangeEnds(text, a, b);
    for (const [item, which] of [[a, "start"], [b, "end"]] as const) {
      scan.found.push({ type: "cfr", match: text.slice(start, end), start, end, id: "", cite: "", title, part: item.part, section: item.section, subsections: item.subsections, range: which, rangeOf } satisfies Draft<CfrCitation>);
    }
    return;
  }
  items.forEach((item, i) => {
    const s = i === 0 ? start : item.start;
    const e = items.length === 1 ? end : item.end;
    scan.found.push({ type: "cfr", match: text.slice(s, e), start: s, end: e, id: "", cite: "", title, part: item.part, section: item.section, subsections: item.subsections } satisfies Draft<CfrCitation>);
  });
}

/** A "§" right before `at` (one space between at most). */
function sectionSignBefore(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 167 || (isCiteSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 2) === 167);
}

/**
 * A section or part, or a list or range of them, at `at`. `plural` says the text announced several ("§§", "parts");
 * `commas` that a list may follow anyway (after "40 CFR").
 */
export function readItems(text: string, at: number, plural: boolean, commas = false): { items: CfrItem[]; range: boolean; end: number } | null {
  const first = readItem(text, at);
  if (!first) return null;
  const items = [first];
  let end = first.end;
  // "§§ 60.1-60.5", "§§ 1500.1-1508.28": a dash inside a CFR section is part of it ("1.1031(d)-1T"), unless after
  // "§§" a section (of the same part or another) follows it — then it is a range.
  // Without "§§", only when the part comes again after the dash: "7 CFR 1.1-1.28".
  let dash = first.section !== null && first.subsections.length === 0 ? first.section.lastIndexOf("-") : -1;
  if (dash >= 0 && !plural && !(first.section as string).startsWith(`${first.part}.`, dash + 1)) dash = -1;
  if (dash > first.part.length) {
    const b = readItem(text, at + dash + 1);
    if (b && b.section !== null && b.end >= first.end) {
      const a = { part: first.part, section: first.section!.slice(0, dash), subsections: [], start: at, end: at + dash };
      return { items: [a, b], range: true, end: b.end };
    }
  }
  // "40 CFR 1500–1508": a dash between two parts (no section on either side) is a range of parts, with or without
  // "parts" before it.
  const partRange = first.section === null && first.subsections.length === 0 ? execAt(PART_RANGE, text, end) : null;
  if (partRange) {
    const second = { part: partRange[1] as string, section: null, subsections: [], start: end + partRange[0].length - (partRange[1] as string).length, end: end + partRange[0].length };
    return { items: [first, second], range: true, end: second.end };
  }
  // "50.59(c)(2)(i)-(viii)": a range of subsections of one section, the right side written by its innermost
  // designators only.
  const subRange = first.subsections.length > 0 ? testAt(RANGE_SEP, text, end) : -1;
  if (subRange >= 0 && text.charCodeAt(subRange) === 40) {
    const right = readSubsections(text, subRange);
    const n = right.subsections.length;
    if (n > 0 && n <= first.subsections.length) {
      const second = { part: first.part, section: first.section, subsections: siblingOf(first.subsections, right.subsections), start: subRange, end: right.end };
      return { items: [first, second], range: true, end: second.end };
    }
  }
  // A range after "§§" or "parts" with any separator; without them only "through" says it ("40 CFR 60.1 through 60.5").
  const sep = testAt(plural ? RANGE_SEP : THROUGH, text, end);
  const second = sep >= 0 ? readItem(text, sep) : null;
  if (second && (second.section === null) === (first.section === null) && testAt(NEXT_CITATION, text, second.end) < 0) {
    return { items: [first, second], range: true, end: second.end };
  }
  if (plural || commas) {
    let last = first;
    for (let guard = 0; guard < 200; guard++) {
      const at2 = testAt(LIST_SEP, text, end);
      if (at2 < 0) break;
      // "1910.1200(g)(1) and (g)(2)": another subsection of the same section.
      if (text.charCodeAt(at2) === 40 && last.section !== null && last.subsections.length > 0) {
        const more = readSubsections(text, at2);
        const n = more.subsections.length;
        if (n === 0 || n > last.subsections.length) break;
        last = { part: last.part, section: last.section, subsections: siblingOf(last.subsections, more.subsections), start: at2, end: more.end };
        items.push(last);
        end = more.end;
        continue;
      }
      const next = readItem(text, at2);
      if (!next || testAt(NEXT_CITATION, text, next.end) >= 0) break;
      // "40 CFR 1508.4 and § 771.116 of this chapter": a section sign of its own before another part starts a short
      // form (of the part's own title, when the text cited it), not an item of this list.
      if (!plural && next.part !== first.part && sectionSignBefore(text, at2)) break;
      items.push(next);
      last = next;
      end = next.end;
    }
  }
  return { items, range: false, end };
}

// "27 CFR chapter I", "19 CFR, chapter I", "27 CFR Ch. II", "50 CFR Chapters II, III, IV, V, and VI".
const CHAPTER = /,?[ \n\u00a0\u2009\u202f](?:([Cc]hapters|Chs\.|CHAPTERS)|[Cc]hapter|Ch\.|CHAPTER)[ \n\u00a0\u2009\u202f]([IVXLC]{1,7}|\d{1,3})(?![A-Za-z0-9])/y;
const MORE_CHAPTERS = /(?:,[ \n\u00a0\u2009\u202f]?(?:and[ \n\u00a0\u2009\u202f]|or[ \n\u00a0\u2009\u202f])?|[ \n\u00a0\u2009\u202f](?:and|or)[ \n\u00a0\u2009\u202f])([IVXLC]{1,7}|\d{1,3})(?![A-Za-z0-9])/y;
// "20 CFR chapter III part 404": the part after its chapter.
const CHAPTER_PART = /,?[ \n\u00a0\u2009\u202f][Pp]art[ \n\u00a0\u2009\u202f](\d{1,5}[A-Za-z]?)(?![\w.])/y;

function cfrDraft(text: string, start: number, end: number, title: number, part: string | null): Draft<CfrCitation> {
  return { type: "cfr", match: text.slice(start, end), start, end, id: "", cite: "", title, part, section: null, subsections: [] };
}

/** A chapter (or a list of them, or a part after one) after "27 CFR", at `i`. Returns the end, or -1. */
function parseChapters(scan: Scan, at: number, title: number, i: number): number {
  const { text } = scan;
  const m = execAt(CHAPTER, text, i);
  if (!m) return -1;
  let end = i + m[0].length;
  scan.codes++;
  const part = execAt(CHAPTER_PART, text, end);
  if (part && m[1] === undefined) {
    end += part[0].length;
    const d = cfrDraft(text, at, end, title, part[1] as string);
    d.chapter = m[2];
    scan.found.push(d);
    return end;
  }
  const first = cfrDraft(text, at, end, title, null);
  first.chapter = m[2];
  scan.found.push(first);
  if (m[1] === undefined) return end;
  for (let guard = 0; guard < 50; guard++) {
    const more = execAt(MORE_CHAPTERS, text, end);
    if (!more) break;
    const chapter = more[1] as string;
    const d = cfrDraft(text, end + more[0].length - chapter.length, end + more[0].length, title, null);
    d.chapter = chapter;
    scan.found.push(d);
    end += more[0].length;
  }
  return end;
}

/** "40 C.F.R. § 60.1" and its kin, starting at the title number. */
export function parseCfrAt(scan: Scan, at: number): number {
  const { text } = scan;
  const headEnd = testAt(CFR_HEAD, text, at);
  if (headEnd < 0) return -1;
  const title = leadingNumber(text, at);
  if (title < 1 || title > 50) return -1;
  let i = headEnd;
  const after = text.charCodeAt(i);
  if (after === 44 || isCiteSpace(after)) {
    const chapters = parseChapters(scan, at, title, i);
    if (chapters >= 0) return chapters;
  }
  // "12 CFR.1806.103": a period for the space.
  if (after === 46 && isDigitCode(text.charCodeAt(i + 1))) i++;
  // "40 CFR 60.1": a number next, nothing between (the commonest form: no pattern run for it).
  let plural = false;
  if (isDigitCode(text.charCodeAt(i)) || (isCiteSpace(text.charCodeAt(i)) && isDigitCode(text.charCodeAt(i + 1)))) {
    if (!isDigitCode(text.charCodeAt(i))) i++;
  } else {
    const mark = execAt(MARK, text, i) as RegExpExecArray; // always matches (everything optional)
    i += mark[0].length;
    plural = mark[1] !== undefined;
  }
  // "3 CFR, 1959–1963 Comp., p. 389": a compilation of title 3 (presidential documents), by years, not a part.
  const comp = title === 3 ? execAt(COMPILATION, text, i) : null;
  if (comp) {
    const end = i + comp[0].length;
    scan.codes++;
    scan.found.push({ type: "cfr", match: text.slice(at, end), start: at, end, id: "", cite: "", title, part: null, section: null, subsections: [] } satisfies Draft<CfrCitation>);
    return end;
  }
  const read = readItems(text, i, plural, true);
  if (!read) {
    // "under 40 CFR, as amended", "27 CFR. Title 27 of …": the title alone, when nothing but punctuation or the end
    // follows it (not "the 50 CFR titles"); not the abbreviation a text defines for the title it has just cited
    // ("Title 14, Code of Federal Regulations (14 CFR) part 71").
    const end = headEnd;
    const c = text.charCodeAt(end);
    if (!(c === 41 || c === 44 || c === 59 || c === 10 || Number.isNaN(c) || (c === 46 && !isDigitCode(text.charCodeAt(end + 1))))) return -1;
    if (c === 41 && text.charCodeAt(at - 1) === 40 && DEFINED_AFTER.test(text.slice(Math.max(0, at - 16), at - 1))) return -1;
    scan.codes++;
    scan.found.push(cfrDraft(text, at, end, title, null));
    return end;
  }
  pushItems(scan, title, read.items, read.range, at, read.end);
  return read.end;
}

const DEFINED_AFTER = /Regulations,?[ \n\u00a0]?$/;
const TITLE_CFR = /[Tt]itle[ \n\u00a0\u2009\u202f](\d{1,2}),?[ \n\u00a0\u2009\u202f](?:of[ \n\u00a0\u2009\u202f])?(?:the[ \n\u00a0\u2009\u202f])?(?:Code[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f]Federal[ \n\u00a0\u2009\u202f]Regulations|CFR(?![A-Za-z])|C\.F\.R\.)/y;
const THEN_PART = /,?[ \n\u00a0\u2009\u202f](?:(parts|sections|§§)|part|section|§)[ \n\u00a0\u2009\u202f]?/y;
const OF_TITLE_CFR = /,?[ \n\u00a0\u2009\u202f](?:of[ \n\u00a0\u2009\u202f])?title[ \n\u00a0\u2009\u202f](\d{1,2}),?[ \n\u00a0\u2009\u202f](?:of[ \n\u00a0\u2009\u202f])?(?:the[ \n\u00a0\u2009\u202f])?(?:Code[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f]Federal[ \n\u00a0\u2009\u202f]Regulations|CFR(?![A-Za-z])|C\.F\.R\.)/y;
const PART_AGAIN = /,?[ \n\u00a0\u2009\u202f][Pp]art[ \n\u00a0\u2009\u202f](\d{1,5}[A-Za-z]?)(?![\w.])/y;
const OF_N_CFR = /[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](\d{1,2})[ \n\u00a0\u2009\u202f]?(?:C\.[ \n\u00a0\u2009\u202f]?F\.[ \n\u00a0\u2009\u202f]?R\.|CFR)/y;

/** "title 40, Code of Federal Regulations[, part 60]", starting at the word "title". */
export function parseTitleCfr(scan: Scan, start: number): number {
  const { text } = scan;
  const m = execAt(TITLE_CFR, text, start);
  if (!m) return -1;
  const title = Number(m[1]);
  const after = start + m[0].length;
  const then = execAt(THEN_PART, text, after);
  if (then) {
    const read = readItems(text, after + then[0].length, then[1] !== undefined);
    if (read) {
      pushItems(scan, title, read.items, read.range, start, read.end);
      return read.end;
    }
  }
  scan.found.push({ type: "cfr", match: text.slice(start, after), start, end: after, id: "", cite: "", title, part: null, section: null, subsections: [] } satisfies Draft<CfrCitation>);
  return after;
}

/** "part 60 of title 40, Code of Federal Regulations", "section 60.1 of 40 CFR": the word at `start`, number at `at`. */
export function parsePartOfTitle(scan: Scan, start: number, at: number, plural: boolean): number {
  const { text } = scan;
  const read = readItems(text, at, plural);
  if (!read) return -1;
  const t = execAt(OF_TITLE_CFR, text, read.end) ?? execAt(OF_N_CFR, text, read.end);
  if (!t) return -1;
  let end = read.end + t[0].length;
  // "section 60.13 of 36 CFR part 60": the part named again after the title.
  const again = execAt(PART_AGAIN, text, end);
  if (again && again[1] === read.items[0]?.part) end += again[0].length;
  pushItems(scan, Number(t[1]), read.items, read.range, start, end);
  return end;
}

export function cfrId(c: CfrCitation): string {
  if (c.part === null) return c.chapter === undefined ? `cfr/${String(c.title)}` : `cfr/${String(c.title)}/chapter-${c.chapter}`;
  let id = `cfr/${String(c.title)}/${c.section ?? c.part}`;
  for (const s of c.subsections) id += "/" + s;
  return id;
}

export function cfrBluebook(c: CfrCitation): string {
  const head = `${String(c.title)} C.F.R.`;
  if (c.rangeOf) {
    const [a, b] = c.rangeOf;
    return c.section === null ? `${head} pts. ${a}–${b}` : b.startsWith("(") ? `${head} § ${a}–${b}` : `${head} §§ ${a}–${b}`;
  }
  if (c.part === null) return c.chapter === undefined ? head : `${head} ch. ${c.chapter}`;
  if (c.section === null) return `${head} pt. ${c.part}`;
  return `${head} § ${c.section}${designators(c.subsections)}`;
}

export function cfrShort(c: CfrCitation): string {
  return c.section === null ? cfrBluebook(c) : `§ ${c.section}${designators(c.subsections)}`;
}

export function cfrUrl(c: CfrCitation, source: string | undefined): string {
  const t = String(c.title);
  if (source === "govinfo") {
    return c.part === null
      ? `https://www.govinfo.gov/app/collection/cfr`
      : `https://www.govinfo.gov/link/cfr/${t}/${c.part}?${c.section ? `sectionnum=${c.section.slice(c.part.length + 1)}&` : ""}year=mostrecent&link-type=html`;
  }
  if (c.part === null) return c.chapter === undefined ? `https://www.ecfr.gov/current/title-${t}` : `https://www.ecfr.gov/current/title-${t}/chapter-${c.chapter}`;
  if (c.section === null) return `https://www.ecfr.gov/current/title-${t}/part-${c.part}`;
  return `https://www.ecfr.gov/current/title-${t}/section-${c.section}${c.subsections.length ? `#p-${c.section}(${c.subsections.join(")(")})` : ""}`;
}

// Short forms resolved to the citations they stand for, once every full citation is known: "Id." to the one just
// before, "§ 1595(d)" to the last U.S. Code or CFR citation (a CFR section to the last of its part), "section 230 of
// such Act" to the act named last, "section 1595 of such title" to the title named last.
import type { Draft } from "./model.js";
import type { NameIndex, ResolvedName } from "./names.js";
import { isWholeName, unknownActName } from "./types/act.js";
import { isPending, type PendingShortForm, type Scan } from "./_lib/scan.js";
import { execAt, isCiteSpace, isDigitCode, isLetterCode, isSpaceCode } from "./_lib/text.js";

/** Resolve short forms against the full citations before them; drop those that refer to nothing. */
export function resolveShortForms(items: (Draft | PendingShortForm)[], scan: Scan): Draft[] {
  const { names, text } = scan;
  const quoted = quotedIn(text);
  // (A text names few acts, again and again: each name is looked up once.)
  const looked = new Map<string, ResolvedName | undefined>();
  const lookup = (name: string): ResolvedName | undefined => {
    if (!looked.has(name)) looked.set(name, names.lookup(name));
    return looked.get(name);
  };
  const out: Draft[] = [];
  let last: Draft | undefined;
  let lastCode: Draft | undefined;
  // The last few act citations: what "such Act" means (see suchAct).
  const recentActs: (Draft & { type: "act" })[] = [];
  // The last U.S. Code citation written with the word "title" ("section 200305 of title 54"): what "such title" means
  // even when a "(16 U.S.C. 460l–5)" came between.
  let lastTitle: Draft | undefined;
  // The last CFR citation of each part: "§ 771.116" is of the title of the "23 CFR part 771" cited before it, though
  // "40 CFR 1508.4" came between.
  const cfrByPart = new Map<string, Draft>();
  // The last U.S. Code citation of title 36 or 54, the two titles whose sections have six digits ("§ 100101").
  let sixDigitTitle: Draft | undefined;
  for (const item of items) {
    if (!isPending(item)) {
      out.push(item);
      if (item.type !== "voteTally") last = item;
      if (item.type === "usc" || item.type === "cfr") lastCode = item;
      // (Written with the word, the citation starts with a letter: "section 552 of title 5", "title 5, United States Code".)
      if (item.type === "usc" && !isDigitCode(item.match.charCodeAt(0)) && (item.match.includes("itle") || item.match.includes("ITLE"))) lastTitle = item;
      if (item.type === "act" && recentActs.push(item) > 8) recentActs.shift();
      if (item.type === "cfr" && item.part !== null) cfrByPart.set(item.part, item);
      if (item.type === "usc" && (item.title === 36 || item.title === 54)) sixDigitTitle = item;
      continue;
    }
    const base = item.ofTitle ? (lastTitle ?? lastCode) : item.kind === "such" ? (item.code ? suchCode(recentActs) : suchAct(text, names, quoted, recentActs, item.start, item.end)) : item.kind === "id" ? idBase(text, last, item.start) : sixDigits(item) ? sixDigitTitle : (samePart(item, cfrByPart) ?? lastCode);
    const made = base ? resolveOne(base, item, lookup) : undefined;
    if (made) {
      out.push(made);
      last = made;
      if (made.type === "usc" || made.type === "cfr") lastCode = made;
    }
  }
  return out;
}

/**
 * What "such Act" (at `at`) means: the act cited last — outside quotation marks, the last one cited outside them (the
 * text an amendment inserts cites other acts) — or an act the index does not know named after it ("payments under the
 * Head Start Act, … notwithstanding section 640 of such Act"), within 3,000 characters and not quoted either. Looked for
 * only when asked: a few acts back at most.
 */
function suchAct(text: string, names: NameIndex, quoted: (at: number) => boolean, recentActs: readonly (Draft & { type: "act" })[], at: number, end: number): (Draft & { type: "act" }) | undefined {
  // (Whether the form itself is quoted is asked only when a quoted act is in the way.)
  let inQuote: boolean | undefined;
  const skip = (start: number): boolean => quoted(start) && !(inQuote ??= quoted(at));
  let base = recentActs[recentActs.length - 1];
  for (let j = recentActs.length - 1; j >= 0; j--) {
    const act = recentActs[j] as Draft & { type: "act" };
    if (!skip(act.start)) {
      base = act;
      break;
    }
  }
  const floor = Math.max(base ? base.end : 0, at - 3000);
  let i = at;
  for (let tries = 0; tries < 8; tries++) {
    i = text.lastIndexOf("Act", i - 1);
    if (i < floor) break;
    // A whole word, after a capitalised one ("Head Start Act"; not "such Act", "this Act", "Actions").
    if (isLetterCode(text.charCodeAt(i - 1)) || isLetterCode(text.charCodeAt(i + 3)) || !capitalisedBefore(text, i) || skip(i)) continue;
    const known = names.endingAt(text, i, i + 3);
    if (known && isWholeName(text, known)) break;
    const act = unknownActName(text, i, i + 3);
    if (!act || act.start < floor) continue;
    return { type: "act", match: "", start: act.start, end: act.end, id: "", cite: "", name: act.name, section: null, subsections: [], publicLaw: null, stat: null, usc: null, bill: null };
  }
  // When the text gives the Code title right after ("section 403(a) of such Act (29 U.S.C. 1103(a))") and the act
  // chosen sits in another title, one of the last few acts that sits in it.
  const hint = base?.usc ? execAt(TITLE_AFTER, text, end) : null;
  if (hint && base?.usc?.title !== Number(hint[1])) {
    for (let j = recentActs.length - 1; j >= 0; j--) if ((recentActs[j] as Draft & { type: "act" }).usc?.title === Number(hint[1])) return recentActs[j];
  }
  return base;
}

const CODE_NAME = /\bCode(?: of \d{4})?$/;
const TITLE_AFTER = /[ \n\u00a0]?\((\d{1,2})[ \n\u00a0]U\.S\.C\./y;

/** What "such Code" means: the last code cited among the last few acts ("section 414(i) of the Internal Revenue Code"). */
function suchCode(recentActs: readonly (Draft & { type: "act" })[]): (Draft & { type: "act" }) | undefined {
  for (let j = recentActs.length - 1; j >= 0; j--) if (CODE_NAME.test((recentActs[j] as Draft & { type: "act" }).name)) return recentActs[j];
  return undefined;
}

/** The word before `at` (one space between) starts with a capital letter or a digit ("21st Century Cures Act"). */
function capitalisedBefore(text: string, at: number): boolean {
  if (!isCiteSpace(text.charCodeAt(at - 1))) return false;
  let j = at - 1;
  while (j > 0 && !isSpaceCode(text.charCodeAt(j - 1)) && at - j < 40) j--;
  const c = text.charCodeAt(j);
  return (c >= 65 && c <= 90) || isDigitCode(c);
}

/**
 * Whether a position is inside “…”: the nearest curly quotation mark before it, no more than 600 characters back,
 * opens one. Asked at a later position, it reads only what lies between (the answer carries over when no mark does);
 * answers for earlier positions are kept, so that asking again costs nothing.
 */
function quotedIn(text: string): (at: number) => boolean {
  const known = new Map<number, boolean>();
  let lastAt = -1;
  let lastAnswer = false;
  const back = (from: number, to: number): boolean | undefined => {
    for (let i = from - 1; i >= to; i--) {
      const c = text.charCodeAt(i);
      if (c === 8221) return false;
      if (c === 8220) return true;
    }
    return undefined;
  };
  return (at) => {
    if (at === lastAt) return lastAnswer;
    if (lastAt >= 0 && at > lastAt && at - lastAt <= 600) {
      lastAnswer = back(at, lastAt) ?? lastAnswer;
      lastAt = at;
      return lastAnswer;
    }
    let q = known.get(at);
    if (q === undefined) {
      q = back(at, Math.max(0, at - 600)) ?? false;
      known.set(at, q);
    }
    if (at > lastAt) {
      lastAt = at;
      lastAnswer = q;
    }
    return q;
  };
}

/**
 * What "Id." (at `at`) refers to: the citation just before — unless another source was cited since, one that is no
 * citation here ("See Response Letter.", "See Preliminary Decision Memorandum at 4."): then it refers to that, and to
 * nothing this reads.
 */
function idBase(text: string, last: Draft | undefined, at: number): Draft | undefined {
  if (!last || at - last.end < 6) return last;
  return OTHER_SOURCE.test(text.slice(Math.max(last.end, at - 400), at)) ? undefined : last;
}
const OTHER_SOURCE = /(?:^|[\n.;:)]\s*)(?:See|see|See also|see also|Cf\.|cf\.|See, e\.g\.,|see, e\.g\.,)\s+(?![Ii]d\.|[Ii]bid\.)[A-Z]/;

/**
 * A bare "§ 320104": a section number of six digits, which only titles 36 and 54 of the U.S. Code have (a
 * codification bill enacting one cites the old places of its sections in between: "16 U.S.C. 470b").
 */
function sixDigits(item: PendingShortForm): boolean {
  const s = item.section;
  if (s === null || s.length < 6) return false;
  let n = 0;
  while (n < s.length && isDigitCode(s.charCodeAt(n))) n++;
  return n === 6;
}

/** For a bare "§ 771.116": the last CFR citation of its part, if there was one. */
function samePart(item: PendingShortForm, cfrByPart: Map<string, Draft>): Draft | undefined {
  const dot = item.section === null || cfrByPart.size === 0 ? -1 : item.section.indexOf(".");
  return dot > 0 ? cfrByPart.get((item.section as string).slice(0, dot)) : undefined;
}

/** The citation a short form stands for; a half of a range ("§§ 60.3–60.5") stays one. */
function resolveOne(base: Draft, item: PendingShortForm, lookup: (name: string) => ResolvedName | undefined): Draft | undefined {
  const d = resolveFields(base, item, lookup);
  if (d && item.range && item.rangeOf && (d.type === "usc" || d.type === "cfr" || d.type === "act")) {
    d.range = item.range;
    d.rangeOf = item.rangeOf;
  }
  return d;
}

/**
 * The fields of `base` with the section the short form names. Each type is copied field by field (no spread, no
 * delete), `shortForm` last and inside the literal, so the citations of a type keep one object shape (the halves of
 * a range add `range` and `rangeOf`, as full citations' do).
 */
function resolveFields(base: Draft, item: PendingShortForm, lookup: (name: string) => ResolvedName | undefined): Draft | undefined {
  const { match, start, end, kind: shortForm } = item;
  const section = item.pinCite === null ? item.section : null;
  const subsections = section === null ? base.type === "usc" || base.type === "cfr" || base.type === "act" ? [...base.subsections] : [] : item.subsections;
  switch (base.type) {
    case "usc": {
      if (item.chapter) {
        return {
          type: "usc", match, start, end, id: "", cite: "", title: base.title, section: null, subsections: [], chapter: item.section, appendix: base.appendix,
          note: false, etSeq: false, shortForm,
        };
      }
      if (section?.includes(".")) return undefined;
      const d: Draft = {
        type: "usc", match, start, end, id: "", cite: "", title: base.title, section: section ?? base.section, subsections,
        chapter: section === null ? base.chapter : null, appendix: base.appendix, note: section === null && base.note, etSeq: section === null && base.etSeq, shortForm,
      };
      return d;
    }
    case "cfr": {
      if (item.chapter) return undefined;
      const dot = section === null ? 0 : section.indexOf(".");
      if (dot < 0) return undefined;
      const d: Draft = {
        type: "cfr", match, start, end, id: "", cite: "", title: base.title, part: section === null ? base.part : section.slice(0, dot),
        section: section ?? base.section, subsections, shortForm,
      };
      return d;
    }
    case "act": {
      const resolved = section === null ? null : lookup(base.name);
      const d: Draft = {
        type: "act", match, start, end, id: "", cite: "", name: base.name, section: section ?? base.section, subsections,
        publicLaw: base.publicLaw, stat: base.stat, usc: section === null ? base.usc : resolved ? resolved.uscSection(section, subsections) : null, bill: base.bill, shortForm,
      };
      return d;
    }
    case "publicLaw":
    case "privateLaw": {
      const d: Draft = {
        type: base.type, match, start, end, id: "", cite: "", congress: base.congress, number: base.number,
        sections: section === null ? [...base.sections] : [section, ...subsections], title: section === null ? base.title : null,
      };
      if (base.stat) d.stat = base.stat;
      if (base.year) d.year = base.year;
      d.shortForm = shortForm;
      return d;
    }
    case "case": {
      if (section !== null) return undefined;
      return { ...base, match, start, end, pinCite: item.pinCite ?? base.pinCite, shortForm };
    }
    default: {
      if (section !== null) return undefined;
      return { ...base, match, start, end, shortForm };
    }
  }
}

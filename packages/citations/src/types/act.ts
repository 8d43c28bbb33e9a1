// Named acts: "Section 230 of the Communications Decency Act", "section 9503(c) of the Internal Revenue Code of 1986",
// "the Administrative Procedure Act", "section 230 of such Act" (the act named last), and acronyms the text defines:
// "the Communications Decency Act (CDA)" … "the CDA".
import type { ActCitation, Draft } from "../model.js";
import type { NameMatch, ResolvedName } from "../names.js";
import { YEAR_AFTER_NAME, LEADING_WORDS, designators, execAt, isCiteSpace, isLetterCode, isSpaceCode, leadingNumber, testAt, CITE_SPACE as S } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";
import { statText } from "./stat.js";
import { pushSectionShortForms, rangeEnds, readSectionItems, type SectionItems } from "./usc.js";

// "(CDA)", "(the “CDA”)", and "(MMPA; 16 U.S.C. 1361 et seq.)" as Federal Register notices write it.
// Bills write "(referred to in this Act as “WIOA”)", notices "…, as amended (HEA)".
const ACRONYM_DEFINED = new RegExp(
  `(?:,?${S}as${S}amended)?${S}?\\((?:the${S}|hereinafter${S}|(?:hereinafter${S}|hereafter${S})?referred${S}to${S}(?:in${S}this${S}(?:Act|title|subtitle|section|part|division)${S})?as${S}(?:the${S})?)?["“]?([A-Z][A-Za-z]{0,2}[A-Z0-9&]{1,8})["”]?(?:\\)|;${S})`,
  "y",
);
const OF_THE = /,?[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:the[ \n\u00a0\u2009\u202f])?/y;
// "of such Act", and "of such Code" (the Internal Revenue Code named before: "section 401(a) of such Code").
const SUCH_ACT = /[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:such|that|said)[ \n\u00a0\u2009\u202f](?:Act|Code)(?![A-Za-z])/y;
const ACRONYM = /[A-Z][A-Za-z]{0,2}[A-Z0-9&]{1,8}(?![A-Za-z0-9])/y;
// A name the index does not know, after "section N of the": capitalised words (with small connecting words) ending in
// "Act" or "Code", and an optional year ("of 1986", ", 2017", "for Fiscal Year 2018").
const W = "(?:[A-Z][A-Za-z'’.-]*,?|of|and|the|for|to|on|in|&)";
const UNKNOWN_ACT = new RegExp(`([A-Z][A-Za-z'’.-]*,?(?:[ \\n\\u00a0\\u2009\\u202f]${W}){0,14}?[ \\n\\u00a0\\u2009\\u202f](?:Act|Code))(?:,?[ \\n\\u00a0\\u2009\\u202f]of[ \\n\\u00a0\\u2009\\u202f](\\d{4})|,[ \\n\\u00a0\\u2009\\u202f](\\d{4})|[ \\n\\u00a0\\u2009\\u202f]for[ \\n\\u00a0\\u2009\\u202f]Fiscal[ \\n\\u00a0\\u2009\\u202f]Years?[ \\n\\u00a0\\u2009\\u202f]\\d{4}(?:[ \\n\\u00a0\\u2009\\u202f](?:and|through)[ \\n\\u00a0\\u2009\\u202f]\\d{4})?)?(?![A-Za-z\\d])`, "y");

// "section 14 of the Act of March 3, 1899": an act known by the day it was approved; "Section 249 of the Revised
// Statutes": the Revised Statutes of 1874.
const DATED_OR_REVISED = new RegExp(
  `Act${S}of${S}(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.)${S}(\\d{1,2}),${S}(\\d{4})(?!\\d)|Revised${S}Statutes(?![A-Za-z])`,
  "y",
);
const REVISED_STATUTES = "Revised Statutes";
// The Bluebook's abbreviations of months (table T12).
const MONTHS: Record<string, string> = {
  January: "Jan.", February: "Feb.", March: "Mar.", April: "Apr.", August: "Aug.", September: "Sept.", October: "Oct.", November: "Nov.", December: "Dec.", "Sep.": "Sept.",
};

/** "Act of March 3, 1899" → "Act of Mar. 3, 1899", as the Bluebook writes an act known by its date; null for other names. */
function datedName(name: string): string | null {
  if (!name.startsWith("Act of ")) return null;
  const month = name.slice(7, name.indexOf(" ", 7));
  return `Act of ${MONTHS[month] ?? month}${name.slice(7 + month.length)}`;
}

function actDraft(scan: Scan, resolved: ResolvedName | null, name: string, start: number, end: number, section: string | null, subsections: string[]): Draft<ActCitation> {
  return {
    type: "act",
    match: scan.text.slice(start, end),
    start,
    end,
    id: "",
    cite: "",
    name: resolved?.name ?? name,
    section,
    subsections,
    publicLaw: resolved?.publicLaw ?? null,
    stat: resolved?.stat ?? null,
    usc: resolved ? (section === null ? resolved.usc : resolved.uscSection(section, subsections)) : null,
    bill: resolved?.bill ?? null,
  };
}

/** The name of an act the index does not know, ending with the word "Act" at `last`, or null ("this Act"). */
export function unknownActName(text: string, last: number, end: number): { start: number; end: number; name: string } | null {
  const start = unknownNameBefore(text, last);
  if (start < 0) return null;
  const y = testAt(YEAR_AFTER_NAME, text, end);
  const nameEnd = y < 0 ? end : y;
  return { start, end: nameEnd, name: text.slice(start, nameEnd).replace(/[ \n\u00a0\u2009\u202f]+/g, " ") };
}

/** Note an acronym defined right after a name ("… Act (CDA)"); `mentions`: its mentions alone are citations. */
function noteAcronym(scan: Scan, resolved: ResolvedName, end: number, mentions = true): void {
  const a = execAt(ACRONYM_DEFINED, scan.text, end);
  if (a && !scan.acronyms.has(a[1] as string)) scan.acronyms.set(a[1] as string, { resolved, at: end, mentions });
}

const NO_USC = (): null => null;
// Any white space but a single space (most names have none: then they are taken as they are).
const OTHER_SPACE = /[^\S ]|\s\s/;
const YEAR_FIRST = /(?:1[789]|20)\d\d[ \n\u00a0\u2009\u202f](?=[A-Z])/y;

/** After an act's name: a parenthesis within a few words (" (", ", as amended (", " of 2014 ("). A cheap look. */
function defines(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return false;
  const limit = Math.min(text.length, end + 16);
  for (let i = end + 1; i < limit; i++) if (text.charCodeAt(i) === 40) return true;
  return false;
}

const CONNECTING = new Set(["of", "and", "the", "for", "to", "on", "in", "&"]);
// "title V of the Older Americans Act": a part of the act and its designation are no part of its name.
const DESIGNATION = /^(?:[IVXLC]+|[A-Z])$/;
// ("titles I and II of the Education of the Deaf Act": the first designation of a list too.)
const PART_BEFORE = /(?:[Tt]itles?|[Ss]ubtitles?|[Pp]arts?|[Dd]ivisions?|[Cc]hapters?|[Ss]ubchapters?)[ \n\u00a0](?:(?:[IVXLC]+|[A-Z]),?[ \n\u00a0](?:and|or)[ \n\u00a0])?$/;

/** A capitalised word, not one that starts sentences, right before `at` with one space between ("Government By"). */
function nameWordBefore(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 32) return false;
  let j = at - 1;
  while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
  const c = text.charCodeAt(j);
  return j < at - 2 && c >= 65 && c <= 90 && (j === 0 || isSpaceCode(text.charCodeAt(j - 1))) && !LEADING_WORDS.has(text.slice(j, at - 1));
}

/**
 * Where the name of an act the index does not know starts, reading back from its last word at `last`: capitalised
 * words and small connecting words, at most 15, not counting words that start a sentence ("Pursuant to the …") or
 * connecting words at its start. -1 when there is no word before "Act".
 */
function unknownNameBefore(text: string, last: number): number {
  let start = last;
  let i = last;
  for (let words = 0; words < 15; words++) {
    if (!isCiteSpace(text.charCodeAt(i - 1))) break;
    let j = i - 1;
    while (j > 0 && !isSpaceCode(text.charCodeAt(j - 1))) j--;
    let w = text.slice(j, i - 1);
    if (w.endsWith(",")) w = w.slice(0, -1);
    if (CONNECTING.has(w)) {
      i = j;
      continue;
    }
    // ("Federal" starts many names: "the Federal Insecticide, Fungicide, and Rodenticide Act".)
    // (A capitalised word, or an ordinal: "the 21st Century Cures Act".)
    // (A word that starts sentences, inside a name only after another of its capitalised words: "the Government By
    // the People Act"; not "Pursuant to the … Act".)
    if (!/^(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th))$/.test(w) || (LEADING_WORDS.has(w) && w !== "Federal" && !nameWordBefore(text, j)) || (DESIGNATION.test(w) && PART_BEFORE.test(text.slice(Math.max(0, j - 32), j)))) break;
    i = j;
    start = j;
  }
  return start === last ? -1 : start;
}

/**
 * The initials of an act the index does not know, defined after its name: "the Workforce Innovation and Opportunity
 * Act (referred to in this Act as “WIOA”)", the name's last word "Act" at [last, end). They resolve "section 132 of the
 * WIOA" to the act by name; alone they are no citation, as an unknown name alone is none.
 */
export function noteUnknownDefinition(scan: Scan, last: number, end: number): void {
  const { text } = scan;
  if (!defines(text, end)) return;
  const y = testAt(YEAR_AFTER_NAME, text, end);
  const nameEnd = y < 0 ? end : y;
  if (testAt(ACRONYM_DEFINED, text, nameEnd) < 0) return;
  const act = unknownActName(text, last, end);
  if (!act) return;
  const year = /(\d{4})$/.exec(act.name);
  noteAcronym(scan, { name: act.name, publicLaw: null, stat: null, year: year ? Number(year[1]) : null, usc: null, bill: null, uscSection: NO_USC }, nameEnd, false);
}

// "Social Security Act § 1902(a)(10)", "Clean Air Act §§ 108–109": the section after the name, as the Bluebook writes it.
const THEN_SECTION = /[ \n\u00a0\u2009\u202f](§§?)[ \n\u00a0\u2009\u202f]?(?=\d)/y;
// "CAA section 110(a)(2)", "TSCA sections 4 and 5": the word after initials or a name, on the same line (a line that
// starts with "Section 2." after a name is a heading of its own).
const THEN_SECTION_WORD = /[ \u00a0](?:([Ss]ections|[Ss]ecs\.)|[Ss]ection|[Ss]ec\.)[ \u00a0](?=\d)/y;

/** A section, or several, right after a name or initials ending at `end`: "§ 1902(a)(10)", "section 110(a)(2)". */
function sectionsAfter(text: string, end: number): SectionItems | null {
  const c = text.charCodeAt(end + 1);
  if (c === 167 || text.charCodeAt(end + 2) === 167) {
    const sec = execAt(THEN_SECTION, text, end);
    return sec ? readSectionItems(text, end + sec[0].length, sec[1] === "§§") : null;
  }
  if (c !== 83 && c !== 115) return null;
  const word = execAt(THEN_SECTION_WORD, text, end);
  return word ? readSectionItems(text, end + word[0].length, word[1] !== undefined) : null;
}

/**
 * A name the index found on its own ("the Administrative Procedure Act"), or with a section after it ("Social
 * Security Act § 1902(a)(10)"). Returns where the citation ends.
 */
export function pushActMention(scan: Scan, m: NameMatch): number {
  const items = sectionsAfter(scan.text, m.end);
  if (items) {
    pushItems(scan, items, m.resolved, "", m.start, items.end);
    noteAcronym(scan, m.resolved, m.end);
    return items.end;
  }
  scan.found.push(actDraft(scan, m.resolved, "", m.start, m.end, null, []));
  noteAcronym(scan, m.resolved, m.end);
  return m.end;
}

const IRC_BACK = /(?:I\.[ \u00a0]?R\.[ \u00a0]?C\.|IRC)[ \n\u00a0\u2009\u202f]?$/;
const IRC = "Internal Revenue Code of 1986";

/**
 * "I.R.C. § 501(c)(3)", "IRC section 61": the Internal Revenue Code by its initials, as the Bluebook cites it; the "§"
 * or "section" at `start`, the number at `at`. Returns the end, or -1.
 */
export function parseIrcSection(scan: Scan, start: number, at: number, plural: boolean): number {
  const { text } = scan;
  const c = text.charCodeAt(start - 1);
  const d = text.charCodeAt(start - 2);
  if (!(c === 46 || c === 67 || d === 46 || d === 67)) return -1;
  const from = Math.max(0, start - 9);
  const m = IRC_BACK.exec(text.slice(from, start));
  if (!m || (m.index > 0 && /[A-Za-z.]/.test(text.charAt(from + m.index - 1)))) return -1;
  const items = readSectionItems(text, at, plural);
  if (!items) return -1;
  pushItems(scan, items, scan.names.lookup(IRC) ?? null, IRC, from + m.index, items.end);
  return items.end;
}

/** Mentions of the acronyms defined in the text, after their definitions. */
export function pushAcronymMentions(scan: Scan): void {
  const keys = [...scan.acronyms];
  if (keys.length === 0) return;
  const { text } = scan;
  // (One pattern of them all: measured, faster than an indexOf scan per acronym.)
  const re = new RegExp(`\\b(?:${keys.map(([k]) => k).join("|")})\\b`, "g");
  re.lastIndex = Math.min(...keys.map(([, d]) => d.at));
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = scan.acronyms.get(m[0]);
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    // "(CDA)" is the definition itself; "CDA-1" or "‘CDA’" are something else.
    if (!d || m.index <= d.at || before === 40 || before === 45 || before === 8220 || before === 34) continue;
    // "CAA section 110(a)(2)", "FIFRA section 17": a section of it (of an act the index does not know too); alone,
    // only the initials of an act it knows are a citation.
    const end = m.index + m[0].length;
    const items = sectionsAfter(text, end);
    if (items) {
      pushItems(scan, items, d.resolved, m[0], m.index, items.end);
      re.lastIndex = items.end;
    } else if (d.mentions) {
      scan.found.push(actDraft(scan, d.resolved, m[0], m.index, end, null, []));
    }
  }
}

/**
 * "section 230 of the Communications Decency Act", "section 230 of the CDA", "section 230 of such Act", starting at
 * the word "section" (`start`), with the section already read. Returns the end, or -1.
 */
export function parseSectionOfAct(scan: Scan, start: number, items: SectionItems): number {
  const { text } = scan;
  const first = items.items[0];
  if (!first) return -1;
  const such = testAt(SUCH_ACT, text, items.end);
  if (such >= 0) {
    if (!scan.resolve) return -1;
    // ("of such Code": the Internal Revenue Code named before.)
    return pushSectionShortForms(scan, text.charCodeAt(such - 1) === 101 ? { kind: "such", code: true } : { kind: "such" }, start, items, such);
  }
  const at = testAt(OF_THE, text, items.end);
  if (at < 0) return -1;
  // "section 101 of this Act", "of that title", "of such section": internal references, the commonest case by far.
  if (text.startsWith("this", at) || text.startsWith("that", at) || text.startsWith("such", at)) return -1;
  // "Section 230 of the 1996 Communications Decency Act": the year the act was enacted before its name.
  const yearFirst = testAt(YEAR_FIRST, text, at);
  const named = scan.names.matchAt(text, yearFirst < 0 ? at : yearFirst);
  if (named && yearFirst >= 0 && named.resolved.year !== leadingNumber(text, at)) return -1;
  if (named) {
    pushItems(scan, items, named.resolved, "", start, named.end);
    noteAcronym(scan, named.resolved, named.end);
    return named.end;
  }
  const acronym = execAt(ACRONYM, text, at);
  const known = acronym ? scan.acronyms.get(acronym[0]) : undefined;
  if (acronym && known && known.at <= at) {
    const end = at + acronym[0].length;
    pushItems(scan, items, known.resolved, acronym[0], start, end);
    return end;
  }
  const dated = text.charCodeAt(at) === 65 || text.charCodeAt(at) === 82 ? execAt(DATED_OR_REVISED, text, at) : null;
  if (dated) {
    const end = at + dated[0].length;
    pushItems(scan, items, null, dated[1] === undefined ? REVISED_STATUTES : `Act of ${dated[1]} ${dated[2] as string}, ${dated[3] as string}`, start, end);
    return end;
  }
  const unknown = execAt(UNKNOWN_ACT, text, at);
  if (unknown) {
    const end = at + unknown[0].length;
    pushItems(scan, items, null, OTHER_SPACE.test(unknown[0]) ? unknown[0].replace(/\s+/g, " ") : unknown[0], start, end);
    return end;
  }
  return -1;
}

/** One citation per section named ("sections 201(m) and 1131(b)(2) of the Social Security Act"), as for the Code. */
function pushItems(scan: Scan, items: SectionItems, resolved: ResolvedName | null, name: string, start: number, end: number): void {
  const list = items.items;
  if (items.range && list.length === 2) {
    // "sections 101 through 105 of the Clean Air Act", "Section 206(a)–(d) of …": a start and an end, both spanning
    // the whole range, as for the U.S. Code.
    const [a, b] = list as [SectionItems["items"][number], SectionItems["items"][number]];
    const rangeOf = rangeEnds(scan.text, a, b);
    for (const [item, which] of [[a, "start"], [b, "end"]] as const) {
      const d = actDraft(scan, resolved, name, start, end, item.section, item.subsections);
      d.range = which;
      d.rangeOf = rangeOf;
      scan.found.push(d);
    }
    return;
  }
  if (list.length === 1 || items.range) {
    const first = list[0] as SectionItems["items"][number];
    scan.found.push(actDraft(scan, resolved, name, start, end, first.section, first.subsections));
    return;
  }
  list.forEach((item, i) => scan.found.push(actDraft(scan, resolved, name, i === 0 ? start : item.start, item.end, item.section, item.subsections)));
}

/** "Communications Decency Act of 1996" → "communications-decency-act-of-1996", in one pass without a regex. */
function slugOf(name: string): string {
  let out = "";
  let dash = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) out += "-";
      out += String.fromCharCode(c);
      dash = false;
    } else dash = true;
  }
  return out;
}

// Names repeat (a bill cites the same acts again and again): their slugs are kept, up to a bound.
const slugs = new Map<string, string>();

export function actId(c: ActCitation): string {
  let slug = slugs.get(c.name);
  if (slug === undefined) {
    slug = slugOf(c.name);
    if (slugs.size >= 5000) slugs.clear();
    slugs.set(c.name, slug);
  }
  if (c.section === null) return `act/${slug}`;
  let id = `act/${slug}/${c.section}`;
  for (const s of c.subsections) id += "/" + s;
  return id;
}

export function actBluebook(c: ActCitation): string {
  // The Bluebook cites the Internal Revenue Code by its initials (rule 12.9.1): "I.R.C. § 501(c)(3)"; the Revised
  // Statutes as "Rev. Stat. § 1979" and an act known by its date as "Act of Mar. 3, 1899, § 14" (rule 12.4).
  if (byShortName(c)) {
    return c.rangeOf ? `${shortName(c)} §§ ${c.rangeOf[0]}–${c.rangeOf[1]}` : actShort(c);
  }
  if (c.rangeOf) {
    // A range is written as such, without the Code sections of its two ends.
    const [a, b] = c.rangeOf;
    return b.startsWith("(") ? `${c.name} § ${a}–${b}` : `${c.name} §§ ${a}–${b}`;
  }
  const section = c.section === null ? "" : ` § ${c.section}${designators(c.subsections)}`;
  if (c.section !== null && c.usc) {
    const u = c.usc;
    return `${c.name}${section} (codified at ${String(u.title)} U.S.C. § ${u.section}${designators(u.subsections)}${u.note ? " note" : ""}${u.etSeq ? " et seq." : ""})`;
  }
  const law = c.publicLaw ? `Pub. L. No. ${String(c.publicLaw.congress)}-${String(c.publicLaw.number)}` : "";
  const stat = c.stat ? statText(c.stat) : "";
  const where = law && stat ? `${law}, ${stat}` : law || stat;
  return where ? `${c.name}${section} (${where})` : `${c.name}${section}`;
}

/** A section of an act the Bluebook cites by a short name of its own: the I.R.C., the Revised Statutes, dated acts. */
function byShortName(c: ActCitation): c is ActCitation & { section: string } {
  return c.section !== null && (c.name === IRC || c.name === REVISED_STATUTES || c.name.startsWith("Act of "));
}

/** The name as the Bluebook writes it before a section. */
function shortName(c: ActCitation): string {
  return c.name === IRC ? "I.R.C." : c.name === REVISED_STATUTES ? "Rev. Stat." : `${datedName(c.name) ?? c.name},`;
}

export function actShort(c: ActCitation): string {
  if (byShortName(c)) return `${shortName(c)} § ${c.section}${designators(c.subsections)}`;
  return c.section === null ? c.name : `${c.name} § ${c.section}${designators(c.subsections)}`;
}

/**
 * A name the index found is the whole name written there: not the start of a longer one ("Clean Air Act Amendments of
 * 1990") nor the end of one ("the Stored Communications Act").
 */
export function isWholeName(text: string, hit: NameMatch): boolean {
  return !nameGoesOn(text, hit.end) && !nameCameBefore(text, hit.start);
}

/**
 * A capitalised word right after a name makes it part of a longer one the index does not know ("Securities
 * Exchange Act Release No. 51808", "Clean Air Act Amendments of 1990"); "Section" and "Title" are not such words.
 */
function nameGoesOn(text: string, end: number): boolean {
  if (!isCiteSpace(text.charCodeAt(end))) return false;
  const c = text.charCodeAt(end + 1);
  if (c < 65 || c > 90) return false;
  const d = text.charCodeAt(end + 2);
  if (d < 97 || d > 122) return false;
  return !(text.startsWith("Sec", end + 1) || text.startsWith("Title", end + 1));
}

/**
 * A capitalised word and "and", "of", "for" or "&" right before a name make it the end of a longer one the index
 * does not know: "the Family Educational Rights and Privacy Act" is not the Privacy Act.
 */
function nameCameBefore(text: string, start: number): boolean {
  if (start < 3 || !isCiteSpace(text.charCodeAt(start - 1))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const word = WORD_BEFORE.exec(before);
  if (word) return !LEADING_WORDS.has(word[1] as string);
  return NAME_BEFORE.test(before);
}
// "the Stored Communications Act" is not the Communications Act: a capitalised word right before a name continues it,
// unless it is one that starts a sentence or a heading (LEADING_WORDS).
const WORD_BEFORE = /(?:^|[^A-Za-z.'’-])([A-Z][a-z]+)[ \u00a0]$/;
const NAME_BEFORE = /\b(?!Act\b|Code\b)[A-Z][a-z]+[ \n\u00a0](?:and|of|for|&)[ \n\u00a0]$/;

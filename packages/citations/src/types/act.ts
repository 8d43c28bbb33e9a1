// Named acts: "Section 230 of the Communications Decency Act", "section 9503(c) of the Internal Revenue Code of 1986",
// "the Administrative Procedure Act", "section 230 of such Act" (the act named last), and acronyms the text defines:
// "the Communications Decency Act (CDA)" … "the CDA".
import type { ActCitation, Draft } from "../model.js";
import type { NameMatch, ResolvedName } from "../names.js";
import { designators, execAt } from "../_lib/text.js";
import { pushShortForm, type Scan } from "../_lib/scan.js";
import { rangeEnds, type SectionItems } from "./usc.js";

// "(CDA)", "(the “CDA”)", and "(MMPA; 16 U.S.C. 1361 et seq.)" as Federal Register notices write it.
const ACRONYM_DEFINED = /[ \n\u00a0\u2009\u202f]?\((?:the[ \n\u00a0\u2009\u202f]|hereinafter[ \n\u00a0\u2009\u202f])?["“]?([A-Z][A-Za-z]{0,2}[A-Z0-9&]{1,8})["”]?(?:\)|;[ \n\u00a0\u2009\u202f])/y;
const OF_THE = /,?[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:the[ \n\u00a0\u2009\u202f])?/y;
const SUCH_ACT = /[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:such|that|said)[ \n\u00a0\u2009\u202f]Act(?![A-Za-z])/y;
const ACRONYM = /[A-Z][A-Za-z]{0,2}[A-Z0-9&]{1,8}(?![A-Za-z0-9])/y;
// A name the index does not know, after "section N of the": capitalised words (with small connecting words) ending in
// "Act" or "Code", and an optional year.
const W = "(?:[A-Z][A-Za-z'’.-]*,?|of|and|the|for|to|on|in|&)";
const UNKNOWN_ACT = new RegExp(`([A-Z][A-Za-z'’.-]*,?(?:[ \\n\\u00a0\\u2009\\u202f]${W}){0,14}?[ \\n\\u00a0\\u2009\\u202f](?:Act|Code))(?:,?[ \\n\\u00a0\\u2009\\u202f]of[ \\n\\u00a0\\u2009\\u202f](\\d{4})|,[ \\n\\u00a0\\u2009\\u202f](\\d{4}))?(?![A-Za-z])`, "y");

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

/** Note an acronym defined right after a name ("… Act (CDA)"). */
function noteAcronym(scan: Scan, resolved: ResolvedName, end: number): void {
  const a = execAt(ACRONYM_DEFINED, scan.text, end);
  if (a && !scan.acronyms.has(a[1] as string)) scan.acronyms.set(a[1] as string, { resolved, at: end });
}

/** A name the index found on its own ("the Administrative Procedure Act"). */
export function pushActMention(scan: Scan, m: NameMatch): void {
  scan.found.push(actDraft(scan, m.resolved, "", m.start, m.end, null, []));
  noteAcronym(scan, m.resolved, m.end);
}

/** Mentions of the acronyms defined in the text, after their definitions. */
export function pushAcronymMentions(scan: Scan): void {
  const defined = scan.acronyms;
  if (defined.size === 0) return;
  const { text } = scan;
  const re = new RegExp(`\\b(?:${[...defined.keys()].join("|")})\\b`, "g");
  re.lastIndex = Math.min(...[...defined.values()].map((d) => d.at));
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = defined.get(m[0]);
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    // "(CDA)" is the definition itself; "CDA-1" or "‘CDA’" are something else.
    if (d && m.index > d.at && before !== 40 && before !== 45 && before !== 8220 && before !== 34) {
      scan.found.push(actDraft(scan, d.resolved, m[0], m.index, m.index + m[0].length, null, []));
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
  const such = execAt(SUCH_ACT, text, items.end);
  if (such) {
    if (!scan.resolve) return -1;
    const end = items.end + such[0].length;
    return pushShortForm(scan, { type: "shortForm", kind: "such", match: text.slice(start, end), start, end, section: first.section, subsections: first.subsections, pinCite: null });
  }
  const of = execAt(OF_THE, text, items.end);
  if (!of) return -1;
  const at = items.end + of[0].length;
  // "section 101 of this Act", "of that title", "of such section": internal references, the commonest case by far.
  if (text.startsWith("this", at) || text.startsWith("that", at) || text.startsWith("such", at)) return -1;
  const named = scan.names.matchAt(text, at);
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
  const unknown = execAt(UNKNOWN_ACT, text, at);
  if (unknown) {
    const end = at + unknown[0].length;
    pushItems(scan, items, null, unknown[0].replace(/\s+/g, " "), start, end);
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
  const stat = c.stat ? `${String(c.stat.volume)} Stat. ${String(c.stat.page)}` : "";
  const where = law && stat ? `${law}, ${stat}` : law || stat;
  return where ? `${c.name}${section} (${where})` : `${c.name}${section}`;
}

export function actShort(c: ActCitation): string {
  return c.section === null ? c.name : `${c.name} § ${c.section}${designators(c.subsections)}`;
}

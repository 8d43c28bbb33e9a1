// Public and private laws: "Pub. L. No. 115-164", "Public Law 115–164", "P.L. 111-80", "PL 111-83", "Pub.L.No. 105-33",
// "Priv. L. 96-164", "section 4402(e)(1) of Public Law 107–171", "title V of Public Law 104–104".
import type { Draft, LawCitation } from "../model.js";
import { designators, execAt, NUMBER_LIST_SEP } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";
import { statText } from "./stat.js";

// Congress.gov writes "Public Law No: 115-164". Also in capitals, as headings and all-capital texts write it ("PUBLIC LAW
// 115–164", "PUB. L. NO. 115-164"), and in lower case, as informal text does ("public law 115-164", "pub. l. 115-164").
const LAW_BACK =
  /(?:\b(Pub(?:lic)?|Priv(?:ate)?|Pvt|PUB(?:LIC)?|PRIV(?:ATE)?|pub(?:lic)?|priv(?:ate)?)\.?[ \n\u00a0\u2009\u202f]*(?:Laws?|L\.?|LAWS?|laws?|l\.)|\b(P|Pv)\.?[ \n\u00a0\u2009\u202f]?L\.?)(?:[ \n\u00a0\u2009\u202f]*(?:Nos?|NOS?|nos?)[.:]?)?[ \n\u00a0\u2009\u202f]*$/;
const NUMBER = /(\d{1,3})[ \n\u00a0\u2009\u202f]?[-–—][ \n\u00a0\u2009\u202f]?(\d{1,4})(?![\d])/y;
const TITLE_BACK = /\b([Tt]itle|[Ss]ubtitle|[Dd]ivision|[Dd]iv\.|[Tt]it\.)[ \n\u00a0\u2009\u202f]([IVXLC]{1,6}|[A-Z]|\d{1,3})[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f](?:the[ \n\u00a0\u2009\u202f])?$/;
// "Sec. 111, Pub. L. 95–410": the section first, as the CFR's authority notes write it.
const SEC_BACK = /\bSecs?\.[ \n\u00a0\u2009\u202f](\d{1,5}[A-Za-z]{0,3})((?:\([0-9A-Za-z]{1,4}\)){0,4}),[ \n\u00a0\u2009\u202f]$/;
// (After a division or title of the law the comma before the section may be left out: "title VIII section 8201(c)";
// right after the number there is one, as the caller checks.)
const SEC_AFTER = /(?:,[ \n\u00a0\u2009\u202f]?|[ \n\u00a0\u2009\u202f])(?:§|[Ss]ec\.|[Ss]ection)[ \n\u00a0\u2009\u202f]?(\d{1,5}[A-Za-z]{0,3})((?:\([0-9A-Za-z]{1,4}\)){0,4})(?![\w\-–(])/y;
// ", div. G", ", Div. G.", ", division B", ", title XIV", ", tit. II", ", subtitle A": a part of the law after it (titles in
// roman numerals only: "title 18" after a law is the U.S. Code's).
const PART_AFTER =
  /,[ \n\u00a0\u2009\u202f](?:([Dd]iv(?:ision|\.)|DIV\.?)[ \n\u00a0\u2009\u202f]([A-Z]{1,2})|([Tt]itle|[Tt]it\.|TITLE)[ \n\u00a0\u2009\u202f]([IVXLC]{1,6})|[Ss]ubtitle[ \n\u00a0\u2009\u202f]([A-Z]))\.?(?![A-Za-z0-9])/y;
// Where the law sits in the Statutes at Large, right after it: ", 132 Stat. 1253 (2018)", " (80 Stat. 378)", and the
// U.S. Code's source credits, ", Sept. 6, 1966, 80 Stat. 378".
const STAT_AFTER =
  /(?:,[ \n\u00a0\u2009\u202f](?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?[ \n\u00a0\u2009\u202f]\d{1,2},[ \n\u00a0\u2009\u202f](\d{4}))?(?:,[ \n\u00a0\u2009\u202f]|[ \n\u00a0\u2009\u202f]\()(\d{1,3})[ \n\u00a0\u2009\u202f]Stat\.[ \n\u00a0\u2009\u202f](\d{1,5})(?:[-–](\d{1,4})(?![\d–-]))?(?:[ \n\u00a0\u2009\u202f]\((\d{4})\))?/y;

// The keyword speaks of several laws: "Public Laws 99–264, 100–580, and 114–322", "Pub. L. Nos. 111-148 and 111-152".
const PLURAL = /(?:aws|AWS|os|OS)\.?[ \n\u00a0\u2009\u202f]*$/;

/** Where a law citation's keyword starts, reading back from its number at `at`; null when none is there. */
export function lawKeywordBefore(text: string, at: number): { start: number; kind: "publicLaw" | "privateLaw"; plural: boolean } | null {
  const from = Math.max(0, at - 32);
  const m = LAW_BACK.exec(text.slice(from, at));
  if (!m) return null;
  const word = m[1] ?? m[2] ?? "";
  return { start: from + m.index, kind: /^P(?:riv|vt|v|RIV)|^priv/.test(word) ? "privateLaw" : "publicLaw", plural: PLURAL.test(m[0]) };
}

/**
 * A law citation whose number starts at `at`. `prefix` is a section already read ("section 4402(e)(1) of"), with where
 * it starts; otherwise a "title V of" before the keyword is read here.
 */
export function parseLawAt(scan: Scan, at: number, prefix?: { start: number; sections: string[] }): number {
  const { text } = scan;
  const key = lawKeywordBefore(text, at);
  if (!key) return -1;
  const n = execAt(NUMBER, text, at);
  if (!n) return -1;
  let start = prefix ? prefix.start : key.start;
  let title: string | null = null;
  let sections = prefix ? prefix.sections : [];
  if (!prefix) {
    const from = Math.max(0, key.start - 40);
    const before = text.slice(from, key.start);
    const sec = SEC_BACK.exec(before);
    const t = sec ? null : TITLE_BACK.exec(before);
    if (sec) {
      start = from + sec.index;
      sections = [sec[1] as string, ...((sec[2] as string).match(/[0-9A-Za-z]+/g) ?? [])];
    }
    if (t) {
      start = from + t.index;
      const kind = (t[1] as string).toLowerCase();
      title = kind === "title" || kind === "tit." ? (t[2] as string) : `${kind === "div." ? "division" : kind} ${t[2] as string}`;
    }
  }
  let end = at + n[0].length;
  // "Pub. L. No. 111-148, § 1001", "Pub. L. 90–83, §1(1)", "Pub. L. 113–235, Div. G., Title II, § 219(a)": the parts
  // and the section after the law, as the Bluebook and the U.S. Code's source credits write them.
  if (sections.length === 0 && title === null && text.charCodeAt(end) === 44) {
    const parts: string[] = [];
    for (let p = execAt(PART_AFTER, text, end); p && parts.length < 3; p = execAt(PART_AFTER, text, end)) {
      parts.push(`${p[1] ? "division" : p[3] ? "title" : "subtitle"} ${(p[2] ?? p[4] ?? p[5]) as string}`);
      end += p[0].length;
    }
    if (parts.length > 0) title = parts.length === 1 && parts[0]?.startsWith("title ") ? parts[0].slice(6) : parts.join(", ");
    const sec = execAt(SEC_AFTER, text, end);
    if (sec) {
      sections = [sec[1] as string, ...((sec[2] as string).match(/[0-9A-Za-z]+/g) ?? [])];
      end += sec[0].length;
    }
  }
  const draft: Draft<LawCitation> = {
    type: key.kind,
    match: text.slice(start, end),
    start,
    end,
    id: "",
    cite: "",
    congress: Number(n[1]),
    number: Number(n[2]),
    sections,
    title,
  };
  // The Statutes at Large page and year the text gives; what it does not give, from the name index.
  const stat = execAt(STAT_AFTER, text, end);
  const year = stat ? (stat[1] ?? stat[5]) : undefined;
  if (stat) draft.stat = stat[4] === undefined ? { volume: Number(stat[2]), page: Number(stat[3]) } : { volume: Number(stat[2]), page: Number(stat[3]), pageSuffix: stat[4] };
  if (year) draft.year = Number(year);
  withIndexFacts(scan, draft);
  scan.found.push(draft);
  return key.plural && !prefix && sections.length === 0 && title === null ? pushMore(scan, key.kind, end) : end;
}

/** The later laws of a list ("…, 100–580, and 114–322"), each spanning its own number; returns where the list ends. */
function pushMore(scan: Scan, type: LawCitation["type"], end: number): number {
  const { text } = scan;
  for (let guard = 0; guard < 100; guard++) {
    const sep = execAt(NUMBER_LIST_SEP, text, end);
    const n = sep ? execAt(NUMBER, text, end + sep[0].length) : null;
    if (!sep || !n) break;
    const start = end + sep[0].length;
    end = start + n[0].length;
    const draft: Draft<LawCitation> = { type, match: text.slice(start, end), start, end, id: "", cite: "", congress: Number(n[1]), number: Number(n[2]), sections: [], title: null };
    withIndexFacts(scan, draft);
    scan.found.push(draft);
  }
  return end;
}

/** What the text does not give of where a law sits in the Statutes at Large and when, from the name index. */
function withIndexFacts(scan: Scan, draft: Draft<LawCitation>): void {
  if (draft.stat && draft.year) return;
  const known = scan.names.lawFacts(draft.congress, draft.number);
  if (!draft.stat && known?.stat) draft.stat = known.stat;
  if (!draft.year && known?.year) draft.year = known.year;
}

/** The parts of a law a citation names, each as [kind, designation]: "V" → title V; "division G, title II". */
function lawParts(title: string): [string, string][] {
  return title.split(", ").map((part) => {
    const space = part.indexOf(" ");
    return space < 0 ? ["title", part] : [part.slice(0, space), part.slice(space + 1)];
  });
}

const PART_ABBREVIATIONS: Record<string, string> = { title: "tit.", division: "div.", subtitle: "subtit." };

export function lawId(c: LawCitation): string {
  let id = `${c.type === "privateLaw" ? "private-law" : "public-law"}/${String(c.congress)}/${String(c.number)}`;
  if (c.title) for (const [kind, designation] of lawParts(c.title)) id += `/${kind}-${designation}`;
  for (const s of c.sections) id += "/" + s;
  return id;
}

export function lawBluebook(c: LawCitation): string {
  const head = `${c.type === "privateLaw" ? "Priv." : "Pub."} L. No. ${String(c.congress)}-${String(c.number)}`;
  // "div. G, tit. II, § 219(a)": the parts, then the section.
  let where = "";
  if (c.title) for (const [kind, designation] of lawParts(c.title)) where += `, ${PART_ABBREVIATIONS[kind] ?? kind} ${designation}`;
  if (c.sections.length) where += `, § ${c.sections[0] ?? ""}${designators(c.sections.slice(1))}`;
  const stat = c.stat ? `, ${statText(c.stat)}` : "";
  const year = c.stat && c.year ? ` (${String(c.year)})` : "";
  return head + where + stat + year;
}

export function lawShort(c: LawCitation): string {
  return `${c.type === "privateLaw" ? "Priv." : "Pub."} L. ${String(c.congress)}-${String(c.number)}`;
}

export function lawUrl(c: LawCitation, source: string | undefined): string {
  const kind = c.type === "privateLaw" ? "pvtl" : "publ";
  if (source === "congress.gov") return `https://www.congress.gov/public-laws/${String(c.congress)}th-congress`;
  return `https://www.govinfo.gov/link/plaw/${String(c.congress)}/${c.type === "privateLaw" ? "private" : "public"}/${String(c.number)}?link-type=html#${kind}`;
}

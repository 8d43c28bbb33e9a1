// The Constitution: "U.S. Const. art. I, § 8, cl. 3", "U.S. CONST. amend. XIV, § 1", "U. S. Const., Art. I, § 8, cl. 18",
// "U.S. CONST., art. I, ¶ 8, cl. 17", and written out: "Article I, Section 8, Clause 18 of the United States
// Constitution". Prose such as "U.S. constitutional law" is not a citation.
import type { Draft, UsConstCitation } from "../model.js";
import { execAt, romanOrNumber, CITE_SPACE as S } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const HEAD = /U\.?[ \n\u00a0\u2009\u202f]?S\.?[ \n\u00a0\u2009\u202f]?(?:Const|CONST)\.?,?[ \n\u00a0\u2009\u202f]*/y;
const PART = /(?:(art|Art|ART)|(amend|Amend|AMEND))\.?[ \n\u00a0\u2009\u202f]*([IVXLC]{1,7}|[ivxlc]{1,7}|\d{1,2})(?![A-Za-z\d])/y;
const PIECE = /,?[ \n\u00a0\u2009\u202f]*(?:(§|[Ss]ec\.|[Ss]ection)|(¶|para\.)|(cl\.|[Cc]lause))[ \n\u00a0\u2009\u202f]*(\d{1,2})(?![\d])/y;

/** Where "U.S." starts before the "Const" found at `at`, or -1. */
function headStart(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - 7); i--) {
    if (text.charCodeAt(i) === 85 /* U */ && (i === 0 || !/[A-Za-z]/.test(text.charAt(i - 1)))) return i;
  }
  return -1;
}

// Written out, as bills' statements of constitutional authority and opinions write it: "Article I, Section 8, Clause 18
// of the United States Constitution", "article III, section 2 of the Constitution of the United States", "the
// Fourteenth Amendment to the Constitution".
const ORDINALS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
];
const ORDINAL = `(?:[Tt]wenty[- ](?:${ORDINALS.slice(0, 7).join("|")})|${ORDINALS.join("|")}|${ORDINALS.map((o) => o.charAt(0).toUpperCase() + o.slice(1)).join("|")}|Twenty[- ](?:${ORDINALS.slice(0, 7).map((o) => o.charAt(0).toUpperCase() + o.slice(1)).join("|")}))`;
const WRITTEN = new RegExp(
  `(?:\\b([Aa]rticle|ARTICLE)${S}([IVX]{1,4}|\\d{1,2})(?:,?${S}(?:[Ss]ection|§)${S}?(\\d{1,2}))?(?:,?${S}[Cc]lause${S}(\\d{1,2}))?|\\b(${ORDINAL})${S}[Aa]mendment)${S}(?:of|to)${S}(?:the${S})?((?:United${S}States|U\\.S\\.)${S})?$`,
);
const OF_THE_UNITED_STATES = new RegExp(`${S}of${S}the${S}United${S}States(?![A-Za-z])`, "y");
const OF_ANOTHER = new RegExp(`${S}of${S}(?!the${S}United${S}States)[A-Z]`, "y");

/** "Article I, Section 8 of the Constitution", "the First Amendment to the U.S. Constitution", at the "Constitution". */
function parseWrittenAt(scan: Scan, constAt: number): number {
  const { text } = scan;
  if (!text.startsWith("Constitution", constAt)) return -1;
  const from = Math.max(0, constAt - 100);
  const m = WRITTEN.exec(text.slice(from, constAt));
  if (!m) return -1;
  let end = constAt + 12;
  const ofUs = execAt(OF_THE_UNITED_STATES, text, end);
  // "Article IV of the Constitution of Virginia" is another constitution.
  if (!ofUs && m[6] === undefined && execAt(OF_ANOTHER, text, end)) return -1;
  if (ofUs) end += ofUs[0].length;
  const value = m[2] !== undefined ? romanOrNumber(m[2]) : ordinalValue(m[5] as string);
  if (!(value >= 1 && value <= 27) || (m[2] !== undefined && value > 7)) return -1;
  const start = from + m.index + (m[0].length - m[0].trimStart().length);
  scan.found.push({
    type: "usConst", match: text.slice(start, end), start, end, id: "", cite: "",
    article: m[2] !== undefined ? value : null, amendment: m[2] !== undefined ? null : value,
    section: m[3] !== undefined ? Number(m[3]) : null, clause: m[4] !== undefined ? Number(m[4]) : null, paragraph: null,
  } satisfies Draft<UsConstCitation>);
  return end;
}

/** "Fourteenth" → 14, "Twenty-first" → 21. */
function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith("twenty") && w.length > 8) return 20 + ORDINALS.indexOf(w.slice(7)) + 1;
  return ORDINALS.indexOf(w) + 1;
}

export function parseUsConstAt(scan: Scan, constAt: number): number {
  const { text } = scan;
  const start = headStart(text, constAt);
  if (start < 0) return parseWrittenAt(scan, constAt);
  const head = execAt(HEAD, text, start);
  if (!head || start + head[0].length <= constAt) return parseWrittenAt(scan, constAt);
  let i = start + head[0].length;
  const part = execAt(PART, text, i);
  if (!part) return parseWrittenAt(scan, constAt);
  i += part[0].length;
  const value = romanOrNumber(part[3] as string);
  if (!(value >= 1 && value <= 27)) return -1;
  const draft: Draft<UsConstCitation> = {
    type: "usConst",
    match: "",
    start,
    end: i,
    id: "",
    cite: "",
    article: part[1] !== undefined ? value : null,
    amendment: part[2] !== undefined ? value : null,
    section: null,
    clause: null,
    paragraph: null,
  };
  for (let p = execAt(PIECE, text, i); p; p = execAt(PIECE, text, i)) {
    const n = Number(p[4]);
    if (p[1] !== undefined && draft.section === null) draft.section = n;
    else if (p[2] !== undefined && draft.paragraph === null) draft.paragraph = n;
    else if (p[3] !== undefined && draft.clause === null) draft.clause = n;
    else break;
    i += p[0].length;
  }
  draft.end = i;
  draft.match = text.slice(start, i);
  scan.found.push(draft);
  return i;
}

const ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII"];

export function usConstId(c: UsConstCitation): string {
  const parts = ["usconst", c.article !== null ? `article-${String(c.article)}` : `amendment-${String(c.amendment)}`];
  if (c.section !== null) parts.push(`section-${String(c.section)}`);
  if (c.paragraph !== null) parts.push(`paragraph-${String(c.paragraph)}`);
  if (c.clause !== null) parts.push(`clause-${String(c.clause)}`);
  return parts.join("/");
}

export function usConstBluebook(c: UsConstCitation): string {
  let out = c.article !== null ? `U.S. Const. art. ${ROMAN[c.article] ?? String(c.article)}` : `U.S. Const. amend. ${ROMAN[c.amendment ?? 0] ?? String(c.amendment)}`;
  if (c.section !== null) out += `, § ${String(c.section)}`;
  if (c.paragraph !== null) out += `, ¶ ${String(c.paragraph)}`;
  if (c.clause !== null) out += `, cl. ${String(c.clause)}`;
  return out;
}

export function usConstUrl(c: UsConstCitation): string {
  const parts = [c.article !== null ? `article-${String(c.article)}` : `amendment-${String(c.amendment)}`];
  if (c.section !== null) parts.push(`section-${String(c.section)}`);
  if (c.clause !== null) parts.push(`clause-${String(c.clause)}`);
  return `https://constitution.congress.gov/browse/${parts.join("/")}/`;
}

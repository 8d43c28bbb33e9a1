// The Constitution: "U.S. Const. art. I, § 8, cl. 3", "U.S. CONST. amend. XIV, § 1", "U. S. Const., Art. I, § 8, cl. 18",
// "U.S. CONST., art. I, ¶ 8, cl. 17". Prose such as "U.S. constitutional law" is not a citation.
import type { Draft, UsConstCitation } from "../model.js";
import { execAt, romanOrNumber } from "../_lib/text.js";
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

export function parseUsConstAt(scan: Scan, constAt: number): number {
  const { text } = scan;
  const start = headStart(text, constAt);
  if (start < 0) return -1;
  const head = execAt(HEAD, text, start);
  if (!head || start + head[0].length <= constAt) return -1;
  let i = start + head[0].length;
  const part = execAt(PART, text, i);
  if (!part) return -1;
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

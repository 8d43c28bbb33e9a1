// Vote tallies: "96-0", "97–2", "a vote of 388 to 25", "by a vote of 96 to 0" — only where the words around speak of a
// vote, never a score, a date range or a section range — and "97 yeas to 2 nays", "Yeas 96, Nays 0".
import type { Draft, VoteTallyCitation } from "../model.js";
import { execAt, isDigitCode, CITE_SPACE as S } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const TALLY = /(\d{1,3})(?:[ \n\u00a0\u2009\u202f]?[-–—][ \n\u00a0\u2009\u202f]?|[ \n\u00a0\u2009\u202f]to[ \n\u00a0\u2009\u202f])(\d{1,3})(?![\d]|[-–—.,/:]\d|[ \n\u00a0\u2009\u202f]?(?:%|percent\b|per[ \n\u00a0\u2009\u202f]cent\b|points?\b))/y;
const NOT_AFTER =
  /\b(?:pages?|pp\.|p\.|lines?|paragraphs?|paras?\.|sections?|§§?|chapters?|notes?|at|items?|nos?\.|numbers?|ages?|years?|rooms?|grades?|from|between|rules?|articles?|clauses?|parts?|recommendations?|dockets?|releases?|orders?|cases?|forms?|tables?|schedules?|exhibits?|appendix|volumes?|vol\.|figures?|fig\.|reports?|notices?|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)[ \n\u00a0\u2009\u202f]*$/i;
const ACRONYM_BEFORE = /(?:^|[^A-Za-z])[A-Z]{2,8}[ \u00a0]$/;
const VOTE_WORDS = /\bvot(?:e|es|ed|ing)\b|\broll[- ]call\b|\btally\b|\bpassage\b|\bpassed\b|\badopted\b|\bapproved\b|\bconfirmed\b|\brejected\b|\bdefeated\b|\bunanimous|\bcloture\b|\byeas?\b|\bnays?\b/i;

export function parseVoteTallyAt(scan: Scan, at: number): number {
  const { text } = scan;
  const prev = text.charCodeAt(at - 1);
  // "115-164-2", "1.96-0", "§ 96-0", "$96-0", "H.R. 96-0" belong to something else.
  if (prev === 45 || prev === 8211 || prev === 46 || prev === 44 || prev === 47 || prev === 36 || prev === 167) return -1;
  const m = execAt(TALLY, text, at);
  if (!m) return -1;
  const yeas = Number(m[1]);
  const nays = Number(m[2]);
  if (yeas > 435 || nays > 435 || yeas + nays > 440 || yeas + nays === 0) return -1;
  const end = at + m[0].length;
  const around = text.slice(Math.max(0, at - 48), Math.min(text.length, end + 32));
  if (!VOTE_WORDS.test(around)) return -1;
  // "pages 10-12", "lines 3-5", "ages 18-24", "Recommendation 69–8", "Oct. 21–22": a range or a number of something,
  // whatever the words around it say.
  if (NOT_AFTER.test(text.slice(Math.max(0, at - 16), at))) return -1;
  // "Apr. 6, 7, 11–14, 18": one of a list of numbers; "⏎0–100⏎": a cell of a table, alone on its line.
  if ((prev === 32 && text.charCodeAt(at - 2) === 44 && isDigitCode(text.charCodeAt(at - 3))) || (text.charCodeAt(end) === 44 && isDigitCode(text.charCodeAt(end + 2)))) return -1;
  if ((at === 0 || prev === 10) && (end === text.length || text.charCodeAt(end) === 10)) return -1;
  // "IRPS 95–1", "ACUS 69-8": the number of a document of an agency's series.
  if (ACRONYM_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return -1;
  scan.found.push({ type: "voteTally", match: m[0], start: at, end, id: "", cite: "", yeas, nays } satisfies Draft<VoteTallyCitation>);
  return end;
}

// "97 yeas to 2 nays", "96 yeas, 0 nays", "388 yeas and 25 nays", "Yeas 96, Nays 0": the words say it is a vote.
const YEA = "(?:[Yy]eas?|YEAS?|[Aa]yes|AYES)";
const NAY = "(?:[Nn]ays?|NAYS?|[Nn]oes|NOES)";
const NUMBER_WORDS = new RegExp(`(\\d{1,3})${S}${YEA}(?:,${S}?|${S}(?:to|and)${S}|${S}?[-–—]${S}?)(\\d{1,3})${S}${NAY}(?![A-Za-z])`, "y");
const WORDS_NUMBER = new RegExp(`${YEA}${S}?[-:]?${S}?(\\d{1,3})(?:,|;)?${S}${NAY}${S}?[-:]?${S}?(\\d{1,3})(?![\\d])`, "y");

/** "97 yeas to 2 nays" at the number `at`, or "Yeas 96, Nays 0" from the word at `wordStart`. Returns the end, or -1. */
export function parseYeasNaysAt(scan: Scan, at: number, wordStart = -1): number {
  const { text } = scan;
  const start = wordStart >= 0 ? wordStart : at;
  const m = execAt(wordStart >= 0 ? WORDS_NUMBER : NUMBER_WORDS, text, start);
  if (!m) return -1;
  const yeas = Number(m[1]);
  const nays = Number(m[2]);
  if (yeas > 435 || nays > 435) return -1;
  const end = start + m[0].length;
  scan.found.push({ type: "voteTally", match: m[0], start, end, id: "", cite: "", yeas, nays } satisfies Draft<VoteTallyCitation>);
  return end;
}

export const voteTallyId = (c: VoteTallyCitation): string => `tally/${String(c.yeas)}-${String(c.nays)}`;
export const voteTallyBluebook = (c: VoteTallyCitation): string => `${String(c.yeas)}–${String(c.nays)}`;

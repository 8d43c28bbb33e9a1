// Small, allocation-light readers over a string at a position. Every pattern here is sticky (`y`), anchored where it
// is used and free of nested quantifiers, so the work per call is bounded by the length of what it can match.

/** Run a sticky regex at `at` without keeping the match: where it ends, or -1. Allocates nothing. */
export function testAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Run a sticky regex at `at`; the match or null. */
export function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Space, tab, no-break space or a line break: what may sit between the words of a citation. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 160 || c === 9 || c === 10 || c === 13 || c === 8201 || c === 8239;
}

/**
 * A space between the parts of a citation: space, no-break space, thin space, narrow no-break space (GPO texts use
 * them all), or a line break, where text is wrapped ("18 U.S.C.⏎§ 2421A"). Tabs and runs of spaces are not.
 */
export function isCiteSpace(c: number): boolean {
  return c === 32 || c === 160 || c === 10 || c === 8201 || c === 8239;
}

/** The characters {@link isCiteSpace} accepts, as a pattern's source ("[ \n…]"), for patterns built from strings. */
export const CITE_SPACE = "[ \\n\\u00a0\\u2009\\u202f]";

/** The year after an act's name: ", of 1986", " of 1986", ", 2017". */
export const YEAR_AFTER_NAME = /(?:,?[ \n\u00a0\u2009\u202f]of[ \n\u00a0\u2009\u202f]|,[ \n\u00a0\u2009\u202f])(\d{4})(?!\d)/y;

/** Where the word read by {@link wordHashBefore} starts (-1 when there was none). */
export const lastWord = { start: -1 };

/**
 * A hash of the word before `at` (skipping at most three spaces): its letters lower-cased and its section signs, with
 * periods left out, read backwards — "Pub.L." and "publ" hash alike. At most 16 characters. The start of the word is
 * left in {@link lastWord}; 0 when there is no word. Allocates nothing: the extractor calls it for every number.
 */
export function wordHashBefore(text: string, at: number): number {
  let i = at;
  let spaces = 0;
  while (i > 0 && spaces < 3 && isSpaceCode(text.charCodeAt(i - 1))) {
    i--;
    spaces++;
  }
  const end = i;
  let h = 0;
  while (i > 0 && end - i < 16) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) h = (Math.imul(h, 33) + (c | 32)) | 0;
    else if (c === 167) h = (Math.imul(h, 33) + c) | 0;
    else if (c !== 46) break;
    i--;
  }
  lastWord.start = i === end ? -1 : i;
  return i === end ? 0 : h;
}

/** The hash {@link wordHashBefore} gives a word (lower case, no periods). */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = word.length - 1; i >= 0; i--) h = (Math.imul(h, 33) + word.charCodeAt(i)) | 0;
  return h;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "XIV" → 14, "iv" → 4; digits pass through; NaN for anything else. */
export function romanOrNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const s = text.toLowerCase();
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s.charAt(i)];
    if (v === undefined) return NaN;
    const next = i + 1 < s.length ? (ROMAN[s.charAt(i + 1)] ?? 0) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The number written in the digits at `at` (up to nine of them; 0 when there are none). */
export function leadingNumber(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 9; i++) {
    const c = text.charCodeAt(i);
    // (NaN past the end of the text: the comparison is written so that it stops there too.)
    if (!(c >= 48 && c <= 57)) break;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** A whole number from digits that may carry thousands commas ("12,345"). */
export function numberFrom(text: string): number {
  return Number(text.replace(/,/g, ""));
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** "Mar. 21, 2018" / "March 21, 2018" → "2018-03-21"; null when it is not a real date. */
export function isoDateFromWords(month: string, day: string, year: string): string | null {
  const m = MONTHS[month.toLowerCase().replace(/\.$/, "").slice(0, month.toLowerCase().startsWith("sept") ? 4 : 3)];
  const d = Number(day);
  const y = Number(year);
  if (m === undefined || !(d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${String(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Between the items of a list of sections: ", ", ", and ", " or ", " & ", and a section sign after ("§§ 1, § 2"). */
export const LIST_SEP = /(?:,[ \n\u00a0\u2009\u202f]?(?:and[ \n\u00a0\u2009\u202f]|or[ \n\u00a0\u2009\u202f])?|[ \n\u00a0\u2009\u202f](?:and|or|&)[ \n\u00a0\u2009\u202f])(?:§[ \n\u00a0\u2009\u202f]?)?/y;
/** Between the numbers of a list of laws or orders ("Public Laws 99–264, 100–580, and 114–322"), a number after it. */
export const NUMBER_LIST_SEP = /(?:,[ \n\u00a0\u2009\u202f]?(?:and[ \n\u00a0\u2009\u202f]|or[ \n\u00a0\u2009\u202f])?|[ \n\u00a0\u2009\u202f](?:and|or)[ \n\u00a0\u2009\u202f])(?=\d)/y;

/** The same, allowing one space before it (only for the first, and only a short designator: "54.506 (c)"). */
const SPACED_SUBSECTION = /[ \n\u00a0\u2009\u202f]\(([0-9]{1,2}|[a-z]{1,2}|[A-Z]{1,2}|[ivx]{1,4})\)/y;

/**
 * Where a designator of a subsection, paragraph, clause… at `i` ends — "(c)", "(1)", "(iv)", "(AA)", "(12b)": at most
 * three digits and a letter, or six letters of one case — or -1. (Read by hand: it is the commonest token after a
 * number, and a pattern's match would be built for each.)
 */
function subsectionEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 40) return -1;
  let j = i + 1;
  const c = text.charCodeAt(j);
  if (c >= 48 && c <= 57) {
    while (j < i + 4 && isDigitCode(text.charCodeAt(j))) j++;
    if (isLetterCode(text.charCodeAt(j))) j++;
  } else if (c >= 97 && c <= 122) {
    while (j < i + 7 && isLowerCode(text.charCodeAt(j))) j++;
  } else if (c >= 65 && c <= 90) {
    while (j < i + 7 && isUpperCode(text.charCodeAt(j))) j++;
  } else {
    return -1;
  }
  return text.charCodeAt(j) === 41 ? j + 1 : -1;
}

const isLowerCode = (c: number): boolean => c >= 97 && c <= 122;
const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/** "(c)(1)" from ["c", "1"]: subsection designators as the Bluebook writes them. */
export function designators(subsections: readonly string[]): string {
  let out = "";
  for (const s of subsections) out += `(${s})`;
  return out;
}

/** Read "(c)(1)(A)" at `at`; the designators and where they end. */
export function readSubsections(text: string, at: number): { subsections: string[]; end: number } {
  const subsections: string[] = [];
  const c = text.charCodeAt(at);
  if (c !== 40 && !(isCiteSpace(c) && text.charCodeAt(at + 1) === 40)) return { subsections, end: at };
  let i = at;
  let e = subsectionEnd(text, i);
  if (e < 0) {
    const m = execAt(SPACED_SUBSECTION, text, i);
    if (!m) return { subsections, end: at };
    subsections.push(m[1] as string);
    i += m[0].length;
    e = subsectionEnd(text, i);
  }
  while (e >= 0) {
    subsections.push(text.slice(i + 1, e - 1));
    i = e;
    e = subsectionEnd(text, i);
  }
  return { subsections, end: i };
}

/**
 * The designators of a sibling written from some level down — "(a)(6)(iii)(A)(5) and (D)", "552(b)(6), (7)(C)",
 * "(c)(9)(A)(ii), (c)(9)(B)", "552(a)(1)–(3)": the new designators take the place of the old from the level of the
 * first of them, found by kind (digits, letters, capitals, small roman numerals). One designator replaces the last of
 * its kind ((a)(6)(iii)(D)); several, the first level from which their kinds run as the old ones do ((b)(7)(C),
 * (c)(9)(B)). With no such level, as many innermost designators as there are new ones are replaced.
 */
export function siblingOf(prev: readonly string[], next: readonly string[]): string[] {
  const kinds = prev.map((s, j) => designatorKind(s, prev[j - 1]));
  const first = next[0] ?? "";
  // A lone "i", "v" or "x" is a roman numeral when the old designators have roman numerals, and a letter otherwise.
  let k = designatorKind(first, undefined);
  if ((first === "i" || first === "v" || first === "x") && kinds.includes(KIND_ROMAN)) k = KIND_ROMAN;
  if (next.length === 1) {
    for (let j = prev.length - 1; j >= 0; j--) if (kinds[j] === k) return [...prev.slice(0, j), ...next];
  } else {
    for (let j = 0; j < prev.length; j++) {
      if (kinds[j] !== k) continue;
      let same = true;
      for (let i = 1; i < next.length && j + i < prev.length && same; i++) same = kinds[j + i] === designatorKind(next[i] as string, next[i - 1]);
      if (same) return [...prev.slice(0, j), ...next];
    }
  }
  return [...prev.slice(0, Math.max(0, prev.length - next.length)), ...next];
}

const KIND_DIGITS = 0;
const KIND_LETTER = 1;
const KIND_CAPITAL = 2;
const KIND_ROMAN = 3;

/** The kind of a designator; a small roman numeral is told from a letter by its length or by a number before it. */
function designatorKind(s: string, before: string | undefined): number {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return KIND_DIGITS;
  if (c < 97) return KIND_CAPITAL;
  if (!/^[ivx]+$/.test(s)) return KIND_LETTER;
  const b = before === undefined ? NaN : before.charCodeAt(0);
  return s.length > 1 || (b >= 48 && b <= 57) ? KIND_ROMAN : KIND_LETTER;
}

/** 1st, 2d, 3d, 4th, 11th, 112th, 115th: the Bluebook's ordinals. */
export function bluebookOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${String(n)}th`;
  const last = n % 10;
  return String(n) + (last === 1 ? "st" : last === 2 || last === 3 ? "d" : "th");
}

/** 12345 → "12,345" (what toLocaleString does, at a fraction of the cost). */
export function withThousands(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  let out = s.slice(0, ((s.length - 1) % 3) + 1);
  for (let i = out.length; i < s.length; i += 3) out += "," + s.slice(i, i + 3);
  return out;
}

/**
 * Capitalised words that start a sentence or a heading: before a name they do not continue it ("Under the Clean Air
 * Act"), and before "Senate Bill" they name no legislature.
 */
export const LEADING_WORDS: ReadonlySet<string> = new Set([
  "The", "This", "That", "These", "Those", "Under", "In", "Of", "See", "And", "Or", "But", "By", "For", "From", "With", "Without", "To", "As",
  "At", "On", "Since", "If", "When", "While", "After", "Before", "Pursuant", "Both", "Each", "Such", "Section", "Sec", "Title", "Part",
  "Chapter", "Subtitle", "Division", "Also", "An", "A", "Its", "Their", "Our", "Amend", "Amends", "Amending", "Amended", "Per", "Via",
  "Whereas", "Unlike", "Like", "Including", "Where", "Because", "Although", "Then", "Thus", "Hence", "Note", "Cf", "Compare", "Federal",
]);

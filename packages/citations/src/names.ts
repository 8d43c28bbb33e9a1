import type { BillType } from "@civickit/core/ids";
import { CivicError } from "@civickit/core/errors";
import { BUILT_IN_ACTS } from "./data/acts.js";
import type { UscLocation } from "./model.js";
import { YEAR_AFTER_NAME, isLetterCode, isSpaceCode } from "./_lib/text.js";

/**
 * How an act's sections map to sections of one U.S. Code title: the same number (`same` ranges), a fixed offset
 * (`offset`: [from, to, add] — section 8 of the NLRA is 29 U.S.C. 158), a letter series (`letters`: section 10 of the
 * Exchange Act is 15 U.S.C. 78j), or a `table` of exceptions. The table wins, then offsets, then same, then letters.
 */
export interface SectionRule {
  title: number;
  same?: ReadonlyArray<readonly [number, number]>;
  offset?: ReadonlyArray<readonly [number, number, number]>;
  letters?: { base: string; from: number; to: number };
  table?: Readonly<Record<string, string>>;
}

/** One name the index resolves: an act, or a bill's title (see `billNames` in @civickit/bills). */
export interface NameEntry {
  /** The name as enacted or introduced, with its year if it has one ("Stop Enabling Sex Traffickers Act of 2017"). */
  name: string;
  /** Other names for the same thing ("Clean Water Act"). */
  aliases?: readonly string[];
  /** "115-164" or { congress, number }. */
  publicLaw?: string | { congress: number; number: number };
  /** "132 Stat. 1253" or { volume, page }. */
  stat?: string | { volume: number; page: number };
  /** The year of enactment. */
  year?: number;
  /** Where the act sits in the U.S. Code: "47 U.S.C. 151 et seq.", "5 U.S.C. 552", "47 U.S.C. 609 note". */
  usc?: string;
  sections?: SectionRule;
  /** The bill the name belongs to: "s1693-115" or { congress, billType, number }. */
  bill?: string | { congress: number; billType: BillType; number: number };
}

/** What the index knows of a name, in typed form. */
export interface ResolvedName {
  name: string;
  publicLaw: { congress: number; number: number } | null;
  stat: { volume: number; page: number } | null;
  year: number | null;
  usc: UscLocation | null;
  bill: { congress: number; billType: BillType; number: number } | null;
  /** Where a section of the act sits in the U.S. Code, when the entry's rule says. */
  uscSection(section: string, subsections?: readonly string[]): UscLocation | null;
}

/** A name found in text. */
export interface NameMatch {
  start: number;
  end: number;
  resolved: ResolvedName;
}

/**
 * Resolves names of acts and bills: case-insensitively, with or without a trailing year, and through the acronyms a
 * text defines. Made by {@link createNameIndex}.
 */
export interface NameIndex {
  /** How many names (with aliases) the index holds. */
  readonly size: number;
  /** What the index knows of a name as a user would type it; undefined when it does not know it. */
  lookup(name: string): ResolvedName | undefined;
  /** Facts about a public law the index knows by number. */
  lawFacts(congress: number, number: number): { stat: { volume: number; page: number } | null; year: number | null } | undefined;
  /** Every name in `text`, in order, its last word in any case. */
  findAll(text: string): NameMatch[];
  /** The name that starts exactly at `at`, if any (used for "section 230 of the …"). */
  matchAt(text: string, at: number): NameMatch | null;
  /** The longest name whose last word is `text[lastStart, lastEnd)`, if any (used by the extractor's scan). */
  endingAt(text: string, lastStart: number, lastEnd: number): NameMatch | null;
  /**
   * A regular-expression source matching the last words of every name as they are written in running text — in
   * Title Case and in capitals ("Act", "ACT") — so the extractor looks for names in the same pass as numbers. (A
   * lower-case "act" is a verb far more often than the end of a name, and looking for it costs the scan a tenth of its
   * speed; the words before it may be in any case.)
   */
  readonly anchorSource: string;
}

interface Compiled {
  words: string[];
  /** The year the name itself carries ("… Act of 2017"), if any. */
  nameYear: number | null;
  resolved: ResolvedName;
}

const TRAILING_YEAR = /(?:,?\s+of\s+|,\s+)(\d{4})$/;

function normalize(name: string): { words: string[]; year: number | null } {
  let n = name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  n = n.replace(/^the /, "");
  const y = TRAILING_YEAR.exec(n);
  if (y) n = n.slice(0, y.index);
  return { words: n.split(" "), year: y ? Number(y[1]) : null };
}

const LAW = /^(\d{1,3})-(\d{1,5})$/;
const STAT = /^(\d{1,3})\s+Stat\.\s+(\d{1,5})$/;
const USC = /^(\d{1,2})\s+U\.S\.C\.\s+(?:§\s*)?([0-9A-Za-z-]+)(\s+note)?(\s+et seq\.)?$/;
const BILL = /^(hr|s|hres|sres|hjres|sjres|hconres|sconres)(\d+)-(\d+)$/;

function invalid(entry: NameEntry, what: string): CivicError {
  return new CivicError("INVALID_ARGUMENT", `name index entry "${entry.name}": ${what}`);
}

function resolveEntry(entry: NameEntry): ResolvedName {
  let publicLaw: ResolvedName["publicLaw"] = null;
  if (typeof entry.publicLaw === "string") {
    const m = LAW.exec(entry.publicLaw);
    if (!m) throw invalid(entry, `publicLaw must look like "115-164", not "${entry.publicLaw}"`);
    publicLaw = { congress: Number(m[1]), number: Number(m[2]) };
  } else if (entry.publicLaw) publicLaw = entry.publicLaw;
  let stat: ResolvedName["stat"] = null;
  if (typeof entry.stat === "string") {
    const m = STAT.exec(entry.stat);
    if (!m) throw invalid(entry, `stat must look like "132 Stat. 1253", not "${entry.stat}"`);
    stat = { volume: Number(m[1]), page: Number(m[2]) };
  } else if (entry.stat) stat = entry.stat;
  let usc: UscLocation | null = null;
  if (entry.usc) {
    const m = USC.exec(entry.usc);
    if (!m) throw invalid(entry, `usc must look like "47 U.S.C. 151 et seq.", not "${entry.usc}"`);
    usc = { title: Number(m[1]), section: m[2] as string, subsections: [], note: m[3] !== undefined, etSeq: m[4] !== undefined };
  }
  let bill: ResolvedName["bill"] = null;
  if (typeof entry.bill === "string") {
    const m = BILL.exec(entry.bill);
    if (!m) throw invalid(entry, `bill must look like "s1693-115", not "${entry.bill}"`);
    bill = { congress: Number(m[3]), billType: m[1] as BillType, number: Number(m[2]) };
  } else if (entry.bill) bill = entry.bill;
  const rule = entry.sections;
  return {
    name: entry.name,
    publicLaw,
    stat,
    year: entry.year ?? normalize(entry.name).year,
    usc,
    bill,
    uscSection: (section, subsections = []) => {
      const mapped = rule ? mapSection(rule, section) : null;
      return mapped === null || !rule ? null : { title: rule.title, section: mapped, subsections: [...subsections], note: false, etSeq: false };
    },
  };
}

const LEAD = /^(\d+)([A-Za-z]*)$/;

function mapSection(rule: SectionRule, section: string): string | null {
  const fromTable = rule.table?.[section];
  if (fromTable !== undefined) return fromTable;
  const m = LEAD.exec(section);
  if (!m) return null;
  const n = Number(m[1]);
  const suffix = (m[2] as string).toLowerCase();
  for (const [from, to, add] of rule.offset ?? []) if (n >= from && n <= to) return String(n + add) + suffix;
  for (const [from, to] of rule.same ?? []) if (n >= from && n <= to) return section;
  if (rule.letters && n >= rule.letters.from && n <= rule.letters.to && suffix === "") return rule.letters.base + String.fromCharCode(96 + n);
  return null;
}

/** Escape for use inside a RegExp. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where the word before `at` ends, as found by {@link wordStartBefore}. */
const PREV = { end: -1 };

/** The start of the word before `at` (one to three spaces before it), or -1; its end is left in `PREV.end`. */
function wordStartBefore(text: string, at: number): number {
  let i = at;
  let spaces = 0;
  while (i > 0 && spaces < 3 && isSpaceCode(text.charCodeAt(i - 1))) {
    i--;
    spaces++;
  }
  if (spaces === 0) return -1;
  const end = i;
  while (i > 0 && end - i < 40 && isNameChar(text.charCodeAt(i - 1))) i--;
  // An opening parenthesis is no part of the first word: "(Paperwork Reduction Act)".
  while (i < end && text.charCodeAt(i) === 40) i++;
  PREV.end = end;
  return i === end ? -1 : i;
}

/** A hash of a lower-case word; {@link rangeHash} gives the same for the word in any case inside a text. */
function wordHash(word: string): number {
  return rangeHash(word, 0, word.length);
}

/** A hash of text[start, end) with letters lower-cased and curly apostrophes straightened. Allocates nothing. */
function rangeHash(text: string, start: number, end: number): number {
  let h = 5381;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 8217) c = 39;
    h = (Math.imul(h, 33) ^ c) | 0;
  }
  return h;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 31) + b) | 0;
}

/** text[start, end) equals `word` (lower case) ignoring case and curly apostrophes; allocates nothing. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 8217) c = 39;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

function isNameChar(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57) || c === 39 || c === 8217 || c === 45 || c === 44 || c === 46 || c === 38 || c === 40 || c === 41;
}

/**
 * Make a name index from the built-in table of the most-cited federal acts plus `entries` (bill titles from
 * `billNames`, popular names from a U.S. Code title, your own). Later entries win over earlier ones of the same name.
 *
 * @example
 * ```ts
 * const names = createNameIndex([{ name: "Stop Enabling Sex Traffickers Act of 2017", bill: "s1693-115" }]);
 * names.lookup("stop enabling sex traffickers act")?.bill; // { congress: 115, billType: "s", number: 1693 }
 * names.lookup("Communications Decency Act")?.publicLaw;   // { congress: 104, number: 104 }
 * ```
 * @throws {CivicError} INVALID_ARGUMENT when an entry's publicLaw, stat, usc or bill is malformed.
 */
// @__NO_SIDE_EFFECTS__
export function createNameIndex(entries: Iterable<NameEntry> = [], options: { builtIn?: boolean } = {}): NameIndex {
  // Names by their last word (for the scan) and by their last two words (to try only names that can match).
  const byLast = new Map<string, number>();
  // The same, keyed by hashes so the scan can look words up without cutting them out of the text.
  const lastHashes = new Set<number>();
  // The first words of every name, and the most words a name has: `matchAt` looks no further than a name can reach.
  const firstHashes = new Set<number>();
  let mostWords = 0;
  const byLastTwo = new Map<number, Compiled[]>();
  // By name and year ("water resources development act|1986": acts of one name and several years are several acts),
  // and by name alone (the one added last) for a name written without its year.
  const byName = new Map<string, Compiled>();
  const byWords = new Map<string, Compiled>();
  const laws = new Map<string, ResolvedName>();
  let size = 0;
  const add = (entry: NameEntry) => {
    const resolved = resolveEntry(entry);
    if (resolved.publicLaw) laws.set(`${String(resolved.publicLaw.congress)}-${String(resolved.publicLaw.number)}`, resolved);
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const { words, year } = normalize(name);
      const key = words.join(" ");
      if (!key) continue;
      const compiled: Compiled = { words, nameYear: year, resolved };
      const old = byName.get(`${key}|${String(year)}`);
      byName.set(`${key}|${String(year)}`, compiled);
      byWords.set(key, compiled);
      const last = words[words.length - 1] as string;
      const lastHash = wordHash(last);
      const two = words.length > 1 ? pairHash(wordHash(words[words.length - 2] as string), lastHash) : lastHash;
      // The longest names first; of one length, the one added last (given entries before built-in ones).
      const list = (byLastTwo.get(two) ?? []).filter((c) => c !== old);
      list.unshift(compiled);
      list.sort((a, b) => b.words.length - a.words.length);
      byLastTwo.set(two, list);
      lastHashes.add(lastHash);
      firstHashes.add(wordHash(words[0] as string));
      if (words.length > mostWords) mostWords = words.length;
      if (!old) {
        byLast.set(last, (byLast.get(last) ?? 0) + 1);
        size++;
      }
    }
  };
  if (options.builtIn !== false) for (const e of BUILT_IN_ACTS) add(e);
  for (const e of entries) add(e);

  // Built lazily: the alternation of every last word ("act", "code", …), matched case-insensitively as whole words.
  let lastWords: RegExp | null = null;
  const scanner = () =>
    (lastWords ??= new RegExp(`\\b(?:${[...byLast.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})\\b`, "gi"));

  /** The longest name whose last word is text[lastStart, lastEnd). */
  const endingAt = (text: string, lastStart: number, lastEnd: number): NameMatch | null => {
    const lastHash = rangeHash(text, lastStart, lastEnd);
    if (!lastHashes.has(lastHash)) return null;
    const ps = wordStartBefore(text, lastStart);
    const candidates = (ps >= 0 ? byLastTwo.get(pairHash(rangeHash(text, ps, PREV.end), lastHash)) : undefined) ?? byLastTwo.get(lastHash);
    if (!candidates) return null;
    next: for (const c of candidates) {
      if (!sameWord(text, lastStart, lastEnd, c.words[c.words.length - 1] as string)) continue;
      let start = lastStart;
      for (let k = c.words.length - 2; k >= 0; k--) {
        const ws = wordStartBefore(text, start);
        if (ws < 0 || !sameWord(text, ws, PREV.end, c.words[k] as string)) continue next;
        start = ws;
      }
      let end = lastEnd;
      YEAR_AFTER_NAME.lastIndex = lastEnd;
      const y = YEAR_AFTER_NAME.exec(text);
      if (y) {
        // "… Act of 2017" in the index and "… Act of 2019" in the text are different acts.
        if (c.nameYear !== null && Number(y[1]) !== c.nameYear) continue;
        end += y[0].length;
      }
      return { start, end, resolved: c.resolved };
    }
    return null;
  };

  let anchors: string | null = null;
  const anchorSource = () => {
    if (anchors !== null) return anchors;
    const forms = new Set<string>();
    for (const w of byLast.keys()) {
      forms.add(w.charAt(0).toUpperCase() + w.slice(1));
      forms.add(w.toUpperCase());
    }
    anchors = forms.size ? `(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRe).join("|")})\\b` : "";
    return anchors;
  };

  return {
    get size() {
      return size;
    },
    get anchorSource() {
      return anchorSource();
    },
    endingAt,
    lookup(name) {
      const { words, year } = normalize(name);
      const key = words.join(" ");
      if (year === null) return byWords.get(key)?.resolved;
      return (byName.get(`${key}|${String(year)}`) ?? byName.get(`${key}|null`))?.resolved;
    },
    lawFacts(congress, number) {
      const r = laws.get(`${String(congress)}-${String(number)}`);
      return r ? { stat: r.stat, year: r.year } : undefined;
    },
    findAll(text) {
      const out: NameMatch[] = [];
      if (byLast.size === 0) return out;
      const re = scanner();
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const hit = endingAt(text, m.index, m.index + m[0].length);
        if (hit) {
          out.push(hit);
          re.lastIndex = hit.end;
        }
      }
      return out;
    },
    matchAt(text, at) {
      // Only where a name can start: the first word (as the walk below reads it, or with its commas and periods, as
      // names may write it) is the first word of some name.
      let i = at;
      while (i < text.length && isNameChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 41) i++;
      let j = i;
      while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
      if (!firstHashes.has(rangeHash(text, at, i)) && !(j > i && firstHashes.has(rangeHash(text, at, j)))) return null;
      // Walk the words after `at` (no more than a name has); try each that can end a name.
      i = at;
      for (let words = 0; words <= mostWords && i < text.length; words++) {
        const start = i;
        while (i < text.length && isNameChar(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 41) i++;
        if (i === start) return null;
        if (lastHashes.has(rangeHash(text, start, i))) {
          const hit = endingAt(text, start, i);
          if (hit?.start === at) return hit;
        }
        // "… of the Clean Air Act.": the sentence's period is no part of the last word.
        if (text.charCodeAt(i - 1) === 46 && i - 1 > start && lastHashes.has(rangeHash(text, start, i - 1))) {
          const hit = endingAt(text, start, i - 1);
          if (hit?.start === at) return hit;
        }
        if (text.charCodeAt(i) === 44) i++;
        if (!isSpaceCode(text.charCodeAt(i))) return null;
        while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
      }
      return null;
    },
  };
}

let defaultIndex: NameIndex | undefined;

/** The index of built-in acts alone, made once. */
export function defaultNameIndex(): NameIndex {
  return (defaultIndex ??= createNameIndex());
}

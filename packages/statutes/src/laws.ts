// What a law is and what it changes: lawInfo (its number, Statutes at Large page, date, bill, short title, sections),
// amendments (each amendatory instruction as a structured edit) and popularNames (short-title notes of a Code title).
import { localName, type XmlElement, type XmlNode } from "@civickit/core/xml";
import { extractCitations, type Citation, type NameEntry } from "@civickit/citations";
import { citationToIdentifier, identifierToCitation } from "./identifiers.js";
import { cleanText, elementsNamed, listSections, sourceTrees, textOf, LEVELS, type SectionSummary, type UslmDocument } from "./uslm.js";

/** All the text under a node, sidenotes and all (textOf leaves marginal notes out). */
function rawText(node: XmlNode): string {
  return typeof node === "string" ? node : node.children.map(rawText).join(" ");
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function isoDate(text: string): string | null {
  const m = /([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),\s+(\d{4})/.exec(text);
  if (!m) return null;
  const month = MONTHS[(m[1] as string).slice(0, 3).toLowerCase()];
  if (!month) return null;
  return `${m[3] as string}-${String(month).padStart(2, "0")}-${(m[2] as string).padStart(2, "0")}`;
}

/** A public or private law, as {@link lawInfo} reads it. */
export interface LawInfo {
  type: "public" | "private";
  congress: number | null;
  number: number | null;
  stat: { volume: number; page: number } | null;
  enacted: string | null;
  /** The bill it came from ("/us/bill/114/hr/636"), when the law says. */
  bill: string | null;
  shortTitle: string | null;
  sections: SectionSummary[];
}

/**
 * The facts of a public or private law: its Congress and number, where it begins in the Statutes at Large, the date it
 * was enacted, the bill it came from, its short title and its sections.
 *
 * @example
 * ```ts
 * lawInfo(parseUslm(publ190)); // { type: "public", congress: 114, number: 190, stat: { volume: 130, page: 615 }, enacted: "2016-07-15", bill: "/us/bill/114/hr/636", … }
 * ```
 */
export function lawInfo(doc: UslmDocument): LawInfo {
  const root = sourceTrees.get(doc);
  let congress: number | null = doc.congress;
  let number: number | null = null;
  let stat: LawInfo["stat"] = null;
  for (const c of doc.citableAs) {
    const law = /(?:Public|Private) Law (\d+)[–-](\d+)/.exec(c);
    if (law) {
      congress = Number(law[1]);
      number = Number(law[2]);
    }
    const s = /(\d+) Stat\. (\d+)/.exec(c);
    if (s) stat = { volume: Number(s[1]), page: Number(s[2]) };
  }
  if (number === null) {
    const n = /(\d+)[–-](\d+)/.exec(doc.meta.docNumber ?? "") ?? /(\d+)[–-](\d+)/.exec(Object.values(doc.meta).find((v) => /^\d+[–-]\d+$/.test(v)) ?? "");
    if (n) {
      congress ??= Number(n[1]);
      number = Number(n[2]);
    } else if (doc.docNumber && /^\d+$/.test(doc.docNumber)) number = Number(doc.docNumber);
  }
  let enacted: string | null = null;
  let bill: string | null = null;
  const longTitle = root ? elementsNamed(root, "longTitle")[0] : undefined;
  if (longTitle) {
    for (const side of elementsNamed(longTitle, "sidenote")) {
      enacted ??= isoDate(rawText(side));
      bill ??= elementsNamed(side, "ref").map((r) => r.attributes.href ?? "").find((h) => h.startsWith("/us/bill/")) ?? null;
    }
  }
  const shortTitle = root ? (elementsNamed(root, "shortTitle").find((e) => (e.attributes.role ?? "act") === "act") ?? elementsNamed(root, "shortTitle")[0]) : undefined;
  const kind = /private/i.test(doc.meta.publicPrivate ?? doc.meta["dc:type"] ?? "") || doc.kind === "pvtLaw" ? "private" : "public";
  return {
    type: kind,
    congress,
    number,
    stat,
    enacted,
    bill,
    shortTitle: shortTitle ? cleanText(textOf(shortTitle)).replace(/^[“"]|[”"]$/g, "") : null,
    sections: listSections(doc),
  };
}

/** One amendatory instruction of a law or bill, as a structured edit. */
export interface Amendment {
  /**
   * The U.S. Code place the instruction names, as a citation, and its USLM identifier. Where the words name it (no ref
   * markup), the citation's `start`/`end` are offsets in `text`.
   */
  target: Citation | null;
  targetIdentifier: string | null;
  /** The edit: what the instruction does, summed up. */
  action: "add" | "strike" | "insert" | "strike-and-insert" | "redesignate" | "repeal" | "amend";
  /** Every amending action the instruction names, in order ("delete", "insert", "add"…). */
  actions: string[];
  /** The quoted text the instruction strikes, inserts or adds, in order. */
  quoted: string[];
  /** The instruction as written. */
  text: string;
  /** The identifier of the provision of the law that holds the instruction, when it has one. */
  in: string | null;
}

const LEVEL_NAMES: ReadonlySet<string> = new Set(LEVELS);
const BLOCKS = new Set(["chapeau", "content", "p", "text"]);
const QUOTED = new Set(["quotedText", "quotedContent"]);

// The verb of an instruction written out ("… (7 U.S.C. 902) is amended in subsection (a) by striking …"), for the many
// bills and laws GPO converted without amendingAction markup.
const VERB = /\b(?:is|are)\s+(?:hereby\s+)?(amended|repealed)\b/;
// The actions such an instruction names, in the words of the drafting manuals.
const ACTION_WORDS = /\b(?:(strik(?:e|ing))|(insert(?:ing)?)|(add(?:ing)?)\b(?=\s+(?:at|the|a|new)\b|\s*[“"])|(redesignat(?:e|ing))|(to read as follows))\b/g;
const ACTION_OF = ["", "delete", "insert", "add", "redesignate", "substitute"] as const;

/** The text of a block without the text it quotes: the words of the instruction itself. */
function ownText(node: XmlNode): string {
  if (typeof node === "string") return node;
  if (QUOTED.has(localName(node.name))) return " … ";
  return node.children.map(ownText).join("");
}

/** The words of a block that may open an instruction, without the provisos in it (each proviso is read on its own). */
function headText(block: XmlElement): string {
  return block.children.map((c) => (typeof c !== "string" && localName(c.name) === "proviso" ? " " : ownText(c))).join("");
}

const markedActions = (block: XmlElement) => elementsNamed(block, "amendingAction").map((a) => a.attributes.type ?? "");

/** Whether a block of a level opens an instruction: marked up so, or, where the document has no such markup, written so. */
function opensInstruction(block: XmlElement, marked: boolean): boolean {
  if (!BLOCKS.has(localName(block.name))) return false;
  return marked ? markedActions(block).some((t) => t === "amend" || t === "repeal") : VERB.test(headText(block));
}

/** The blocks (chapeau, content, p) of a level element and of its sub-levels that hold no instruction of their own. */
function instructionParts(level: XmlElement, marked: boolean): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of level.children) {
    if (typeof c === "string") continue;
    const name = localName(c.name);
    if (BLOCKS.has(name) || name === "quotedContent" || name === "continuation") out.push(c);
    else if (LEVEL_NAMES.has(name) && !c.children.some((x) => typeof x !== "string" && opensInstruction(x, marked))) out.push(...instructionParts(c, marked));
  }
  return out;
}

/** The quoted texts of an instruction in order: quotedText and quotedContent elements, and “…” runs written inline. */
function quotedIn(parts: XmlElement[]): string[] {
  const out: string[] = [];
  let plain = "";
  const flush = () => {
    for (const m of plain.matchAll(/“([^“”]*)”/g)) out.push(cleanText(m[1] as string));
    plain = "";
  };
  const walk = (node: XmlNode) => {
    if (typeof node === "string") plain += node;
    else if (QUOTED.has(localName(node.name))) {
      flush();
      out.push(cleanText(textOf(node).trim().replace(/^[“"‘']|[”"’']\.?$/g, "")));
    } else node.children.forEach(walk);
  };
  parts.forEach(walk);
  flush();
  return out;
}

function summarize(actions: string[]): Amendment["action"] {
  const has = (t: string) => actions.includes(t);
  if (has("repeal")) return "repeal";
  if ((has("delete") && has("insert")) || has("substitute")) return "strike-and-insert";
  if (has("add")) return "add";
  if (has("insert")) return "insert";
  if (has("delete")) return "strike";
  if (has("redesignate")) return "redesignate";
  return "amend";
}

/** The first ref to the U.S. Code in a head before its amending verb, outside the text it quotes. */
function codeRefBeforeVerb(head: XmlElement): string | undefined {
  let found: string | undefined;
  let verb = false;
  const walk = (node: XmlNode) => {
    if (typeof node === "string" || found !== undefined || verb) return;
    const name = localName(node.name);
    if (QUOTED.has(name)) return;
    if (name === "amendingAction" && /^(amend|repeal)$/.test(node.attributes.type ?? "")) verb = true;
    else if (name === "ref") {
      const href = (node.attributes.href ?? "").split("#")[0] ?? "";
      if (href.startsWith("/us/usc/")) found = href;
    } else node.children.forEach(walk);
  };
  walk(head);
  return found;
}

/**
 * The U.S. Code place an instruction names: the head's ref to the Code, or else the first U.S. Code cite written before
 * its verb (its offsets are then offsets in the instruction's text).
 */
function targetOf(head: XmlElement, text: string): { target: Citation | null; targetIdentifier: string } | null {
  const href = codeRefBeforeVerb(head);
  if (href) return { target: identifierToCitation(href), targetIdentifier: href };
  const verb = VERB.exec(text);
  const cite = extractCitations(verb ? text.slice(0, verb.index) : text, { types: ["usc"] })[0];
  if (!cite || cite.type !== "usc") return null;
  return { target: cite, targetIdentifier: citationToIdentifier(cite) };
}

/**
 * Every amendatory instruction of a law or bill that names a U.S. Code target — "Section 230(e) of the Communications
 * Act of 1934 (47 U.S.C. 230(e)) is amended by adding at the end the following:" — as a structured edit: the target,
 * the action (add, strike, insert, strike-and-insert, redesignate, repeal) and the quoted text. Documents with
 * amendingAction and ref markup are read by their markup; documents without it by the words of each instruction.
 * Instructions quoted inside an instruction (an amendment that inserts amending text) belong to the quoted text.
 *
 * @example
 * ```ts
 * amendments(parseUslm(publ6))[0]; // { target: { cite: "42 U.S.C. § 1862p", … }, action: "add", quoted: […], … }
 * ```
 */
export function amendments(doc: UslmDocument): Amendment[] {
  const root = sourceTrees.get(doc);
  if (!root) return [];
  const marked = elementsNamed(root, "amendingAction").length > 0;
  const out: Amendment[] = [];
  const visit = (el: XmlElement) => {
    const name = localName(el.name);
    // A proviso of an appropriation ("Provided further, That section 26(d) of … (42 U.S.C. 1769g(d)) is amended …")
    // is an instruction of its own.
    const proviso = !marked && name === "proviso" && VERB.test(headText(el));
    if (proviso || LEVEL_NAMES.has(name)) {
      const head = proviso ? el : el.children.find((c): c is XmlElement => typeof c !== "string" && opensInstruction(c, marked));
      const parts = head ? (proviso ? [el] : instructionParts(el, marked)) : [];
      const text = cleanText(parts.map((p) => textOf(p)).join(" "));
      const target = head ? targetOf(head, text) : null;
      if (head && target) {
        let actions: string[] = [];
        if (marked) {
          actions = parts.flatMap(markedActions).filter((t) => t && t !== "amend");
          if (markedActions(head).includes("repeal")) actions.unshift("repeal");
        }
        // Without markup, or where the markup names no action ("is amended to read as follows"), the words do.
        if (!marked || actions.length === 0) {
          const words = parts.map(ownText).join(" ");
          actions = [...words.matchAll(ACTION_WORDS)].map((m) => ACTION_OF[m.slice(1).findIndex(Boolean) + 1] ?? "");
          if (VERB.exec(headText(head))?.[1] === "repealed") actions.unshift("repeal");
        }
        out.push({
          ...target,
          action: summarize(actions),
          actions,
          quoted: quotedIn(parts),
          text,
          in: el.attributes.identifier ?? null,
        });
        // An instruction's own parts are not read again as instructions; nested instructions with their own head are.
      }
    }
    for (const c of el.children) if (typeof c !== "string" && localName(c.name) !== "quotedContent") visit(c);
  };
  visit(root);
  return out;
}

/**
 * The popular names a U.S. Code title's short-title notes give ("This Act may be cited as the ‘…’"), each with its
 * Public Law and the sections it sits at: entries `createNameIndex` of @civickit/citations takes.
 *
 * @example
 * ```ts
 * popularNames(parseUslm(title47)).find((n) => n.name.startsWith("Communications Decency Act"));
 * ```
 */
export function popularNames(doc: UslmDocument): NameEntry[] {
  const root = sourceTrees.get(doc);
  if (!root) return [];
  const out: NameEntry[] = [];
  const seen = new Set<string>();
  const visitSection = (section: XmlElement) => {
    const sectionId = section.attributes.identifier ?? null;
    for (const note of elementsNamed(section, "note")) {
      if (!/shortTitle/i.test(note.attributes.topic ?? "")) continue;
      for (const p of elementsNamed(note, "p")) {
        const text = cleanText(textOf(p));
        const law = /Pub\. L\. (\d+)[–-](\d+)/.exec(text);
        for (const m of text.matchAll(/may be cited as the [‘'“"]([^’'”"]{3,200})[’'”"]/g)) {
          const name = (m[1] as string).replace(/[.,]$/, "");
          const key = `${name}|${law ? `${law[1] as string}-${law[2] as string}` : ""}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const entry: NameEntry = { name };
          if (law) entry.publicLaw = `${law[1] as string}-${law[2] as string}`;
          const usc = sectionId ? /^\/us\/usc\/t(\d+)\/s([^/]+)$/.exec(sectionId) : null;
          if (usc) entry.usc = `${usc[1] as string} U.S.C. ${usc[2] as string} note`;
          out.push(entry);
        }
      }
    }
  };
  for (const s of elementsNamed(root, "section")) visitSection(s);
  return out;
}

// USLM identifiers ↔ citations: "/us/usc/t47/s230/e/5" ↔ 47 U.S.C. § 230(e)(5); "/us/pl/115/164" ↔ Pub. L. 115-164;
// "/us/stat/132/1253" ↔ 132 Stat. 1253; "/us/bill/115/hr/1865" ↔ H.R. 1865 (115th Congress).
import { CivicError } from "@civickit/core/errors";
import { isBillType } from "@civickit/core/ids";
import { extractCitations, parseCitation, type Citation } from "@civickit/citations";

const USC = /^\/us\/usc\/t(\d+)(a?)(?:\/s([^/]+)((?:\/[^/]+)*))?$/;
const USC_CHAPTER = /^\/us\/usc\/t(\d+)(a?)\/ch(\w+)(?:\/sch\w+)?$/;
const LAW = /^\/us\/(pl|pvtl)\/(\d+)\/(\d+)((?:\/[^/]+)*)$/;
const STAT = /^\/us\/stat\/(\d+)\/(\d+)$/;
const BILL = /^\/us\/bill\/(\d+)\/([a-z]+)\/(\d+)$/;

/**
 * The citation a USLM identifier stands for, or null for an identifier that is not one of the U.S. Code, a law, the
 * Statutes at Large or a bill.
 *
 * @example
 * ```ts
 * identifierToCitation("/us/usc/t47/s230/e/5")?.cite; // "47 U.S.C. § 230(e)(5)"
 * identifierToCitation("/us/pl/115/164")?.cite;       // "Pub. L. No. 115-164, 132 Stat. 1253 (2018)"
 * ```
 */
export function identifierToCitation(identifier: string): Citation | null {
  const chapter = USC_CHAPTER.exec(identifier);
  // "/us/usc/t10/ch138/schII": a chapter (citations have no subchapter: the chapter it is in).
  if (chapter) return parseCitation(`${chapter[1] ?? ""} U.S.C.${chapter[2] ? " App." : ""} ch. ${chapter[3] ?? ""}`);
  const usc = USC.exec(identifier);
  if (usc) {
    const subs = (usc[4] ?? "").split("/").filter(Boolean);
    // "/us/usc/t3/s202 to 204": a run of sections (repealed or omitted ones are identified so): the range's start.
    // "/us/usc/t3/s202 to 204", "/us/usc/t27/s43a, 43b": runs and lists of sections (repealed or omitted ones are
    // identified so) stand for their first section.
    const many = usc[3] !== undefined && /,| to /.test(usc[3]);
    const section = many ? (usc[3] ?? "").replace(" to ", "–") : usc[3];
    const text = `${usc[1] ?? ""} U.S.C.${usc[2] ? " App." : ""}${section ? ` ${many ? "§§" : "§"} ${section}${subs.map((s) => `(${s})`).join("")}` : ""}`;
    if (many) return extractCitations(text)[0] ?? null;
    if (!usc[3]) return { type: "usc", match: text, start: 0, end: text.length, id: `usc/${usc[1] ?? ""}${usc[2] ? "-app" : ""}`, cite: `${usc[1] ?? ""} U.S.C.`, title: Number(usc[1]), section: null, subsections: [], chapter: null, appendix: usc[2] === "a", note: false, etSeq: false };
    return parseCitation(text);
  }
  const law = LAW.exec(identifier);
  if (law) {
    const sections = (law[4] ?? "").split("/").filter(Boolean).map((s) => s.replace(/^s/, ""));
    const head = `${law[1] === "pvtl" ? "Private" : "Public"} Law ${law[2] ?? ""}-${law[3] ?? ""}`;
    return sections.length ? parseCitation(`section ${sections[0] ?? ""}${sections.slice(1).map((s) => `(${s})`).join("")} of ${head}`) : parseCitation(head);
  }
  const stat = STAT.exec(identifier);
  if (stat) return parseCitation(`${stat[1] ?? ""} Stat. ${stat[2] ?? ""}`);
  const bill = BILL.exec(identifier);
  if (bill && isBillType(bill[2] ?? "")) {
    const prefix: Record<string, string> = { hr: "H.R.", s: "S.", hres: "H. Res.", sres: "S. Res.", hjres: "H.J.Res.", sjres: "S.J.Res.", hconres: "H. Con. Res.", sconres: "S. Con. Res." };
    return parseCitation(`${prefix[bill[2] ?? ""] ?? ""} ${bill[3] ?? ""} (${bill[1] ?? ""}th Congress)`);
  }
  return null;
}

/**
 * The USLM identifier of a citation (a citation object of @civickit/citations, or a string one parses).
 *
 * @example
 * ```ts
 * citationToIdentifier("47 U.S.C. § 230(e)(5)"); // "/us/usc/t47/s230/e/5"
 * citationToIdentifier("132 Stat. 1253");        // "/us/stat/132/1253"
 * ```
 * @throws {CivicError} NO_IDENTIFIER for a citation USLM has no identifier for (a case, a vote tally…).
 */
export function citationToIdentifier(citation: Citation | string): string {
  const c = typeof citation === "string" ? parseCitation(citation) : citation;
  switch (c.type) {
    case "usc":
      if (c.chapter !== null) return `/us/usc/t${String(c.title)}${c.appendix ? "a" : ""}/ch${c.chapter}`;
      return [`/us/usc/t${String(c.title)}${c.appendix ? "a" : ""}`, ...(c.section === null ? [] : [`s${c.section}`, ...c.subsections])].join("/");
    case "publicLaw":
    case "privateLaw":
      return [`/us/${c.type === "publicLaw" ? "pl" : "pvtl"}/${String(c.congress)}/${String(c.number)}`, ...(c.sections.length ? [`s${c.sections[0] ?? ""}`, ...c.sections.slice(1)] : [])].join("/");
    case "stat":
      return `/us/stat/${String(c.volume)}/${String(c.page)}`;
    case "bill":
      if (c.congress === null) throw new CivicError("NO_IDENTIFIER", `${c.match} needs its Congress for a USLM identifier`);
      return `/us/bill/${String(c.congress)}/${c.billType}/${String(c.number)}`;
    case "act":
      if (c.usc) return [`/us/usc/t${String(c.usc.title)}`, `s${c.usc.section}`, ...c.usc.subsections].join("/");
      throw new CivicError("NO_IDENTIFIER", `no U.S. Code place is known for ${c.match}`);
    default:
      throw new CivicError("NO_IDENTIFIER", `USLM has no identifier for a ${c.type} citation (${c.match})`);
  }
}

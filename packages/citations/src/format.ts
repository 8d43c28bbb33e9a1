import { CivicError } from "@civickit/core/errors";
import type { Citation } from "./model.js";
import { actBluebook, actId, actShort } from "./types/act.js";
import { billBluebook, billId, billShort, billUrl } from "./types/bill.js";
import { caseBluebook, caseId, caseShort, caseUrl } from "./types/case.js";
import { cfrBluebook, cfrId, cfrShort, cfrUrl } from "./types/cfr.js";
import { committeeReportBluebook, committeeReportId, committeeReportUrl } from "./types/committee-report.js";
import { congressionalRecordBluebook, congressionalRecordId, congressionalRecordUrl } from "./types/congressional-record.js";
import { executiveOrderBluebook, executiveOrderId, executiveOrderUrl } from "./types/executive-order.js";
import { fedRegBluebook, fedRegId, fedRegUrl } from "./types/fed-reg.js";
import { lawBluebook, lawId, lawShort, lawUrl } from "./types/law.js";
import { statBluebook, statId, statUrl } from "./types/stat.js";
import { uscBluebook, uscId, uscShort, uscUrl } from "./types/usc.js";
import { usConstBluebook, usConstId, usConstUrl } from "./types/us-const.js";
import { voteTallyBluebook, voteTallyId } from "./types/vote-tally.js";

/** The styles {@link formatCitation} writes. */
export type CitationStyle = "bluebook" | "short" | "id";

type Fields<C extends Citation = Citation> = C extends Citation ? Omit<C, "id" | "cite" | "match" | "start" | "end"> : never;

/** The canonical id of a citation's fields. */
export function idOf(c: Fields): string {
  const x = c as Citation;
  switch (x.type) {
    case "usc": return uscId(x);
    case "cfr": return cfrId(x);
    case "publicLaw":
    case "privateLaw": return lawId(x);
    case "stat": return statId(x);
    case "fedReg": return fedRegId(x);
    case "congressionalRecord": return congressionalRecordId(x);
    case "usConst": return usConstId(x);
    case "case": return caseId(x);
    case "bill": return billId(x);
    case "act": return actId(x);
    case "voteTally": return voteTallyId(x);
    case "committeeReport": return committeeReportId(x);
    case "executiveOrder": return executiveOrderId(x);
  }
}

/** The Bluebook form of a citation's fields. */
export function bluebookOf(c: Fields): string {
  const x = c as Citation;
  switch (x.type) {
    case "usc": return uscBluebook(x);
    case "cfr": return cfrBluebook(x);
    case "publicLaw":
    case "privateLaw": return lawBluebook(x);
    case "stat": return statBluebook(x);
    case "fedReg": return fedRegBluebook(x);
    case "congressionalRecord": return congressionalRecordBluebook(x);
    case "usConst": return usConstBluebook(x);
    case "case": return caseBluebook(x);
    case "bill": return billBluebook(x);
    case "act": return actBluebook(x);
    case "voteTally": return voteTallyBluebook(x);
    case "committeeReport": return committeeReportBluebook(x);
    case "executiveOrder": return executiveOrderBluebook(x);
  }
}

function shortOf(c: Citation): string {
  switch (c.type) {
    case "usc": return uscShort(c);
    case "cfr": return cfrShort(c);
    case "publicLaw":
    case "privateLaw": return lawShort(c);
    case "case": return caseShort(c);
    case "bill": return billShort(c);
    case "act": return actShort(c);
    default: return bluebookOf(c);
  }
}

/**
 * Write a citation in a style: `bluebook` (the full form: "47 U.S.C. § 230(c)(1)", "Pub. L. No. 115-164, 132 Stat.
 * 1253 (2018)", "164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)"), `short` (the short form used after a full cite:
 * "§ 230(c)(1)", "Pub. L. 115-164") or `id` (the canonical path: "usc/47/230/c/1").
 *
 * @example
 * ```ts
 * const [c] = extractCitations("See 47 USC 230(c)(1).");
 * formatCitation(c, "bluebook"); // "47 U.S.C. § 230(c)(1)"
 * formatCitation(c, "short");    // "§ 230(c)(1)"
 * formatCitation(c, "id");       // "usc/47/230/c/1"
 * ```
 * @throws {CivicError} INVALID_ARGUMENT for an unknown style or something that is not a citation.
 */
export function formatCitation(c: Citation, style: CitationStyle = "bluebook"): string {
  if (typeof c !== "object" || typeof (c as { type?: unknown }).type !== "string") throw new CivicError("INVALID_ARGUMENT", "formatCitation() takes a citation");
  switch (style) {
    case "bluebook": return bluebookOf(c);
    case "short": return shortOf(c);
    case "id": return idOf(c);
    default: throw new CivicError("INVALID_ARGUMENT", `unknown citation style "${String(style)}"; use "bluebook", "short" or "id"`);
  }
}

/** Where {@link citationUrl} may link: the default is the official source for each type. */
export type CitationSource = "default" | "house" | "govinfo" | "lii" | "congress.gov" | "ecfr" | "federalregister";

/**
 * Today's official link for a citation: uscode.house.gov for the U.S. Code (or `"govinfo"`, `"lii"`), ecfr.gov for the
 * CFR, govinfo.gov for laws, the Statutes at Large and the Congressional Record, federalregister.gov for the Federal
 * Register and executive orders, congress.gov for bills and reports, constitution.congress.gov for the Constitution,
 * CourtListener for cases. Null when there is nothing to link to (a vote tally, an act the index does not place).
 *
 * @example
 * ```ts
 * citationUrl(parseCitation("47 U.S.C. § 230"));
 * // "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&num=0&edition=prelim"
 * ```
 */
export function citationUrl(c: Citation, source?: CitationSource): string | null {
  const s = source === "default" ? undefined : source;
  switch (c.type) {
    case "usc": return uscUrl(c, s);
    case "cfr": return cfrUrl(c, s);
    case "publicLaw":
    case "privateLaw": return lawUrl(c, s);
    case "stat": return statUrl(c);
    case "fedReg": return fedRegUrl(c, s);
    case "congressionalRecord": return congressionalRecordUrl(c);
    case "usConst": return usConstUrl(c);
    case "case": return caseUrl(c);
    case "bill": return billUrl(c);
    case "committeeReport": return committeeReportUrl(c);
    case "executiveOrder": return executiveOrderUrl(c);
    case "act": {
      if (c.usc) return uscUrl({ type: "usc", title: c.usc.title, section: c.usc.section, subsections: c.usc.subsections, chapter: null, appendix: false, note: c.usc.note, etSeq: c.usc.etSeq, match: "", start: 0, end: 0, id: "", cite: "" }, s);
      if (c.publicLaw) return lawUrl({ type: "publicLaw", congress: c.publicLaw.congress, number: c.publicLaw.number, sections: [], title: null, match: "", start: 0, end: 0, id: "", cite: "" }, s);
      if (c.bill) return billUrl({ type: "bill", billType: c.bill.billType, number: c.bill.number, congress: c.bill.congress, match: "", start: 0, end: 0, id: "", cite: "" });
      return null;
    }
    case "voteTally": return null;
  }
}

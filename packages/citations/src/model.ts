import type { BillType } from "@civickit/core/ids";

/** Every kind of citation civickit finds, as the `type` of a {@link Citation}. */
export const CITATION_TYPES = [
  "usc",
  "cfr",
  "publicLaw",
  "privateLaw",
  "stat",
  "fedReg",
  "congressionalRecord",
  "usConst",
  "case",
  "bill",
  "act",
  "voteTally",
  "committeeReport",
  "executiveOrder",
] as const;

export type CitationType = (typeof CITATION_TYPES)[number];

/** What every citation carries, whatever its type. */
export interface CitationBase {
  /** The exact text matched. */
  match: string;
  /** Offset of the match in the text (a JS string index, UTF-16 code units). */
  start: number;
  /** Offset just past the match. */
  end: number;
  /** A canonical path, such as "usc/47/230/c/1", equal for every spelling of the same citation. */
  id: string;
  /** The canonical Bluebook form. */
  cite: string;
  /** Set on the two citations a range yields ("§§ 1591–1595"): both span the whole range text. */
  range?: "start" | "end";
  /**
   * Set on a short form ("Id.", "id. § 5", "§ 1595(d)", "such Act", "410 U.S. at 116") once resolved: the fields are
   * those of the full citation it refers to, `match` is the short form itself.
   */
  shortForm?: "id" | "section" | "such" | "case";
}

/** 47 U.S.C. § 230(c)(1); section 230 of title 47, United States Code; chapter 5 of title 5. */
export interface UscCitation extends CitationBase {
  type: "usc";
  title: number;
  /** The section as written ("230", "1320a-7b", "2339B"); null for a title- or chapter-level reference. */
  section: string | null;
  /** Subsection designators, outermost first: ["c", "1"]. */
  subsections: string[];
  /** Set for a chapter-level reference ("chapter 5 of title 5"). */
  chapter: string | null;
  /** The title's appendix ("50 U.S.C. App. 595"). */
  appendix: boolean;
  /** A statutory note ("7 U.S.C. 612c note"). */
  note: boolean;
  /** "et seq." followed. */
  etSeq: boolean;
  /** For the two halves of a range, both ends as written ("1591", "1595"). */
  rangeOf?: [string, string];
}

/** 40 C.F.R. § 60.1; 40 CFR part 60; title 40, Code of Federal Regulations; 27 CFR chapter I. */
export interface CfrCitation extends CitationBase {
  type: "cfr";
  title: number;
  /** The part ("60"); null for a title-level reference. */
  part: string | null;
  /** The section with its part prefix ("60.1"); null for a part-only reference. */
  section: string | null;
  subsections: string[];
  /** Set for a chapter-level reference ("27 CFR chapter I"), and on a part named with its chapter ("20 CFR chapter III part 404"). */
  chapter?: string;
  /** For the two halves of a range, both ends as written. */
  rangeOf?: [string, string];
}

/** Pub. L. No. 115-164; section 4402(e)(1) of Public Law 107–171; title V of Public Law 104–104. */
export interface LawCitation extends CitationBase {
  type: "publicLaw" | "privateLaw";
  congress: number;
  number: number;
  /** The section cited and its subsections, outermost first (["4402", "e", "1"]); empty for the whole law. */
  sections: string[];
  /**
   * The title, subtitle or division of the law named ("V" in "title V of Public Law 104–104", "division N", or several:
   * "division G, title II" in "Pub. L. 113–235, div. G, title II, § 219(a)"), with `sections` when a section is named too.
   */
  title: string | null;
  /** Where the law begins in the Statutes at Large, when the text gives it or the name index knows it ("pageSuffix" as
   * for a `stat` citation: "112 Stat. 2681–739"). */
  stat?: { volume: number; page: number; pageSuffix?: string };
  /** The year of enactment, when known. */
  year?: number;
}

/** 132 Stat. 1253. */
export interface StatCitation extends CitationBase {
  type: "stat";
  volume: number;
  page: number;
  /** The part after the dash of pages numbered so in omnibus laws ("79" in "100 Stat. 3207–79"). */
  pageSuffix?: string;
}

/** 83 Fed. Reg. 12,345; 83 FR 12345. */
export interface FedRegCitation extends CitationBase {
  type: "fedReg";
  volume: number;
  page: number;
}

/** 164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018). */
export interface CongressionalRecordCitation extends CitationBase {
  type: "congressionalRecord";
  volume: number;
  /** The page as printed: "S1849", "H1234", "E56", "D12" in the daily edition; digits in the bound edition. */
  page: string;
  /** "daily" when the citation says so or the page carries a chamber letter; "bound" for a plain page number. */
  edition: "daily" | "bound";
  /** The date of the daily edition (YYYY-MM-DD) when given. */
  date: string | null;
}

/** U.S. Const. art. I, § 8, cl. 3; U.S. Const. amend. XIV, § 1. Roman numerals are read as numbers. */
export interface UsConstCitation extends CitationBase {
  type: "usConst";
  article: number | null;
  amendment: number | null;
  section: number | null;
  clause: number | null;
  paragraph: number | null;
}

/** 199 F. Supp. 3d 125 (D.D.C. 2016); Fisher v. University of Texas, 570 U. S. ___ (2013). */
export interface CaseCitation extends CitationBase {
  type: "case";
  volume: number;
  /** The reporter as written ("F. Supp. 3d", "U. S."). */
  reporter: string;
  /** The reporter's standard abbreviation ("F. Supp. 3d", "U.S."). */
  reporterStandard: string;
  /** The first page; null when the page is still blank ("571 U. S. ___"). */
  page: number | null;
  /** The pin cite after the page (", 130"), as written. */
  pinCite: string | null;
  /** The court in the parenthetical ("D.D.C."), null when none or only a year. */
  court: string | null;
  year: number | null;
  /** The case name when it precedes the citation ("United States v. Mead Corp."). */
  caseName: string | null;
}

/** H.R. 1865; S. 1693; H. Res. 755; S.J.Res. 14. */
export interface BillCitation extends CitationBase {
  type: "bill";
  billType: BillType;
  number: number;
  /** The Congress when the text states it ("H.R. 1865 (115th Congress)"), else null. */
  congress: number | null;
  /** The year in a Bluebook cite ("H.R. 1865, 115th Cong. (2018)"), when given. */
  year?: number;
}

/** Where a named act or one of its sections sits in the U.S. Code. */
export interface UscLocation {
  title: number;
  section: string;
  subsections: string[];
  /** The act is classified as a note under this section rather than as the section itself. */
  note: boolean;
  /** The act starts here and runs on ("et seq."). */
  etSeq: boolean;
}

/** Section 230 of the Communications Decency Act; the Administrative Procedure Act; section 230 of such Act. */
export interface ActCitation extends CitationBase {
  type: "act";
  /** The act's name as the name index knows it, or as written when the index does not know it. */
  name: string;
  /** The section of the act cited; null for the act as a whole. */
  section: string | null;
  subsections: string[];
  /** From the name index, when it knows the act. */
  publicLaw: { congress: number; number: number } | null;
  stat: { volume: number; page: number } | null;
  /** Where the act (or the section cited) sits in the U.S. Code, when the index knows. */
  usc: UscLocation | null;
  /** The bill the name belongs to, when the index entry is a bill's title. */
  bill: { congress: number; billType: BillType; number: number } | null;
  /** For the two halves of a range ("sections 101 through 105 of the Clean Air Act"), both ends as written. */
  rangeOf?: [string, string];
}

/** "96-0", "97–2", "by a vote of 388 to 25". */
export interface VoteTallyCitation extends CitationBase {
  type: "voteTally";
  yeas: number;
  nays: number;
}

/** H.R. Rep. No. 115-572, pt. 1; S. Rept. 115-199. */
export interface CommitteeReportCitation extends CitationBase {
  type: "committeeReport";
  chamber: "house" | "senate";
  congress: number;
  number: number;
  part: number | null;
}

/** Executive Order 13692; Exec. Order No. 13,692; E.O. 13692. */
export interface ExecutiveOrderCitation extends CitationBase {
  type: "executiveOrder";
  number: number;
}

/** One citation found in text; switch on `type` to reach its fields. */
export type Citation =
  | UscCitation
  | CfrCitation
  | LawCitation
  | StatCitation
  | FedRegCitation
  | CongressionalRecordCitation
  | UsConstCitation
  | CaseCitation
  | BillCitation
  | ActCitation
  | VoteTallyCitation
  | CommitteeReportCitation
  | ExecutiveOrderCitation;

/** The citation of a given type. */
export type CitationOf<T extends CitationType> = Citation extends infer C ? (C extends Citation ? (T extends C["type"] ? C : never) : never) : never;

/** A citation as the type parsers make it: `id` and `cite` are empty until the extractor finishes it. */
export type Draft<C extends Citation = Citation> = C;

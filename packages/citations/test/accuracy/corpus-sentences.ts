// The accuracy set: real sentences of ../shared/corpus/text, read in place (file and line; nothing is copied here),
// with every citation a careful reader finds in them — type, exact match and the fields that matter. Some are known
// to be beyond the extractor today (marked `known`); they stay in so the pass rate is honest.
export interface Expected {
  type: string;
  match: string;
  [field: string]: unknown;
}

export interface CorpusCase {
  file: string;
  /** 1-based line; `lines` more lines are read with it when a short form needs what comes before. */
  line: number;
  lines?: number;
  expect: Expected[];
  /** Why a case is expected to fail today. */
  known?: string;
}

// Section numbers are compared with a hyphen where the text prints an en dash ("460v–7" is section "460v-7").
const hyphen = (s: string | null): string | null => (s === null ? null : s.replace(/–/g, "-"));
const usc = (match: string, title: number, section: string | null, more: Record<string, unknown> = {}): Expected => ({ type: "usc", match, title, section: hyphen(section), ...more });
const cfr = (match: string, title: number, part: string | null, section: string | null, more: Record<string, unknown> = {}): Expected => ({ type: "cfr", match, title, part, section: hyphen(section), ...more });
const law = (match: string, congress: number, number: number, more: Record<string, unknown> = {}): Expected => ({ type: "publicLaw", match, congress, number, ...more });
const stat = (match: string, volume: number, page: number, more: Record<string, unknown> = {}): Expected => ({ type: "stat", match, volume, page, ...more });
const fr = (match: string, volume: number, page: number): Expected => ({ type: "fedReg", match, volume, page });
const act = (match: string, name: string, section: string | null, more: Record<string, unknown> = {}): Expected => ({ type: "act", match, name, section: hyphen(section), ...more });
const kase = (match: string, volume: number, reporter: string, page: number | null, more: Record<string, unknown> = {}): Expected => ({ type: "case", match, volume, reporter, page, ...more });

export const CORPUS_CASES: CorpusCase[] = [
  { file: "113publ121-uslm.txt", line: 5454, expect: [act("Section 3 of the Act of August 13, 1946", "Act of August 13, 1946", "3"), usc("33 U.S.C. 426g", 33, "426g")] },
  { file: "BILLS-116hr1865eah.txt", line: 9009, expect: [act("section 306 of the National Housing Act", "National Housing Act", "306"), usc("12 U.S.C. 1721(g)", 12, "1721", { subsections: ["g"] })] },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 12010, expect: [usc("26 U.S.C. 6321", 26, "6321")] },
  { file: "COMPS-8188.txt", line: 5327, expect: [usc("3 U.S.C. 102 note", 3, "102", { note: true })] },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 8965, expect: [cfr("27 CFR part 53", 27, "53", null)] },
  { file: "FR-2017-09-29-uslm.txt", line: 10408, expect: [cfr("17 CFR 240.19b–4", 17, "240", "240.19b–4")] },
  { file: "FR-2017-09-29-uslm.txt", line: 5762, expect: [cfr("Title 15, CFR part 30", 15, "30", null)] },
  { file: "BILLS-116hr1865eah.txt", line: 2878, expect: [law("section 507 of Public Law 95–87", 95, 87, { sections: ["507"] }), usc("30 U.S.C. 1257", 30, "1257")] },
  { file: "BILLS-116hr1865eah.txt", line: 359, expect: [law("division O of Public Law 115–31", 115, 31, { title: "division O" })] },
  {
    file: "FR-2017-09-29-uslm.txt",
    line: 1545,
    expect: [
      usc("7 U.S.C. 1a", 7, "1a"),
      ...["2", "6", "6a", "6c", "6d", "6e", "6f", "6g", "6i", "6j", "6k", "6l", "6m", "6n", "7", "7a–2", "7b", "7b–1", "7b–3", "8", "9", "15", "21"].map((s) => usc(s, 7, s)),
      act("Dodd-Frank Wall Street Reform and Consumer Protection Act", "Dodd-Frank Wall Street Reform and Consumer Protection Act", null, { publicLaw: { congress: 111, number: 203 } }),
      law("Pub. L. 111–203", 111, 203),
      stat("124 Stat. 1376", 124, 1376),
    ],
  },
  { file: "114hr644enr_good.txt", line: 327, expect: [law("Public Law 114–27", 114, 27), stat("129 Stat. 362", 129, 362)] },
  { file: "114hr644enr_good.txt", line: 311, expect: [law("Public Law 99–570", 99, 570), stat("100 Stat. 3207–79", 100, 3207, { pageSuffix: "79" })] },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 1204, expect: [stat("72 Stat. 1421", 72, 1421), usc("26 U.S.C. 5711", 26, "5711")] },
  {
    file: "114hr644enr_good.txt",
    line: 2695,
    expect: [act("section 731 of the Tariff Act of 1930", "Tariff Act of 1930", "731"), usc("19 U.S.C. 1673", 19, "1673"), stat("42 Stat. 11", 42, 11)],
  },
  { file: "FR-2018-05-10-uslm.txt", line: 534, expect: [law("Section 302 of Public Law 89–368", 89, 368, { sections: ["302"] }), stat("80 Stat. 38", 80, 38)] },
  {
    file: "114hr644enr_good.txt",
    line: 4707,
    expect: [act("Section 601 of the Trade Preferences Extension Act of 2015", "Trade Preferences Extension Act of 2015", "601"), law("Public Law 114–27", 114, 27), stat("129 Stat. 387", 129, 387)],
  },
  {
    file: "113publ287-uslm.txt",
    line: 6911,
    expect: [
      law("Section 8 of Public Law 90–540", 90, 540, { sections: ["8"] }),
      usc("16 U.S.C. 460v–7", 16, "460v–7"),
      act("section 6 of the Act of September 3, 1964", "Act of September 3, 1964", "6"),
      stat("78 Stat. 897", 78, 897),
      usc("section 200306 of title 54", 54, "200306"),
    ],
  },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 10134, expect: [fr("55 FR 47614", 55, 47614)] },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 3077, expect: [fr("52 FR 534", 52, 534), fr("61 FR 54095", 61, 54095), fr("69 FR 52424", 69, 52424)] },
  { file: "FR-2017-09-29-uslm.txt", line: 10266, expect: [fr("70 FR 37496", 70, 37496)] },
  { file: "H1_RH.txt", line: 6816, expect: [usc("section 552 of title 5", 5, "552")] },
  {
    file: "113publ287-uslm.txt",
    line: 4847,
    expect: [usc("chapter 5", 5, null, { chapter: "5" }), usc("chapter 7 of title 5", 5, null, { chapter: "7" })],
  },
  {
    file: "113publ287-uslm.txt",
    line: 6951,
    expect: [law("Section 6 of Public Law 93–535", 93, 535, { sections: ["6"] }), usc("16 U.S.C. 541e", 16, "541e"), stat("78 Stat. 903", 78, 903), usc("section 200306(a)(2) of title 54", 54, "200306", { subsections: ["a", "2"] })],
  },
  { file: "114publ190-uslm.txt", line: 531, expect: [cfr("part 21 of title 14, Code of Federal Regulations", 14, "21", null)] },
  { file: "COMPS-1088.txt", line: 1542, expect: [usc("chapter 83", 5, null, { chapter: "83" }), usc("chapter 84 of title 5", 5, null, { chapter: "84" })] },
  { file: "FR-2017-09-29-uslm.txt", line: 6012, expect: [{ type: "executiveOrder", match: "Executive Order 12898", number: 12898 }] },
  { file: "eyecite-scotus-opinions.txt", line: 768, expect: [kase("488 U. S. 469", 488, "U. S.", 469, { pinCite: "500, 504", year: 1989 })] },
  { file: "eyecite-scotus-opinions.txt", line: 710, expect: [kase("515 U. S. 70", 515, "U. S.", 70, { pinCite: "120–121", caseName: "Missouri v. Jenkins" })] },
  { file: "eyecite-scotus-opinions.txt", line: 740, expect: [kase("323 U. S. 214", 323, "U. S.", 214, { year: 1944, caseName: "Korematsu v. United States" })] },
  { file: "eyecite-scotus-opinions.txt", line: 432, expect: [kase("388 U. S. 1", 388, "U. S.", 1, { pinCite: "11", caseName: "Loving v. Virginia" })] },
  { file: "113publ287-uslm.txt", line: 7854, expect: [{ type: "bill", match: "H.R. 1068", billType: "hr", number: 1068 }] },
  { file: "FR-2018-05-10-uslm.txt", line: 5741, expect: [{ type: "committeeReport", match: "H.R. Rep. No. 91–1444", chamber: "house", congress: 91, number: 1444 }] },
  { file: "H1_RH.txt", line: 1603, expect: [] },
  { file: "BILLS-116hr1865eah.txt", line: 14715, expect: [act("section 219(d) of the Internal Revenue Code of 1986", "Internal Revenue Code of 1986", "219", { subsections: ["d"], usc: { title: 26, section: "219", subsections: ["d"] } })] },
  { file: "H1_RH.txt", line: 5654, expect: [act("section 9035 of the Internal Revenue Code of 1986", "Internal Revenue Code of 1986", "9035")] },
  { file: "114publ190-uslm.txt", line: 297, expect: [act("Section 9502(d)(1) of the Internal Revenue Code of 1986", "Internal Revenue Code of 1986", "9502", { subsections: ["d", "1"] })] },
  {
    file: "BILLS-116hr3rh.txt",
    line: 1084,
    expect: [act("Section 1860D–2(b) of the Social Security Act", "Social Security Act", "1860D–2", { subsections: ["b"] }), usc("42 U.S.C. 1395w–102(b)", 42, "1395w–102", { subsections: ["b"] })],
  },
  { file: "BILLS-116hr1865eah.txt", line: 1313, expect: [act("sections 201(m)", "Social Security Act", "201", { usc: { title: 42, section: "401" } }), act("1131(b)(2)", "Social Security Act", "1131")] },
  { file: "114hr644enr_good.txt", line: 3117, expect: [act("Federal Advisory Committee Act", "Federal Advisory Committee Act", null), usc("5 U.S.C. App.", 5, null, { appendix: true })] },
  { file: "COMPS-8188.txt", line: 1069, expect: [act("section 3(2) of the Federal Advisory Committee Act", "Federal Advisory Committee Act", "3", { subsections: ["2"] }), usc("5 U.S.C. App.", 5, null, { appendix: true })] },
  { file: "FR-2017-09-29-uslm.txt", line: 10270, expect: [kase("615 F.3d 525", 615, "F.3d", 525, { court: "D.C. Cir.", year: 2010, caseName: "NetCoalition v. SEC" })] },
  { file: "FR-2017-09-29-uslm.txt", line: 3910, expect: [kase("795 F.3d at 129–30", 795, "F.3d", null, { pinCite: "129–30" })] },
  { file: "COMPS-895.txt", line: 2498, expect: [usc("sections 3515", 31, "3515"), usc("3521", 31, "3521")] },
  {
    file: "BILLS-116hr1865eah.txt",
    line: 4223,
    expect: [
      act("Section 2(a) of the Legislative Branch Appropriations Act, 1988", "Legislative Branch Appropriations Act, 1988", "2", { subsections: ["a"] }),
      law("section 101(i) of Public Law 100–202", 100, 202, { sections: ["101", "i"] }),
      stat("101 Stat. 1329–290", 101, 1329, { pageSuffix: "290" }),
      usc("2 U.S.C. 6651", 2, "6651"),
    ],
  },
  { file: "BILLS-116hr1865eah.txt", line: 13256, expect: [law("Section 2404 of Public Law 111–148", 111, 148, { sections: ["2404"] }), usc("42 U.S.C. 1396r–5 note", 42, "1396r–5", { note: true })] },
  { file: "BILLS-116hr1865eah.txt", line: 1570, expect: [law("Public Law 103–382", 103, 382), usc("7 U.S.C. 301 note", 7, "301", { note: true })] },
  {
    file: "113publ287-uslm.txt",
    line: 6969,
    expect: [
      law("Section 5 of Public Law 90–454", 90, 454, { sections: ["5"] }),
      usc("16 U.S.C. 1225", 16, "1225"),
      act("Land and Water Conservation Fund Act of 1965", "Land and Water Conservation Fund Act of 1965", null, { publicLaw: { congress: 88, number: 578 } }),
      stat("78 Stat. 897", 78, 897),
      usc("chapter 2003 of title 54", 54, null, { chapter: "2003" }),
    ],
  },
  { file: "BILLS-116hr1865eah.txt", line: 17667, expect: [] },
  { file: "FR-2017-06-07-uslm.txt", line: 8801, expect: [cfr("43 CFR 8360.0–7", 43, "8360", "8360.0–7"), cfr("8364.1", 43, "8364", "8364.1")] },
  {
    file: "CFR-2018-title27-vol2-uslm.txt",
    line: 14617,
    expect: [law("Sec. 111, Pub. L. 95–410", 95, 410, { sections: ["111"] }), stat("92 Stat. 897", 92, 897), usc("19 U.S.C. 1607", 19, "1607"), usc("1610", 19, "1610"), usc("1612", 19, "1612")],
  },
  {
    file: "CFR-2018-title27-vol2-uslm.txt",
    line: 5070,
    expect: [law("Sec. 202, Pub. L. 85–859", 85, 859, { sections: ["202"] }), stat("72 Stat. 1418", 72, 1418), usc("26 U.S.C. 5704", 26, "5704"), stat("49 Stat. 759", 49, 759), usc("19 U.S.C. 1622", 19, "1622")],
  },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 5298, expect: [fr("26 FR 4362", 26, 4362), fr("40 FR 16835", 40, 16835), fr("64 FR 71926", 64, 71926)] },
  { file: "BILLS-116hr1865eah.txt", line: 17668, expect: [usc("22 U.S.C. 286 et seq", 22, "286", { etSeq: true })] },
  { file: "H1_RH.txt", line: 2014, expect: [act("Help America Vote Act of 2002", "Help America Vote Act of 2002", null, { publicLaw: { congress: 107, number: 252 } }), usc("52 U.S.C. 21081 et seq", 52, "21081", { etSeq: true })] },
  { file: "COMPS-8188.txt", line: 219, expect: [usc("section 2332b(g)(5)(b) of title 18", 18, "2332b", { subsections: ["g", "5", "b"] })] },
  { file: "BILLS-116hr1865eah.txt", line: 13925, expect: [act("Section 351(k)(7) of the Public Health Service Act", "Public Health Service Act", "351", { usc: { title: 42, section: "262", subsections: ["k", "7"] } }), usc("42 U.S.C. 262(k)(7)", 42, "262", { subsections: ["k", "7"] })] },
  { file: "FR-2017-06-07-uslm.txt", line: 10554, expect: [usc("15 U.S.C. 78s(b)(3)(A)", 15, "78s", { subsections: ["b", "3", "A"] })] },
  { file: "eyecite-scotus-opinions.txt", line: 1584, expect: [kase("539 U. S. 306", 539, "U. S.", 306, { pinCite: "339", year: 2003, caseName: "Grutter v. Bollinger" })] },
  {
    file: "COMPS-895.txt",
    line: 2774,
    expect: [act("Toxic Substances Control Act", "Toxic Substances Control Act", null), law("Public Law 99–519", 99, 519), stat("100 Stat. 2970", 100, 2970)],
  },
  {
    file: "FR-2018-05-10-uslm.txt",
    line: 666,
    expect: [
      ...[["Secs. 202", "202", []], ["203", "203", []], ["204(a)", "204", ["a"]], ["(e)", "204", ["e"]], ["205(a)", "205", ["a"]], ["(c)", "205", ["c"]], ["216(l)", "216", ["l"]], ["222(c)", "222", ["c"]], ["223(e)", "223", ["e"]], ["224", "224", []], ["225", "225", []], ["702(a)(5)", "702", ["a", "5"]], ["1129A", "1129A", []]].map(
        ([match, section, subsections]) => act(match as string, "Social Security Act", section as string, { subsections }),
      ),
      ...[["42 U.S.C. 402", "402", []], ["403", "403", []], ["404(a)", "404", ["a"]], ["(e)", "404", ["e"]], ["405(a)", "405", ["a"]], ["(c)", "405", ["c"]], ["416(l)", "416", ["l"]], ["422(c)", "422", ["c"]], ["423(e)", "423", ["e"]], ["424a", "424a", []], ["425", "425", []], ["902(a)(5)", "902", ["a", "5"]], ["1320a-8a", "1320a-8a", []]].map(
        ([match, section, subsections]) => usc(match as string, 42, section as string, { subsections }),
      ),
      usc("48 U.S.C. 1801", 48, "1801"),
    ],
  },
  { file: "BILLS-116hr1865eah.txt", line: 76, expect: [] },
  // A subsection range is a range (start and end); a list under one title; title 3's compilations by year.
  {
    file: "FR-2018-05-10-uslm.txt",
    line: 4869,
    expect: [
      usc("49 U.S.C. 20157(c)(1)–(2)", 49, "20157", { subsections: ["c", "1"], range: "start" }),
      usc("49 U.S.C. 20157(c)(1)–(2)", 49, "20157", { subsections: ["c", "2"], range: "end" }),
      usc("49 U.S.C. 20107", 49, "20107"),
      cfr("49 CFR 236.1009(h)", 49, "236", "236.1009", { subsections: ["h"] }),
    ],
  },
  {
    file: "FR-2017-06-07-uslm.txt",
    line: 845,
    expect: [
      usc("49 U.S.C. 106(f)", 49, "106", { subsections: ["f"] }),
      usc("106(g)", 49, "106", { subsections: ["g"] }),
      usc("40103", 49, "40103"),
      usc("40113", 49, "40113"),
      usc("40120", 49, "40120"),
      { type: "executiveOrder", match: "E.O. 10854", number: 10854 },
      fr("24 FR 9565", 24, 9565),
      cfr("3 CFR, 1959–1963 Comp., p. 389", 3, null, null),
    ],
  },
  // "of Title 5 of the United States Code" after a list; executive orders in a list; a law's section after it.
  {
    file: "FR-2017-09-29-uslm.txt",
    line: 5112,
    expect: [
      usc("sections 556", 5, "556"),
      usc("557", 5, "557"),
      { type: "executiveOrder", match: "Executive Orders 12866", number: 12866 },
      { type: "executiveOrder", match: "13563", number: 13563 },
      { type: "executiveOrder", match: "13175", number: 13175 },
      { type: "executiveOrder", match: "Executive Order 13771", number: 13771 },
    ],
  },
  {
    file: "FR-2017-09-29-uslm.txt",
    line: 1988,
    expect: [law("Public Law 104–4, Sec. 202", 104, 4, { sections: ["202"] }), act("Unfunded Mandates Reform Act", "Unfunded Mandates Reform Act of 1995", null)],
  },
  {
    file: "FR-2017-06-07-uslm.txt",
    line: 8498,
    expect: [usc("sections 552b(c)(4)", 5, "552b", { subsections: ["c", "4"] }), usc("552b(c)(6)", 5, "552b", { subsections: ["c", "6"] })],
  },
  // A case name across a line break: a soft hyphen joins the word; a page's running head above a blank line is no part of it.
  {
    file: "eyecite-scotus-opinions.txt",
    line: 490,
    lines: 5,
    expect: [kase("551 U. S. 701", 551, "U. S.", 701, { pinCite: "732", year: 2007, caseName: "Parents Involved in Community Schools v. Seattle School Dist. No. 1" })],
  },
  {
    file: "eyecite-scotus-opinions.txt",
    line: 1065,
    lines: 3,
    expect: [
      kase("339 U. S. 637", 339, "U. S.", 637, { year: 1950, caseName: "McLaurin v. Oklahoma State Regents for Higher Ed." }),
      kase("Id., at 641", 339, "U. S.", 637, { pinCite: "641", shortForm: "id", caseName: "McLaurin v. Oklahoma State Regents for Higher Ed." }),
    ],
  },
  // A company's suffix after a comma is part of the name.
  { file: "eyecite-scotus-opinions.txt", line: 578, lines: 1, expect: [kase("515 U. S.\n200", 515, "U. S.", 200, { pinCite: "227", year: 1995, caseName: "Adarand Constructors, Inc. v. Peña" })] },
  { file: "eyecite-scotus-opinions.txt", line: 1225, lines: 1, expect: [kase("497\nU. S. 547", 497, "U. S.", 547, { pinCite: "609", year: 1990, caseName: "Metro Broadcasting, Inc. v. FCC" })] },
  // "v." at the end of a line.
  { file: "eyecite-scotus-opinions.txt", line: 828, lines: 1, expect: [kase("390 U. S. 333", 390, "U. S.", 333, { pinCite: "334", year: 1968, caseName: "Lee v. Washington" })] },
  // The volume at the end of a line, the next line indented.
  { file: "eyecite-scotus-opinions.txt", line: 25, lines: 1, expect: [kase("539\n  U. S. 306", 539, "U. S.", 306, { caseName: "Grutter v. Bollinger" })] },
  { file: "FR-2017-09-29-uslm.txt", line: 1980, expect: [{ type: "executiveOrder", match: "Executive Order (E.O.) 13771", number: 13771 }] },
  { file: "FR-2018-05-10-uslm.txt", line: 564, expect: [cfr("20 CFR chapter III part 404", 20, "404", null, { chapter: "III" })] },
  { file: "CFR-2018-title27-vol2-uslm.txt", line: 12654, expect: [cfr("Part 19 of title 27 CFR", 27, "19", null)] },
  { file: "113publ121-uslm.txt", line: 1211, expect: [act("section 14 of the Act of March 3, 1899", "Act of March 3, 1899", "14"), usc("33 U.S.C. 408", 33, "408")] },
  {
    file: "BILLS-116hr1865eah.txt",
    line: 2916,
    expect: [law("Public Laws 99–264", 99, 264), law("100–580", 100, 580), law("101–618", 101, 618), law("111–11", 111, 11), law("111–291", 111, 291), law("114–322", 114, 322)],
  },
];

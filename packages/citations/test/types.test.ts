// Every other citation type, each form the issue lists; one describe per type.
import { describe, expect, it } from "vitest";
import { citationUrl } from "../src/index.js";
import { found, matchIds, matches, only } from "./helpers.js";

describe("cfr", () => {
  it.each([
    ["40 C.F.R. § 60.1", "60", "60.1", []],
    ["14 CFR part 25", "25", null, []],
    ["38 CFR Part 74.2", "74", "74.2", []],
    ["48 CFR §9903.201", "9903", "9903.201", []],
    ["24 CFR 85.25(h)", "85", "85.25", ["h"]],
    ["47 CFR 54.506 (c)", "54", "54.506", ["c"]],
    ["12 CFR § 226.5a", "226", "226.5a", []],
    ["17 CFR § 240.10b-21", "240", "240.10b-21", []],
    ["26 CFR § 1.1031(d)-1T", "1", "1.1031(d)-1T", []],
    ["41 CFR § 128-48.001-50", "128-48", "128-48.001-50", []],
    ["33 CFR § 100.35T01-0125", "100", "100.35T01-0125", []],
    ["10 CFR § 960.3-1-4-1", "960", "960.3-1-4-1", []],
    ["33 CFR § 100.T07-0110", "100", "100.T07-0110", []],
    ["26 CFR § 1.411(a)(13)-1", "1", "1.411(a)(13)-1", []],
    ["26 C.F.R. § 1.501(c)(3)-1", "1", "1.501(c)(3)-1", []],
    ["17 CFR § 275.202(a)(11)(G)-1", "275", "275.202(a)(11)(G)-1", []],
    ["41 CFR §109-38.301-1.50", "109-38", "109-38.301-1.50", []],
    ["43 C.F.R. §8360.0–7", "8360", "8360.0-7", []],
  ])("%s", (text, part, section, subsections) => {
    expect(only(text, "cfr")).toMatchObject({ match: text, start: 0, part, section, subsections });
  });

  it("no space, a comma, the drafted forms", () => {
    expect(only("5CFR, part 575", "cfr")).toMatchObject({ match: "5CFR, part 575", title: 5, part: "575", section: null });
    expect(only("see title 40, Code of Federal Regulations.", "cfr")).toMatchObject({ match: "title 40, Code of Federal Regulations", title: 40, part: null, section: null });
    expect(only("part 60 of title 40, Code of Federal Regulations", "cfr")).toMatchObject({ title: 40, part: "60", section: null });
    expect(only("40 CFR part 60", "cfr")).toMatchObject({ id: "cfr/40/60", cite: "40 C.F.R. pt. 60" });
  });

  it("chapters of a title, a part after its chapter, a part of 'title 27 CFR'", () => {
    expect(only("in 27 CFR chapter I.", "cfr")).toMatchObject({ match: "27 CFR chapter I", title: 27, part: null, section: null, chapter: "I", id: "cfr/27/chapter-I", cite: "27 C.F.R. ch. I" });
    expect(citationUrl(only("19 CFR, chapter I", "cfr"))).toBe("https://www.ecfr.gov/current/title-19/chapter-I");
    expect(only("27 CFR Ch. II (4–1–17 Edition)", "cfr")).toMatchObject({ match: "27 CFR Ch. II", chapter: "II" });
    expect(found("50 CFR Chapters II, III, and VI").map((c) => (c.type === "cfr" ? [c.match, c.chapter] : []))).toEqual([
      ["50 CFR Chapters II", "II"],
      ["III", "III"],
      ["VI", "VI"],
    ]);
    expect(only("we amend 20 CFR chapter III part 404, Subparts A", "cfr")).toMatchObject({ match: "20 CFR chapter III part 404", part: "404", chapter: "III", id: "cfr/20/404", cite: "20 C.F.R. pt. 404" });
    expect(only("Part 19 of title 27 CFR", "cfr")).toMatchObject({ match: "Part 19 of title 27 CFR", title: 27, part: "19", id: "cfr/27/19" });
  });

  it("a title alone before punctuation; a period for the space", () => {
    expect(only("the rules under 40 CFR, as amended", "cfr")).toMatchObject({ match: "40 CFR", title: 40, part: null, id: "cfr/40", cite: "40 C.F.R." });
    // The abbreviation a text defines for the title it has just cited is no second citation.
    expect(found("Title 14, Code of Federal Regulations (14 CFR) part 71").map((c) => [c.match, c.id])).toEqual([["Title 14, Code of Federal Regulations", "cfr/14"]]);
    expect(only("in 12 CFR.1806.103 and", "cfr")).toMatchObject({ match: "12 CFR.1806.103", part: "1806", section: "1806.103" });
    // "the 50 CFR titles": a number of titles, no citation.
    expect(found("keyed to the revision dates of the 50 CFR titles.")).toEqual([]);
  });

  it("an en dash inside a section number belongs to it", () => {
    expect(matches("43 C.F.R. §8360.0–7 & 8365.2–3(f) make it a crime")).toEqual([["cfr", "43 C.F.R. §8360.0–7"], ["cfr", "8365.2–3(f)"]]);
  });

  it("after §§, a dash before the same part again makes a range: 40 C.F.R. §§ 60.1–60.5", () => {
    const cs = found("under 40 C.F.R. §§ 60.1–60.5 and", { types: ["cfr"] });
    expect(cs.map((c) => (c.type === "cfr" ? [c.match, c.start, c.range, c.part, c.section, c.cite] : []))).toEqual([
      ["40 C.F.R. §§ 60.1–60.5", 6, "start", "60", "60.1", "40 C.F.R. §§ 60.1–60.5"],
      ["40 C.F.R. §§ 60.1–60.5", 6, "end", "60", "60.5", "40 C.F.R. §§ 60.1–60.5"],
    ]);
    expect(found("41 CFR §§ 128-48.001-50").map((c) => (c.type === "cfr" ? c.section : null))).toEqual(["128-48.001-50"]);
  });

  it("without §§, a dash before the same part and a period makes a range: 21 CFR 1308.41–1308.45", () => {
    expect(found("see 21 CFR 1308.41–1308.45 and").map((c) => (c.type === "cfr" ? [c.match, c.range, c.section] : []))).toEqual([
      ["21 CFR 1308.41–1308.45", "start", "1308.41"],
      ["21 CFR 1308.41–1308.45", "end", "1308.45"],
    ]);
    // A dash with no part after it stays in the section ("1.1031(d)-1T", "240.10b-21", "109-38.301-1.50").
    for (const [text, section] of [["26 CFR 1.1502-13", "1.1502-13"], ["17 CFR 240.10b-21", "240.10b-21"], ["41 CFR 109-38.301-1.50", "109-38.301-1.50"]] as const) {
      expect(found(text).map((c) => (c.type === "cfr" ? c.section : null))).toEqual([section]);
    }
  });

  it("ranges with \"through\", of subsections, and lists of subsections", () => {
    const cfrs = (text: string) => found(text, { types: ["cfr"] }).map((c) => (c.type === "cfr" ? [c.match, c.section, c.subsections.join(","), c.range ?? null, c.cite] : []));
    expect(cfrs("See 40 CFR 60.1 through 60.5 and")).toEqual([
      ["40 CFR 60.1 through 60.5", "60.1", "", "start", "40 C.F.R. §§ 60.1–60.5"],
      ["40 CFR 60.1 through 60.5", "60.5", "", "end", "40 C.F.R. §§ 60.1–60.5"],
    ]);
    expect(cfrs("See 10 CFR 50.59(c)(2)(i)-(viii).")).toEqual([
      ["10 CFR 50.59(c)(2)(i)-(viii)", "50.59", "c,2,i", "start", "10 C.F.R. § 50.59(c)(2)(i)–(viii)"],
      ["10 CFR 50.59(c)(2)(i)-(viii)", "50.59", "c,2,viii", "end", "10 C.F.R. § 50.59(c)(2)(i)–(viii)"],
    ]);
    expect(cfrs("See 29 CFR 1910.1200(g)(1) and (g)(2).")).toEqual([
      ["29 CFR 1910.1200(g)(1)", "1910.1200", "g,1", null, "29 C.F.R. § 1910.1200(g)(1)"],
      ["(g)(2)", "1910.1200", "g,2", null, "29 C.F.R. § 1910.1200(g)(2)"],
    ]);
    expect(cfrs("Under 34 CFR 668.22(a)(6)(iii)(A)(5) and (D), a student").map((x) => x[2])).toEqual(["a,6,iii,A,5", "a,6,iii,D"]);
    // A short form of a range after a CFR citation is a range too: a start and an end, both spanning it.
    expect(cfrs("See 40 CFR 60.1 and §§ 60.3-60.4.")).toEqual([
      ["40 CFR 60.1", "60.1", "", null, "40 C.F.R. § 60.1"],
      ["§§ 60.3-60.4", "60.3", "", "start", "40 C.F.R. §§ 60.3–60.4"],
      ["§§ 60.3-60.4", "60.4", "", "end", "40 C.F.R. §§ 60.3–60.4"],
    ]);
  });

  it("a range from a section of one part to a section of another: 40 C.F.R. §§ 1500.1–1508.28", () => {
    for (const text of ["See 40 C.F.R. §§ 1500.1-1508.28.", "See 40 C.F.R. §§ 1500.1–1508.28 and more"]) {
      expect(found(text).map((c) => (c.type === "cfr" ? [c.match, c.range, c.part, c.section, c.cite] : []))).toEqual([
        [text.slice(4, 31), "start", "1500", "1500.1", "40 C.F.R. §§ 1500.1–1508.28"],
        [text.slice(4, 31), "end", "1508", "1508.28", "40 C.F.R. §§ 1500.1–1508.28"],
      ]);
    }
  });

  it("a dash between two parts is a range of parts; title 3's compilations by year are no parts", () => {
    expect(found("the regulations (40 CFR 1500–1508).").map((c) => (c.type === "cfr" ? [c.match, c.range, c.part, c.cite] : []))).toEqual([
      ["40 CFR 1500–1508", "start", "1500", "40 C.F.R. pts. 1500–1508"],
      ["40 CFR 1500–1508", "end", "1508", "40 C.F.R. pts. 1500–1508"],
    ]);
    expect(found("E.O. 10973, 3 CFR, 1959–1963 Comp., p. 493.", { types: ["cfr"] }).map((c) => (c.type === "cfr" ? [c.match, c.part] : []))).toEqual([
      ["3 CFR, 1959–1963 Comp., p. 493", null],
    ]);
  });

  it("a short form after a CFR citation names its part", () => {
    const cs = found("See 27 CFR 478.11. Under § 478.12(a) a dealer must…");
    expect(cs.map((c) => [c.match, c.type, (c as { part?: string }).part, (c as { section?: string }).section, (c as { subsections?: string[] }).subsections])).toEqual([
      ["27 CFR 478.11", "cfr", "478", "478.11", []],
      ["§ 478.12(a)", "cfr", "478", "478.12", ["a"]],
    ]);
  });
});

describe("publicLaw / privateLaw", () => {
  it.each([
    ["Pub. L. No. 115-164", "publicLaw", 115, 164],
    ["Public Law 115–164", "publicLaw", 115, 164],
    ["P.L. 115-164", "publicLaw", 115, 164],
    ["PL 111-83", "publicLaw", 111, 83],
    ["Pub.L. 105-33", "publicLaw", 105, 33],
    ["Pub.L.No. 105-33", "publicLaw", 105, 33],
    ["Pub L No 96-164", "publicLaw", 96, 164],
    ["Public   Law  96–164", "publicLaw", 96, 164],
    ["Priv. L. 96-164", "privateLaw", 96, 164],
    ["Private Law 96–164", "privateLaw", 96, 164],
    ["public law 96-164", "publicLaw", 96, 164],
    ["pub. l. no. 96-164", "publicLaw", 96, 164],
    ["private law 96–164", "privateLaw", 96, 164],
  ])("%s", (text, type, congress, number) => {
    const c = found(`Nuclear Energy Authorization Act of 1980 (${text}; 93 Stat. 1259)`).find((x) => x.type === type);
    expect(c).toMatchObject({ match: text, start: 42, congress, number, sections: [], title: null });
  });

  it("as Congress.gov writes it: Public Law No: 115-164", () => {
    expect(only("signed into law on April 11, 2018 (Public Law No: 115-164).", "publicLaw")).toMatchObject({ match: "Public Law No: 115-164", congress: 115, number: 164 });
  });

  it("lists of laws: each law of the list, later ones spanning their number only", () => {
    const laws = (text: string) => found(text).map((c) => (c.type === "publicLaw" ? [c.match, c.congress, c.number] : [c.type]));
    expect(laws("settlements pursuant to Public Laws 99–264, 100–580, and 114–322, and for")).toEqual([
      ["Public Laws 99–264", 99, 264],
      ["100–580", 100, 580],
      ["114–322", 114, 322],
    ]);
    expect(laws("Pub. L. Nos. 111-148 and 111-152, 124 Stat. 119")).toEqual([["Pub. L. Nos. 111-148", 111, 148], ["111-152", 111, 152], ["stat"]]);
    // One law named in the singular takes no list.
    expect(laws("Public Law 101–515 and 104–99")).toEqual([["Public Law 101–515", 101, 515]]);
  });

  it("a section or a title of a law", () => {
    expect(only("(3) section 4402(e)(1) of Public Law 107–171 (relating", "publicLaw")).toMatchObject({ match: "section 4402(e)(1) of Public Law 107–171", start: 4, sections: ["4402", "e", "1"], id: "public-law/107/171/4402/e/1" });
    expect(only("title V of Public Law 104–104", "publicLaw")).toMatchObject({ match: "title V of Public Law 104–104", title: "V", sections: [] });
    expect(only("div. N of Public Law 116-260", "publicLaw")).toMatchObject({ match: "div. N of Public Law 116-260", title: "division N", cite: "Pub. L. No. 116-260, div. N", id: "public-law/116/260/division-N" });
    expect(only("subtitle A of Public Law 116-260", "publicLaw")).toMatchObject({ title: "subtitle A", cite: "Pub. L. No. 116-260, subtit. A", id: "public-law/116/260/subtitle-A" });
    expect(only("tit. V of Pub. L. 104-104", "publicLaw")).toMatchObject({ title: "V" });
  });

  it("a section after the law, as the Bluebook and the U.S. Code's source credits write it", () => {
    expect(only("See Pub. L. No. 111-148, § 1001, 124 Stat. 119 (2010).", "publicLaw")).toMatchObject({
      match: "Pub. L. No. 111-148, § 1001", sections: ["1001"], stat: { volume: 124, page: 119 }, year: 2010, cite: "Pub. L. No. 111-148, § 1001, 124 Stat. 119 (2010)",
    });
    expect(only("Pub. L. 90–83, §1(1), Sept. 11, 1967, 81 Stat. 195", "publicLaw")).toMatchObject({ match: "Pub. L. 90–83, §1(1)", sections: ["1", "1"], stat: { volume: 81, page: 195 }, year: 1967 });
    // Omnibus laws number some pages with a suffix.
    expect(only("Pub. L. 105–277, div. C, title XIV, §1404(a), Oct. 21, 1998, 112 Stat. 2681–739;", "publicLaw")).toMatchObject({
      stat: { volume: 112, page: 2681, pageSuffix: "739" }, year: 1998, cite: "Pub. L. No. 105-277, div. C, tit. XIV, § 1404(a), 112 Stat. 2681-739 (1998)",
    });
    expect(only("Public Law 104–4, Sec. 202, “Unfunded Mandates Reform Act”", "publicLaw")).toMatchObject({ match: "Public Law 104–4, Sec. 202", sections: ["202"], id: "public-law/104/4/202" });
    // A list of sections is not taken for one.
    expect(only("Pub. L. 90–83, §§ 1, 2", "publicLaw")).toMatchObject({ match: "Pub. L. 90–83", sections: [] });
    // Divisions and titles after the law, then the section.
    expect(only("(Pub. L. 113–235, Div. G., Title II, § 219(a), 128 Stat. 2130)", "publicLaw")).toMatchObject({
      match: "Pub. L. 113–235, Div. G., Title II, § 219(a)", title: "division G, title II", sections: ["219", "a"], stat: { volume: 128, page: 2130 },
      id: "public-law/113/235/division-G/title-II/219/a", cite: "Pub. L. No. 113-235, div. G, tit. II, § 219(a), 128 Stat. 2130",
    });
    expect(only("Public Law 111–11, title VIII section 8201(c) applies", "publicLaw")).toMatchObject({ match: "Public Law 111–11, title VIII section 8201(c)", title: "VIII", sections: ["8201", "c"] });
    expect(only("Public Law 109–432, div. C, title I, 43 U.S.C. 1331 note", "publicLaw")).toMatchObject({ match: "Public Law 109–432, div. C, title I", title: "division C, title I", sections: [] });
    // "title 18" after a law is the U.S. Code's.
    expect(found("Public Law 115-164, title 18, United States Code").map((c) => c.match)).toEqual(["Public Law 115-164", "title 18, United States Code"]);
  });

  it("knows the Statutes at Large page when the text or the index gives it", () => {
    expect(only("Pub. L. No. 115-164, 132 Stat. 1253 (2018)", "publicLaw")).toMatchObject({ stat: { volume: 132, page: 1253 }, year: 2018, cite: "Pub. L. No. 115-164, 132 Stat. 1253 (2018)" });
    // In capitals, as headings write it.
    expect(only("PUBLIC LAW 115–164—APR. 11, 2018", "publicLaw")).toMatchObject({ match: "PUBLIC LAW 115–164", congress: 115, number: 164 });
    expect(only("PRIVATE LAW 111-1", "privateLaw")).toMatchObject({ congress: 111, number: 1 });
    // The U.S. Code's source credits and a parenthesis: the Statutes at Large page read from the text.
    expect(only("Pub. L. 89–554, Sept. 6, 1966, 80 Stat. 378", "publicLaw")).toMatchObject({ match: "Pub. L. 89–554", stat: { volume: 80, page: 378 }, year: 1966 });
    expect(only("Public Law 89-554 (80 Stat. 378)", "publicLaw")).toMatchObject({ match: "Public Law 89-554", stat: { volume: 80, page: 378 } });
    expect(only("P.L. 115-164", "publicLaw").cite).toBe("Pub. L. No. 115-164, 132 Stat. 1253 (2018)");
  });
});

describe("stat", () => {
  it("reads the Statutes at Large, not the running heads of slip laws", () => {
    expect(only("132 Stat. 1253", "stat")).toMatchObject({ volume: 132, page: 1253, id: "stat/132/1253" });
    expect(found("132 STAT. 1253")).toEqual([]);
    expect(only("Mar. 3, 1887, 24 Stat. 501, ch. 355", "stat")).toMatchObject({ match: "24 Stat. 501", start: 14 });
  });
});

describe("fedReg", () => {
  it.each([
    ["83 Fed. Reg. 12,345", 83, 12345],
    ["83 FR 12345", 83, 12345],
    ["75 Fed. Reg. 28404", 75, 28404],
    ["69 FR 22135", 69, 22135],
    ["75 Fed Reg 28404", 75, 28404],
  ])("%s", (text, volume, page) => {
    expect(only(text, "fedReg")).toMatchObject({ match: text, volume, page });
  });
  it("is never read as a court reporter", () => {
    expect(found("82 FR 26345").map((c) => c.type)).toEqual(["fedReg"]);
  });
});

describe("congressionalRecord", () => {
  it("daily and bound editions", () => {
    expect(only("164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "congressionalRecord")).toMatchObject({ match: "164 Cong. Rec. S1849", volume: 164, page: "S1849", edition: "daily", date: "2018-03-21" });
    expect(only("164 Cong. Rec. H1234", "congressionalRecord")).toMatchObject({ page: "H1234", edition: "daily", date: null });
    expect(only("see 164 Cong Rec S1849 and", "congressionalRecord")).toMatchObject({ match: "164 Cong Rec S1849", page: "S1849", cite: "164 Cong. Rec. S1849" });
    expect(only("155 Cong. Rec. 12345 (2009)", "congressionalRecord")).toMatchObject({ page: "12345", edition: "bound" });
    // With a thousands comma, and in the capitals law reviews set small capitals in.
    expect(only("145 Cong. Rec. 12,345 (1999)", "congressionalRecord")).toMatchObject({ match: "145 Cong. Rec. 12,345", page: "12345", cite: "145 Cong. Rec. 12,345" });
    expect(only("164 CONG. REC. S1849 (daily ed. Mar. 21, 2018)", "congressionalRecord")).toMatchObject({ match: "164 CONG. REC. S1849", page: "S1849", date: "2018-03-21" });
    // Pages after the first stand between the page and the date.
    expect(only("164 Cong. Rec. S1849-50 (daily ed. Mar. 21, 2018)", "congressionalRecord")).toMatchObject({ match: "164 Cong. Rec. S1849", page: "S1849", date: "2018-03-21" });
    expect(only("164 Cong. Rec. S1849, S1851 (daily ed. Mar. 21, 2018) (statement of Sen. Portman)", "congressionalRecord")).toMatchObject({ page: "S1849", date: "2018-03-21" });
  });
});

describe("usConst written out", () => {
  it.each([
    ["pursuant to the following: Article I, Section 8, Clause 18 of the United States Constitution.", "Article I, Section 8, Clause 18 of the United States Constitution", { article: 1, section: 8, clause: 18, cite: "U.S. Const. art. I, § 8, cl. 18" }],
    ["under article III, section 2 of the Constitution of the United States", "article III, section 2 of the Constitution of the United States", { article: 3, section: 2, amendment: null }],
    ["the Fourteenth Amendment to the Constitution guarantees", "Fourteenth Amendment to the Constitution", { amendment: 14, article: null, cite: "U.S. Const. amend. XIV" }],
    ["the Twenty-first Amendment to the U.S. Constitution", "Twenty-first Amendment to the U.S. Constitution", { amendment: 21 }],
  ])("%s", (text, match, fields) => {
    expect(only(text, "usConst")).toMatchObject({ match, ...fields });
  });
  it("not another constitution, not prose", () => {
    expect(found("Article IV of the Constitution of Virginia")).toEqual([]);
    expect(found("the U.S. Constitution and constitutional law; the First Amendment")).toEqual([]);
  });
});

describe("usConst", () => {
  it.each([
    ["U.S. Const. art. I, § 8, cl. 3", { article: 1, amendment: null, section: 8, clause: 3, paragraph: null }],
    ["U.S. CONST. amend. XIV, § 1", { article: null, amendment: 14, section: 1, clause: null }],
    ["U. S. Const., Art. I, § 8, cl. 18", { article: 1, section: 8, clause: 18 }],
    ["U.S. CONST., art. I, ¶ 8, cl. 17", { article: 1, paragraph: 8, clause: 17, section: null }],
    ["U.S. CONST., art. VI, cl. 2", { article: 6, clause: 2 }],
    ["U. S. Const. Amend. IV", { amendment: 4 }],
  ])("%s", (text, fields) => {
    expect(only(text, "usConst")).toMatchObject({ match: text, start: 0, ...fields });
  });
  it("prose is not a citation", () => {
    expect(found("a course in U.S. constitutional law and the U.S. Constitution")).toEqual([]);
  });
});

describe("case", () => {
  it("reads volume, reporter and page; pin cite, court and year into fields", () => {
    expect(only("Mead, 199 F. Supp. 3d 125, 130 (D.D.C. 2016).", "case")).toMatchObject({
      match: "199 F. Supp. 3d 125", start: 6, volume: 199, reporter: "F. Supp. 3d", page: 125, pinCite: "130", court: "D.D.C.", year: 2016,
    });
    expect(only("the dissent is correct that United States v. Mead Corp., 533 U. S. 218 (2001), requires", "case")).toMatchObject({
      match: "533 U. S. 218", reporter: "U. S.", reporterStandard: "U.S.", page: 218, year: 2001, court: null, caseName: "United States v. Mead Corp.",
    });
    expect(only("Fisher v. University of Texas at Austin, 570 U. S. ___ (2013)", "case")).toMatchObject({ match: "570 U. S. ___", page: null, year: 2013, caseName: "Fisher v. University of Texas at Austin" });
  });
  it("names a case with no \"v.\": In re, Ex parte, Matter of", () => {
    expect(only("See In re Smith, 123 B.R. 456 (Bankr. S.D.N.Y. 1991).", "case")).toMatchObject({ caseName: "In re Smith", court: "Bankr. S.D.N.Y.", cite: "In re Smith, 123 B.R. 456 (Bankr. S.D.N.Y. 1991)" });
    expect(only("See Ex parte Young, 209 U.S. 123 (1908).", "case").caseName).toBe("Ex parte Young");
    expect(only("In the Matter of Baz Corp., 2 F.3d 3", "case").caseName).toBe("In the Matter of Baz Corp.");
    // After an earlier "v." case, the later name is the one read.
    expect(found("See Foo v. Bar, 1 U.S. 1 (1990); In re Baz Corp., 2 F.3d 3 (2d Cir. 1993).").map((c) => c.type === "case" && c.caseName)).toEqual(["Foo v. Bar", "In re Baz Corp."]);
    // A name broken across lines is one line; a running head above a blank line is no part of it.
    expect(only("in Smith v. Okla\u00ad\nhoma State Univ., 1 U.S. 1 (1990)", "case").caseName).toBe("Smith v. Oklahoma State Univ.");
    expect(only("in Smith v. New\nHampshire, 1 U.S. 1 (1990)", "case").caseName).toBe("Smith v. New Hampshire");
    expect(only("Opinion of the Court\n\nParents Involved v. Seattle School, 1 U.S. 1 (1990)", "case").caseName).toBe("Parents Involved v. Seattle School");
    // Nor is a footnote's number on a line of its own above it (an FR notice's footnotes); a number in a name stays.
    expect(only("at what cost.” 12\n10\nNetCoalition v. SEC, 615 F.3d 525 (D.C. Cir. 2010).", "case").caseName).toBe("NetCoalition v. SEC");
    expect(only("See 1000 Friends of Or. v. LCDC, 752 P.2d 271 (Or. 1988).", "case").caseName).toBe("1000 Friends of Or. v. LCDC");
    // "v." at a line end or at the start of the next line.
    expect(only("See also Gratz v.\nBollinger, 539 U. S. 244, 293 (2003)", "case").caseName).toBe("Gratz v. Bollinger");
    expect(only("See also Gratz\nv. Bollinger, 539 U. S. 244, 293 (2003)", "case").caseName).toBe("Gratz v. Bollinger");
    // A company's suffix keeps its comma; "and" between two names and "the Court in" are no part of a name.
    expect(only("See Adarand Constructors, Inc. v. Peña, 515 U.S. 200 (1995)", "case").caseName).toBe("Adarand Constructors, Inc. v. Peña");
    expect(only("see Star Athletica, L.L.C. v. Varsity Brands, Inc., 137 S. Ct. 1002 (2017)", "case").caseName).toBe("Star Athletica, L.L.C. v. Varsity Brands, Inc.");
    expect(only("as in Grutter and Regents of Univ. of Cal. v. Bakke, 438 U.S. 265 (1978)", "case").caseName).toBe("Regents of Univ. of Cal. v. Bakke");
    expect(only("the Court in Grutter v. Bollinger, 539 U.S. 306 (2003)", "case").caseName).toBe("Grutter v. Bollinger");
    expect(only("Detroit Timber & Lumber Co. v. United States, 200 U.S. 321 (1906)", "case").caseName).toBe("Detroit Timber & Lumber Co. v. United States");
    // A case broken after its volume in a slip opinion, the next line indented.
    expect(only("this Court decided Grutter v. Bollinger, 539\n  U. S. 306, upholding", "case")).toMatchObject({
      match: "539\n  U. S. 306", volume: 539, page: 306, caseName: "Grutter v. Bollinger",
    });
    expect(found("in 1990\n  The Court")).toEqual([]);
    // An abbreviation before "of" is no sentence's end.
    expect(only("See Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics, 403 U.S. 388 (1971).", "case").caseName).toBe(
      "Bivens v. Six Unknown Named Agents of Fed. Bureau of Narcotics",
    );
    expect(only("Smith v. Jones. The statute was amended in 1990, 5 U.S. 1", "case").caseName).toBeNull();
    // Prose that merely says "in re-" is no name.
    expect(only("decided in reverse, 2 F.3d 3", "case").caseName).toBeNull();
  });
  it.each(["1 U.S. 1", "123 S. Ct. 456", "5 L. Ed. 2d 7", "12 F.2d 3", "500 F.3d 1", "12 F.4th 345", "12 F. App'x 34", "45 B.R. 6", "99 Fed. Cl. 1", "12 A.3d 45", "123 N.E.2d 4", "45 N.W. 6", "12 P.3d 4", "45 S.E.2d 6", "12 So. 3d 45", "45 S.W.3d 6", "45 Cal. Rptr. 3d 6", "12 N.Y.S.2d 45"])("%s", (text) => {
    expect(only(text, "case").match).toBe(text);
  });
  it("never makes a reporter from a word between numbers, never truncates a volume", () => {
    expect(found("pages 45 and 46")).toEqual([]);
    expect(only("1234 F. Supp. 26", "case")).toMatchObject({ volume: 1234, page: 26 });
  });
});

describe("bill", () => {
  it.each([
    ["H.R. 1865", "hr", 1865],
    ["S. 1693", "s", 1693],
    ["H. Res. 755", "hres", 755],
    ["S.J.Res. 14", "sjres", 14],
    ["H.J.Res. 2", "hjres", 2],
    ["S. Con. Res. 5", "sconres", 5],
    ["H. R. 1865", "hr", 1865],
    ["HJRES 59", "hjres", 59],
    ["S.CON.RES. 3", "sconres", 3],
  ])("%s", (text, billType, number) => {
    expect(only(`see ${text} now`, "bill")).toMatchObject({ match: text, start: 4, billType, number, congress: null });
  });
  it("takes the Congress when the text states it", () => {
    expect(only("S. 1693 (115th Congress)", "bill")).toMatchObject({ congress: 115, id: "bill/115/s/1693" });
    expect(only("H.R. 1865 in the 115th Congress passed", "bill")).toMatchObject({ match: "H.R. 1865", congress: 115 });
    expect(only("H.R. 1865 of the 115th Congress", "bill")).toMatchObject({ congress: 115 });
    // A Congress stated after a list is every bill's in it.
    expect(found("See H. R. 1865 and S. 1693 in the 115th Congress.").map((c) => (c.type === "bill" ? [c.match, c.congress] : []))).toEqual([
      ["H. R. 1865", 115],
      ["S. 1693", 115],
    ]);
    expect(found("H.R. 5 passed. S. 6 in the 116th Congress").map((c) => (c.type === "bill" ? c.congress : 0))).toEqual([null, 116]);
    // As Congress.gov and GovTrack title their pages.
    expect(only("H.R.1865 - 115th Congress (2017-2018): Allow States", "bill")).toMatchObject({ match: "H.R.1865", congress: 115, id: "bill/115/hr/1865" });
    expect(only("S. 1693 (115th): Stop Enabling Sex Traffickers Act", "bill")).toMatchObject({ match: "S. 1693", congress: 115 });
    // A Congress that is not the bill's own is not read: "in 2018" says nothing of it.
    expect(only("H.R. 1865 in 2018", "bill").congress).toBeNull();
    expect(only("H.R. 1865, 115th Cong. (2018)", "bill").cite).toBe("H.R. 1865, 115th Cong. (2018)");
  });
  it("written out, as news and older laws write them; not another legislature's", () => {
    const bills = (text: string) => found(text).map((c) => (c.type === "bill" ? [c.match, c.billType, c.number, c.congress] : [c.type]));
    expect(bills("Senate Bill 1693 and House Bill 1865 passed.")).toEqual([
      ["Senate Bill 1693", "s", 1693, null],
      ["House Bill 1865", "hr", 1865, null],
    ]);
    expect(bills("House Joint Resolution 59; Senate Concurrent Resolution 21")).toEqual([
      ["House Joint Resolution 59", "hjres", 59, null],
      ["Senate Concurrent Resolution 21", "sconres", 21, null],
    ]);
    expect(bills("section 205(c)(1) of House Resolution No. 988, 93d Congress, as")).toEqual([["House Resolution No. 988", "hres", 988, 93]]);
    expect(bills("The Senate Bill 1693 passed")).toEqual([["Senate Bill 1693", "s", 1693, null]]);
    expect(bills("California Senate Bill 1047 and Illinois House Bill 3220")).toEqual([]);
  });
  it("the United States Reports are not Senate bills", () => {
    expect(found("533 U.S. 218").map((c) => c.type)).toEqual(["case"]);
    // Nor are a surveyor's bearings (a land description in a public law).
    expect(found("thence S. 42 degrees 20 minutes 44 seconds E., 300.0 feet; thence S. 64° E.")).toEqual([]);
  });
});

describe("committeeReport and executiveOrder are never bills or laws", () => {
  it.each([
    ["H.R. Rep. No. 115-572, pt. 1", "house", 115, 572, 1],
    ["S. Rept. 115-199", "senate", 115, 199, null],
    ["H. Rept. 115-583", "house", 115, 583, null],
    ["S. Rep. No. 104-23", "senate", 104, 23, null],
    ["H.R. Conf. Rep. No. 104-458", "house", 104, 458, null],
    ["House Conference Report 104-458", "house", 104, 458, null],
  ])("%s", (text, chamber, congress, number, part) => {
    expect(matches(text)).toEqual([["committeeReport", text]]);
    expect(only(text, "committeeReport")).toMatchObject({ chamber, congress, number, part });
  });
  it.each(["Executive Order 13692", "Exec. Order No. 13,692", "E.O. 13692", "Executive Order No. 13692"])("%s", (text) => {
    expect(matches(text)).toEqual([["executiveOrder", text]]);
    expect(only(text, "executiveOrder").number).toBe(13692);
  });
});
describe("committeeReport written without spaces", () => {
  it.each([
    ["See S.Rept. 115-199 and", "S.Rept. 115-199", "senate", 115, 199],
    ["H.Rept. 115-572, Part 1.", "H.Rept. 115-572, Part 1", "house", 115, 572],
    ["H.R.Rep.No. 104-458, at 194", "H.R.Rep.No. 104-458", "house", 104, 458],
  ])("%s", (text, match, chamber, congress, number) => {
    expect(only(text, "committeeReport")).toMatchObject({ match, chamber, congress, number });
  });
  it("Exec.Order 13692", () => {
    expect(only("Exec.Order 13692", "executiveOrder")).toMatchObject({ match: "Exec.Order 13692", number: 13692 });
  });
});

describe("executiveOrder lists", () => {
  it("reads each order of a list; later ones span their number only", () => {
    const orders = (text: string) => found(text).map((c) => (c.type === "executiveOrder" ? [c.match, c.number] : [c.type]));
    expect(orders("requirements of Executive Orders 12866, 13563, and 13175. Additionally")).toEqual([
      ["Executive Orders 12866", 12866],
      ["13563", 13563],
      ["13175", 13175],
    ]);
    expect(orders("Executive Order Nos. 12866 and 13563 apply")).toEqual([["Executive Order Nos. 12866", 12866], ["13563", 13563]]);
    expect(orders("E.O.s 12866 and 13563")).toEqual([["E.O.s 12866", 12866], ["13563", 13563]]);
    // One order named in the singular takes no list; a number that starts another citation ends one.
    expect(orders("Executive Order 12866 and 13563")).toEqual([["Executive Order 12866", 12866]]);
    expect(orders("Executive Orders 12866 and 13563, 200 F.3d 1")).toEqual([["Executive Orders 12866", 12866], ["13563", 13563], ["case"]]);
  });
  it("reads the initials a notice defines between the words and the number", () => {
    expect(matches("Executive Order (E.O.) 13771, “Reducing Regulation”")).toEqual([["executiveOrder", "Executive Order (E.O.) 13771"]]);
    expect(only("under Executive Order (EO) 12372", "executiveOrder")).toMatchObject({ match: "Executive Order (EO) 12372", number: 12372 });
    // Any other parenthesis before a number is left alone.
    expect(found("the Order (see above) 13771")).toEqual([]);
  });
});

describe("voteTally in words", () => {
  it.each([
    ["The Senate voted 97 yeas to 2 nays.", "97 yeas to 2 nays", 97, 2],
    ["agreed to, 96 yeas, 0 nays.", "96 yeas, 0 nays", 96, 0],
    ["The roll call was 388 yeas and 25 nays.", "388 yeas and 25 nays", 388, 25],
    ["Yeas 96, Nays 0", "Yeas 96, Nays 0", 96, 0],
    ["AYES 219 NOES 212", "AYES 219 NOES 212", 219, 212],
  ])("%s", (text, match, yeas, nays) => {
    expect(only(text, "voteTally")).toMatchObject({ match, yeas, nays, cite: `${String(yeas)}–${String(nays)}` });
  });
  it("the words are needed on both sides", () => {
    expect(found("96 yeas were counted; 4 days")).toEqual([]);
  });
});

describe("voteTally", () => {
  it.each([
    ["the Senate’s 96-0 passage of a resolution", 96, 0, "96-0"],
    ["the bill passed 97–2", 97, 2, "97–2"],
    ["approved by a vote of 388 to 25", 388, 25, "388 to 25"],
    ["by a vote of 96 to 0", 96, 0, "96 to 0"],
    ["confirmed by a 51-49 margin", 51, 49, "51-49"],
    ["the bill passed the Senate 96-0, and the House", 96, 0, "96-0"],
    // A word that only begins like a month is no date ("decided", "market").
    ["The Senate decided 96-0 in a recorded vote.", 96, 0, "96-0"],
  ])("%s", (text, yeas, nays, match) => {
    expect(only(text, "voteTally")).toMatchObject({ yeas, nays, match });
  });
  it.each(["the Chiefs won 21-14", "during 2017-2018", "sections 1591-1595 of title 18", "Pub. L. 115-164", "pages 10-12 of the vote record", "a 5-4 decision", "the vote was 51 to 49 percent", "voters split 52-48%", "a poll of voters, 60-40 percent",
    // From the corpus: a list of dates in a law's legislative history, a recommendation's number and a date range,
    // a cell of a table, an agency's numbered statement — each near a word of voting.
    "Vol. 162 (2016):\nApr. 6, 7, 11–14, 18, 19, considered and passed Senate,", "ACUS Recommendation 69–8, adopted Oct. 21–22, 1969", "a vote on December 21–22",
    "must be kept in an approved magazine.\n0–100\n57\n37\n101–200\n69", "In IRPS 95–1, however, the Board adopted a narrow definition"])(
    "never a score, a date range, a section range: %s",
    (text) => {
      expect(found(text, { types: ["voteTally"] })).toEqual([]);
    },
  );
});

describe("short forms", () => {
  it("Id., id. § N, § N after a full cite, resolved to what they refer to", () => {
    const cs = found("18 U.S.C. § 1591. Id. § 1595(d). See § 1594.");
    expect(cs.map((c) => [c.match, c.id, c.shortForm])).toEqual([
      ["18 U.S.C. § 1591", "usc/18/1591", undefined],
      ["Id. § 1595(d)", "usc/18/1595/d", "id"],
      ["§ 1594", "usc/18/1594", "section"],
    ]);
  });
  it("a lower-case id. before a section sign in a text without cases; a section of another code is no short form", () => {
    expect(found("See 5 U.S.C. § 552; see also id. § 553.").map((c) => [c.match, c.id, c.shortForm])).toEqual([
      ["5 U.S.C. § 552", "usc/5/552", undefined],
      ["id. § 553", "usc/5/553", "id"],
    ]);
    for (const other of ["Mass. Gen. Laws ch. 12, § 11I", "Ala. Code § 6-5-410", "Cal. Civ. Proc. Code § 425.16", "N.Y. Penal Law § 125.25", "U.C.C. § 2-207", "Restatement (Second) of Torts § 402A", "Fla. Stat. § 768.28", "Wis. Stat. Ann. § 893.80"]) {
      expect(found(`See 42 U.S.C. § 1983; ${other}.`).map((c) => c.match)).toEqual(["42 U.S.C. § 1983"]);
    }
    // A section heading on its own line after a sentence is still read.
    expect(found("under 27 CFR 46.1 and subpart E.\n§ 46.93\nMultiple").map((c) => c.match)).toEqual(["27 CFR 46.1", "§ 46.93"]);
  });
  it("a bare six-digit section is of title 36 or 54, the titles that number so, whatever was cited between", () => {
    // A codification bill: the heading of each section, the old place of its text in between.
    expect(matchIds("Title 54, United States Code, is enacted as follows:\n§ 100101.\nPromotion\n(16 U.S.C. 1)\n§ 100102.\nDefinitions")).toEqual([
      ["Title 54, United States Code", "usc/54"],
      ["§ 100101", "usc/54/100101"],
      ["16 U.S.C. 1", "usc/16/1"],
      ["§ 100102", "usc/54/100102"],
    ]);
    // No citation of either title before it: nothing to refer to.
    expect(matchIds("5 U.S.C. 552; § 100101")).toEqual([["5 U.S.C. 552", "usc/5/552"]]);
  });

  it("Id. after another source cited since (one this does not read) refers to that, not to the citation before", () => {
    // Footnotes of a Federal Register notice: a comment letter cited between.
    expect(matchIds("See 83 FR 5474.\n90\nSee Response Letter.\n91\nId.\n92\nId.")).toEqual([["83 FR 5474", "fr/83/5474"]]);
    expect(matchIds("15 U.S.C. 78f(b)(5).\n15\nSee Amendment No. 2, supra note 4, at 23.\n16\nSee id. at 28.")).toEqual([["15 U.S.C. 78f(b)(5)", "usc/15/78f/b/5"]]);
    // With nothing cited between, Id. is the citation before; a "see" of the same citation does not count.
    expect(matchIds("See 83 FR 5474.\n91\nId.")).toEqual([
      ["83 FR 5474", "fr/83/5474"],
      ["Id.", "fr/83/5474"],
    ]);
    expect(matchIds("See Smith v. Jones, 1 U.S. 1 (1990); see id. at 5.").map((x) => x[0])).toEqual(["1 U.S. 1", "id. at 5"]);
  });

  it("short forms of lists and ranges: each item, or both halves; after a CFR citation, Id. reads CFR sections", () => {
    const shorts = (text: string) => found(text).map((c) => [c.match, c.id, (c as { range?: string }).range ?? null]);
    expect(shorts("40 CFR 60.1; §§ 60.3 and 60.4")).toEqual([
      ["40 CFR 60.1", "cfr/40/60.1", null],
      ["§§ 60.3", "cfr/40/60.3", null],
      ["60.4", "cfr/40/60.4", null],
    ]);
    expect(shorts("40 CFR 60.1. Id. § 60.2(a). Id. §§ 60.3–60.5.")).toEqual([
      ["40 CFR 60.1", "cfr/40/60.1", null],
      ["Id. § 60.2(a)", "cfr/40/60.2/a", null],
      ["Id. §§ 60.3–60.5", "cfr/40/60.3", "start"],
      ["Id. §§ 60.3–60.5", "cfr/40/60.5", "end"],
    ]);
    expect(shorts("18 U.S.C. § 1591. Id. §§ 1594–1595; §§ 1596 and 1597.")).toEqual([
      ["18 U.S.C. § 1591", "usc/18/1591", null],
      ["Id. §§ 1594–1595", "usc/18/1594", "start"],
      ["Id. §§ 1594–1595", "usc/18/1595", "end"],
      ["§§ 1596", "usc/18/1596", null],
      ["1597", "usc/18/1597", null],
    ]);
  });
  it("a bare CFR section takes the title of the last citation of its part, else of the last CFR citation", () => {
    // An FR document that amends 23 CFR part 771 and cites 40 CFR 1508.4 in between.
    expect(matchIds("This rule amends 23 CFR part 771. Under 40 CFR 1508.4, see § 771.116 of this chapter, and § 1508.9.")).toEqual([
      ["23 CFR part 771", "cfr/23/771"],
      ["40 CFR 1508.4", "cfr/40/1508.4"],
      ["§ 771.116", "cfr/23/771.116"],
      ["§ 1508.9", "cfr/40/1508.9"],
    ]);
    // A CFR volume's sections after an authority line of the U.S. Code: still of the volume's title.
    expect(matchIds("See 27 CFR 40.1 for scope.\n(72 Stat. 1417; 26 U.S.C. 5703)\n§ 40.23\nCigarette tax rates")).toEqual([
      ["27 CFR 40.1", "cfr/27/40.1"],
      ["72 Stat. 1417", "stat/72/1417"],
      ["26 U.S.C. 5703", "usc/26/5703"],
      ["§ 40.23", "cfr/27/40.23"],
    ]);
    // After a list's "and", a section sign of its own before another part starts a short form, not an item.
    expect(matchIds("Amends 23 CFR part 771. Pursuant to 40 CFR 1508.4 and § 771.116, § 771.117, or § 771.118 of this chapter.")).toEqual([
      ["23 CFR part 771", "cfr/23/771"],
      ["40 CFR 1508.4", "cfr/40/1508.4"],
      ["§ 771.116", "cfr/23/771.116"],
      ["§ 771.117", "cfr/23/771.117"],
      ["§ 771.118", "cfr/23/771.118"],
    ]);
    expect(matchIds("40 CFR 60.1 and § 60.2")).toEqual([
      ["40 CFR 60.1", "cfr/40/60.1"],
      ["60.2", "cfr/40/60.2"],
    ]);
    // No citation of the part before it: the last CFR citation's title, as before.
    expect(matchIds("40 CFR 1508.4 and § 771.116")).toEqual([
      ["40 CFR 1508.4", "cfr/40/1508.4"],
      ["§ 771.116", "cfr/40/771.116"],
    ]);
    expect(matchIds("40 CFR 1508.4; see § 771.116")).toEqual([
      ["40 CFR 1508.4", "cfr/40/1508.4"],
      ["§ 771.116", "cfr/40/771.116"],
    ]);
  });
  it("\"of such title\": the title of the U.S. Code named last with the word title", () => {
    expect(found("Section 1591 of title 18, United States Code, is amended, and section 1595 of such title is amended").map((c) => [c.match, c.id, c.shortForm])).toEqual([
      ["Section 1591 of title 18", "usc/18/1591", undefined],
      ["section 1595 of such title", "usc/18/1595", "such"],
    ]);
    // A citation by number in between does not change what "that title" means.
    const between = found("substituting “section 200305 of title 54, United States Code”; striking “(16 U.S.C. 460l–5)” and substituting “section 200302 of that title”");
    expect(between.map((c) => c.id)).toEqual(["usc/54/200305", "usc/16/460l-5", "usc/54/200302"]);
    // A list: one citation per section.
    expect(found("title 17, United States Code: sections 111(d)(2), 119(b)(3), and 1005 of such title").map((c) => c.match)).toEqual([
      "title 17, United States Code",
      "sections 111(d)(2)",
      "119(b)(3)",
      "1005",
    ]);
    // A range: its two halves, both spanning it, as "§§" ranges give.
    expect(found("section 1591 of title 18, United States Code, and sections 1594 through 1596 of such title").map((c) => [c.match, c.id, (c as { range?: string }).range ?? null])).toEqual([
      ["section 1591 of title 18", "usc/18/1591", null],
      ["sections 1594 through 1596 of such title", "usc/18/1594", "start"],
      ["sections 1594 through 1596 of such title", "usc/18/1596", "end"],
    ]);
    // A chapter of such title.
    expect(found("chapter 5 of title 5, United States Code, and chapter 7 of such title").map((c) => [c.match, c.id])).toEqual([
      ["chapter 5 of title 5", "usc/5/chapter-5"],
      ["chapter 7 of such title", "usc/5/chapter-7"],
    ]);
    // Nothing before it to refer to: nothing.
    expect(found("section 5 of such title")).toEqual([]);
  });
  it("Id. at N is a pin cite of the case before", () => {
    const cs = found("Mead, 533 U. S. 218 (2001). Id., at 226.");
    expect(cs[1]).toMatchObject({ type: "case", match: "Id., at 226", pinCite: "226", shortForm: "id", volume: 533 });
  });
  it("Ibid. and ibid. are Id.: the citation just before, whole (\"Ibidem\" is a word)", () => {
    const cs = found("Mead, 533 U. S. 218, 226 (2001). Ibid. See also ibid.; Ibidem 5.");
    expect(cs.map((c) => [c.type, c.match, c.start, c.type === "case" ? c.pinCite : null, c.shortForm])).toEqual([
      ["case", "533 U. S. 218", 6, "226", undefined],
      ["case", "Ibid.", 33, "226", "id"],
      ["case", "ibid.", 48, "226", "id"],
    ]);
    expect(found("18 U.S.C. § 1591. Ibid. § 1595.").map((c) => [c.match, c.id])).toEqual([
      ["18 U.S.C. § 1591", "usc/18/1591"],
      ["Ibid. § 1595", "usc/18/1595"],
    ]);
  });
  it("with nothing before them, short forms are dropped; resolve: false leaves them out", () => {
    expect(found("Id. § 5. See § 1594.")).toEqual([]);
    expect(found("18 U.S.C. § 1591. Id.", { resolve: false }).map((c) => c.match)).toEqual(["18 U.S.C. § 1591"]);
  });
});

describe("case: parallel citations, nominative reporters, pins and parentheticals", () => {
  const fields = (text: string) =>
    found(text, { types: ["case"] }).map((c) => (c.type === "case" ? [c.match, c.volume, c.reporterStandard, c.page, c.pinCite, c.court, c.year, c.caseName] : []));
  it("the members of a parallel citation share the name and the parenthetical; a volume after the page is no pin cite", () => {
    expect(fields("Roe v. Wade, 410 U.S. 113, 93 S. Ct. 705, 35 L. Ed. 2d 147 (1973).")).toEqual([
      ["410 U.S. 113", 410, "U.S.", 113, null, null, 1973, "Roe v. Wade"],
      ["93 S. Ct. 705", 93, "S. Ct.", 705, null, null, 1973, "Roe v. Wade"],
      ["35 L. Ed. 2d 147", 35, "L. Ed. 2d", 147, null, null, 1973, "Roe v. Wade"],
    ]);
    expect(fields("Doe v. Roe, 1 F.3d 1, 5–6, 2 F.4th 3 (2000)")).toEqual([
      ["1 F.3d 1", 1, "F.3d", 1, "5–6", null, 2000, "Doe v. Roe"],
      ["2 F.4th 3", 2, "F.4th", 3, null, null, 2000, "Doe v. Roe"],
    ]);
  });
  it("case names in lower case and without the comma before the volume", () => {
    expect(fields("lissner v. test 1 U.S. 1 (1982)")).toEqual([["1 U.S. 1", 1, "U.S.", 1, null, null, 1982, "lissner v. test"]]);
    expect(fields("see also foo v. bar, 1 U.S. 1")[0]?.[7]).toBe("foo v. bar");
    // Prose between the name and the citation is no name.
    expect(fields("the rule of Smith v. Jones in 1999 was cited in 123 F.3d 456")[0]?.[7]).toBeNull();
  });
  it("an early nominative reporter in parentheses: Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)", () => {
    expect(fields("Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)")).toEqual([["5 U.S. (1 Cranch) 137", 5, "U.S.", 137, null, null, 1803, "Marbury v. Madison"]]);
  });
  it("footnotes and star pages in pin cites; a court without a year; a date in the parenthetical", () => {
    expect(fields("Doe v. Roe, 1 U.S. 1, 2 n.3 (1999)")).toEqual([["1 U.S. 1", 1, "U.S.", 1, "2 n.3", null, 1999, "Doe v. Roe"]]);
    expect(fields("Smith v. Jones, 2015 WL 1234567, at *3 (S.D.N.Y. Mar. 1, 2015)")).toEqual([
      ["2015 WL 1234567", 2015, "WL", 1234567, "*3", "S.D.N.Y.", 2015, "Smith v. Jones"],
    ]);
    expect(found("Smith v. Jones, 2015 WL 1234567, at *3 (S.D.N.Y. Mar. 1, 2015)")[0]?.cite).toBe("Smith v. Jones, 2015 WL 1234567, at *3 (S.D.N.Y. 2015)");
    expect(fields("United States v. Smith, 123 F.3d 456 (2d Cir.), cert. denied, 522 U.S. 1000 (1997)")).toEqual([
      ["123 F.3d 456", 123, "F.3d", 456, null, "2d Cir.", null, "United States v. Smith"],
      ["522 U.S. 1000", 522, "U.S.", 1000, null, null, 1997, null],
    ]);
    // Subsequent history without a parenthesis between: the later citation takes no name made of the earlier one.
    expect(fields("Smith v. Jones, 123 F.3d 456, aff'd, 789 F.3d 1 (2d Cir. 2000)").map((f) => f[7])).toEqual(["Smith v. Jones", null]);
    // Prose in parentheses is no court.
    expect(fields("Doe v. Roe, 1 F.3d 1 (per curiam)")[0]?.[5]).toBeNull();
  });
  it("short cites by volume and reporter resolve to the case of that volume starting nearest below the page", () => {
    const text =
      "Gratz v. Bollinger, 539 U.S. 244 (2003); Grutter v. Bollinger, 539 U.S. 306 (2003). See 539 U.S., at 328; Gratz, 539 U. S., at 270; 539 U.S. at 100.";
    const cs = found(text, { types: ["case"] });
    expect(cs.map((c) => (c.type === "case" ? [c.match, c.page, c.pinCite, c.caseName, c.shortForm, c.cite] : []))).toEqual([
      ["539 U.S. 244", 244, null, "Gratz v. Bollinger", undefined, "Gratz v. Bollinger, 539 U.S. 244 (2003)"],
      ["539 U.S. 306", 306, null, "Grutter v. Bollinger", undefined, "Grutter v. Bollinger, 539 U.S. 306 (2003)"],
      ["539 U.S., at 328", 306, "328", "Grutter v. Bollinger", "case", "Grutter v. Bollinger, 539 U.S. 306, 328 (2003)"],
      ["539 U. S., at 270", 244, "270", "Gratz v. Bollinger", "case", "Gratz v. Bollinger, 539 U.S. 244, 270 (2003)"],
      // Page 100 is before both cases: nothing to resolve to.
      ["539 U.S. at 100", null, "100", null, undefined, "539 U.S. at 100"],
    ]);
    expect(found("See 539 U.S., at 328.", { resolve: false }).map((c) => c.cite)).toEqual(["539 U.S. at 328"]);
    // A short cite at the very end of the text (its page the text's last characters) still reads its page.
    expect(found("Grutter v. Bollinger, 539 U.S. 306 (2003). See 539 U.S. at 100").map((c) => (c.type === "case" ? c.page : "?"))).toEqual([306, null]);
  });
});

describe("case: electronic databases", () => {
  it.each([
    ["2011 WL 2160468", 2011, "WL", 2160468],
    ["2011 U.S. Dist. LEXIS 12345", 2011, "U.S. Dist. LEXIS", 12345],
  ])("%s", (text, volume, reporter, page) => {
    expect(only(`See Doe v. Roe, ${text} (S.D.N.Y. 2011).`, "case")).toMatchObject({ match: text, volume, reporter, page, court: "S.D.N.Y.", year: 2011, caseName: "Doe v. Roe" });
  });
});

describe("no space after the abbreviation", () => {
  it.each([
    ["H.R.1865", "bill"],
    ["S.1693", "bill"],
    ["Pub.L.105-33", "publicLaw"],
    ["P.L.111-80", "publicLaw"],
  ])("%s", (text, type) => {
    expect(matches(`see ${text}.`)).toEqual([[type, text]]);
  });
  it("a decimal is still nothing", () => {
    expect(found("rate of 1.5 percent and 60.1 units")).toEqual([]);
  });
});

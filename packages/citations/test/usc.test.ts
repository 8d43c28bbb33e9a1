// U.S. Code citations, in every form the issue lists and the drafting forms of bills. Sentences marked "(GPO)" are
// phrased as in bills printed by the GPO; the rest are written for the form they test.
import { describe, expect, it } from "vitest";
import type { CitationOf } from "../src/index.js";
import { found, matches, only } from "./helpers.js";

describe("usc", () => {
  it.each([
    ["47 U.S.C. § 230(c)(1)", 47, "230", ["c", "1"]],
    ["47 U.S.C. 230", 47, "230", []],
    ["47 USC 230", 47, "230", []],
    ["47 U.S.C.A. § 230", 47, "230", []],
    ["42 U.S.C.S. § 1983", 42, "1983", []],
    ["42 USCS 1983", 42, "1983", []],
    ["47 USC sec 230", 47, "230", []],
    ["5 usc 552", 5, "552", []],
    ["42 U.S.C.285t–2(a)", 42, "285t-2", ["a"]],
    ["42 U.S.C. 288–1(a)", 42, "288-1", ["a"]],
    ["18 U.S.C. 2339B", 18, "2339B", []],
    ["42 U.S.C. 1320a-7b(b)", 42, "1320a-7b", ["b"]],
    ["42 U.S.C. 404o-1", 42, "404o-1", []],
    ["16 USC 460nnn-101", 16, "460nnn-101", []],
    ["41 U.S.C. 10a-10c", 41, "10a-10c", []],
    ["26 U.S.C. 501(c)(3)", 26, "501", ["c", "3"]],
    ["5 U.S.C. 552(a)(1)(E)", 5, "552", ["a", "1", "E"]],
  ])("%s", (text, title, section, subsections) => {
    const c = only(text, "usc");
    expect(c).toMatchObject({ match: text, start: 0, end: text.length, title, section, subsections, appendix: false, note: false, etSeq: false, chapter: null });
  });

  it("reads the match inside a sentence with its offsets", () => {
    const text = "of the Administrative Procedure Act (5 U.S.C. 552) and some";
    const c = only(text, "usc");
    expect(c).toMatchObject({ match: "5 U.S.C. 552", start: 37, end: 49, id: "usc/5/552", cite: "5 U.S.C. § 552" });
  });

  it("reads a citation that wrapped text breaks across lines, and does not take the title of an earlier one", () => {
    expect(found("47 U.S.C. § 230(e), and a new offense at 18 U.S.C.\n§ 2421A").map((c) => [c.match, c.cite])).toEqual([
      ["47 U.S.C. § 230(e)", "47 U.S.C. § 230(e)"],
      ["18 U.S.C.\n§ 2421A", "18 U.S.C. § 2421A"],
    ]);
    expect(matches("See 42\nU.S.C. 1983, section 230 of title\n47, United States Code, and Public\nLaw 115-164.")).toEqual([
      ["usc", "42\nU.S.C. 1983"],
      ["usc", "section 230 of title\n47"],
      ["publicLaw", "Public\nLaw 115-164"],
    ]);
    // A number that ends a line before a capitalised word is not a citation.
    expect(found("It passed in 2018\nSenate leaders said 5\nU.S. citizens")).toEqual([]);
  });

  it("a range of subsections of one section is a range; a parenthetical that is not a designator ends the cite", () => {
    const cs = found("under 31 U.S.C. 5318A(b)(1)-(5) and", { types: ["usc"] }) as CitationOf<"usc">[];
    expect(cs.map((c) => [c.match, c.start, c.range, c.section, c.subsections, c.rangeOf, c.cite])).toEqual([
      ["31 U.S.C. 5318A(b)(1)-(5)", 6, "start", "5318A", ["b", "1"], ["5318A(b)(1)", "(5)"], "31 U.S.C. § 5318A(b)(1)–(5)"],
      ["31 U.S.C. 5318A(b)(1)-(5)", 6, "end", "5318A", ["b", "5"], ["5318A(b)(1)", "(5)"], "31 U.S.C. § 5318A(b)(1)–(5)"],
    ]);
    expect((found("5 U.S.C. 552(a)(1)(A)–(2)(B)") as CitationOf<"usc">[]).map((c) => c.subsections)).toEqual([["a", "1", "A"], ["a", "2", "B"]]);
    expect(only("47 U.S.C. 230 (2018)", "usc").match).toBe("47 U.S.C. 230");
    expect(only("47 U.S.C. 230 (whatever)", "usc").subsections).toEqual([]);
  });

  it("designators: up to three digits and a letter, or up to six letters of one case; one space before the first", () => {
    const subs = (text: string) => only(text, "usc").subsections;
    expect(subs("42 U.S.C. 300gg(123)(12b)(iv)(AA)(abcdef)")).toEqual(["123", "12b", "iv", "AA", "abcdef"]);
    // Each of these ends the designators where it stands.
    expect(subs("42 U.S.C. 300gg(a)(1234)")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a)(abcdefg)")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a)(Ab)")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a)(1ab)")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a)()")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a)(b")).toEqual(["a"]);
    expect(subs("42 U.S.C. 300gg(a")).toEqual([]);
    // A short first designator after one space ("54.506 (c)"), not a second one.
    expect(subs("42 U.S.C. 300gg (c)(2) (d)")).toEqual(["c", "2"]);
    expect(subs("42 U.S.C. 300gg (abc)")).toEqual([]);
  });

  it("a number inside a token starts nothing; after a bracket, a period that follows no digit or at the start of the text it may", () => {
    expect(found("a5 U.S.C. 552, 1-5 U.S.C. 552, 12,5 U.S.C. 552, –5 U.S.C. 552 and 1.5 U.S.C. 552", { types: ["usc"] }).map((c) => c.match)).toEqual([]);
    expect(found("5 U.S.C. 552 (5 U.S.C. 553) Pub.L.105-33 .5 U.S.C. 554", { types: ["usc", "publicLaw"] }).map((c) => c.match)).toEqual([
      "5 U.S.C. 552",
      "5 U.S.C. 553",
      "Pub.L.105-33",
      "5 U.S.C. 554",
    ]);
  });

  it("appendix, note and et seq.", () => {
    expect(only("Civil Relief Act (50 U.S.C. App. 595) is amended", "usc")).toMatchObject({ match: "50 U.S.C. App. 595", appendix: true, section: "595", id: "usc/50-app/595" });
    expect(only("see 50 U.S.C. app. § 3901", "usc")).toMatchObject({ appendix: true, section: "3901" });
    expect(only("(7 U.S.C. 612c note).", "usc")).toMatchObject({ match: "7 U.S.C. 612c note", note: true, id: "usc/7/612c/note" });
    expect(only("(29 U.S.C. 1081 et seq.)", "usc")).toMatchObject({ match: "29 U.S.C. 1081 et seq", etSeq: true });
  });

  it("a list yields one citation per item, later items spanning only their number and inheriting the title", () => {
    const text = "under 5 U.S.C. §§ 8344 and 8468 in order";
    const cs = found(text, { types: ["usc"] }) as CitationOf<"usc">[];
    expect(cs.map((c) => [c.match, c.start, c.title, c.section])).toEqual([
      ["5 U.S.C. §§ 8344", 6, 5, "8344"],
      ["8468", 27, 5, "8468"],
    ]);
    expect(matches("sections 1591 and 1595 of title 18")).toEqual([["usc", "sections 1591"], ["usc", "1595"]]);
    expect((found("18 U.S.C. §§ 1591, 1594, and 1595") as CitationOf<"usc">[]).map((c) => c.section)).toEqual(["1591", "1594", "1595"]);
  });

  it("a list ends where the next citation begins", () => {
    expect(matches("5 U.S.C. §§ 552 and 42 U.S.C. 1983")).toEqual([["usc", "5 U.S.C. §§ 552"], ["usc", "42 U.S.C. 1983"]]);
    // …and a dash after "§§" still makes a range when the next citation, not another section, comes after it.
    expect(found("18 U.S.C. §§ 1961-1968 and 15 U.S.C. 78j(b)").map((c) => (c.type === "usc" ? [c.match, c.section, c.range ?? null] : []))).toEqual([
      ["18 U.S.C. §§ 1961-1968", "1961", "start"],
      ["18 U.S.C. §§ 1961-1968", "1968", "end"],
      ["15 U.S.C. 78j(b)", "78j", null],
    ]);
    // A dash inside a section of a list stays in it; digits are filled in only for numbers.
    expect(found("42 U.S.C. §§ 1320a-7b, 1320a-7c").map((c) => (c.type === "usc" ? c.section : ""))).toEqual(["1320a-7b", "1320a-7c"]);
    expect(found("28 U.S.C. §§ 2201-02")[0]?.cite).toBe("28 U.S.C. §§ 2201–2202");
  });

  it.each([
    ["41 U.S.C. §§ 10a–10c", "10a", "10c"],
    ["41 U.S.C. 10a(1)-10c(2)", "10a", "10c"],
    ["50 U.S.C. App. §§ 451--473", "451", "473"],
    ["18 U.S.C. §§ 1591–1595", "1591", "1595"],
    ["sections 1591 through 1595 of title 18", "1591", "1595"],
    // The end written with its leading digits left out, as the Bluebook writes pages.
    ["28 U.S.C. §§ 2201-02", "2201", "2202"],
    ["18 U.S.C. §§ 1961–68", "1961", "1968"],
  ])("a range (%s) yields a start and an end spanning the whole range", (text, a, b) => {
    const cs = found(text);
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => [c.match, c.start, (c as { range?: string }).range, (c as { section?: string }).section])).toEqual([
      [text, 0, "start", a],
      [text, 0, "end", b],
    ]);
  });

  it("the forms bills are drafted in", () => {
    expect(only("under section 89 of title 14, United States Code.", "usc")).toMatchObject({ match: "section 89 of title 14", start: 6, title: 14, section: "89" });
    // Capitalised, and "of the United States Code" after it, as notices write it.
    expect(only("exemptions 2 and 6 of § 552b(c) of Title 5 of the United States Code.", "usc")).toMatchObject({ match: "§ 552b(c) of Title 5", title: 5, section: "552b", subsections: ["c"] });
    expect(found("Chapters 32 and 53 of Title 26 of the United States Code").map((c) => (c.type === "usc" ? [c.match, c.chapter, c.title] : []))).toEqual([
      ["Chapters 32", "32", 26],
      ["53", "53", 26],
    ]);
    // "of title I of the … Act" is a title of an act, not of the Code.
    expect(found("section 101 of title I of the Act", { types: ["usc"] })).toEqual([]);
    expect(only("under section 89, title 14, United States Code.", "usc")).toMatchObject({ match: "section 89, title 14", title: 14, section: "89" });
    expect(only("in section 5362-10c(5) of title 31, United States Code.", "usc")).toMatchObject({ section: "5362-10c", subsections: ["5"] });
    expect(only("title 47, United States Code, section 230", "usc")).toMatchObject({ match: "title 47, United States Code, section 230", title: 47, section: "230" });
    expect(only("Title 47 of the U.S. Code, Section 230", "usc")).toMatchObject({ match: "Title 47 of the U.S. Code, Section 230", title: 47, section: "230" });
    expect(only("Section 14123(a)(2) of 49 U.S.C.", "usc")).toMatchObject({ match: "Section 14123(a)(2) of 49 U.S.C.", title: 49, section: "14123", subsections: ["a", "2"] });
  });

  it("chapter- and title-level references have a null section", () => {
    expect(only("chapter 5 of title 5", "usc")).toMatchObject({ match: "chapter 5 of title 5", title: 5, chapter: "5", section: null, id: "usc/5/chapter-5" });
    expect(only("benefits under title 42, United States Code.", "usc")).toMatchObject({ match: "title 42, United States Code", title: 42, section: null, chapter: null });
    expect(only("permits under title 26 of the U.S. Code. The", "usc")).toMatchObject({ match: "title 26 of the U.S. Code", title: 26, section: null });
    // A title of the Code with no section after it.
    expect(only("any provision of 26 U.S.C. with intent to defraud", "usc")).toMatchObject({ match: "26 U.S.C.", title: 26, section: null, id: "usc/26", cite: "26 U.S.C." });
    // A section sign with no section after it promises what is not there: nothing.
    expect(found("See 5 U.S.C. § and more")).toEqual([]);
  });

  it("the Legal Information Institute's \"47 U.S. Code § 230\" and \"47 United States Code 230\"", () => {
    expect(only("See 47 U.S. Code § 230 - Protection for private blocking", "usc")).toMatchObject({ match: "47 U.S. Code § 230", title: 47, section: "230", cite: "47 U.S.C. § 230" });
    expect(only("See 47 U.S. Code 230(c)(1).", "usc")).toMatchObject({ match: "47 U.S. Code 230(c)(1)", subsections: ["c", "1"] });
    expect(only("See 47 United States Code 230.", "usc")).toMatchObject({ match: "47 United States Code 230", title: 47, section: "230" });
    // Not a title: a year.
    expect(found("in the 2018 United States Code")).toEqual([]);
    const chapters = found("46 U.S.C. Chapters 701, 3306");
    expect(chapters.map((c) => [c.match, (c as { chapter?: string }).chapter, (c as { section?: string | null }).section])).toEqual([
      ["46 U.S.C. Chapters 701", "701", null],
      ["3306", "3306", null],
    ]);
  });

  it("is not fooled by a section of something else, or a title of a law", () => {
    expect(found("section 101 of this Act")).toEqual([]);
    expect(found("title I of the bill", { types: ["usc"] })).toEqual([]);
    expect(found("Title 99, United States Code")).toEqual([]);
    expect(found("99 U.S.C. 1")).toEqual([]);
  });
});

describe("usc: later subsections of a list, written from some level down", () => {
  const subs = (text: string) => found(text, { types: ["usc"] }).map((c) => (c.type === "usc" ? [c.match, c.section, c.subsections.join(",")] : []));
  it("a designator takes the place of the last one of its kind; several, from the level where their kinds run alike", () => {
    expect(subs("See 5 U.S.C. § 552(b)(6), (7)(C).")).toEqual([
      ["5 U.S.C. § 552(b)(6)", "552", "b,6"],
      ["(7)(C)", "552", "b,7,C"],
    ]);
    expect(subs("as described in 26 U.S.C. 5702(a), (b), (m)(2), (m)(3), (n) and (o) of")).toEqual([
      ["26 U.S.C. 5702(a)", "5702", "a"],
      ["(b)", "5702", "b"],
      ["(m)(2)", "5702", "m,2"],
      ["(m)(3)", "5702", "m,3"],
      ["(n)", "5702", "n"],
      ["(o)", "5702", "o"],
    ]);
    expect(subs("(5 U.S.C. 552b(c)(2), (c)(9)(A)(ii), (c)(9)(B), and (c)(10)).").map((x) => x[2])).toEqual(["c,2", "c,9,A,ii", "c,9,B", "c,10"]);
    expect(subs("42 U.S.C. 1396a(a)(10)(A)(i)(IV) and (VII)").map((x) => x[2])).toEqual(["a,10,A,i,IV", "a,10,A,i,VII"]);
    expect(subs("5 U.S.C. 552(a)(1)(i) and (ii)").map((x) => x[2])).toEqual(["a,1,i", "a,1,ii"]);
    expect(subs("5 U.S.C. 552(a)(1)(i) and (b)").map((x) => x[2])).toEqual(["a,1,i", "b"]);
  });
});


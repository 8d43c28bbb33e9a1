import { describe, expect, it } from "vitest";
import { CivicError } from "@civickit/core/errors";
import { createNameIndex, extractCitations, formatCitation, parseCitation, type CitationOf } from "../src/index.js";
import { BUILT_IN_ACTS } from "../src/data/acts.js";
import { found, only } from "./helpers.js";

describe("createNameIndex", () => {
  it("knows the acts Federal Register notices cite, with the acronyms they define", () => {
    const cs = found("under the Marine Mammal Protection Act (MMPA; 16 U.S.C. 1361 et seq.). Section 101(a)(5)(A) of the MMPA allows it.", { types: ["act"] });
    expect(cs.map((c) => (c.type === "act" ? [c.match, c.name, c.section, c.publicLaw] : []))).toEqual([
      ["Marine Mammal Protection Act", "Marine Mammal Protection Act of 1972", null, { congress: 92, number: 522 }],
      ["Section 101(a)(5)(A) of the MMPA", "Marine Mammal Protection Act of 1972", "101", { congress: 92, number: 522 }],
    ]);
    // A name that ends another act's name is not that act: "the Clean Diamond Trade Act" is no "Trade Act".
    expect(found("the Unfunded Mandates Reform Act of 1995 and the Clean Diamond Trade Act", { types: ["act"] }).map((c) => c.type === "act" && c.name)).toEqual([
      "Unfunded Mandates Reform Act of 1995",
    ]);
  });

  it("holds at least 50 acts, each with its Public Law and Statutes at Large page", () => {
    expect(BUILT_IN_ACTS.length).toBeGreaterThanOrEqual(50);
    const names = createNameIndex();
    for (const entry of BUILT_IN_ACTS) {
      const r = names.lookup(entry.name);
      expect(r?.publicLaw, entry.name).not.toBeNull();
      expect(r?.stat, entry.name).not.toBeNull();
      expect(r?.year, entry.name).toBeGreaterThan(1900);
    }
  });

  it.each([
    ["Communications Act of 1934", "73-416", "48 Stat. 1064", "47 U.S.C. 151"],
    ["Communications Decency Act of 1996", "104-104", "110 Stat. 133", "47 U.S.C. 609"],
    ["Internal Revenue Code of 1986", "99-514", "100 Stat. 2085", "26 U.S.C. 1"],
    ["Social Security Act", "74-271", "49 Stat. 620", "42 U.S.C. 301"],
    ["Securities Exchange Act of 1934", "73-291", "48 Stat. 881", "15 U.S.C. 78a"],
    ["Civil Rights Act of 1964", "88-352", "78 Stat. 241", "42 U.S.C. 2000a"],
    ["Clean Air Act", "88-206", "77 Stat. 392", "42 U.S.C. 7401"],
    ["Administrative Procedure Act", "79-404", "60 Stat. 237", "5 U.S.C. 551"],
    ["Telecommunications Act of 1996", "104-104", "110 Stat. 56", "47 U.S.C. 609"],
    // The acts the corpus's bills cite most that the first table lacked.
    ["Foreign Assistance Act of 1961", "87-195", "75 Stat. 424", "22 U.S.C. 2151"],
    ["Tariff Act of 1930", "71-361", "46 Stat. 590", "19 U.S.C. 1202"],
    ["Trade Act of 1974", "93-618", "88 Stat. 1978", "19 U.S.C. 2101"],
    ["United States Housing Act of 1937", "75-412", "50 Stat. 888", "42 U.S.C. 1437"],
  ])("knows the %s", (name, law, stat, usc) => {
    const r = createNameIndex().lookup(name);
    expect(`${String(r?.publicLaw?.congress)}-${String(r?.publicLaw?.number)}`).toBe(law);
    expect(`${String(r?.stat?.volume)} Stat. ${String(r?.stat?.page)}`).toBe(stat);
    expect(`${String(r?.usc?.title)} U.S.C. ${String(r?.usc?.section)}`).toBe(usc);
  });

  it("maps sections of an act to the U.S. Code by its rule or table", () => {
    const names = createNameIndex();
    expect(names.lookup("National Labor Relations Act")?.uscSection("8", ["a", "3"])).toMatchObject({ title: 29, section: "158", subsections: ["a", "3"] });
    expect(names.lookup("Securities Exchange Act of 1934")?.uscSection("10")).toMatchObject({ title: 15, section: "78j" });
    expect(names.lookup("Social Security Act")?.uscSection("1128B")).toMatchObject({ title: 42, section: "1320a-7b" });
    expect(names.lookup("Social Security Act")?.uscSection("205")).toMatchObject({ title: 42, section: "405" });
    expect(names.lookup("Communications Act of 1934")?.uscSection("230")).toMatchObject({ title: 47, section: "230" });
    expect(names.lookup("Communications Act of 1934")?.uscSection("1")).toMatchObject({ title: 47, section: "151" });
    expect(names.lookup("Internal Revenue Code of 1986")?.uscSection("9503")).toMatchObject({ title: 26, section: "9503" });
    expect(names.lookup("Toxic Substances Control Act")?.uscSection("6")).toMatchObject({ title: 15, section: "2605" });
    expect(names.lookup("Clayton Act")?.uscSection("99")).toBeNull();
    // The Social Security Act's titles II to VII sit 200 on; Part D of title XVIII by table ("1860D–22" is 1395w–132).
    const ssa = names.lookup("Social Security Act");
    for (const [section, usc] of [["2", "302"], ["306", "506"], ["471", "671"], ["473A", "673b"], ["502", "702"], ["702", "902"], ["1110", "1310"], ["1860D-1", "1395w-101"], ["1860D-11", "1395w-111"], ["1860D-22", "1395w-132"], ["1834A", "1395m-1"], ["1935", "1396u-5"]]) {
      expect(ssa?.uscSection(section as string)?.section, section).toBe(usc);
    }
    // The election laws in title 52, and the lettered sections of the United States Housing Act of 1937.
    expect(names.lookup("Federal Election Campaign Act of 1971")?.uscSection("319")?.section).toBe("30121");
    expect(names.lookup("Help America Vote Act of 2002")?.uscSection("303")?.section).toBe("21083");
    expect(names.lookup("National Voter Registration Act of 1993")?.uscSection("8")?.section).toBe("20507");
    const tariff = names.lookup("Tariff Act of 1930");
    expect(["313", "402", "484", "596", "641", "706", "771"].map((n) => tariff?.uscSection(n)?.section)).toEqual(["1313", "1401a", "1484", "1595a", "1641", "1671e", "1677"]);
    const housing = names.lookup("United States Housing Act of 1937");
    expect(["2", "3", "8", "26", "28", "34"].map((n) => housing?.uscSection(n)?.section)).toEqual(["1437", "1437a", "1437f", "1437x", "1437z", "1437z-6"]);
  });

  it("matches regardless of case and with or without the trailing year", () => {
    const names = createNameIndex([{ name: "Stop Enabling Sex Traffickers Act of 2017", bill: "s1693-115" }]);
    expect(names.lookup("stop enabling sex traffickers act")?.bill).toEqual({ congress: 115, billType: "s", number: 1693 });
    expect(names.lookup("Stop Enabling Sex Traffickers Act of 2017")?.name).toBe("Stop Enabling Sex Traffickers Act of 2017");
    expect(names.lookup("Stop Enabling Sex Traffickers Act of 2019")).toBeUndefined();
    expect(names.lookup("COMMUNICATIONS DECENCY ACT")?.publicLaw).toEqual({ congress: 104, number: 104 });
    expect(names.lookup("the Clean Water Act")?.name).toBe("Federal Water Pollution Control Act");
    expect(names.lookup("the Exchange Act")?.name).toBe("Securities Exchange Act of 1934");
  });

  it("acts of one name and several years are several acts; the name alone is the one added last", () => {
    const names = createNameIndex([{ name: "Foo Act of 1990", publicLaw: "101-1" }, { name: "Foo Act of 2000", publicLaw: "106-1" }], { builtIn: false });
    expect(names.lookup("Foo Act of 1990")?.publicLaw).toEqual({ congress: 101, number: 1 });
    expect(names.lookup("Foo Act of 2000")?.publicLaw).toEqual({ congress: 106, number: 1 });
    expect(names.lookup("Foo Act")?.publicLaw).toEqual({ congress: 106, number: 1 });
    expect(names.lookup("Foo Act of 1995")).toBeUndefined();
    expect(found("section 5 of the Foo Act of 1990 and section 6 of the Foo Act of 2000", { names }).map((c) => (c as CitationOf<"act">).publicLaw?.number)).toEqual([1, 1]);
    expect(found("section 5 of the Foo Act of 1990 and section 6 of the Foo Act of 2000", { names }).map((c) => (c as CitationOf<"act">).publicLaw?.congress)).toEqual([101, 106]);
    // In the built-in table: the Water Resources Development Acts of 1986 and 1996.
    expect(found("section 905 of the Water Resources Development Act of 1986; section 206 of the Water Resources Development Act of 1996").map((c) => (c as CitationOf<"act">).publicLaw)).toEqual([
      { congress: 99, number: 662 },
      { congress: 104, number: 303 },
    ]);
  });

  it("entries given win over the built-in ones; builtIn: false leaves them out", () => {
    expect(createNameIndex([{ name: "Clean Air Act", publicLaw: "91-604" }]).lookup("Clean Air Act")?.publicLaw).toEqual({ congress: 91, number: 604 });
    const bare = createNameIndex([{ name: "Foo Act" }], { builtIn: false });
    expect(bare.size).toBe(1);
    expect(bare.lookup("Clean Air Act")).toBeUndefined();
  });

  it("rejects malformed entries with a CivicError", () => {
    expect(() => createNameIndex([{ name: "X Act", publicLaw: "115/164" }])).toThrow(CivicError);
    expect(() => createNameIndex([{ name: "X Act", stat: "132 STAT 1253" }])).toThrow(/stat must look like/);
    expect(() => createNameIndex([{ name: "X Act", usc: "title 47" }])).toThrow(/usc must look like/);
    expect(() => createNameIndex([{ name: "X Act", bill: "S. 1693" }])).toThrow(/bill must look like/);
  });
});

describe("act citations", () => {
  it("a range of an act's sections yields a start and an end spanning the whole range, as for the U.S. Code", () => {
    const cs = found("under sections 101 through 105 of the Clean Air Act and Section 206(a)–(d) of the Clean Air Act.", { types: ["act"] });
    expect(cs.map((c) => (c.type === "act" ? [c.match, c.start, c.range, c.section, c.subsections, c.cite] : []))).toEqual([
      ["sections 101 through 105 of the Clean Air Act", 6, "start", "101", [], "Clean Air Act §§ 101–105"],
      ["sections 101 through 105 of the Clean Air Act", 6, "end", "105", [], "Clean Air Act §§ 101–105"],
      ["Section 206(a)–(d) of the Clean Air Act", 56, "start", "206", ["a"], "Clean Air Act § 206(a)–(d)"],
      ["Section 206(a)–(d) of the Clean Air Act", 56, "end", "206", ["d"], "Clean Air Act § 206(a)–(d)"],
    ]);
    // Each end maps to its own Code section where the index knows it.
    expect(cs[0]?.type === "act" && cs[0].usc?.section).toBe("7401");
  });
  it("a section of a named act, mapped to the U.S. Code", () => {
    const c = only("clarified Section 230 of the Communications Decency Act (CDA) to ensure", "act");
    expect(c).toMatchObject({
      match: "Section 230 of the Communications Decency Act", start: 10, name: "Communications Decency Act of 1996", section: "230",
      publicLaw: { congress: 104, number: 104 }, stat: { volume: 110, page: 133 }, usc: { title: 47, section: "230" },
    });
    expect(only("section 9503(c) of the Internal Revenue Code of 1986", "act")).toMatchObject({ section: "9503", subsections: ["c"], usc: { title: 26, section: "9503", subsections: ["c"] } });
    // At the end of a sentence too (the period is no part of the name).
    expect(only("as defined in section 111 of the Clean Air Act.", "act")).toMatchObject({ match: "section 111 of the Clean Air Act", name: "Clean Air Act", usc: { title: 42, section: "7411" } });
    expect(only("see section 6651 of the Internal Revenue Code.", "act")).toMatchObject({ name: "Internal Revenue Code of 1986", cite: "I.R.C. § 6651" });
  });

  it("the section after the name, as the Bluebook writes it: Social Security Act § 1902(a)(10)", () => {
    expect(only("Under Social Security Act § 1902(a)(10), states must", "act")).toMatchObject({
      match: "Social Security Act § 1902(a)(10)", start: 6, section: "1902", subsections: ["a", "10"], usc: { title: 42, section: "1396a", subsections: ["a", "10"] },
    });
    expect(found("the Clean Air Act §§ 108–109 apply").map((c) => (c.type === "act" ? [c.match, c.section, c.range] : []))).toEqual([
      ["Clean Air Act §§ 108–109", "108", "start"],
      ["Clean Air Act §§ 108–109", "109", "end"],
    ]);
    // A section sign further on is not the act's.
    expect(found("the Clean Air Act, and § 5 of it").map((c) => c.match)).toEqual(["Clean Air Act"]);
  });

  it("the Internal Revenue Code by its initials, written as the Bluebook cites it", () => {
    for (const text of ["Under I.R.C. § 501(c)(3), charities", "Under IRC section 501(c)(3), charities"]) {
      expect(only(text, "act")).toMatchObject({
        match: text.slice(6, text.indexOf(",")), start: 6, name: "Internal Revenue Code of 1986", section: "501", subsections: ["c", "3"],
        usc: { title: 26, section: "501", subsections: ["c", "3"] }, cite: "I.R.C. § 501(c)(3)",
      });
    }
    expect(only("section 9503(c) of the Internal Revenue Code of 1986", "act").cite).toBe("I.R.C. § 9503(c)");
    expect(formatCitation(only("IRC section 61", "act"), "short")).toBe("I.R.C. § 61");
    expect(found("IRC §§ 61 and 62").map((c) => c.match)).toEqual(["IRC §§ 61", "62"]);
    // Initials inside another word are not the Code's.
    expect(found("under FAIRC § 6", { types: ["act"] })).toEqual([]);
  });

  it("a known name at the end of a longer one is not that act", () => {
    expect(found("the Family Educational Rights and Privacy Act (FERPA) applies", { types: ["act"] })).toEqual([]);
    expect(found("the Stored Communications Act, 18 U.S.C. 2701", { types: ["act"] })).toEqual([]);
    // A word that starts a sentence, a heading on the line above, or "Federal" before the name leave it alone.
    expect(found("The Privacy Act requires", { types: ["act"] }).map((c) => c.match)).toEqual(["Privacy Act"]);
    expect(found("Regulatory Procedures\nAdministrative Procedure Act (5 U.S.C. 553)", { types: ["act"] }).map((c) => c.match)).toEqual(["Administrative Procedure Act"]);
    expect(found("under the Federal Clean Air Act", { types: ["act"] }).map((c) => c.match)).toEqual(["Clean Air Act"]);
    // Two names joined by "and" are two acts.
    expect(found("separate Marine Mammal Protection Act and Endangered Species Act permits", { types: ["act"] }).map((c) => c.match)).toEqual([
      "Marine Mammal Protection Act",
      "Endangered Species Act",
    ]);
  });

  it("a name in parentheses", () => {
    expect(found("See 44 U.S.C. 3501 et seq. (Paperwork Reduction Act).", { types: ["act"] }).map((c) => c.match)).toEqual(["Paperwork Reduction Act"]);
    expect(found("had violated NEPA (National Environmental Policy Act) the", { types: ["act"] }).map((c) => c.match)).toEqual(["National Environmental Policy Act"]);
  });

  it("a named act on its own", () => {
    expect(only("under the Administrative Procedure Act.", "act")).toMatchObject({ match: "Administrative Procedure Act", start: 10, section: null, usc: { title: 5, section: "551", etSeq: true } });
    expect(only("the communications decency Act", "act").name).toBe("Communications Decency Act of 1996");
    expect(only("THE COMMUNICATIONS DECENCY ACT", "act").name).toBe("Communications Decency Act of 1996");
    // In running text a lower-case "act" is a verb; a string that is only a name is read in any case.
    expect(found("they act on it")).toEqual([]);
    expect(parseCitation("communications decency act")).toMatchObject({ type: "act", name: "Communications Decency Act of 1996", publicLaw: { congress: 104, number: 104 } });
  });

  it("acronyms the text defines resolve, after the definition only", () => {
    const text = "The CDA is old. Section 230 of the Communications Decency Act (CDA) was changed; the CDA now says… section 230 of the CDA.";
    const acts = found(text, { types: ["act"] }) as CitationOf<"act">[];
    expect(acts.map((c) => [c.match, c.section])).toEqual([
      ["Section 230 of the Communications Decency Act", "230"],
      ["CDA", null],
      ["section 230 of the CDA", "230"],
    ]);
  });

  it("acronyms defined as bills and notices define them", () => {
    const text = "For the Higher Education Act of 1965 (referred to in this Act as “HEA”), and under section 418A of the HEA and the HEA.";
    expect((found(text, { types: ["act"] }) as CitationOf<"act">[]).map((c) => [c.match, c.section, c.name])).toEqual([
      ["Higher Education Act of 1965", null, "Higher Education Act of 1965"],
      ["section 418A of the HEA", "418A", "Higher Education Act of 1965"],
      ["HEA", null, "Higher Education Act of 1965"],
    ]);
    expect(found("title IV of the Higher Education Act of 1965, as amended (HEA). The HEA").map((c) => c.match)).toEqual(["Higher Education Act of 1965", "HEA"]);
  });

  it("acronyms of acts the index does not know name them in a section's citation, and alone are nothing", () => {
    const text =
      "To carry out title V of the Native American Housing Assistance and Self-Determination Act of 1996 (referred to in this Act as “NAHASDA”), in accordance with section 517(c) of the NAHASDA. The NAHASDA says. " +
      "Pursuant to the Federal Insecticide, Fungicide, and Rodenticide Act (FIFRA), see Section 6(f)(1) of FIFRA.";
    expect((found(text, { types: ["act"] }) as CitationOf<"act">[]).map((c) => [c.match, c.name, c.section, c.publicLaw])).toEqual([
      ["section 517(c) of the NAHASDA", "Native American Housing Assistance and Self-Determination Act of 1996", "517", null],
      ["Section 6(f)(1) of FIFRA", "Federal Insecticide, Fungicide, and Rodenticide Act", "6", null],
    ]);
  });

  it("an unknown act's name read back to its start: an ordinal begins it, a list of its titles does not", () => {
    const names = (text: string) => (found(text, { types: ["act"] }) as CitationOf<"act">[]).map((c) => c.name);
    expect(names("under the 21st Century Cures Act (CCA), and section 1001 of the CCA")).toEqual(["21st Century Cures Act"]);
    expect(names("under titles I and II of the Education of the Deaf Act of 1986 (EDA); section 207 of the EDA")).toEqual(["Education of the Deaf Act of 1986"]);
    // A word that starts sentences is part of a name after another of its words, and starts none on its own.
    expect(names("under the Government By the People Act of 2019, subject to section 5101(f)(3) of such Act")).toEqual(["Government By the People Act of 2019"]);
    expect(names("the law. Pursuant to the Foo Bar Act, see section 5 of such Act")).toEqual(["Foo Bar Act"]);
  });

  it("short names the acts' own texts use: PHS Act, FCU Act, FAST Act", () => {
    expect(only("notwithstanding section 301(a)(3) of the PHS Act, no funds", "act")).toMatchObject({ name: "Public Health Service Act", usc: { title: 42, section: "241", subsections: ["a", "3"] } });
    expect(only("found in sec. 131 of the FCU Act, which", "act")).toMatchObject({ name: "Federal Credit Union Act", publicLaw: { congress: 73, number: 467 } });
    expect(only("section 1304 of the FAST Act", "act")).toMatchObject({ name: "Fixing America's Surface Transportation Act", publicLaw: { congress: 114, number: 94 } });
  });

  it("a section after initials or a name, as notices write it: CAA section 110(a)(2), CAA sections 110 and 172", () => {
    const text =
      "under the Clean Air Act (CAA) and the Federal Insecticide, Fungicide, and Rodenticide Act (FIFRA). See CAA section 110(a)(2)(D)(i)(I); " +
      "CAA sections 110 and 172; FIFRA section 6(f)(1)(C); the Clean Air Act section 307(d). The CAA says.";
    expect((found(text, { types: ["act"] }) as CitationOf<"act">[]).map((c) => [c.match, c.name, c.section, c.subsections, c.usc?.section ?? null])).toEqual([
      ["Clean Air Act", "Clean Air Act", null, [], "7401"],
      ["CAA section 110(a)(2)(D)(i)(I)", "Clean Air Act", "110", ["a", "2", "D", "i", "I"], "7410"],
      ["CAA sections 110", "Clean Air Act", "110", [], "7410"],
      ["172", "Clean Air Act", "172", [], null],
      ["FIFRA section 6(f)(1)(C)", "Federal Insecticide, Fungicide, and Rodenticide Act", "6", ["f", "1", "C"], null],
      ["Clean Air Act section 307(d)", "Clean Air Act", "307", ["d"], "7607"],
      ["CAA", "Clean Air Act", null, [], "7401"],
    ]);
    // A heading on the next line is no section of the name before it.
    expect(found("the Clean Air Act\nSection 2. Definitions", { types: ["act"] }).map((c) => c.match)).toEqual(["Clean Air Act"]);
  });

  it("initials defined for an unknown act whose name ends with a known one's", () => {
    const text = "the Clean Diamond Trade Act (CDTA) and section 5(a) of the CDTA";
    expect(found(text, { types: ["act"] }).map((c) => [c.match, (c as CitationOf<"act">).name])).toEqual([["section 5(a) of the CDTA", "Clean Diamond Trade Act"]]);
  });

  it("'such Act' is the act named last", () => {
    const text = "To amend the Communications Act of 1934 to clarify that section 230 of such Act does not prohibit";
    const acts = found(text, { types: ["act"] });
    expect(acts[1]).toMatchObject({ match: "section 230 of such Act", name: "Communications Act of 1934", section: "230", usc: { title: 47, section: "230" }, shortForm: "such" });
    // Lists and ranges of such an act's sections, as for a named act's.
    const forms = (t: string) => (found(t, { types: ["act"] }) as CitationOf<"act">[]).slice(1).map((c) => [c.match, c.section, c.subsections, c.range ?? null]);
    expect(forms("the Communications Act of 1934; sections 223(a) and 230(c) of such Act")).toEqual([
      ["sections 223(a)", "223", ["a"], null],
      ["230(c)", "230", ["c"], null],
    ]);
    expect(forms("the Communications Act of 1934; sections 223 through 230 of such Act")).toEqual([
      ["sections 223 through 230 of such Act", "223", [], "start"],
      ["sections 223 through 230 of such Act", "230", [], "end"],
    ]);
  });

  it("'such Act' after an act the index does not know, named on its own: that act; not one inside quotation marks", () => {
    const acts = (text: string) => (found(text, { types: ["act"] }) as CitationOf<"act">[]).map((c) => [c.match, c.name]);
    // An appropriations bill: the Social Security Act cited, then the Head Start Act named.
    expect(acts("under title XX of the Social Security Act; for payments under the Head Start Act, notwithstanding section 640 of such Act:")).toEqual([
      ["Social Security Act", "Social Security Act"],
      ["section 640 of such Act", "Head Start Act"],
    ]);
    // An amendment that quotes another act's name: "such Act" is still the act being amended.
    expect(acts("Section 5 of the Social Security Act is amended by inserting “under the Lobbying Disclosure\nAct of 1995”.\n(b) Section 6 of such Act is amended")).toEqual([
      ["Section 5 of the Social Security Act", "Social Security Act"],
      ["Section 6 of such Act", "Social Security Act"],
    ]);
    // Nor is an act cited inside the inserted text "such Act" outside it; inside it, it is.
    const amended =
      "Section 304 of the Federal Election Campaign Act of 1971 is amended by adding:\n“(g) A political organization under\nsection 527 of the Internal Revenue Code of 1986, as defined in section 501 of such Act.”.\n(b) Section 304(c)(2) of such Act is amended";
    expect(acts(amended)).toEqual([
      ["Section 304 of the Federal Election Campaign Act of 1971", "Federal Election Campaign Act of 1971"],
      ["section 527 of the Internal Revenue Code of 1986", "Internal Revenue Code of 1986"],
      ["section 501 of such Act", "Internal Revenue Code of 1986"],
      ["Section 304(c)(2) of such Act", "Federal Election Campaign Act of 1971"],
    ]);
    // "such Code" is the Internal Revenue Code named before; the Code title after a form picks the act that sits in it.
    const erisa =
      "as defined in section 3(34) of the Employee Retirement Income Security Act of 1974 or in section 414(i) of the Internal Revenue Code of 1986; " +
      "the trustee (as described in section 403(a) of such Act (29 U.S.C. 1103(a))), and section 401(a) of such Code";
    expect(acts(erisa)).toEqual([
      ["section 3(34) of the Employee Retirement Income Security Act of 1974", "Employee Retirement Income Security Act of 1974"],
      ["section 414(i) of the Internal Revenue Code of 1986", "Internal Revenue Code of 1986"],
      ["section 403(a) of such Act", "Employee Retirement Income Security Act of 1974"],
      ["section 401(a) of such Code", "Internal Revenue Code of 1986"],
    ]);
    // "this Act" names no act.
    expect(acts("section 5 of the Social Security Act and this Act; section 6 of such Act")).toEqual([
      ["section 5 of the Social Security Act", "Social Security Act"],
      ["section 6 of such Act", "Social Security Act"],
    ]);
  });

  it("a section of an act the index does not know keeps the name as written", () => {
    expect(only("section 3 of the Foo Bar Improvement Act of 2031", "act")).toMatchObject({ name: "Foo Bar Improvement Act of 2031", section: "3", publicLaw: null, usc: null });
    // Defense authorization acts are named by their fiscal year.
    expect(only("section 818(g) of the National Defense Authorization Act for Fiscal Year 2012 (10 U.S.C.", "act")).toMatchObject({
      match: "section 818(g) of the National Defense Authorization Act for Fiscal Year 2012", name: "National Defense Authorization Act for Fiscal Year 2012",
    });
  });

  it("the year the act was enacted before its name", () => {
    expect(only("Section 230 of the 1996 Communications Decency Act shields", "act")).toMatchObject({
      match: "Section 230 of the 1996 Communications Decency Act", name: "Communications Decency Act of 1996", section: "230", usc: { title: 47, section: "230" },
    });
    // Another year is another act.
    expect(found("section 230 of the 2031 Communications Decency Act", { types: ["act"] }).map((c) => c.match)).toEqual(["Communications Decency Act"]);
  });

  it("acts known by their date, and the Revised Statutes, written as the Bluebook writes them", () => {
    expect(only("permitting required under section 14 of the Act of March 3, 1899 (33 U.S.C. 408), shall", "act")).toMatchObject({
      match: "section 14 of the Act of March 3, 1899", name: "Act of March 3, 1899", section: "14", id: "act/act-of-march-3-1899/14", cite: "Act of Mar. 3, 1899, § 14",
    });
    expect(only("Section 5(a)(1) of the Act of August 18, 1941 is amended", "act")).toMatchObject({ subsections: ["a", "1"], cite: "Act of Aug. 18, 1941, § 5(a)(1)" });
    expect(only("(B) Section 249 of the Revised Statutes (19 U.S.C. 3).", "act")).toMatchObject({ match: "Section 249 of the Revised Statutes", name: "Revised Statutes", cite: "Rev. Stat. § 249" });
    // "that Act" after it is that act.
    const acts = found("section 5 of the Act of August 18, 1941. Review section 5 of that Act.", { types: ["act"] });
    expect(acts.map((c) => c.cite)).toEqual(["Act of Aug. 18, 1941, § 5", "Act of Aug. 18, 1941, § 5"]);
  });

  it("uses the names it is given: a bill's title finds the bill", () => {
    const names = createNameIndex([{ name: "Stop Enabling Sex Traffickers Act of 2017", bill: { congress: 115, billType: "s", number: 1693 } }]);
    const c = extractCitations("Since the enactment of the Stop Enabling Sex Traffickers Act and", { names }).find((x) => x.type === "act");
    expect(c).toMatchObject({ match: "Stop Enabling Sex Traffickers Act", bill: { congress: 115, billType: "s", number: 1693 } });
  });
});

import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isCivicError } from "@civickit/core/errors";
import { parseCitation } from "@civickit/citations";
import { corpusDir, corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import {
  amendments,
  citationToIdentifier,
  getProvision,
  identifierToCitation,
  lawInfo,
  listSections,
  parseUslm,
  popularNames,
  provisionText,
  streamSections,
  usCodeReferences,
} from "../src/index.js";

const read = (name: string) => parseUslm(readFileSync(join(corpusDir() ?? "", "uslm", name), "utf8"), { file: name });

describeCorpus("every USLM file of the corpus", () => {
  const files = corpusFiles("uslm", [".xml"]).filter((f) => !/\.xsd$/i.test(f));
  it.each(files.map((f) => [basename(f), f]))("%s", (name, file) => {
    const doc = parseUslm(readFileSync(file, "utf8"), { file: name });
    expect(doc.kind).toMatch(/^(uscDoc|bill|resolution|engrossedAmendment|pLaw|statuteCompilation)$/);
    expect(doc.generation).toBe(name.startsWith("usc__") ? 1 : 2);
    expect(doc.provisions.length).toBeGreaterThan(0);
    expect(listSections(doc).length).toBeGreaterThan(0);
    if (doc.kind === "uscDoc") {
      expect(doc.identifier).toMatch(/^\/us\/usc\/t\d+$/);
      expect(doc.releasePoint).toMatch(/^Online@/);
      // Every section of a Code title has its identifier, and every identifier reads back as a citation.
      for (const s of listSections(doc)) {
        expect(s.identifier, name).toMatch(/^\/us\/usc\/t\d+\/s/);
        expect(identifierToCitation(s.identifier ?? "")?.type).toBe("usc");
      }
    }
  });
});

describeCorpus("a U.S. Code title: 1 U.S.C.", () => {
  const t1 = read("usc__usc01-2013-113-31.xml");

  it("its metadata and sections", () => {
    expect(t1).toMatchObject({ kind: "uscDoc", title: "Title 1", docNumber: "1", releasePoint: "Online@113-31", identifier: "/us/usc/t1" });
    const sections = listSections(t1);
    expect(sections[0]).toMatchObject({ identifier: "/us/usc/t1/s1", num: "1", heading: "Words denoting number, gender, and so forth" });
    expect(sections.map((s) => s.num)).toContain("112b");
  });

  it("getProvision by citation, citation object or identifier; a miss says which part is missing", () => {
    expect(getProvision(t1, "1 U.S.C. § 106a").heading).toBe("Promulgation of laws");
    expect(getProvision(t1, parseCitation("1 U.S.C. § 112b(a)")).identifier).toBe("/us/usc/t1/s112b/a");
    expect(getProvision(t1, "/us/usc/t1/s1").num?.value).toBe("1");
    try {
      getProvision(t1, "1 U.S.C. § 112b(z)");
      expect.unreachable();
    } catch (error) {
      expect(isCivicError(error) && error.code).toBe("PROVISION_NOT_FOUND");
      expect(String(error)).toMatch(/1 U\.S\.C\. § 112b has no z/);
    }
    expect(() => getProvision(t1, "47 U.S.C. § 230")).toThrow(/this document has no 47 U\.S\.C\. § 230/);
  });

  it("provisionText keeps the structure", () => {
    const text = provisionText(getProvision(t1, "1 U.S.C. § 112b"));
    expect(text.split("\n")[0]).toBe("§ 112b. United States international agreements; transmission to Congress");
    expect(text).toMatch(/\n {2}\(a\) The Secretary of State shall transmit to the Congress/);
    const md = provisionText(getProvision(t1, "1 U.S.C. § 112b"), { format: "markdown" });
    expect(md.split("\n")[0]).toBe("§ 112b. **United States international agreements; transmission to Congress**");
    expect(md).toMatch(/\n {2}- \(a\) The Secretary of State/);
  });

  it("notes and source credits are kept; short-title notes give popular names", () => {
    const s1 = getProvision(t1, "/us/usc/t1/s1");
    expect(s1.sourceCredit).toMatch(/July 30, 1947/);
    expect(s1.notes.some((n) => n.topic === "shortTitleOfAmendment")).toBe(true);
    const names = popularNames(t1);
    expect(names).toContainEqual({ name: "Defense of Marriage Act", publicLaw: "104-199", usc: "1 U.S.C. 1 note" });
  });

  it("streamSections gives the same sections, one by one, from chunks", async () => {
    const xml = readFileSync(join(corpusDir() ?? "", "uslm", "usc__usc01-2013-113-31.xml"), "utf8");
    async function* chunks() {
      for (let i = 0; i < xml.length; i += 4096) {
        await Promise.resolve();
        yield xml.slice(i, i + 4096);
      }
    }
    const streamed: (string | null)[] = [];
    for await (const s of streamSections(chunks())) streamed.push(s.identifier);
    expect(streamed).toEqual(listSections(t1).map((s) => s.identifier));
  });
});

describeCorpus("laws: what they are and what they change", () => {
  it("lawInfo of Public Law 114-190", () => {
    const info = lawInfo(read("law__114publ190-uslm.xml"));
    expect(info).toMatchObject({ type: "public", congress: 114, number: 190, stat: { volume: 130, page: 615 }, enacted: "2016-07-15", bill: "/us/bill/114/hr/636", shortTitle: "FAA Extension, Safety, and Security Act of 2016" });
    expect(info.sections.length).toBe(82);
  });

  it("lawInfo of Public Law 115-6 and of a private law", () => {
    expect(lawInfo(read("law__115publ6-uslm.xml"))).toMatchObject({ congress: 115, number: 6, stat: { volume: 131, page: 11 }, enacted: "2017-02-28", bill: "/us/bill/115/hr/255" });
    expect(lawInfo(read("law__112pvtl001-uslm.xml"))).toMatchObject({ type: "private", congress: 112, number: 1 });
  });

  it("amendments: each instruction with a U.S. Code target, its action and quoted text", () => {
    const edits = amendments(read("law__114publ190-uslm.xml"));
    expect(edits.length).toBeGreaterThanOrEqual(30);
    expect(edits[0]).toMatchObject({
      targetIdentifier: "/us/usc/t49/s48103/a",
      action: "strike-and-insert",
      quoted: ["fiscal years 2012 through 2015", "fiscal years 2012 through 2017."],
    });
    expect(edits[0]?.target?.cite).toBe("49 U.S.C. § 48103(a)");
    for (const e of edits) expect(e.targetIdentifier).toMatch(/^\/us\/usc\//);
    const big = amendments(read("law__113publ121-uslm.xml"));
    expect(big.length).toBeGreaterThanOrEqual(60);
    expect(big.some((e) => e.action === "repeal")).toBe(true);
    expect(big.some((e) => e.action === "add")).toBe(true);
  });

  it("usCodeReferences of a law, deduplicated", () => {
    const refs = usCodeReferences(read("law__115publ6-uslm.xml"));
    expect(refs).toEqual([...new Set(refs)]);
    expect(refs.every((r) => r.startsWith("/us/usc/"))).toBe(true);
    expect(refs.length).toBeGreaterThan(0);
  });
});

describeCorpus("amendments of documents converted without amendingAction markup", () => {
  const eah = amendments(read("bill-version__BILLS-116hr1865eah.xml"));

  it("reads each instruction from its words: target, action, quoted text", () => {
    const rea = eah.find((e) => e.targetIdentifier === "/us/usc/t7/s902");
    expect(rea).toMatchObject({
      action: "strike-and-insert",
      actions: ["delete", "insert"],
      quoted: ["made by the Secretary", "made or guaranteed by the Secretary"],
      text: "Section 2 of the Rural Electrification Act of 1936 (7 U.S.C. 902) is amended in subsection (a) by striking “made by the Secretary” and inserting “made or guaranteed by the Secretary”.",
    });
    expect(rea?.target?.cite).toBe("7 U.S.C. § 902");
    // The target's offsets point into the instruction's text.
    for (const e of eah) if (e.target) expect(e.text.slice(e.target.start, e.target.end)).toBe(e.target.match);
    expect(eah.find((e) => e.targetIdentifier === "/us/usc/t2/s4531/e")).toMatchObject({ action: "strike-and-insert", actions: ["substitute"] });
    expect(eah.find((e) => e.targetIdentifier === "/us/usc/t29/s1108")).toMatchObject({ action: "add", actions: ["add"] });
  });

  it("an instruction in a proviso of an appropriation is one of its own", () => {
    expect(eah.find((e) => e.targetIdentifier === "/us/usc/t42/s1769g/d")).toMatchObject({
      action: "strike-and-insert",
      quoted: ["2010 through 2019", "2010 through 2021"],
      text: expect.stringMatching(/^Provided further, That section 26\(d\) of the Richard B\. Russell National School Lunch Act/),
    });
  });

  it("instructions quoted inside an instruction belong to the quoted text; a target outside the Code is no target", () => {
    // Public Law 114-254 inserts whole sections into another Act; the instructions inside them are not its own.
    expect(amendments(read("law__114publ254-uslm.xml")).map((e) => e.targetIdentifier)).not.toContain("/us/usc/t42/s1769g/d");
    const wrda = amendments(read("law__113publ121-uslm.xml"));
    // "Section 1117 of the Water Resources Development Act of 1986 (100 Stat. 4236) is amended to read as follows: …"
    expect(wrda.some((e) => e.text.startsWith("Section 1117 of the Water Resources Development Act of 1986"))).toBe(false);
    expect(wrda.find((e) => e.targetIdentifier === "/us/usc/t33/s2348")).toMatchObject({ action: "strike-and-insert", actions: ["substitute"] });
  });

  it("reads repeals, redesignations and instructions in parts, written without markup", () => {
    const doc = parseUslm(`<pLaw xmlns="http://schemas.gpo.gov/xml/uslm"><meta><citableAs>Public Law 999–1</citableAs></meta><main>
      <section><num value="1">SEC. 1. </num><content>Section 5 of title 10, United States Code, is repealed.</content></section>
      <section><num value="2">SEC. 2. </num><chapeau>Section 7(b) of the Example Act (12 U.S.C. 34(b)) is amended—</chapeau>
        <paragraph><num value="1">(1) </num><content>by redesignating paragraphs (2) and (3) as paragraphs (3) and (4); and</content></paragraph>
        <paragraph><num value="2">(2) </num><content>by inserting after paragraph (1) the following:</content><quotedContent>“(2) New text.”.</quotedContent></paragraph>
      </section>
      <section><num value="3">SEC. 3. </num><content>Section 9 of the Other Act is amended by striking “old”.</content></section>
    </main></pLaw>`);
    expect(amendments(doc).map((e) => [e.target?.cite, e.action, e.actions, e.quoted])).toEqual([
      ["10 U.S.C. § 5", "repeal", ["repeal"], []],
      ["12 U.S.C. § 34(b)", "insert", ["redesignate", "insert"], ["(2) New text."]],
    ]);
  });

  it("a chapter as target", () => {
    const edits = amendments(read("law__114publ190-uslm.xml"));
    expect(edits.find((e) => e.targetIdentifier === "/us/usc/t49/ch463")?.target?.cite).toBe("49 U.S.C. ch. 463");
  });
});

describeCorpus("every instruction with a U.S. Code place in the corpus laws and bills becomes an edit", () => {
  // The instructions are found here independently of amendments(): in the raw XML with quoted matter removed, every
  // "(N U.S.C. S…) is amended|repealed" and "section S… of title N, United States Code, … is amended|repealed".
  const files = corpusFiles("uslm", [".xml"]).filter((f) => !/\.xsd$/i.test(f) && !basename(f).startsWith("usc__"));
  it("each one has an edit with its title and section", () => {
    let total = 0;
    const missing: string[] = [];
    for (const file of files) {
      const xml = readFileSync(file, "utf8");
      const have = new Set(amendments(parseUslm(xml)).map((e) => (e.target?.type === "usc" ? `${String(e.target.title)} ${e.target.section ?? ""}` : "")));
      let plain = xml;
      for (let prev = ""; prev !== plain; ) {
        prev = plain;
        plain = plain.replace(/<quotedContent\b(?:(?!<quotedContent\b)[\s\S])*?<\/quotedContent>/g, " ");
      }
      plain = plain.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
      const expected = [
        ...[...plain.matchAll(/\((\d+) U\.S\.C\. (\d+[\w–-]*)[^)]*(?:\([^)]*\)[^)]*)*\)[^.;:“]{0,40}? (?:is|are) (?:hereby )?(?:amended|repealed)\b/g)].map((m) => `${m[1] ?? ""} ${m[2] ?? ""}`),
        ...[...plain.matchAll(/\b[Ss]ection (\d+[\w–-]*)(?:\([^)]*\))* of title (\d+), United States Code,[^.;:“]{0,40}? (?:is|are) (?:hereby )?(?:amended|repealed)\b/g)].map((m) => `${m[2] ?? ""} ${m[1] ?? ""}`),
      ].map((k) => k.replace(/–/g, "-"));
      total += expected.length;
      for (const k of expected) if (!have.has(k)) missing.push(`${basename(file)}: ${k}`);
    }
    expect(missing).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(500);
  });
});

describeCorpus("USLM 2.x documents and the deep levels", () => {
  it("a reported bill and an engrossed amendment: kind, title, congress, session, number, stage, citable forms", () => {
    expect(read("bill-version__BILLS-116hr3rh.xml")).toMatchObject({
      kind: "bill",
      generation: 2,
      congress: 116,
      session: 1,
      docNumber: "3",
      stage: "Reported in House",
      citableAs: ["116 HR 3 RH", "116hr3rh", "116 H. R. 3 RH"],
      longTitle: expect.stringMatching(/^To establish a fair price negotiation program/),
    });
    const hr3 = listSections(read("bill-version__BILLS-116hr3rh.xml"));
    expect(hr3[1]).toEqual({ identifier: "/us/bill/116/hr/3/tI/s101", num: "101", heading: "PROVIDING FOR LOWER PRICES FOR CERTAIN HIGH-PRICED SINGLE SOURCE DRUGS.", status: null });
    expect(read("bill-version__BILLS-116hr1865eah.xml")).toMatchObject({ kind: "engrossedAmendment", title: "AMENDMENTS to 116 HR 1865", docNumber: "1865", stage: "Engrossed Amendment House" });
  });

  it("a subclause five levels below its section", () => {
    const t4 = read("usc__usc04-2013.xml");
    expect(getProvision(t4, "4 U.S.C. § 114(b)(1)(I)(i)(II)")).toMatchObject({ level: "subclause", identifier: "/us/usc/t4/s114/b/1/I/i/II", content: "a period of not less than 10 years, or" });
  });

  it("repealed sections keep their status and the runs of sections they stand for", () => {
    expect(listSections(read("usc__usc27-2013.xml"))[0]).toEqual({ identifier: "/us/usc/t27/s1 to 5", num: "1 to 5", heading: "Repealed. Aug. 27, 1935, ch. 740, title I, § 1, 49 Stat. 872", status: "repealed" });
  });

  it("footnotes are notes of their provision; their markers are not part of the text", () => {
    const t3 = read("usc__usc03-2013.xml");
    const p = getProvision(t3, "3 U.S.C. § 105(a)(1)");
    expect(p.content).toMatch(/^Subject to the provisons of paragraph \(2\) of this subsection, the President/);
    expect(p.notes).toContainEqual({ topic: "footnote", heading: null, text: "So in original. Probably should be “provisions”.", refs: [] });
    expect(getProvision(read("usc__usc04-2013.xml"), "4 U.S.C. § 104").heading).toBe("Tax on motor fuel sold on military or other reservation reports to State taxing authority");
    const comps = read("comps__COMPS-1565.xml");
    expect(comps.longTitle).toBe("To authorize the Secretary of the Interior to make disposition of geothermal steam and associated geothermal resources, and for other purposes.");
    const s2 = getProvision(comps, "/us/sComp/91/581/s2");
    expect(s2.heading).toBe("DEFINITIONS.");
    expect(s2.notes[0]).toMatchObject({ topic: "footnote", text: expect.stringMatching(/^The amendment made by section 236\(5\) of Public Law 109–58/) });
  });

  it("streamSections reads a Node stream and a web ReadableStream alike", async () => {
    const file = join(corpusDir() ?? "", "uslm", "usc__usc03-2013.xml");
    const expected = listSections(read("usc__usc03-2013.xml")).map((s) => s.identifier);
    const fromNode: (string | null)[] = [];
    for await (const s of streamSections(createReadStream(file, { highWaterMark: 1000 }))) fromNode.push(s.identifier);
    expect(fromNode).toEqual(expected);
    const fromWeb: (string | null)[] = [];
    for await (const s of streamSections(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>)) fromWeb.push(s.identifier);
    expect(fromWeb).toEqual(expected);
  });
});

describe("identifiers ↔ citations", () => {
  it.each([
    ["/us/usc/t47/s230/e/5", "47 U.S.C. § 230(e)(5)"],
    ["/us/pl/115/164", "Pub. L. No. 115-164, 132 Stat. 1253 (2018)"],
    ["/us/stat/132/1253", "132 Stat. 1253"],
    ["/us/bill/115/hr/1865", "H.R. 1865, 115th Cong."],
  ])("%s ↔ %s", (identifier, cite) => {
    const c = identifierToCitation(identifier);
    expect(c?.cite).toBe(cite);
    expect(citationToIdentifier(c as NonNullable<typeof c>)).toBe(identifier);
  });
  it("from strings, and what has no identifier", () => {
    expect(citationToIdentifier("47 U.S.C. § 230(e)(5)")).toBe("/us/usc/t47/s230/e/5");
    expect(citationToIdentifier("Pub. L. 115-164")).toBe("/us/pl/115/164");
    expect(identifierToCitation("/us/act/1947-07-30/ch392")).toBeNull();
    expect(() => citationToIdentifier("199 F. Supp. 3d 125")).toThrow(/no identifier for a case/);
  });
});

describe("bad input", () => {
  it.each([
    ["entities", `<!DOCTYPE a [<!ENTITY x "y"><!ENTITY z "&x;&x;&x;">]><uscDoc>&z;</uscDoc>`, "XML_ENTITY"],
    ["absurd nesting", `<uscDoc><main>${"<section>".repeat(5000)}`, "XML_DEPTH"],
    ["garbage", "\u0000\u0001 not xml at all <<<", "XML_SYNTAX"],
    ["garbage after a root", "<uscDoc/>trailing", "XML_SYNTAX"],
  ])("%s ends in a CivicError", async (_name, xml, code) => {
    const { isCivicError } = await import("@civickit/core/errors");
    try {
      parseUslm(xml, { file: "bad.xml" });
      expect.unreachable();
    } catch (error) {
      expect(isCivicError(error) && error.code).toBe(code);
    }
  });

  it("a root USLM does not have, broken XML", () => {
    expect(() => parseUslm("<billStatus/>")).toThrow(/expected a USLM document/);
    expect(() => parseUslm("<uscDoc><main><section>")).toThrow(/ends inside/);
    expect(() => parseUslm(`<!DOCTYPE a [<!ENTITY x "y">]><uscDoc>&x;</uscDoc>`)).toThrow();
  });
});

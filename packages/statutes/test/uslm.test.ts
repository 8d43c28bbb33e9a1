import { readFileSync } from "node:fs";
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

import { describe, expect, it } from "vitest";
import { isCivicError } from "@civickit/core/errors";
import { annotate, CitationError, citationUrl, linkCitation, parseCitation, safeParseCitation } from "../src/index.js";

describe("parseCitation", () => {
  it("reads one citation with what is read into its fields", () => {
    expect(parseCitation("47 U.S.C. § 230(c)(1)")).toMatchObject({ type: "usc", title: 47, section: "230", subsections: ["c", "1"] });
    expect(parseCitation(" (199 F. Supp. 3d 125, 130 (D.D.C. 2016)). ")).toMatchObject({ type: "case", pinCite: "130", court: "D.D.C.", year: 2016 });
    expect(parseCitation("the Clean Air Act")).toMatchObject({ type: "act", name: "Clean Air Act" });
  });

  it("throws a CitationError (a CivicError) for no citation or more than one", () => {
    expect(() => parseCitation("hello world")).toThrow(CitationError);
    try {
      parseCitation("47 U.S.C. 230 and 40 CFR 60.1");
    } catch (error) {
      expect(isCivicError(error) && error.code).toBe("NOT_A_CITATION");
      expect(isCivicError(error) && error.where?.span).toEqual([18, 29]);
    }
    expect(() => parseCitation("see 47 U.S.C. 230")).toThrow(/not one citation/);
    expect(() => parseCitation(42 as unknown as string)).toThrow(/takes a string/);
  });

  it("safeParseCitation does not throw", () => {
    expect(safeParseCitation("47 USC 230").success).toBe(true);
    const bad = safeParseCitation("nothing here");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("NOT_A_CITATION");
  });
});

describe("annotate", () => {
  it("replaces each citation with what render returns", () => {
    expect(annotate("See 47 U.S.C. 230 and 40 CFR 60.1.", (c) => `[${c.id}]`)).toBe("See [usc/47/230] and [cfr/40/60.1].");
  });

  it("renders a range once", () => {
    expect(annotate("18 U.S.C. §§ 1591–1595 apply", (c) => `<${c.cite}>`)).toBe("<18 U.S.C. §§ 1591–1595> apply");
  });

  it("in HTML mode leaves tags, attributes and links alone", () => {
    const html = `<p title="47 U.S.C. 230">See 47 U.S.C. 230 and <a href="x">42 U.S.C. 1983</a>.</p><script>var s = "5 U.S.C. 552";</script>`;
    const out = annotate(html, (c) => `[${c.match}]`, { html: true });
    expect(out).toBe(`<p title="47 U.S.C. 230">See [47 U.S.C. 230] and <a href="x">42 U.S.C. 1983</a>.</p><script>var s = "5 U.S.C. 552";</script>`);
  });

  it("ready-made renderers link to official sources and escape what they print", () => {
    const html = annotate("See 47 U.S.C. 230 & more.", linkCitation("html"));
    expect(html).toBe(
      `See <a class="citation" data-type="usc" data-id="usc/47/230" title="47 U.S.C. § 230" href="https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&amp;num=0&amp;edition=prelim">47 U.S.C. 230</a> & more.`,
    );
    const md = annotate("Passed 96-0 under Pub. L. 115-164.", linkCitation("markdown"));
    expect(md).toBe(`Passed 96-0 under [Pub. L. 115-164](${citationUrl(parseCitation("Pub. L. 115-164")) ?? ""} "Pub. L. No. 115-164, 132 Stat. 1253 (2018)").`);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { civic } from "./helpers.js";

const SAMPLE = "Section 230 of the Communications Decency Act (47 U.S.C. 230) was amended by Pub. L. 115-164; the Senate passed it 97-2 & more.";

describe("civic cite", () => {
  it("prints each citation with its Bluebook form and link (text)", async () => {
    const r = await civic(["cite", "-"], SAMPLE);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/usc\s+47 U\.S\.C\. 230 {2}→ {2}47 U\.S\.C\. § 230 {2}https:\/\/uscode\.house\.gov\//);
    expect(r.err).toBe("4 citations\n");
  });

  it("json and html", async () => {
    const json = await civic(["cite", "--format", "json"], SAMPLE);
    expect((JSON.parse(json.out) as { type: string }[]).map((c) => c.type)).toEqual(["act", "usc", "publicLaw", "voteTally"]);
    const html = await civic(["cite", "--format", "html"], SAMPLE);
    expect(html.out).toContain(`<a class="citation" data-type="publicLaw"`);
    expect(html.out.startsWith(`<ul class="citations">`)).toBe(true);
  });

  it("reads a file; a missing file or no input is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "civic-cite-"));
    const file = join(dir, "release.txt");
    writeFileSync(file, SAMPLE);
    expect((await civic(["cite", file])).code).toBe(0);
    expect((await civic(["cite", join(dir, "nope.txt")])).code).toBe(2);
    expect((await civic(["cite"], null)).code).toBe(2);
    expect((await civic(["cite", "--format", "xml", file])).code).toBe(2);
  });
});

describe("civic annotate", () => {
  it("html: escapes the text and links each citation", async () => {
    const r = await civic(["annotate", "-"], SAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`<a class="citation" data-type="usc" data-id="usc/47/230" title="47 U.S.C. § 230" href="https://uscode.house.gov/`);
    expect(r.out).toContain("97-2</span> &amp; more.");
  });

  it("html files keep their tags; markdown links", async () => {
    const dir = mkdtempSync(join(tmpdir(), "civic-annotate-"));
    const file = join(dir, "page.html");
    writeFileSync(file, `<p class="x">See <b>47 U.S.C. 230</b>.</p>`);
    expect((await civic(["annotate", file])).out).toBe(`<p class="x">See <b><a class="citation" data-type="usc" data-id="usc/47/230" title="47 U.S.C. § 230" href="https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&amp;num=0&amp;edition=prelim">47 U.S.C. 230</a></b>.</p>`);
    const md = await civic(["annotate", "--format", "markdown", "-"], "See 40 CFR 60.1.");
    expect(md.out).toBe(`See [40 CFR 60.1](https://www.ecfr.gov/current/title-40/section-60.1 "40 C.F.R. § 60.1").`);
  });
});

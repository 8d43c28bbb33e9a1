import { describe, expect, it } from "vitest";
import { CivicError } from "@civickit/core/errors";
import { citationUrl, extractCitations, formatCitation, parseCitation, type Citation } from "../src/index.js";

const one = (text: string): Citation => parseCitation(text);

describe("formatCitation", () => {
  it.each([
    ["47 USC 230(c)(1)", "47 U.S.C. § 230(c)(1)", "§ 230(c)(1)", "usc/47/230/c/1"],
    ["40 CFR 60.1", "40 C.F.R. § 60.1", "§ 60.1", "cfr/40/60.1"],
    ["P.L. 115-164", "Pub. L. No. 115-164, 132 Stat. 1253 (2018)", "Pub. L. 115-164", "public-law/115/164"],
    ["83 FR 12345", "83 Fed. Reg. 12,345", "83 Fed. Reg. 12,345", "fr/83/12345"],
    ["164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "cong-rec/164/S1849"],
    ["U.S. CONST. amend. XIV, § 1", "U.S. Const. amend. XIV, § 1", "U.S. Const. amend. XIV, § 1", "usconst/amendment-14/section-1"],
    ["199 F. Supp. 3d 125 (D.D.C. 2016)", "199 F. Supp. 3d 125 (D.D.C. 2016)", "199 F. Supp. 3d at 125", "case/199/F.Supp.3d/125"],
    ["H.R. 1865, 115th Cong. (2018)", "H.R. 1865, 115th Cong. (2018)", "H.R. 1865", "bill/115/hr/1865"],
    ["132 Stat. 1253", "132 Stat. 1253", "132 Stat. 1253", "stat/132/1253"],
    ["Exec. Order No. 13,692", "Exec. Order No. 13,692", "Exec. Order No. 13,692", "eo/13692"],
    ["H.R. Rep. No. 115-572, pt. 1", "H.R. Rep. No. 115-572, pt. 1", "H.R. Rep. No. 115-572, pt. 1", "report/house/115/572/part-1"],
  ])("%s", (text, bluebook, short, id) => {
    const c = one(text);
    expect(formatCitation(c, "bluebook")).toBe(bluebook);
    expect(c.cite).toBe(bluebook);
    expect(formatCitation(c, "short")).toBe(short);
    expect(formatCitation(c, "id")).toBe(id);
    expect(c.id).toBe(id);
  });

  it("a range in one form", () => {
    const [start] = extractCitations("18 U.S.C. §§ 1591–1595");
    expect(start?.cite).toBe("18 U.S.C. §§ 1591–1595");
  });

  it("every spelling of a citation has the same id and Bluebook form", () => {
    const spellings = ["47 U.S.C. § 230(c)(1)", "47 USC 230(c)(1)", "47 U.S.C.A. § 230(c)(1)", "section 230(c)(1) of title 47, United States Code", "title 47, United States Code, section 230(c)(1)"];
    const cs = spellings.map((s) => extractCitations(s)[0]);
    expect(new Set(cs.map((c) => c?.id))).toEqual(new Set(["usc/47/230/c/1"]));
    expect(new Set(cs.map((c) => c?.cite))).toEqual(new Set(["47 U.S.C. § 230(c)(1)"]));
  });

  it("rejects an unknown style", () => {
    expect(() => formatCitation(one("47 USC 230"), "apa" as never)).toThrow(CivicError);
  });
});

describe("citationUrl", () => {
  it.each([
    ["47 U.S.C. § 230", "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&num=0&edition=prelim"],
    ["40 C.F.R. § 60.1", "https://www.ecfr.gov/current/title-40/section-60.1"],
    ["40 CFR part 60", "https://www.ecfr.gov/current/title-40/part-60"],
    ["Pub. L. 115-164", "https://www.govinfo.gov/link/plaw/115/public/164?link-type=html#publ"],
    ["132 Stat. 1253", "https://www.govinfo.gov/link/statute/132/1253"],
    ["83 FR 12345", "https://www.federalregister.gov/citation/83-FR-12345"],
    ["164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "https://www.govinfo.gov/app/details/CREC-2018-03-21"],
    ["U.S. Const. art. I, § 8, cl. 3", "https://constitution.congress.gov/browse/article-1/section-8/clause-3/"],
    ["199 F. Supp. 3d 125", "https://www.courtlistener.com/c/F.%20Supp.%203d/199/125/"],
    ["S. 1693 (115th Congress)", "https://www.congress.gov/bill/115th-congress/senate-bill/1693"],
    ["Executive Order 13692", "https://www.federalregister.gov/executive-order/13692"],
    ["S. Rept. 115-199", "https://www.congress.gov/congressional-report/115th-congress/senate-report/199"],
  ])("%s", (text, url) => {
    expect(citationUrl(one(text))).toBe(url);
  });

  it("other sources on request, and never the retired FDsys", () => {
    const c = one("47 U.S.C. § 230(c)(1)");
    expect(citationUrl(c, "govinfo")).toBe("https://www.govinfo.gov/link/uscode/47/230?type=usc&year=mostrecent&link-type=html");
    expect(citationUrl(c, "lii")).toBe("https://www.law.cornell.edu/uscode/text/47/230#c_1");
    const all = extractCitations("47 U.S.C. 230; 40 CFR 60.1; Pub. L. 115-164; 132 Stat. 1253; 83 FR 1; H.R. 1, 115th Cong.; the Clean Air Act");
    for (const x of all) for (const s of [undefined, "govinfo", "lii"] as const) expect(citationUrl(x, s) ?? "").not.toMatch(/fdsys|gpo\.gov\/fdsys/);
  });

  it("an act links to where the index places it; a tally links nowhere", () => {
    expect(citationUrl(one("the Communications Decency Act"))).toMatch(/^https:\/\/uscode\.house\.gov\/.*title47-section609/);
    expect(citationUrl(extractCitations("passed 96-0 on a vote")[0] as Citation)).toBeNull();
  });
});

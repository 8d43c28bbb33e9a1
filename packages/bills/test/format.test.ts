import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { billUrl, formatBill, parseBillStatusXml, summaryToMarkdown, summaryToText } from "../src/index.js";

describeCorpus("formatBill and billUrl on H.R. 1865 (115th)", () => {
  const bill = parseBillStatusXml(readFileSync(join(corpusDir() ?? "", "billstatus", "uscongress-cache__BILLSTATUS-115hr1865.xml"), "utf8"));

  it("the status is part of the model", () => {
    expect(bill.status).toEqual({ code: "ENACTED:SIGNED", date: "2018-04-11" });
  });

  it("display, citation and summary", () => {
    expect(formatBill(bill, "display")).toBe("H.R. 1865 (115th Congress): Allow States and Victims to Fight Online Sex Trafficking Act of 2017");
    expect(formatBill(bill, "citation")).toBe("H.R. 1865, 115th Cong. (2018)");
    const summary = formatBill(bill, "summary");
    expect(summary).toMatch(/^H\.R\. 1865 \(115th Congress\), the Allow States and Victims to Fight Online Sex Trafficking Act of 2017, was introduced in the House on April 3, 2017 by Rep\. Ann Wagner \(R-MO-2\) with \d+ cosponsors\./);
    expect(summary).toContain("Passed the House 388–25 (roll 91) on February 27, 2018.");
    expect(summary).toContain("Passed the Senate 97–2 (vote 60) on March 21, 2018.");
    expect(summary).toContain("Became Public Law 115-164 on April 11, 2018.");
  });

  it("links", () => {
    expect(billUrl(bill)).toBe("https://www.congress.gov/bill/115th-congress/house-bill/1865");
    expect(billUrl(bill, "all-actions")).toBe("https://www.congress.gov/bill/115th-congress/house-bill/1865/all-actions");
    expect(billUrl(bill, "govinfo")).toBe("https://www.govinfo.gov/bulkdata/BILLSTATUS/115/hr/BILLSTATUS-115hr1865.xml");
  });
});

describe("summaries as text and Markdown", () => {
  const html = `<p><b>Short Title Act</b></p> <p>This bill does <i>things</i>; see <a href="https://example.gov/x">the report</a>.</p><ul><li>one</li><li>two &amp; three</li></ul>`;
  it("text", () => {
    expect(summaryToText(html)).toBe("Short Title Act\n\nThis bill does things; see the report.\n\n- one\n- two & three");
  });
  it("markdown", () => {
    expect(summaryToMarkdown(html)).toBe("**Short Title Act**\n\nThis bill does _things_; see [the report](https://example.gov/x).\n\n- one\n- two & three");
  });
});

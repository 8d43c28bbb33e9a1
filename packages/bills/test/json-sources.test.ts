import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { BillSchema, billStatus, parseCongressGovBill, parseUnitedStatesBill } from "../src/index.js";

const api = (name: string) => readFileSync(join(corpusDir() ?? "", "congress-api", name), "utf8");

describeCorpus("Congress.gov API v3: H.R. 21 (117th) and its sub-endpoints, merged", () => {
  it("reads the bill and every response given", () => {
    const bill = parseCongressGovBill([
      api("bill_117_hr_21.json"),
      api("bill_117_hr_21_actions.json"),
      api("bill_117_hr_21_committees.json"),
      api("bill_117_hr_21_relatedbills.json"),
      api("bill_117_hr_21_summaries.json"),
      api("bill_117_hr_21_text.json"),
      api("bill_117_hr_21_titles.json"),
      api("bill_117_hr_21_amendments.json"),
    ]);
    expect(BillSchema.safeParse(bill).error).toBeUndefined();
    expect(bill).toMatchObject({ id: "hr21-117", title: "FedRAMP Authorization Act", introducedDate: "2021-01-04", originChamber: "house", policyArea: "Government Operations and Politics" });
    expect(bill.sponsors[0]).toMatchObject({ bioguideId: "C001078", party: "D", state: "VA", district: 11, isByRequest: false });
    expect(bill.actions).toHaveLength(10);
    expect(bill.committees.map((c) => c.systemCode).sort()).toEqual(["hsgo00", "ssga00"]);
    expect(bill.relatedBills).toEqual([expect.objectContaining({ id: "s3099-117", title: "Federal Secure Cloud Improvement and Jobs Act of 2021" })]);
    expect(bill.titles).toHaveLength(8);
    expect(bill.summaries[0]?.text).toMatch(/^Federal Risk and Authorization Management Program Authorization Act of 2021/);
    expect(bill.textVersions[0]?.urls).toContain("https://www.congress.gov/117/bills/hr21/BILLS-117hr21rfs.xml");
    expect(billStatus(bill).status).toBe("PASS_OVER:HOUSE");
  });

  it("the bill alone gives empty lists for what was not fetched", () => {
    const bill = parseCongressGovBill(api("bill_117_hr_21.json"));
    expect(bill.actions).toEqual([]);
    expect(bill.latestAction?.date).toBe("2021-01-06");
  });

  it("without a bill response it is an error", () => {
    expect(() => parseCongressGovBill([api("bill_117_hr_21_actions.json")])).toThrow(/none of the responses holds a bill/);
  });
});

describeCorpus("unitedstates/congress data.json", () => {
  it("S.Res. 1 (115th)", () => {
    const bill = parseUnitedStatesBill(readFileSync(join(corpusDir() ?? "", "unitedstates-json", "bill__sres1-115.json"), "utf8"));
    expect(BillSchema.safeParse(bill).error).toBeUndefined();
    expect(bill).toMatchObject({ id: "sres1-115", introducedDate: "2017-01-03", policyArea: "Congress" });
    expect(bill.sponsors[0]).toMatchObject({ bioguideId: "M000355", state: "KY" });
    expect(bill.relatedBills[0]?.id).toBe("hres3-115");
    // The file's own status, and ours from its actions, agree.
    expect(billStatus(bill).status).toBe("PASSED:SIMPLERES");
  });
});

describe("bad JSON", () => {
  it("is a CivicError", () => {
    expect(() => parseUnitedStatesBill({ nope: 1 })).toThrow(/no bill_id/);
    expect(() => parseUnitedStatesBill({ bill_id: "xx1-115" })).toThrow(/not a bill id/);
    expect(() => parseCongressGovBill({ bill: { congress: 117, type: "HR" } })).toThrow(/no number/);
  });
});

describeCorpus("the same bill from two sources agrees", () => {
  it("S.Res. 1 (115th): BILLSTATUS and unitedstates/congress", async () => {
    const { parseBillStatusXml } = await import("../src/index.js");
    const a = parseBillStatusXml(readFileSync(join(corpusDir() ?? "", "billstatus", "uscongress-cache__BILLSTATUS-115sres1.xml"), "utf8"));
    const b = parseUnitedStatesBill(readFileSync(join(corpusDir() ?? "", "unitedstates-json", "bill__sres1-115.json"), "utf8"));
    expect(b.id).toBe(a.id);
    expect(b.introducedDate).toBe(a.introducedDate);
    expect(b.sponsors[0]?.bioguideId).toBe(a.sponsors[0]?.bioguideId);
    expect(b.relatedBills.map((r) => r.id)).toEqual(a.relatedBills.map((r) => r.id));
    expect(billStatus(b).status).toBe(billStatus(a).status);
    expect(new Set(b.actions.map((x) => x.date))).toEqual(new Set(a.actions.map((x) => x.date)));
  });
});

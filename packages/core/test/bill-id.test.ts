import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { BILL_TYPES, CivicError, IdentifierError, formatBillId, parseBillId, safeParseBillId, type BillId } from "../src/index.js";

describe("parseBillId", () => {
  // Every spelling the issue lists, and the forms the sources themselves use.
  const cases: [string, BillId][] = [
    ["H.R. 1865", { type: "hr", number: 1865 }],
    ["H. R. 1865", { type: "hr", number: 1865 }],
    ["HR1865", { type: "hr", number: 1865 }],
    ["hr 1865", { type: "hr", number: 1865 }],
    ["H R 1865", { type: "hr", number: 1865 }], // House Clerk vote XML legis-num
    ["hr1865-115", { congress: 115, type: "hr", number: 1865 }],
    ["H.R.1865 (115th)", { congress: 115, type: "hr", number: 1865 }],
    ["H.R. 1865, 115th Cong.", { congress: 115, type: "hr", number: 1865 }],
    ["H.R. 1865, 115th Cong. (2018)", { congress: 115, type: "hr", number: 1865 }],
    ["H.R. 1865 of the 115th Congress", { congress: 115, type: "hr", number: 1865 }],
    ["H.R. 1865, 115th Cong., 2d Sess.", { congress: 115, type: "hr", number: 1865 }],
    ["House Resolution 755", { type: "hres", number: 755 }],
    ["Senate Bill 1693", { type: "s", number: 1693 }],
    ["S. 1693", { type: "s", number: 1693 }],
    ["S.Res. 377", { type: "sres", number: 377 }],
    ["S. Res. 377", { type: "sres", number: 377 }],
    ["SRES 377", { type: "sres", number: 377 }],
    ["sres377", { type: "sres", number: 377 }],
    ["H.Res. 755", { type: "hres", number: 755 }],
    ["H. Res. 755", { type: "hres", number: 755 }],
    ["H.J.Res. 31", { type: "hjres", number: 31 }],
    ["H. J. Res. 31", { type: "hjres", number: 31 }],
    ["HJRES31", { type: "hjres", number: 31 }],
    ["S.J.Res. 14", { type: "sjres", number: 14 }],
    ["S. J. Res. 14", { type: "sjres", number: 14 }],
    ["H.Con.Res. 18", { type: "hconres", number: 18 }],
    ["H. Con. Res. 18", { type: "hconres", number: 18 }],
    ["S.Con.Res. 3", { type: "sconres", number: 3 }],
    ["S. Con. Res. 3", { type: "sconres", number: 3 }],
    ["SCONRES 3", { type: "sconres", number: 3 }],
    ["House Joint Resolution 31", { type: "hjres", number: 31 }],
    ["Senate Concurrent Resolution 3", { type: "sconres", number: 3 }],
    // Bluebook forms
    ["H.R. Res. 755, 115th Cong.", { congress: 115, type: "hres", number: 755 }],
    ["H.R.J. Res. 5, 102d Cong. (1991)", { congress: 102, type: "hjres", number: 5 }],
    ["H.R. Con. Res. 18", { type: "hconres", number: 18 }],
    // URLs, any tab
    ["https://www.congress.gov/bill/115th-congress/house-bill/1865", { congress: 115, type: "hr", number: 1865 }],
    ["https://www.congress.gov/bill/115th-congress/house-bill/1865/text?format=txt", { congress: 115, type: "hr", number: 1865 }],
    ["https://www.congress.gov/bill/115th-congress/senate-bill/1693/all-actions", { congress: 115, type: "s", number: 1693 }],
    ["congress.gov/bill/117th-congress/senate-joint-resolution/14/cosponsors", { congress: 117, type: "sjres", number: 14 }],
    ["https://www.congress.gov/bill/101st-congress/house-concurrent-resolution/2#actions", { congress: 101, type: "hconres", number: 2 }],
    ["https://www.congress.gov/bill/102nd-congress/senate-resolution/377", { congress: 102, type: "sres", number: 377 }],
    // GovInfo package ids, BILLSTATUS file names, USLM paths
    ["BILLS-115hr1865enr", { congress: 115, type: "hr", number: 1865 }],
    ["BILLS-116sjres65cps", { congress: 116, type: "sjres", number: 65 }],
    ["https://www.govinfo.gov/content/pkg/BILLS-115hr1865enr/pdf/BILLS-115hr1865enr.pdf", { congress: 115, type: "hr", number: 1865 }],
    ["BILLSTATUS-115hr1865.xml", { congress: 115, type: "hr", number: 1865 }],
    ["data/legacy__BILLSTATUS-114hconres70.xml", { congress: 114, type: "hconres", number: 70 }],
    ["/us/bill/115/hr/1865", { congress: 115, type: "hr", number: 1865 }],
    ["/us/bill/114/s/32/s2", { congress: 114, type: "s", number: 32 }],
    // Dashes and spaces from word processors
    ["hr1865\u2013115", { congress: 115, type: "hr", number: 1865 }],
    ["H.R.\u00a01865", { type: "hr", number: 1865 }],
  ];
  it.each(cases)("reads %j", (text, expected) => {
    expect(parseBillId(text)).toEqual(expected);
  });

  it("uses the congress option only when the text has none", () => {
    expect(parseBillId("S. 1693", { congress: 115 })).toEqual({ congress: 115, type: "s", number: 1693 });
    expect(parseBillId("S. 1693, 114th Cong.", { congress: 115 })).toEqual({ congress: 114, type: "s", number: 1693 });
  });

  const bad = ["", "   ", "1865", "H.X. 12", "H.R.", "H.R. 0", "S. 000", "HR -5", "H.R. Rep. No. 115-572", "Pub. L. 115-164", "H.R. 1865 and more", "x".repeat(10_000)];
  it.each(bad)("rejects %j with an IdentifierError carrying the input", (text) => {
    let error: unknown;
    try {
      parseBillId(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IdentifierError);
    expect(error).toBeInstanceOf(CivicError);
    expect((error as IdentifierError).code).toBe("INVALID_ID");
    expect(typeof (error as IdentifierError).input).toBe("string");
  });

  it("rejects non-strings", () => {
    expect(() => parseBillId(42 as unknown as string)).toThrow(IdentifierError);
  });

  it("safeParseBillId reports instead of throwing", () => {
    const bad = safeParseBillId("H.X. 12");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.message).toContain("unknown bill type");
    expect(safeParseBillId("H.R. 1")).toEqual({ success: true, data: { type: "hr", number: 1 } });
  });
});

describe("formatBillId", () => {
  const fosta: BillId = { congress: 115, type: "hr", number: 1865 };
  it("writes each style", () => {
    expect(formatBillId(fosta, "display")).toBe("H.R. 1865");
    expect(formatBillId(fosta, "id")).toBe("hr1865-115");
    expect(formatBillId(fosta, "citation")).toBe("H.R. 1865, 115th Cong.");
    expect(formatBillId(fosta, "citation", { year: 2018 })).toBe("H.R. 1865, 115th Cong. (2018)");
    expect(formatBillId(fosta, "url")).toBe("https://www.congress.gov/bill/115th-congress/house-bill/1865");
    expect(formatBillId(fosta, "url", { tab: "text" })).toBe("https://www.congress.gov/bill/115th-congress/house-bill/1865/text");
    expect(formatBillId(fosta, "uslm")).toBe("/us/bill/115/hr/1865");
  });

  it("writes every type's display and Bluebook forms", () => {
    const display = BILL_TYPES.map((type) => formatBillId({ type, number: 3 }, "display"));
    expect(display).toEqual(["H.R. 3", "S. 3", "H.J.Res. 3", "S.J.Res. 3", "H.Con.Res. 3", "S.Con.Res. 3", "H.Res. 3", "S.Res. 3"]);
    expect(formatBillId({ congress: 102, type: "sres", number: 377 }, "citation", { year: 1992 })).toBe("S. Res. 377, 102d Cong. (1992)");
    expect(formatBillId({ congress: 113, type: "hjres", number: 59 }, "citation")).toBe("H.R.J. Res. 59, 113th Cong.");
  });

  it("refuses url and uslm styles without a Congress", () => {
    expect(() => formatBillId({ type: "s", number: 1 }, "url")).toThrow(IdentifierError);
    expect(() => formatBillId({ type: "s", number: 1 }, "uslm")).toThrow(/needs its Congress/);
    expect(formatBillId({ type: "s", number: 1 }, "id")).toBe("s1");
  });
});

describe("round trip", () => {
  const billId = fc.record(
    { congress: fc.integer({ min: 1, max: 200 }), type: fc.constantFrom(...BILL_TYPES), number: fc.integer({ min: 1, max: 99_999 }) },
    { requiredKeys: ["type", "number"] },
  );
  it("parse(format(x)) = x for display, id and citation", () => {
    fc.assert(
      fc.property(billId, fc.constantFrom<"display" | "id" | "citation">("display", "id", "citation"), fc.option(fc.integer({ min: 1789, max: 2100 }), { nil: undefined }), (id, style, year) => {
        const text = formatBillId(id, style, year === undefined ? {} : { year });
        const back = parseBillId(text);
        // display drops the Congress by design
        expect(back).toEqual(style === "display" ? { type: id.type, number: id.number } : id);
      }),
    );
  });
  it("parse(format(x)) = x for url and uslm", () => {
    fc.assert(
      fc.property(billId.filter((id) => id.congress !== undefined), fc.constantFrom<"url" | "uslm">("url", "uslm"), (id, style) => {
        expect(parseBillId(formatBillId(id, style))).toEqual(id);
      }),
    );
  });
  it("display round-trips with the Congress supplied", () => {
    fc.assert(
      fc.property(billId.filter((id) => id.congress !== undefined), (id) => {
        expect(parseBillId(formatBillId(id, "display"), { congress: id.congress! })).toEqual(id);
      }),
    );
  });
});

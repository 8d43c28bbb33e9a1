import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { IdentifierError, formatLawId, parseLawId, safeParseLawId, type LawId } from "../src/index.js";

describe("parseLawId", () => {
  const sesta: LawId = { type: "public", congress: 115, number: 164 };
  it.each([
    "Pub. L. No. 115-164",
    "Pub. L. 115-164",
    "Pub.L. 115-164",
    "Public Law 115\u2013164",
    "Public Law 115-164",
    "PUBLIC LAW 115\u2014164",
    "P.L. 115-164",
    "PL 115-164",
    "pl115-164",
    "PLAW-115publ164",
    "https://www.govinfo.gov/app/details/PLAW-115publ164",
    "115publ164",
    "/us/pl/115/164",
    "/us/pl/115/164/s2",
  ])("reads %j as Pub. L. 115-164", (text) => {
    expect(parseLawId(text)).toEqual(sesta);
  });

  it.each([
    ["Private Law 112-1", 112, 1],
    ["Private Law 112\u20131", 112, 1],
    ["Priv. L. No. 112-1", 112, 1],
    ["Pvt. L. 112-1", 112, 1],
    ["pvtl112-1", 112, 1],
    ["law__112pvtl001-uslm.xml", 112, 1],
    ["/us/pvtl/112/1", 112, 1],
  ] as const)("reads %j as a private law", (text, congress, number) => {
    expect(parseLawId(text)).toEqual({ type: "private", congress, number });
  });

  it.each(["", "115-164", "Pub. L. No. 115", "Public Law 0-164", "Pub. L. No. 115-0", "H.R. 1865", "Public Law 115-164 and"])("rejects %j", (text) => {
    expect(() => parseLawId(text)).toThrow(IdentifierError);
    expect(safeParseLawId(text).success).toBe(false);
  });
});

describe("formatLawId", () => {
  const sesta: LawId = { type: "public", congress: 115, number: 164 };
  it("writes each style", () => {
    expect(formatLawId(sesta, "display")).toBe("Public Law 115-164");
    expect(formatLawId(sesta, "id")).toBe("pl115-164");
    expect(formatLawId(sesta, "citation")).toBe("Pub. L. No. 115-164");
    expect(formatLawId(sesta, "citation", { stat: { volume: 132, page: 1253 }, year: 2018 })).toBe("Pub. L. No. 115-164, 132 Stat. 1253 (2018)");
    expect(formatLawId(sesta, "url")).toBe("https://www.govinfo.gov/app/details/PLAW-115publ164");
    expect(formatLawId(sesta, "uslm")).toBe("/us/pl/115/164");
    expect(formatLawId({ type: "private", congress: 112, number: 1 }, "citation")).toBe("Priv. L. No. 112-1");
  });

  it("parse(format(x)) = x for every style", () => {
    fc.assert(
      fc.property(
        fc.record({ type: fc.constantFrom<"public" | "private">("public", "private"), congress: fc.integer({ min: 1, max: 200 }), number: fc.integer({ min: 1, max: 9999 }) }),
        fc.constantFrom<"display" | "id" | "citation" | "url" | "uslm">("display", "id", "citation", "url", "uslm"),
        (id, style) => {
          expect(parseLawId(formatLawId(id, style))).toEqual(id);
        },
      ),
    );
  });
});

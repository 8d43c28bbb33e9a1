import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { AMENDMENT_TYPES, IdentifierError, formatAmendmentId, parseAmendmentId, type AmendmentId } from "../src/index.js";

describe("parseAmendmentId", () => {
  it.each([
    ["S.Amdt. 5", { type: "samdt", number: 5 }],
    ["S. Amdt. 5", { type: "samdt", number: 5 }],
    ["SAMDT 5", { type: "samdt", number: 5 }],
    ["SA 190", { type: "samdt", number: 190 }],
    ["H.Amdt. 10", { type: "hamdt", number: 10 }],
    ["H. Amdt. 10", { type: "hamdt", number: 10 }],
    ["House Amendment 10", { type: "hamdt", number: 10 }],
    ["S.Up.Amdt. 3", { type: "suamdt", number: 3 }],
    ["samdt190-115", { congress: 115, type: "samdt", number: 190 }],
    ["S.Amdt. 190, 115th Cong.", { congress: 115, type: "samdt", number: 190 }],
    ["S. Amend. 190, 115th Cong. (2018)", { congress: 115, type: "samdt", number: 190 }],
    ["https://www.congress.gov/amendment/115th-congress/senate-amendment/190", { congress: 115, type: "samdt", number: 190 }],
    ["https://www.congress.gov/amendment/117th-congress/house-amendment/7/text", { congress: 117, type: "hamdt", number: 7 }],
  ] as [string, AmendmentId][])("reads %j", (text, expected) => {
    expect(parseAmendmentId(text)).toEqual(expected);
  });

  it.each(["", "Amdt. 5", "S. 5", "S.Amdt. 0", "H.R. 1865"])("rejects %j", (text) => {
    expect(() => parseAmendmentId(text)).toThrow(IdentifierError);
  });
});

describe("formatAmendmentId", () => {
  it("writes each style", () => {
    const id: AmendmentId = { congress: 115, type: "samdt", number: 190 };
    expect(formatAmendmentId(id, "display")).toBe("S.Amdt. 190");
    expect(formatAmendmentId(id, "id")).toBe("samdt190-115");
    expect(formatAmendmentId(id, "citation", { year: 2018 })).toBe("S. Amend. 190, 115th Cong. (2018)");
    expect(formatAmendmentId(id, "url")).toBe("https://www.congress.gov/amendment/115th-congress/senate-amendment/190");
    expect(formatAmendmentId({ congress: 115, type: "hamdt", number: 10 }, "display")).toBe("H.Amdt. 10");
    expect(() => formatAmendmentId({ congress: 115, type: "suamdt", number: 1 }, "url")).toThrow(IdentifierError);
  });

  it("parse(format(x)) = x", () => {
    const arb = fc.record({ congress: fc.integer({ min: 1, max: 200 }), type: fc.constantFrom(...AMENDMENT_TYPES), number: fc.integer({ min: 1, max: 9999 }) });
    fc.assert(
      fc.property(arb, fc.constantFrom<"id" | "citation" | "url">("id", "citation", "url"), (id, style) => {
        if (style === "url" && id.type === "suamdt") return;
        expect(parseAmendmentId(formatAmendmentId(id, style))).toEqual(id);
      }),
    );
    fc.assert(
      fc.property(arb, (id) => {
        expect(parseAmendmentId(formatAmendmentId(id, "display"), { congress: id.congress })).toEqual(id);
      }),
    );
  });
});

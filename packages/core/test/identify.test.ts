import { describe, expect, it } from "vitest";
import { IdentifierError, formatAllStyles, identify } from "../src/index.js";

describe("identify", () => {
  it.each([
    ["H.R. 1865", "bill"],
    ["hr1865-115", "bill"],
    ["P.L. 115-164", "law"],
    ["Public Law 115-164", "law"],
    ["S.Amdt. 190", "amendment"],
    ["s60-115.2018", "vote"],
    ["https://clerk.house.gov/evs/2018/roll091.xml", "vote"],
  ])("recognises %j as a %s", (text, kind) => {
    expect(identify(text).kind).toBe(kind);
  });

  it("explains what it could not read", () => {
    expect(() => identify("hello")).toThrow(IdentifierError);
    expect(() => identify("hello")).toThrow(/not a bill, law, amendment or roll-call vote/);
  });

  it("formats in every style the id allows", () => {
    expect(formatAllStyles(identify("H.R. 1865, 115th Cong."))).toEqual({
      display: "H.R. 1865",
      id: "hr1865-115",
      citation: "H.R. 1865, 115th Cong.",
      url: "https://www.congress.gov/bill/115th-congress/house-bill/1865",
      uslm: "/us/bill/115/hr/1865",
    });
    // Without a Congress there is no url or uslm form.
    expect(Object.keys(formatAllStyles(identify("S. 1693")))).toEqual(["display", "id", "citation"]);
  });
});

import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { IdentifierError, formatVoteId, parseVoteId, yearOfSession, type VoteId } from "../src/index.js";

const senate60: VoteId = { chamber: "senate", congress: 115, session: 2, year: 2018, number: 60 };
const house91: VoteId = { chamber: "house", congress: 115, session: 2, year: 2018, number: 91 };

describe("parseVoteId", () => {
  it.each([
    ["s60-115.2018", senate60],
    ["h91-115.2018", house91],
    ["vote_115_2_00060.xml", senate60],
    ["https://www.senate.gov/legislative/LIS/roll_call_votes/vote1152/vote_115_2_00060.htm", senate60],
    ["https://clerk.house.gov/evs/2018/roll091.xml", house91],
    ["https://clerk.house.gov/Votes/2018091", house91],
    ["https://www.congress.gov/votes/house/115th-congress/2nd-session/91", house91],
    ["Senate Roll Call 60 (115th Congress, 2018)", senate60],
    ["S. Roll Call Vote No. 60, 115th Cong., 2d Sess. (2018)", senate60],
    ["House roll no. 91, 115th Cong., 2d Sess.", house91],
    ["House Roll Call 91, 2018", house91],
  ] as [string, VoteId][])("reads %j", (text, expected) => {
    expect(parseVoteId(text)).toEqual(expected);
  });

  it("takes what the text leaves out from the options", () => {
    expect(parseVoteId("Senate vote 60", { congress: 115, session: 2 })).toEqual(senate60);
    expect(parseVoteId("Senate vote 60", { year: 2018 })).toEqual(senate60);
  });

  it("the first session of the 1st-session year and the January 1-2 tail belong to the right Congress", () => {
    expect(parseVoteId("h1-116.2019")).toEqual({ chamber: "house", congress: 116, session: 1, year: 2019, number: 1 });
  });

  it.each(["", "vote 60", "Senate vote 60", "s60-115.2020", "s0-115.2018", "vote_115_4_00001", "h91"])("rejects %j", (text) => {
    expect(() => parseVoteId(text)).toThrow(IdentifierError);
  });
});

describe("formatVoteId", () => {
  it("writes each style", () => {
    expect(formatVoteId(senate60, "id")).toBe("s60-115.2018");
    expect(formatVoteId(house91, "id")).toBe("h91-115.2018");
    expect(formatVoteId(senate60, "display")).toBe("Senate Roll Call 60 (115th Congress, 2018)");
    expect(formatVoteId(senate60, "citation")).toBe("S. Roll Call Vote No. 60, 115th Cong., 2d Sess. (2018)");
    expect(formatVoteId(senate60, "url")).toBe("https://www.senate.gov/legislative/LIS/roll_call_votes/vote1152/vote_115_2_00060.htm");
    expect(formatVoteId(house91, "url")).toBe("https://clerk.house.gov/Votes/2018091");
  });

  it("parse(format(x)) = x for every style", () => {
    const arb = fc
      .record({
        chamber: fc.constantFrom<"house" | "senate">("house", "senate"),
        congress: fc.integer({ min: 74, max: 200 }),
        session: fc.integer({ min: 1, max: 2 }),
        number: fc.integer({ min: 1, max: 1999 }),
      })
      .map((v) => ({ ...v, year: yearOfSession(v.congress, v.session) }));
    fc.assert(
      fc.property(arb, fc.constantFrom<"display" | "id" | "citation" | "url">("display", "id", "citation", "url"), (id, style) => {
        expect(parseVoteId(formatVoteId(id, style))).toEqual(id);
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { CivicError } from "@civickit/core";
import { loadLegislators, parseHouseVoteXml, parseSenateVoteXml, parseUnitedStatesVote, parseVotes } from "../src/index.js";
import { fixture } from "./helpers.js";

function error(fn: () => unknown): CivicError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CivicError) return e;
    throw new Error(`not a CivicError: ${String(e)}`);
  }
  throw new Error("no error");
}

describe("broken and hostile vote files end in a CivicError naming the file and the place", () => {
  const senate = fixture("senate-small.xml");
  it.each([
    ["not XML", "just some text", "XML_SYNTAX"],
    ["truncated", senate.slice(0, senate.length / 2), "XML_TRUNCATED"],
    ["wrong root", senate.replaceAll("roll_call_vote>", "something_else>"), "VOTE_WRONG_FORMAT"],
    ["no congress", senate.replace("<congress>115</congress>", ""), "VOTE_MISSING_FIELD"],
    ["a bad vote number", senate.replace("<vote_number>54</vote_number>", "<vote_number>zero</vote_number>"), "VOTE_BAD_FIELD"],
    ["an unreadable date", senate.replace("February 7, 2017", "Someday"), "VOTE_BAD_FIELD"],
    ["a date not on the calendar", senate.replace("February 7, 2017", "February 30, 2017"), "VOTE_BAD_FIELD"],
    ["an unknown vote", senate.replace("<vote_cast>Nay</vote_cast>", "<vote_cast>Maybe</vote_cast>"), "VOTE_BAD_FIELD"],
    ["a DOCTYPE with entities", senate.replace("<roll_call_vote>", '<!DOCTYPE r [<!ENTITY x "xx">]><roll_call_vote>').replace("<vote_cast>Nay", "<vote_cast>&x;"), "XML_ENTITY"],
    ["absurd nesting", senate.replace("<members>", "<members>" + "<x>".repeat(400)), "XML_DEPTH"],
  ])("%s", (_, xml, code) => {
    const e = error(() => parseSenateVoteXml(xml, { file: "vote_115_1_00054.xml" }));
    expect(e.code).toBe(code);
    expect(e.where?.file).toBe("vote_115_1_00054.xml");
    expect(e.where?.path ?? "").toMatch(/^\//);
  });

  it("names the element where a member's vote is wrong", () => {
    const e = error(() => parseSenateVoteXml(senate.replace("<vote_cast>Nay</vote_cast>", "<vote_cast>Maybe</vote_cast>"), { file: "f.xml" }));
    expect(e.where?.path).toBe("/roll_call_vote/members/member[2]/vote_cast");
  });

  it("names the House row whose vote is missing or unknown, the first such row", () => {
    const speaker = fixture("house-speaker.xml");
    // An election of the Speaker takes candidates' names; any other House vote does not.
    const passage = speaker.replace("<vote-question>Election of the Speaker</vote-question>", "<vote-question>On Passage</vote-question>").replace("<vote-type>Election of the Speaker</vote-type>", "<vote-type>YEA-AND-NAY</vote-type>");
    let e = error(() => parseHouseVoteXml(passage, { file: "roll002.xml" }));
    expect([e.code, e.where?.file, e.where?.path]).toEqual(["VOTE_BAD_FIELD", "roll002.xml", "/rollcall-vote/vote-data/recorded-vote[1]/vote"]);
    e = error(() => parseHouseVoteXml(speaker.replace("<vote>Present</vote>", "<vote></vote>")));
    expect([e.code, e.where?.path]).toEqual(["VOTE_MISSING_FIELD", "/rollcall-vote/vote-data/recorded-vote[4]/vote"]);
    // A missing vote after an unknown one: the unknown one comes first.
    e = error(() => parseHouseVoteXml(passage.replace("<vote>Present</vote>", "<vote></vote>")));
    expect([e.code, e.where?.path]).toEqual(["VOTE_BAD_FIELD", "/rollcall-vote/vote-data/recorded-vote[1]/vote"]);
    e = error(() => parseHouseVoteXml(passage.replace("<vote>Smith</vote>", "<vote></vote>")));
    expect([e.code, e.where?.path]).toEqual(["VOTE_MISSING_FIELD", "/rollcall-vote/vote-data/recorded-vote[1]/vote"]);
  });

  it("keeps __proto__ and constructor as plain names", () => {
    const xml = fixture("house-speaker.xml").replace('name-id="A000001"', 'name-id="A000001" __proto__="x" constructor="y"').replace("<vote-desc></vote-desc>", "<__proto__>z</__proto__><vote-desc></vote-desc>");
    const vote = parseHouseVoteXml(xml);
    expect(vote.positions[0]!.bioguideId).toBe("A000001");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses JSON that is not a vote, and YAML that is not legislators", () => {
    expect(error(() => parseUnitedStatesVote("{not json")).code).toBe("JSON_SYNTAX");
    expect(error(() => parseUnitedStatesVote({ hello: 1 })).code).toBe("VOTE_WRONG_FORMAT");
    expect(error(() => parseUnitedStatesVote({ vote_id: "x", votes: {} })).code).toBe("VOTE_BAD_FIELD");
    expect(error(() => parseVotes("{}")).code).toBe("VOTE_UNKNOWN_FORMAT");
    expect(error(() => loadLegislators("a: 1")).code).toBe("LEGISLATORS_FORMAT");
    expect(error(() => loadLegislators("- name: {first: X}")).code).toBe("LEGISLATORS_FORMAT");
    // A YAML alias bomb is refused, not expanded.
    const bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
    expect(error(() => loadLegislators(bomb)).code).toBe("LEGISLATORS_FORMAT");
  });

  it("ends every mangled vote file in a vote or a CivicError (fuzz)", () => {
    const files = [fixture("senate-small.xml"), fixture("house-speaker.xml"), fixture("congress-gov-house-vote.json")];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (text, a, b, insert) => {
        const i = a % text.length;
        const j = Math.min(text.length, i + (b % 40));
        const mangled = text.slice(0, i) + insert + text.slice(j);
        try {
          parseVotes(mangled, { file: "fuzz" });
        } catch (e) {
          expect(e).toBeInstanceOf(CivicError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

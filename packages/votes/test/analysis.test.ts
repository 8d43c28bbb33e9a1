import { describe, expect, it } from "vitest";
import { agreement, formatVoteResult, formatVoteTable, partyDefectors, parseHouseVoteXml, parseSenateVoteXml, tally, toPopolo, voteUrl, votingRecord } from "../src/index.js";
import { fixture, makeVote, positions } from "./helpers.js";

describe("tallies and defectors", () => {
  const vote = makeVote({
    totals: { yea: 4, nay: 3, present: 0, notVoting: 1 },
    positions: [
      { name: "A", party: "D", state: "NY", option: "yea", raw: "Yea", lisId: "S001" },
      { name: "B", party: "D", state: "NY", option: "yea", raw: "Yea", lisId: "S002" },
      { name: "C", party: "D", state: "CA", option: "nay", raw: "Nay", lisId: "S003" },
      { name: "D", party: "R", state: "TX", option: "nay", raw: "Nay", lisId: "S004" },
      { name: "E", party: "R", state: "TX", option: "nay", raw: "Nay", lisId: "S005" },
      { name: "F", party: "R", state: "OH", option: "yea", raw: "Yea", lisId: "S006" },
      { name: "G", party: "I", state: "VT", option: "yea", raw: "Yea", lisId: "S007" },
      { name: "H", party: "R", state: "OH", option: "notVoting", raw: "Not Voting", lisId: "S008" },
    ],
  });
  it("counts by party and by state", () => {
    expect(tally(vote, "party")).toEqual({
      D: { yea: 2, nay: 1, present: 0, notVoting: 0 },
      R: { yea: 1, nay: 2, present: 0, notVoting: 1 },
      I: { yea: 1, nay: 0, present: 0, notVoting: 0 },
    });
    expect(tally(vote, "state").OH).toEqual({ yea: 1, nay: 0, present: 0, notVoting: 1 });
  });
  it("finds members who voted against their party's majority", () => {
    expect(partyDefectors(vote).map((p) => p.name)).toEqual(["C", "F"]);
  });
  it("reads a party's majority from the totals by party a source publishes, also when only some positions are given", () => {
    // Only the members who voted nay are listed, as in an abridged file; the published totals say both parties voted yea.
    const abridged = makeVote({
      totals: { yea: 5, nay: 2 },
      byParty: { R: { yea: 3, nay: 1, present: 0, notVoting: 0 }, D: { yea: 2, nay: 1, present: 0, notVoting: 0 } },
      positions: [
        { name: "N1", party: "R", state: "KY", option: "nay", raw: "Nay" },
        { name: "N2", party: "D", state: "OR", option: "nay", raw: "Nay" },
      ],
    });
    expect(partyDefectors(abridged).map((p) => p.name)).toEqual(["N1", "N2"]);
  });
  it("a party split evenly has no defectors", () => {
    expect(partyDefectors(makeVote({ totals: { yea: 1, nay: 1 }, positions: [...positions(1, "yea"), ...positions(1, "nay")] }))).toEqual([]);
  });
  it("measures agreement between two members over a set of votes", () => {
    const other = makeVote({ id: "s2-115.2018", number: 2, totals: { yea: 0, nay: 2 }, positions: [{ name: "A", option: "nay", raw: "Nay", lisId: "S001" }, { name: "C", option: "nay", raw: "Nay", lisId: "S003" }] });
    const a = votingRecord([vote, other], "S001");
    const c = votingRecord([vote, other], "S003");
    expect(a).toEqual(new Map([["s1-115.2018", "yea"], ["s2-115.2018", "nay"]]));
    expect(agreement(a, c)).toEqual({ shared: 2, agreed: 1, rate: 0.5 });
    expect(agreement(a, votingRecord([vote], "S008"))).toEqual({ shared: 0, agreed: 0, rate: null });
  });
});

describe("formatting", () => {
  it("writes results as newsrooms do", () => {
    expect(formatVoteResult(makeVote({ totals: { yea: 97, nay: 2 } }))).toBe("Passed 97\u20132");
    expect(formatVoteResult(makeVote({ question: "On the Resolution", subject: { bill: { congress: 114, type: "sres", number: 377 } }, totals: { yea: 96, nay: 0 } }))).toBe("Agreed to 96\u20130");
    expect(formatVoteResult(makeVote({ category: "conviction", requires: "2/3", totals: { yea: 0, nay: 0, guilty: 48, notGuilty: 52 }, passed: false }))).toBe("Not guilty 48\u201352 (2/3 required)");
    expect(formatVoteResult(makeVote({ category: "nomination", totals: { yea: 40, nay: 58 }, passed: false }))).toBe("Rejected 40\u201358");
    expect(formatVoteResult(makeVote({ chamber: "house", category: "quorum", requires: "QUORUM", totals: { yea: 0, nay: 0, present: 400, notVoting: 35 } }))).toBe("Quorum call: 400 present, 35 not voting");
  });
  it("draws the party table in text and Markdown", () => {
    const vote = parseSenateVoteXml(fixture("senate-small.xml"));
    expect(formatVoteTable(vote, "markdown")).toBe(
      ["| Party | Yea | Nay | Present | Not voting |", "| --- | ---: | ---: | ---: | ---: |", "| D | 0 | 1 | 0 | 0 |", "| I | 0 | 0 | 0 | 1 |", "| R | 1 | 0 | 0 | 0 |", "| Total | 1 | 1 | 0 | 1 |"].join("\n"),
    );
    expect(formatVoteTable(vote).split("\n")[0]).toBe("Party  Yea  Nay  Present  Not voting");
  });
  it("links to the official records", () => {
    expect(voteUrl(parseSenateVoteXml(fixture("senate-small.xml")))).toEqual({
      xml: "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1151/vote_115_1_00054.xml",
      page: "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1151/vote_115_1_00054.htm",
    });
    expect(voteUrl(parseHouseVoteXml(fixture("house-speaker.xml")))).toEqual({
      xml: "https://clerk.house.gov/evs/2023/roll002.xml",
      page: "https://clerk.house.gov/Votes/2023002",
      congressGov: "https://www.congress.gov/votes/house/118th-congress/1st-session/2",
    });
  });
});

describe("Popolo", () => {
  it("is a VoteEvent with counts, votes and the engine's result", () => {
    const event = toPopolo(parseSenateVoteXml(fixture("senate-small.xml")));
    expect(event).toMatchObject({
      id: "s54-115.2017",
      organization: { classification: "upper" },
      legislative_session: "115-1",
      motion: { classification: ["nomination"], requirement: "1/2" },
      start_date: "2017-02-07T12:02:00-05:00",
      result: "pass",
    });
    expect(event.counts).toEqual([{ option: "yes", value: 1 }, { option: "no", value: 1 }, { option: "abstain", value: 0 }, { option: "not voting", value: 1 }]);
    expect(event.votes[1]).toEqual({ option: "no", voter_id: "S354", voter_name: "Beta (D-WI)", group: "D" });
  });
});

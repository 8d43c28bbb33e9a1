import { describe, expect, it } from "vitest";
import {
  RollCallVoteSchema,
  computeOutcome,
  detectVoteFormat,
  formatVoteResult,
  parseCongressGovHouseVote,
  parseHouseVoteXml,
  parseSenateVoteXml,
  parseUnitedStatesVote,
  parseVote,
  parseVotes,
  toUnitedStatesVote,
} from "../src/index.js";
import { fixture } from "./helpers.js";

describe("parseSenateVoteXml", () => {
  const vote = parseSenateVoteXml(fixture("senate-small.xml"), { file: "senate-small.xml", validate: true });
  it("reads the vote, its time in Washington and its subject", () => {
    expect(vote).toMatchObject({
      id: "s54-115.2017",
      chamber: "senate",
      congress: 115,
      session: 1,
      year: 2017,
      number: 54,
      date: "2017-02-07T12:02:00-05:00",
      category: "nomination",
      requires: "1/2",
      result: "Nomination Confirmed",
      passed: true,
      subject: { nomination: { number: "37", title: "An Example Nominee, to be an Example Officer" }, title: "Confirmation: An Example Nominee" },
      totals: { yea: 1, nay: 1, present: 0, notVoting: 1 },
      tieBreaker: { by: "Vice President", option: "yea", raw: "Yea" },
      source: { format: "senate-xml", url: "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1151/vote_115_1_00054.xml" },
    });
    expect(vote.positions[1]).toEqual({ lisId: "S354", name: "Beta (D-WI)", firstName: "Bea", lastName: "Beta", party: "D", state: "WI", district: null, option: "nay", raw: "Nay" });
    expect(vote.byParty).toEqual({ R: { yea: 1, nay: 0, present: 0, notVoting: 0 }, D: { yea: 0, nay: 1, present: 0, notVoting: 0 }, I: { yea: 0, nay: 0, present: 0, notVoting: 1 } });
  });
  it("decides the tie with the Vice President's vote", () => {
    expect(computeOutcome(vote)).toMatchObject({ passed: true, agreesWithPublished: true });
    expect(formatVoteResult(vote)).toBe("Confirmed 1\u20131, Vice President voting yea");
  });
});

describe("parseHouseVoteXml", () => {
  const vote = parseHouseVoteXml(fixture("house-speaker.xml"), { validate: true });
  it("reads an election of the Speaker with candidates' names", () => {
    expect(vote).toMatchObject({ id: "h2-118.2023", category: "leadership", date: "2023-01-03T14:05:00-05:00", result: "Smith", passed: null });
    expect(vote.totals).toEqual({ yea: 0, nay: 0, present: 1, notVoting: 1, candidates: { Smith: 2, Jones: 1 } });
    expect(vote.positions.map((p) => p.option)).toEqual(["Smith", "Smith", "Jones", "present", "notVoting"]);
    expect(computeOutcome(vote)).toMatchObject({ passed: true, winner: "Smith", needed: 2, agreesWithPublished: true });
    expect(formatVoteResult(vote)).toBe("Smith elected Speaker (Smith 2, Jones 1)");
  });
  it("reads a live pair as present, keeping the published text", () => {
    const paired = fixture("house-speaker.xml").replace("<vote>Present</vote>", "<vote>Present, Giving Live Pair</vote>");
    const p = parseHouseVoteXml(paired).positions[3]!;
    expect(p).toMatchObject({ option: "present", raw: "Present, Giving Live Pair", pair: { kind: "live", raw: "Present, Giving Live Pair" } });
  });
  it("reads Aye and No as yea and nay", () => {
    const recorded = fixture("house-speaker.xml")
      .replace("<vote-type>Election of the Speaker</vote-type>", "<vote-type>RECORDED VOTE</vote-type>")
      .replace("<vote-question>Election of the Speaker</vote-question>", "<vote-question>On Agreeing to the Amendment</vote-question>")
      .replace("<vote-result>Smith</vote-result>", "<vote-result>Agreed to</vote-result>")
      .replaceAll("<vote>Smith</vote>", "<vote>Aye</vote>")
      .replace("<vote>Jones</vote>", "<vote>No</vote>");
    const vote = parseHouseVoteXml(recorded);
    expect(vote.category).toBe("amendment");
    expect(vote.totals).toEqual({ yea: 2, nay: 1, present: 1, notVoting: 1 });
    expect(formatVoteResult(vote)).toBe("Agreed to 2\u20131");
  });
});

describe("parseCongressGovHouseVote", () => {
  const item = fixture("congress-gov-house-vote.json");
  const members = fixture("congress-gov-house-vote-members.json");
  it("merges the vote and its members' votes", () => {
    const vote = parseCongressGovHouseVote([item, members], { validate: true });
    expect(vote).toMatchObject({
      id: "h17-119.2025",
      date: "2025-01-16T11:00:00-05:00",
      requires: "1/2",
      category: "passage",
      subject: { bill: { congress: 119, type: "hr", number: 30 } },
      totals: { yea: 3, nay: 1, present: 0, notVoting: 1 },
      byParty: { R: { yea: 2, nay: 0, present: 0, notVoting: 0 }, D: { yea: 1, nay: 1, present: 0, notVoting: 1 } },
      source: { format: "congress-gov-json", url: "https://clerk.house.gov/evs/2025/roll017.xml" },
    });
    expect(vote.positions[0]).toEqual({ bioguideId: "A000055", name: "Robert Aderholt", firstName: "Robert", lastName: "Aderholt", party: "R", state: "AL", option: "yea", raw: "Yea" });
  });
  it("reads the item response alone, with totals from the party totals", () => {
    const vote = parseCongressGovHouseVote(item);
    expect(vote.positions).toEqual([]);
    expect(vote.totals).toEqual({ yea: 3, nay: 1, present: 0, notVoting: 1 });
  });
  it("refuses responses about two different votes", () => {
    const other = members.replace('"rollCallNumber": 17', '"rollCallNumber": 18');
    expect(() => parseCongressGovHouseVote([item, other])).toThrow(/disagree on rollCallNumber/);
  });
});

describe("parseSenateVoteMenuXml", () => {
  it("reads rows whose tally or en bloc matters are empty, written as a leaf or as an element", () => {
    const row = (n: number, tally: string) =>
      `<vote><vote_number>${String(n)}</vote_number><vote_date>18-Dec</vote_date><issue>S. 5</issue><question>On Passage of the Bill\n  </question><result>Passed</result>${tally}<title>A bill</title></vote>`;
    const xml = `<vote_summary><congress>119</congress><session>1</session><congress_year>2025</congress_year><votes>
      ${row(3, "<vote_tally><yeas>64</yeas><nays>35</nays></vote_tally>")}
      ${row(2, "<vote_tally></vote_tally><en_bloc></en_bloc>")}
      ${row(1, "<vote_tally/>")}
    </votes></vote_summary>`;
    const votes = parseVotes(xml);
    expect(votes.map((v) => [v.number, v.date, v.question, v.totals, v.subject.bill?.number, v.subject.title])).toEqual([
      [3, "2025-12-18", "On Passage of the Bill", { yea: 64, nay: 35 }, 5, "A bill"],
      [2, "2025-12-18", "On Passage of the Bill", { yea: 0, nay: 0 }, 5, "A bill"],
      [1, "2025-12-18", "On Passage of the Bill", { yea: 0, nay: 0 }, 5, "A bill"],
    ]);
  });
});

describe("detectVoteFormat and parseVote", () => {
  it("tells the formats apart", () => {
    expect(detectVoteFormat(fixture("senate-small.xml"))).toBe("senate-xml");
    expect(detectVoteFormat(fixture("house-speaker.xml"))).toBe("house-xml");
    expect(detectVoteFormat(fixture("congress-gov-house-vote.json"))).toBe("congress-gov-json");
    expect(detectVoteFormat('{"vote_id": "s1-115.2017", "votes": {}}')).toBe("unitedstates-json");
    expect(detectVoteFormat("<vote_summary/>")).toBe("senate-menu-xml");
    expect(detectVoteFormat("<bill/>")).toBeNull();
    expect(detectVoteFormat("hello")).toBeNull();
  });
  it("parses whichever it is", () => {
    expect(parseVote(fixture("senate-small.xml")).id).toBe("s54-115.2017");
    expect(parseVotes(fixture("house-speaker.xml"))).toHaveLength(1);
    expect(() => parseVote("<vote_summary><congress>119</congress><session>1</session><votes/></vote_summary>")).toThrow(/parseVotes/);
  });
});

describe("unitedstates/congress JSON", () => {
  const json = {
    vote_id: "s54-115.2017",
    chamber: "s",
    congress: 115,
    session: "2017",
    number: 54,
    date: "2017-02-07T12:02:00-05:00",
    category: "nomination",
    type: "On the Nomination",
    question: "On the Nomination PN37",
    requires: "1/2",
    result: "Nomination Confirmed",
    result_text: "Nomination Confirmed (1-1, Vice President voted Yea)",
    nomination: { number: "37", title: "An Example Nominee" },
    votes: {
      Nay: [{ display_name: "Beta (D-WI)", id: "S354", party: "D", state: "WI" }],
      "Not Voting": [],
      Yea: ["VP", { display_name: "Alpha (R-TN)", id: "S289", party: "R", state: "TN" }],
    },
  };
  it("takes the Vice President's entry as the tie-breaker, not a senator", () => {
    const vote = parseUnitedStatesVote(json, { validate: true });
    expect(vote.tieBreaker).toEqual({ by: "Vice President", option: "yea", raw: "Yea" });
    expect(vote.totals).toEqual({ yea: 1, nay: 1, present: 0, notVoting: 0 });
    expect(vote.positions).toHaveLength(2);
    expect(RollCallVoteSchema.safeParse(vote).success).toBe(true);
  });
  it("round-trips through toUnitedStatesVote", () => {
    const vote = parseUnitedStatesVote(JSON.stringify(json));
    expect(parseUnitedStatesVote(toUnitedStatesVote(vote))).toEqual(vote);
    expect(toUnitedStatesVote(vote).votes.Yea![0]).toBe("VP");
  });
});

describe("parseGovTrackVoteXml", () => {
  // Written in the GovTrack layout: a tie broken by the Vice President, and a voter given by key alone.
  const xml = `<roll where="senate" session="115" year="2017" roll="54" source="senate.gov" datetime="2017-02-07T12:02:00-05:00" aye="2" nay="2" nv="0" present="0">
  <category>nomination</category>
  <type>On the Nomination</type>
  <question>On the Nomination PN37</question>
  <required>1/2</required>
  <result>Nomination Confirmed</result>
  <option key="+">Yea</option>
  <option key="-">Nay</option>
  <voter id="S289" vote="+" value="Yea" state="TN"/>
  <voter id="S354" vote="-" value="Nay" state="WI"/>
  <voter id="S313" vote="-" state="VT"/>
  <voter id="S330" vote="+" value="Yea" state="CO"/>
  <voter id="0" VP="1" vote="+" value="Yea"/>
</roll>`;
  it("reads the voters, the key-only voter and the Vice President's tie-breaker", () => {
    const vote = parseVote(xml, { validate: true });
    expect(vote).toMatchObject({ id: "s54-115.2017", category: "nomination", requires: "1/2", source: { format: "govtrack-xml" } });
    expect(vote.totals).toEqual({ yea: 2, nay: 2, present: 0, notVoting: 0 });
    expect(vote.positions[2]).toEqual({ lisId: "S313", name: "S313", state: "VT", option: "nay", raw: "-" });
    expect(vote.tieBreaker).toEqual({ by: "Vice President", option: "yea", raw: "Yea" });
    expect(computeOutcome(vote)).toMatchObject({ passed: true, agreesWithPublished: true });
  });
});

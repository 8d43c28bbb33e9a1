import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { expect, it } from "vitest";
import { describeCorpus } from "@civickit/devkit/vitest";
import { corpusFiles } from "@civickit/devkit/corpus";
import {
  RollCallVoteSchema,
  computeOutcome,
  formatVoteResult,
  loadLegislators,
  parseSenateVoteMenuXml,
  parseUnitedStatesVote,
  parseVotes,
  partyDefectors,
  toUnitedStatesVote,
  withMembers,
  type RollCallVote,
} from "../src/index.js";

// Every vote file of the corpus, in every format: read, checked against the schema, decided by the outcome engine.
const voteFiles = (): string[] => [
  ...corpusFiles("votes-senate", [".xml"]),
  ...corpusFiles("votes-house", [".xml"]),
  ...corpusFiles("unitedstates-json", [".json", ".xml"]).filter((f) => basename(f).startsWith("vote__")),
];

const read = (file: string): RollCallVote[] => parseVotes(readFileSync(file, "utf8"), { file: basename(file) });
const byName = (name: string): RollCallVote => read(voteFiles().find((f) => basename(f) === name)!)[0]!;

describeCorpus("every vote file of the corpus", () => {
  it("finds them", () => {
    expect(voteFiles().length).toBeGreaterThanOrEqual(22);
  });

  it.each(voteFiles().map((f) => [basename(f), f]))("%s parses, fits the schema, and is decided as published", (_, file) => {
    const text = readFileSync(file, "utf8");
    const votes = parseVotes(text, { file });
    const validated = parseVotes(text, { file, validate: true });
    expect(votes).toEqual(validated);
    expect(votes.length).toBeGreaterThan(0);
    for (const vote of votes) {
      expect(RollCallVoteSchema.safeParse(vote).success).toBe(true);
      const outcome = computeOutcome(vote);
      // No real vote may come out against its published result; the vote menu leaves some undecided (no requirement,
      // no tie-breaker published), every single-vote file is decided.
      expect(outcome.agreesWithPublished, `${vote.id}: ${outcome.explanation}`).not.toBe(false);
      if (vote.source.format !== "senate-menu-xml" && vote.category !== "quorum") expect(outcome.agreesWithPublished).toBe(true);
      // Positions, where given, add up to the published totals.
      if (vote.positions.length > 0 && vote.category !== "leadership") {
        const count = (o: string): number => vote.positions.filter((p) => p.option === o).length;
        expect([count("yea"), count("nay"), count("guilty"), count("notGuilty")]).toEqual([
          vote.totals.yea,
          vote.totals.nay,
          vote.totals.guilty ?? 0,
          vote.totals.notGuilty ?? 0,
        ]);
      }
    }
  });

  it("FOSTA in the Senate: s60-115.2018 passed 97–2, Paul and Wyden against, McCain not voting", () => {
    const vote = byName("vote__s60-115-2018.json");
    expect(vote).toMatchObject({ id: "s60-115.2018", date: "2018-03-21T15:22:00-04:00", subject: { bill: { congress: 115, type: "hr", number: 1865 } } });
    expect(formatVoteResult(vote)).toBe("Passed 97\u20132");
    expect(vote.positions.filter((p) => p.option === "nay").map((p) => p.name)).toEqual(["Paul (R-KY)", "Wyden (D-OR)"]);
    expect(vote.positions.filter((p) => p.option === "notVoting").map((p) => p.lisId)).toEqual(["S197"]);
    expect(partyDefectors(vote).map((p) => p.name).sort()).toEqual(["Paul (R-KY)", "Wyden (D-OR)"]);
  });

  it("FOSTA in the House: h91-115.2018 passed 388–25", () => {
    const vote = byName("vote__h91-115-2018.json");
    expect(vote.totals).toEqual({ yea: 388, nay: 25, present: 0, notVoting: 17 });
    expect(vote.positions.every((p) => p.bioguideId !== undefined)).toBe(true);
    expect(formatVoteResult(vote)).toBe("Passed 388\u201325");
  });

  it("reads the trials, ties, veto overrides and Speaker elections as the rules decide them", () => {
    expect(formatVoteResult(byName("vote__s59-117-2021.json"))).toBe("Not guilty 57\u201343 (2/3 required)");
    expect(formatVoteResult(byName("vote__s175-101-1989.json"))).toBe("Veto sustained 66\u201334 (2/3 required)");
    expect(byName("vote__s54-115-2017.json").tieBreaker).toEqual({ by: "Vice President", option: "yea", raw: "Yea" });
    expect(byName("senate-117-1-00054.xml").tieBreaker).toMatchObject({ option: "yea" });
    const speaker = byName("vote__h10-118-2023.json");
    expect(speaker.totals.candidates).toEqual({ "Donald J. Trump": 1, Donalds: 17, Hern: 2, Jeffries: 212, McCarthy: 201 });
    expect(computeOutcome(speaker)).toMatchObject({ passed: false, winner: null, needed: 217 });
    expect(computeOutcome(byName("house-2003-roll001.xml"))).toMatchObject({ passed: null, rule: "quorum" });
  });

  it("the Senate's vote files agree with their rows in the session's vote menu", () => {
    const menuFile = corpusFiles("votes-senate", [".xml"]).find((f) => basename(f).startsWith("vote-menu-"))!;
    const menu = parseSenateVoteMenuXml(readFileSync(menuFile, "utf8"));
    expect(menu.votes.length).toBeGreaterThan(600);
    const files = corpusFiles("votes-senate", [".xml"]).filter((f) => basename(f).startsWith(`senate-${menu.congress}-${menu.session}-`));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const vote = read(file)[0]!;
      const row = menu.votes.find((v) => v.number === vote.number)!;
      expect(row.id).toBe(vote.id);
      expect(row.date).toBe(vote.date.slice(0, 10));
      expect([row.totals.yea, row.totals.nay]).toEqual([vote.totals.yea, vote.totals.nay]);
      expect(row.passed).toBe(vote.passed);
      expect(row.category).toBe(vote.category);
    }
  });

  it("votes held in two formats agree: unitedstates/congress JSON and GovTrack XML", () => {
    const pairs = voteFiles().filter((f) => f.endsWith(".govtrack.xml"));
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const xmlFile of pairs) {
      const fromXml = read(xmlFile)[0]!;
      const fromJson = read(xmlFile.replace(".govtrack.xml", ".json"))[0]!;
      const pick = (v: RollCallVote) => ({ id: v.id, date: v.date, category: v.category, requires: v.requires, result: v.result, passed: v.passed, totals: v.totals, bill: v.subject.bill });
      expect(pick(fromXml)).toEqual(pick(fromJson));
      const options = (v: RollCallVote) => new Map(v.positions.map((p) => [p.bioguideId ?? p.lisId, p.option]));
      expect(options(fromXml)).toEqual(options(fromJson));
      expect(computeOutcome(fromXml).passed).toBe(computeOutcome(fromJson).passed);
    }
  });

  it("round-trips every unitedstates/congress vote through toUnitedStatesVote", () => {
    for (const file of voteFiles().filter((f) => f.endsWith(".json"))) {
      const vote = read(file)[0]!;
      expect(parseUnitedStatesVote(toUnitedStatesVote(vote)), basename(file)).toEqual(vote);
    }
  });

  it("fills senators' Bioguide ids from congress-legislators", () => {
    const legislators = loadLegislators(readFileSync(corpusFiles("legislators", [".yaml"]).find((f) => basename(f) === "legislators-current.yaml")!, "utf8"));
    expect(legislators.byLis.get("S354")?.ids.bioguide).toBe("B001230");
    const vote = withMembers(byName("senate-119-1-00007.xml"), legislators);
    const baldwin = vote.positions.find((p) => p.lisId === "S354")!;
    expect(baldwin).toMatchObject({ bioguideId: "B001230", party: "D", state: "WI", district: null });
    // Senators still in office when the file was made are filled in; those who left since (Rubio, now in the
    // executive branch) are not in legislators-current and keep only their LIS id.
    const unfilled = vote.positions.filter((p) => p.bioguideId === undefined);
    expect(unfilled.every((p) => !legislators.byLis.has(p.lisId!))).toBe(true);
    expect(unfilled.length).toBeLessThan(5);
    expect(vote.positions.filter((p) => p.bioguideId !== undefined).length).toBeGreaterThan(90);
  });
});


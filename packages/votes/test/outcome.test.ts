import { describe, expect, it } from "vitest";
import { computeOutcome, formatVoteResult } from "../src/index.js";
import { makeVote, positions } from "./helpers.js";

describe("computeOutcome: simple majority (Constitution art. I, § 5; each chamber's practice)", () => {
  it("carries when yeas outnumber nays, whatever the absences", () => {
    const o = computeOutcome(makeVote({ totals: { yea: 97, nay: 2, present: 0, notVoting: 1 } }));
    expect(o).toMatchObject({ passed: true, rule: "majority", needed: 50, agreesWithPublished: true });
  });
  it("a House tie fails", () => {
    const o = computeOutcome(makeVote({ chamber: "house", totals: { yea: 200, nay: 200, present: 3, notVoting: 32 }, result: "Failed", passed: false }));
    expect(o).toMatchObject({ passed: false, agreesWithPublished: true });
  });
  it("a Senate tie fails unless the Vice President breaks it (art. I, § 3, cl. 4)", () => {
    const tie = { totals: { yea: 50, nay: 50, present: 0, notVoting: 0 } };
    expect(computeOutcome(makeVote({ ...tie, result: "Motion Rejected", passed: false })).passed).toBe(false);
    expect(computeOutcome(makeVote({ ...tie, tieBreaker: { by: "Vice President", option: "yea", raw: "Yea" } })).passed).toBe(true);
    expect(computeOutcome(makeVote({ ...tie, tieBreaker: { by: "Vice President", option: "nay", raw: "Nay" }, passed: false })).passed).toBe(false);
  });
  it("'present' is not a vote for or against", () => {
    expect(computeOutcome(makeVote({ chamber: "house", totals: { yea: 10, nay: 9, present: 300, notVoting: 0 } })).passed).toBe(true);
  });
  it("says when the published result disagrees", () => {
    const o = computeOutcome(makeVote({ totals: { yea: 40, nay: 55, present: 0, notVoting: 5 }, result: "Bill Passed", passed: true }));
    expect(o).toMatchObject({ passed: false, agreesWithPublished: false });
  });
});

describe("computeOutcome: two thirds of those present and voting", () => {
  it.each([
    ["veto-override", 66, 33, true],
    ["veto-override", 66, 34, false],
    ["passage-suspension", 290, 145, true],
    ["passage-suspension", 289, 145, false],
    ["treaty", 99, 0, true],
  ] as const)("%s %i–%i → %s", (category, yea, nay, passed) => {
    const o = computeOutcome(makeVote({ category, requires: "2/3", totals: { yea, nay, present: 5, notVoting: 0 }, passed }));
    expect(o).toMatchObject({ passed, rule: "two-thirds", needed: Math.ceil((2 * (yea + nay)) / 3), agreesWithPublished: true });
  });
  it("a conviction counts guilty against not guilty (art. I, § 3, cl. 6)", () => {
    const o = computeOutcome(makeVote({ category: "conviction", requires: "2/3", totals: { yea: 0, nay: 0, guilty: 57, notGuilty: 43 }, result: "Not Guilty", passed: false }));
    expect(o).toMatchObject({ passed: false, needed: 67, agreesWithPublished: true });
  });
});

describe("computeOutcome: cloture, three fifths of senators duly chosen and sworn (Rule XXII)", () => {
  const cloture = (yea: number, nay: number, sworn: number) =>
    makeVote({
      category: "cloture",
      requires: "3/5",
      totals: { yea, nay, present: 0, notVoting: sworn - yea - nay },
      positions: [...positions(yea, "yea"), ...positions(nay, "nay", "R"), ...positions(sworn - yea - nay, "notVoting", "I")],
      result: "Cloture Motion Agreed to",
    });
  it("needs 60 of a full Senate however many are absent", () => {
    expect(computeOutcome(cloture(60, 39, 100))).toMatchObject({ passed: true, needed: 60 });
    expect(computeOutcome(cloture(59, 0, 100))).toMatchObject({ passed: false, needed: 60 });
  });
  it("vacancies lower the number", () => {
    expect(computeOutcome(cloture(59, 38, 98))).toMatchObject({ passed: true, needed: 59 });
    expect(computeOutcome(cloture(59, 38, 99))).toMatchObject({ passed: false, needed: 60 });
  });
  it("is formatted with its requirement", () => {
    expect(formatVoteResult(cloture(60, 39, 100))).toBe("Cloture invoked 60\u201339 (3/5 required)");
  });
});

describe("computeOutcome: quorum calls and Speaker elections", () => {
  it("a quorum call decides nothing", () => {
    const o = computeOutcome(makeVote({ chamber: "house", category: "quorum", requires: "QUORUM", totals: { yea: 0, nay: 0, present: 432, notVoting: 3 }, passed: null }));
    expect(o).toMatchObject({ passed: null, rule: "quorum", agreesWithPublished: null });
  });
  it("elects the Speaker by a majority of votes cast for a person", () => {
    const elected = computeOutcome(makeVote({ chamber: "house", category: "leadership", totals: { yea: 0, nay: 0, present: 5, notVoting: 0, candidates: { Smith: 216, Jones: 212, Other: 3 } }, result: "Smith", passed: null }));
    expect(elected).toMatchObject({ passed: true, winner: "Smith", needed: 216, agreesWithPublished: true });
    const none = computeOutcome(makeVote({ chamber: "house", category: "leadership", totals: { yea: 0, nay: 0, candidates: { Jeffries: 212, McCarthy: 201, Donalds: 20 } }, result: "Jeffries", passed: null }));
    expect(none).toMatchObject({ passed: false, winner: null, needed: 217, agreesWithPublished: true });
  });
});

describe("computeOutcome without a published requirement (the Senate vote menu)", () => {
  const menu = (yea: number, nay: number) => makeVote({ requires: null, source: { format: "senate-menu-xml" }, totals: { yea, nay } });
  it("decides only what the counts alone decide", () => {
    expect(computeOutcome(menu(40, 55))).toMatchObject({ passed: false, rule: "unpublished" });
    expect(computeOutcome(menu(90, 5))).toMatchObject({ passed: true });
    expect(computeOutcome(menu(55, 45))).toMatchObject({ passed: null, agreesWithPublished: null });
    expect(computeOutcome(menu(50, 50))).toMatchObject({ passed: null });
  });
});

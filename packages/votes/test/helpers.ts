import { readFileSync } from "node:fs";
import type { RollCallVote, VotePosition } from "../src/index.js";

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

/** A constructed vote: what a rule test needs, with everything else filled in plainly. */
export function makeVote(over: Partial<RollCallVote> & Pick<RollCallVote, "totals">): RollCallVote {
  return {
    id: "s1-115.2018",
    chamber: "senate",
    congress: 115,
    session: 2,
    year: 2018,
    number: 1,
    date: "2018-03-21T15:22:00-04:00",
    question: "On Passage of the Bill",
    type: "On Passage of the Bill",
    category: "passage",
    requires: "1/2",
    result: "Bill Passed",
    passed: true,
    subject: {},
    positions: [],
    tieBreaker: null,
    byParty: {},
    source: { format: "senate-xml" },
    ...over,
  };
}

/** n positions with one option, for senators or members of one party. */
export function positions(n: number, option: string, party = "D"): VotePosition[] {
  return Array.from({ length: n }, (_, i) => ({ name: `${party}${option}${i}`, party, option, raw: option }));
}

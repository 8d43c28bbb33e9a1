import type { RollCallVote, VotePosition, VoteTotals } from "./model.js";
import { addOption } from "./_lib/build.js";

/**
 * Counts a vote's positions by party or by state.
 *
 * @example
 * ```ts
 * tally(vote, "party").R; // { yea: 51, nay: 0, present: 0, notVoting: 1 }
 * ```
 */
export function tally(vote: RollCallVote, by: "party" | "state"): Record<string, VoteTotals> {
  const out: Record<string, VoteTotals> = {};
  for (const p of vote.positions) {
    const key = (by === "party" ? p.party : p.state) ?? "?";
    addOption((out[key] ??= { yea: 0, nay: 0, present: 0, notVoting: 0 }), p.option);
  }
  return out;
}

/** Yea-like and nay-like options: a trial's guilty counts with yea. */
function side(option: string): "for" | "against" | null {
  if (option === "yea" || option === "guilty") return "for";
  if (option === "nay" || option === "notGuilty") return "against";
  return null;
}

/**
 * The members who voted against the majority of their own party (among those of the party who voted yea or nay; a
 * party split evenly has no majority and so no defectors).
 *
 * @example
 * ```ts
 * partyDefectors(vote).map((p) => p.name); // ["Paul (R-KY)"] on a vote Republicans carried
 * ```
 */
export function partyDefectors(vote: RollCallVote): VotePosition[] {
  const counts = new Map<string, { for: number; against: number }>();
  for (const p of vote.positions) {
    const s = side(p.option);
    if (!p.party || !s) continue;
    const c = counts.get(p.party) ?? { for: 0, against: 0 };
    c[s]++;
    counts.set(p.party, c);
  }
  // Where the source publishes totals by party (the House does), the party's majority is read from them: they count
  // every member, also when the positions given are only some of them.
  for (const [party, t] of Object.entries(vote.byParty)) {
    const published = { for: t.yea + (t.guilty ?? 0), against: t.nay + (t.notGuilty ?? 0) };
    if (counts.has(party) && published.for + published.against > 0) counts.set(party, published);
  }
  return vote.positions.filter((p) => {
    const s = side(p.option);
    const c = p.party ? counts.get(p.party) : undefined;
    if (!s || !c || c.for === c.against) return false;
    return (c.for > c.against ? "for" : "against") !== s;
  });
}

/** One member's votes, keyed by vote id. */
export type VotingRecord = Map<string, string>;

/**
 * A member's record over a set of votes: vote id → option, for the member identified by a Bioguide or LIS id.
 *
 * @example
 * ```ts
 * const paul = votingRecord(votes, "S348");
 * ```
 */
export function votingRecord(votes: readonly RollCallVote[], memberId: string): VotingRecord {
  const record: VotingRecord = new Map();
  for (const vote of votes) {
    const p = vote.positions.find((x) => x.bioguideId === memberId || x.lisId === memberId);
    if (p) record.set(vote.id, p.option);
  }
  return record;
}

/**
 * How often two members voted the same way, over the votes on which both voted yea or nay (guilty or not guilty).
 *
 * @example
 * ```ts
 * agreement(votingRecord(votes, "S348"), votingRecord(votes, "S247")); // { shared: 12, agreed: 9, rate: 0.75 }
 * ```
 */
export function agreement(votesA: VotingRecord, votesB: VotingRecord): { shared: number; agreed: number; rate: number | null } {
  let shared = 0;
  let agreed = 0;
  for (const [id, a] of votesA) {
    const b = votesB.get(id);
    const sa = side(a);
    const sb = b === undefined ? null : side(b);
    if (!sa || !sb) continue;
    shared++;
    if (sa === sb) agreed++;
  }
  return { shared, agreed, rate: shared === 0 ? null : agreed / shared };
}

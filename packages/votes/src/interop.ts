import { formatBillId } from "@civickit/core";
import type { RollCallVote } from "./model.js";
import { computeOutcome } from "./outcome.js";

/** A Popolo / Open Civic Data VoteEvent (https://www.popoloproject.com/specs/vote-event.html). */
export interface PopoloVoteEvent {
  id: string;
  identifier: string;
  organization: { name: string; classification: "lower" | "upper" };
  legislative_session: string;
  motion: { text: string; classification: string[]; requirement: string | null };
  start_date: string;
  result: "pass" | "fail" | null;
  bill?: { identifier: string; legislative_session: string };
  counts: { option: string; value: number }[];
  votes: { option: string; voter_id: string | null; voter_name: string; group?: string }[];
  sources: { url: string }[];
}

function popoloOption(option: string): string {
  switch (option) {
    case "yea":
    case "guilty":
      return "yes";
    case "nay":
    case "notGuilty":
      return "no";
    case "present":
      return "abstain";
    case "notVoting":
      return "not voting";
    default:
      return option; // a Speaker candidate
  }
}

/**
 * The vote as a Popolo VoteEvent with its counts and votes, for Open Civic Data tools. `result` comes from the
 * outcome engine.
 *
 * @example
 * ```ts
 * toPopolo(vote).counts; // [{ option: "yes", value: 97 }, { option: "no", value: 2 }, …]
 * ```
 */
export function toPopolo(vote: RollCallVote): PopoloVoteEvent {
  const outcome = computeOutcome(vote);
  const counts = new Map<string, number>();
  const add = (option: string, n: number | undefined): void => {
    if (n !== undefined) counts.set(option, (counts.get(option) ?? 0) + n);
  };
  add("yes", vote.totals.yea);
  add("no", vote.totals.nay);
  if (vote.totals.guilty !== undefined) add("yes", vote.totals.guilty);
  if (vote.totals.notGuilty !== undefined) add("no", vote.totals.notGuilty);
  add("abstain", vote.totals.present);
  add("not voting", vote.totals.notVoting);
  for (const [name, n] of Object.entries(vote.totals.candidates ?? {})) add(name, n);
  const session = `${vote.congress}-${vote.session}`;
  return {
    id: vote.id,
    identifier: String(vote.number),
    organization: vote.chamber === "house" ? { name: "United States House of Representatives", classification: "lower" } : { name: "United States Senate", classification: "upper" },
    legislative_session: session,
    motion: { text: vote.question, classification: [vote.category], requirement: vote.requires },
    start_date: vote.date,
    result: outcome.passed === null ? null : outcome.passed ? "pass" : "fail",
    ...(vote.subject.bill ? { bill: { identifier: formatBillId(vote.subject.bill, "display"), legislative_session: String(vote.subject.bill.congress ?? vote.congress) } } : {}),
    counts: [...counts].map(([option, value]) => ({ option, value })),
    votes: vote.positions.map((p) => ({
      option: popoloOption(p.option),
      voter_id: p.bioguideId ?? p.lisId ?? null,
      voter_name: p.name,
      ...(p.party ? { group: p.party } : {}),
    })),
    sources: vote.source.url ? [{ url: vote.source.url }] : [],
  };
}

/** The unitedstates/congress vote `data.json` shape. */
export interface UnitedStatesVoteJson {
  vote_id: string;
  chamber: "h" | "s";
  congress: number;
  session: string;
  number: number;
  date: string;
  category: string;
  type: string;
  question: string;
  requires?: string;
  result: string;
  result_text?: string;
  source_url?: string;
  subject?: string;
  bill?: { congress: number; type: string; number: number; title?: string };
  amendment?: { type: string; number: number; author?: string };
  nomination?: { number: string; title?: string };
  votes: Record<string, (Record<string, string> | "VP")[]>;
}

/**
 * The vote in the unitedstates/congress `data.json` shape. It round-trips: `parseUnitedStatesVote(toUnitedStatesVote(v))`
 * gives back `v` for a vote read from that format.
 *
 * @example
 * ```ts
 * toUnitedStatesVote(vote).vote_id; // "s60-115.2018"
 * ```
 */
export function toUnitedStatesVote(vote: RollCallVote): UnitedStatesVoteJson {
  const votes: UnitedStatesVoteJson["votes"] = {};
  for (const p of vote.positions) {
    const voter: Record<string, string> = { display_name: p.name };
    const id = p.bioguideId ?? p.lisId;
    if (id) voter.id = id;
    if (p.firstName) voter.first_name = p.firstName;
    if (p.lastName) voter.last_name = p.lastName;
    if (p.party) voter.party = p.party;
    if (p.state) voter.state = p.state;
    (votes[p.raw] ??= []).push(voter);
  }
  if (vote.tieBreaker) (votes[vote.tieBreaker.raw] ??= []).unshift("VP");
  const s = vote.subject;
  return {
    vote_id: vote.id,
    chamber: vote.chamber === "house" ? "h" : "s",
    congress: vote.congress,
    session: String(vote.year),
    number: vote.number,
    date: vote.date,
    category: vote.category,
    type: vote.type,
    question: vote.question,
    ...(vote.requires ? { requires: vote.requires } : {}),
    result: vote.result,
    ...(vote.resultText ? { result_text: vote.resultText } : {}),
    ...(vote.source.url ? { source_url: vote.source.url } : {}),
    ...(s.title ? { subject: s.title } : {}),
    ...(s.bill
      ? { bill: { congress: s.bill.congress ?? vote.congress, type: s.bill.type, number: s.bill.number, ...(s.description ? { title: s.description } : {}) } }
      : {}),
    ...(s.amendment ? { amendment: { type: s.amendment.type === "samdt" ? "s" : "h", number: s.amendment.number } } : {}),
    ...(s.nomination ? { nomination: { number: s.nomination.number, ...(s.nomination.title ? { title: s.nomination.title } : {}) } } : {}),
    votes,
  };
}

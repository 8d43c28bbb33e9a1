import { yearOfSession } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import type { RollCallVote, VotePosition, VoteTotals } from "./model.js";
import { categorize, requirementOfType } from "./_lib/classify.js";
import { countByParty, countPositions, finishVote, makePosition, prune, readMeasure } from "./_lib/build.js";
import { VoteFormatError, missing, positiveIntOrThrow } from "./_lib/errors.js";
import { asObject, readJson, str } from "./_lib/json.js";
import { readOption } from "./_lib/options.js";

/** The wrapper keys of the API's responses for one House vote and for its members' votes. */
const WRAPPERS = ["houseRollCallVote", "houseRollCallVoteMemberVotes"];

function unwrap(response: unknown, file: string | undefined): Record<string, unknown> {
  const obj = asObject(readJson(response, file));
  if (!obj) throw new VoteFormatError("VOTE_WRONG_FORMAT", "a Congress.gov response must be a JSON object", { where: { file } });
  for (const key of WRAPPERS) {
    const inner = asObject(obj[key]);
    if (inner) return inner;
  }
  return obj;
}

/**
 * Reads a House roll-call vote from the Congress.gov API v3 (`/house-vote/{congress}/{session}/{number}` and, for
 * members' votes, `…/members`). Pass either response or both (text or parsed): they are merged, the item response
 * giving the party totals and the members response the positions.
 *
 * @throws {CivicError} `VOTE_*` when the responses are not a House vote, or describe two different votes.
 * @example
 * ```ts
 * const vote = parseCongressGovHouseVote([itemResponse, membersResponse]);
 * vote.source; // { format: "congress-gov-json", url: "https://clerk.house.gov/evs/2025/roll017.xml" }
 * ```
 */
export function parseCongressGovHouseVote(responses: unknown, options: ParseOptions = {}): RollCallVote {
  const file = options.file;
  const parts = (Array.isArray(responses) ? responses : [responses]).map((r) => unwrap(r, file));
  if (parts.length === 0) throw new VoteFormatError("VOTE_WRONG_FORMAT", "no Congress.gov response given", { where: { file } });
  const d: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const known = d[key];
      if (key !== "updateDate" && known !== undefined && typeof value !== "object" && known !== value) {
        throw new VoteFormatError("VOTE_MISMATCH", `the responses disagree on ${key}: ${JSON.stringify(known)} and ${JSON.stringify(value)}`, { where: { file, path: key } });
      }
      if (known === undefined || Array.isArray(value)) d[key] = value;
    }
  }
  const congress = positiveIntOrThrow(str(d.congress), "congress", "congress", file);
  const session = positiveIntOrThrow(str(d.sessionNumber), "session", "sessionNumber", file);
  const number = positiveIntOrThrow(str(d.rollCallNumber), "roll-call number", "rollCallNumber", file);
  const date = str(d.startDate) ?? (() => { throw missing("startDate", "startDate", file); })();
  const type = str(d.voteType) ?? "";
  const question = str(d.voteQuestion) ?? "";
  const requires = requirementOfType(type);
  const category = categorize("house", question, type, requires);
  const result = str(d.result) ?? "";

  const positions: VotePosition[] = [];
  const results = Array.isArray(d.results) ? (d.results as unknown[]) : [];
  for (const [i, item] of results.entries()) {
    const m = asObject(item);
    const raw = str(m?.voteCast);
    if (!m || raw === undefined) throw missing("voteCast", `results[${i}]/voteCast`, file);
    const read = readOption(raw);
    if (!read && category !== "leadership") throw new VoteFormatError("VOTE_BAD_FIELD", `unknown vote "${raw}"`, { where: { file, path: `results[${i}]/voteCast` } });
    const bioguideId = str(m.bioguideID) ?? str(m.bioguideId);
    const firstName = str(m.firstName);
    const lastName = str(m.lastName);
    positions.push(
      makePosition({
        bioguideId,
        name: [firstName, lastName].filter(Boolean).join(" ") || (bioguideId ?? "(unnamed)"),
        firstName,
        lastName,
        party: str(m.voteParty),
        state: str(m.voteState),
        option: read?.option ?? raw,
        raw,
        pair: read?.pair,
      }),
    );
  }

  const byParty: Record<string, VoteTotals> = {};
  for (const row of Array.isArray(d.votePartyTotal) ? (d.votePartyTotal as unknown[]) : []) {
    const p = asObject(row);
    const party = str(p?.voteParty) ?? str(asObject(p?.party)?.type);
    if (!p || !party) continue;
    byParty[party] = { yea: Number(p.yeaTotal ?? 0), nay: Number(p.nayTotal ?? 0), present: Number(p.presentTotal ?? 0), notVoting: Number(p.notVotingTotal ?? 0) };
  }
  let totals: VoteTotals;
  if (positions.length > 0) totals = countPositions(positions);
  else {
    totals = { yea: 0, nay: 0, present: 0, notVoting: 0 };
    for (const t of Object.values(byParty)) {
      totals.yea += t.yea;
      totals.nay += t.nay;
      totals.present! += t.present ?? 0;
      totals.notVoting! += t.notVoting ?? 0;
    }
  }
  const legislation = str(d.legislationType) && str(d.legislationNumber) ? `${str(d.legislationType)!} ${str(d.legislationNumber)!}` : undefined;
  const amendment = str(d.amendmentType) && str(d.amendmentNumber) ? `H.Amdt. ${str(d.amendmentNumber)!}` : undefined;

  return finishVote(
    {
      chamber: "house",
      congress,
      session,
      year: yearOfSession(congress, session),
      number,
      date,
      question,
      type,
      category,
      requires,
      result,
      subject: prune({ ...readMeasure(legislation, congress), ...readMeasure(amendment, congress), title: str(d.amendmentAuthor) }),
      totals,
      positions,
      tieBreaker: null,
      byParty: Object.keys(byParty).length > 0 ? byParty : countByParty(positions),
      source: prune({ format: "congress-gov-json" as const, url: str(d.sourceDataURL) }),
    },
    file,
    options.validate,
  );
}

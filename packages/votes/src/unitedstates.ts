import { type AmendmentId, BILL_TYPES, type BillId, safeParseVoteId } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import { VOTE_CATEGORIES, type RollCallVote, type VoteCategory, type VotePosition, type VoteTotals } from "./model.js";
import { categorize, readRequirement } from "./_lib/classify.js";
import { countByParty, countPositions, finishVote, makePosition, prune } from "./_lib/build.js";
import { VoteFormatError, missing, positiveIntOrThrow } from "./_lib/errors.js";
import { asObject, readJson, str } from "./_lib/json.js";
import { readOption } from "./_lib/options.js";

/**
 * Reads a vote `data.json` written by unitedstates/congress (as GovTrack and others publish it): every era, the
 * Vice President's tie-breaking entry (the string "VP" among the voters), trials (Guilty / Not Guilty) and elections
 * of the Speaker (candidates' names as options).
 *
 * @param json - the file's text, or the parsed object.
 * @throws {CivicError} `JSON_SYNTAX` for text that is not JSON, `VOTE_*` for JSON that is not a vote.
 * @example
 * ```ts
 * const vote = parseUnitedStatesVote(text);
 * vote.tieBreaker; // { by: "Vice President", option: "yea", raw: "Yea" } for s54-115.2017
 * ```
 */
export function parseUnitedStatesVote(json: unknown, options: ParseOptions = {}): RollCallVote {
  const file = options.file;
  const d = asObject(readJson(json, file));
  if (!d || typeof d.vote_id !== "string" || !asObject(d.votes)) {
    throw new VoteFormatError("VOTE_WRONG_FORMAT", "not a unitedstates/congress vote: no vote_id or votes", { where: { file } });
  }
  const id = safeParseVoteId(d.vote_id);
  if (!id.success) throw new VoteFormatError("VOTE_BAD_FIELD", `unreadable vote_id "${d.vote_id}"`, { where: { file, path: "vote_id" } });
  const { chamber, congress, session, year } = id.data;
  const number = positiveIntOrThrow(str(d.number), "number", "number", file);
  if (number !== id.data.number) throw new VoteFormatError("VOTE_BAD_FIELD", `number ${number} does not match vote_id ${d.vote_id}`, { where: { file, path: "number" } });
  const question = str(d.question) ?? "";
  const type = str(d.type) ?? question;
  const requires = readRequirement(str(d.requires));
  const category: VoteCategory = (VOTE_CATEGORIES as readonly string[]).includes(String(d.category))
    ? (d.category as VoteCategory)
    : categorize(chamber, question, type, requires);
  const result = str(d.result) ?? "";

  const positions: VotePosition[] = [];
  let tieBreaker: RollCallVote["tieBreaker"] = null;
  for (const [raw, voters] of Object.entries(asObject(d.votes)!)) {
    if (!Array.isArray(voters)) throw new VoteFormatError("VOTE_BAD_FIELD", `votes["${raw}"] is not a list`, { where: { file, path: `votes/${raw}` } });
    const read = readOption(raw);
    if (!read && category !== "leadership") throw new VoteFormatError("VOTE_BAD_FIELD", `unknown vote option "${raw}"`, { where: { file, path: `votes/${raw}` } });
    for (const [i, voter] of voters.entries()) {
      if (voter === "VP") {
        if (read?.option !== "yea" && read?.option !== "nay") {
          throw new VoteFormatError("VOTE_BAD_FIELD", `the Vice President's vote under "${raw}"`, { where: { file, path: `votes/${raw}[${i}]` } });
        }
        tieBreaker = { by: "Vice President", option: read.option, raw };
        continue;
      }
      const v = asObject(voter);
      if (!v) throw new VoteFormatError("VOTE_BAD_FIELD", "a voter is not an object", { where: { file, path: `votes/${raw}[${i}]` } });
      const voterId = str(v.id);
      positions.push(
        makePosition({
          bioguideId: voterId,
          lisId: voterId,
          name: str(v.display_name) ?? ([str(v.first_name), str(v.last_name)].filter(Boolean).join(" ") || (voterId ?? "(unnamed)")),
          firstName: str(v.first_name),
          lastName: str(v.last_name),
          party: str(v.party),
          state: str(v.state),
          option: read?.option ?? raw,
          raw,
          pair: read?.pair,
        }),
      );
    }
  }
  const totals: VoteTotals = countPositions(positions);

  const billObj = asObject(d.bill);
  const billType = str(billObj?.type);
  const bill: BillId | undefined =
    billObj && billType && (BILL_TYPES as readonly string[]).includes(billType)
      ? { congress: Number(billObj.congress), type: billType as BillId["type"], number: Number(billObj.number) }
      : undefined;
  const amendmentObj = asObject(d.amendment);
  const amendmentType = str(amendmentObj?.type);
  // "h-bill" amendments are numbered within the bill's rule, not H.Amdt. numbers: they are not amendment ids.
  const amendment: AmendmentId | undefined =
    amendmentObj && (amendmentType === "s" || amendmentType === "h")
      ? { congress, type: amendmentType === "s" ? "samdt" : "hamdt", number: Number(amendmentObj.number) }
      : undefined;
  const nominationObj = asObject(d.nomination);
  const date = str(d.date) ?? (() => { throw missing("date", "date", file); })();

  return finishVote(
    {
      chamber,
      congress,
      session,
      year,
      number,
      date,
      question,
      type,
      category,
      requires,
      result,
      resultText: str(d.result_text),
      subject: prune({
        bill,
        amendment,
        nomination: nominationObj && str(nominationObj.number) ? prune({ number: str(nominationObj.number)!, title: str(nominationObj.title) }) : undefined,
        title: str(d.subject) ?? str(amendmentObj?.author),
        description: str(billObj?.title),
      }),
      totals,
      positions,
      tieBreaker,
      byParty: countByParty(positions),
      source: prune({ format: "unitedstates-json" as const, url: str(d.source_url) }),
    },
    file,
    options.validate,
  );
}

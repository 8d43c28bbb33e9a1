import type { ParseOptions } from "./parse-options.js";
import type { RollCallVote, VoteSourceFormat } from "./model.js";
import { parseCongressGovHouseVote } from "./congress-gov.js";
import { parseHouseVoteXml } from "./house-xml.js";
import { parseSenateVoteMenuXml } from "./senate-menu-xml.js";
import { parseSenateVoteXml } from "./senate-xml.js";
import { parseUnitedStatesVote } from "./unitedstates.js";
import { parseGovTrackVoteXml } from "./govtrack-xml.js";
import { VoteFormatError } from "./_lib/errors.js";

/** The vote formats civickit recognises: the same names as a vote's `source.format`. */
export type VoteFormat = VoteSourceFormat;

/**
 * Tells which vote format a text is in, from its first element or its JSON keys, without parsing it all; null when it
 * is none of them.
 *
 * @example
 * ```ts
 * detectVoteFormat('<?xml version="1.0"?><roll_call_vote>…'); // "senate-xml"
 * ```
 */
export function detectVoteFormat(text: string): VoteFormat | null {
  const head = text.slice(0, 4096);
  const start = head.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) {
    if (/"vote_id"\s*:/.test(head)) return "unitedstates-json";
    if (/"houseRollCallVote(MemberVotes)?"\s*:|"rollCallNumber"\s*:/.test(head)) return "congress-gov-json";
    return null;
  }
  // The first element name after the prolog, DOCTYPE, comments and processing instructions.
  const m = /<([A-Za-z_][\w.-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, ""));
  switch (m?.[1]) {
    case "roll_call_vote":
      return "senate-xml";
    case "vote_summary":
      return "senate-menu-xml";
    case "rollcall-vote":
      return "house-xml";
    case "roll":
      return "govtrack-xml";
    default:
      return null;
  }
}

/**
 * Reads every vote in a text of any vote format: one for a vote file, all the session's votes for a Senate vote menu.
 *
 * @throws {CivicError} `VOTE_UNKNOWN_FORMAT` when the text is in no vote format, or what the format's parser throws.
 * @example
 * ```ts
 * for (const vote of parseVotes(text, { file })) console.log(vote.id);
 * ```
 */
export function parseVotes(text: string, options: ParseOptions = {}): RollCallVote[] {
  const format = detectVoteFormat(text);
  switch (format) {
    case "senate-xml":
      return [parseSenateVoteXml(text, options)];
    case "senate-menu-xml":
      return parseSenateVoteMenuXml(text, options).votes;
    case "house-xml":
      return [parseHouseVoteXml(text, options)];
    case "congress-gov-json":
      return [parseCongressGovHouseVote(text, options)];
    case "unitedstates-json":
      return [parseUnitedStatesVote(text, options)];
    case "govtrack-xml":
      return [parseGovTrackVoteXml(text, options)];
    case null:
      throw new VoteFormatError(
        "VOTE_UNKNOWN_FORMAT",
        "not a vote file: expected Senate or House roll-call XML, a Senate vote menu, Congress.gov house-vote JSON, or unitedstates/congress vote JSON or GovTrack XML",
        { where: { file: options.file } },
      );
  }
}

/**
 * Reads one vote from a text in any single-vote format (Senate XML, House XML, Congress.gov JSON,
 * unitedstates/congress JSON).
 *
 * @throws {CivicError} for a text in no vote format, or a Senate vote menu (use {@link parseVotes} for those).
 * @example
 * ```ts
 * const vote = parseVote(readFileSync("vote_115_2_00060.xml", "utf8"));
 * ```
 */
export function parseVote(text: string, options: ParseOptions = {}): RollCallVote {
  if (detectVoteFormat(text) === "senate-menu-xml") {
    throw new VoteFormatError("VOTE_WRONG_FORMAT", "a Senate vote menu holds many votes: read it with parseVotes or parseSenateVoteMenuXml", {
      where: { file: options.file },
    });
  }
  return parseVotes(text, options)[0]!;
}

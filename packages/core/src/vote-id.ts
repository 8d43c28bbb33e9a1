import { congressForDate, ordinal, sessionOfYear, yearOfSession } from "./calendar.js";
import { IdentifierError, type SafeResult } from "./errors.js";
import { checkedInput, fail, safely } from "./_lib/measure-id.js";
import { positiveInt } from "./_lib/text.js";

/**
 * A roll-call vote. Roll numbers start again each session, so a vote is known by its chamber, Congress, session and
 * number; `year` is the calendar year of that session (the unitedstates/congress id "s60-115.2018" carries it).
 */
export interface VoteId {
  chamber: "house" | "senate";
  congress: number;
  session: number;
  year: number;
  number: number;
}

export type VoteIdStyle = "display" | "id" | "citation" | "url";

/** What a text may leave out and the caller may know. */
export interface ParseVoteIdOptions {
  chamber?: "house" | "senate";
  congress?: number;
  session?: number;
  year?: number;
}

// s60-115.2018 (unitedstates/congress)
const US_ID = /^([hs])(\d{1,5})-(\d{1,3})\.(\d{4})$/i;
// vote_115_2_00060.xml, senate.gov URLs (…/vote1152/vote_115_2_00060.htm)
const LIS = /(?<![A-Za-z0-9])vote_(\d{1,3})_(\d)_(\d{1,5})(?![0-9])/i;
// https://clerk.house.gov/evs/2018/roll091.xml
const CLERK_XML = /evs\/(\d{4})\/roll(\d{1,5})(?![0-9])/i;
// https://clerk.house.gov/Votes/2018091
const CLERK_PAGE = /clerk\.house\.gov\/Votes\/(\d{4})(\d{1,5})(?![0-9])/i;
// https://www.congress.gov/votes/house/118th-congress/1st-session/1
const CONGRESS_GOV = /congress\.gov\/votes\/(house|senate)\/(\d{1,3})(?:st|nd|rd|th)-congress\/(\d)(?:st|nd|rd|th)-session\/(\d{1,5})(?![0-9])/i;
// Senate Roll Call 60 (115th Congress, 2018) · S. Roll Call Vote No. 60, 115th Cong., 2d Sess. (2018) · House roll no. 91
const WRITTEN =
  /^(house|senate|h\.?|s\.?)\s*(?:roll[\s-]*call(?:\s+vote)?|record(?:ed)?\s+vote|vote|roll)\s*(?:no\.?|number:?|#)?\s*(\d{1,5})\b(.*)$/is;

/**
 * Completes a vote id from what the text gave and what the caller knows: the year follows from the Congress and
 * session, and the Congress and session from the year.
 */
function complete(
  chamber: "house" | "senate" | undefined,
  number: number,
  known: { congress?: number | undefined; session?: number | undefined; year?: number | undefined },
  input: string,
): VoteId {
  if (!chamber) fail("a roll-call vote needs its chamber (House or Senate)", input);
  const { year } = known;
  let { congress, session } = known;
  if (year !== undefined && congress === undefined) congress = congressForDate(`${year}-07-01`);
  if (year !== undefined && congress !== undefined && session === undefined) {
    session = sessionOfYear(congress, year) ?? fail(`the ${ordinal(congress)} Congress did not sit in ${year}`, input);
  }
  if (congress === undefined || session === undefined) fail("a roll-call vote needs its Congress and session, or its year", input);
  if (session < 1 || session > 3) fail(`a session is 1, 2 or 3, not ${session}`, input);
  const sessionYear = yearOfSession(congress, session);
  if (year !== undefined && year !== sessionYear) {
    fail(`${year} is not the year of session ${session} of the ${ordinal(congress)} Congress`, input);
  }
  return { chamber, congress, session, year: sessionYear, number };
}

function toChamber(word: string): "house" | "senate" {
  return word.toLowerCase().startsWith("h") ? "house" : "senate";
}

/**
 * Reads a roll-call vote identifier: the unitedstates/congress form ("s60-115.2018", "h91-115.2018"), Senate LIS
 * file names and senate.gov URLs ("vote_115_2_00060.xml"), House Clerk URLs ("clerk.house.gov/evs/2018/roll091.xml",
 * "clerk.house.gov/Votes/2018091"), Congress.gov vote URLs, and written forms ("Senate Roll Call 60 (115th
 * Congress, 2018)", "House roll no. 91, 115th Cong., 2d Sess.").
 *
 * @param options - chamber, Congress, session or year to assume when the text does not give them.
 * @throws {IdentifierError} when the text is not a vote identifier or leaves the session unknown.
 * @example
 * ```ts
 * parseVoteId("s60-115.2018"); // { chamber: "senate", congress: 115, session: 2, year: 2018, number: 60 }
 * parseVoteId("https://clerk.house.gov/evs/2018/roll091.xml").number; // 91
 * ```
 */
export function parseVoteId(text: string, options: ParseVoteIdOptions = {}): VoteId {
  const input = checkedInput(text, "vote identifier");
  const num = (digits: string | undefined): number =>
    positiveInt(digits) ?? fail(`a roll-call number is a positive whole number, not "${digits ?? ""}"`, text);

  let m = US_ID.exec(input);
  if (m) return complete(toChamber(m[1]!), num(m[2]), { congress: num(m[3]), year: Number(m[4]) }, text);
  m = CONGRESS_GOV.exec(input);
  if (m) return complete(toChamber(m[1]!), num(m[4]), { congress: num(m[2]), session: num(m[3]) }, text);
  m = LIS.exec(input);
  if (m) return complete("senate", num(m[3]), { congress: num(m[1]), session: num(m[2]) }, text);
  m = CLERK_XML.exec(input) ?? CLERK_PAGE.exec(input);
  if (m) return complete("house", num(m[2]), { year: Number(m[1]) }, text);

  m = WRITTEN.exec(input);
  if (!m) fail(`not a roll-call vote identifier: "${text}"`, text);
  const rest = m[3]!;
  const congress = /(\d{1,3})(?:st|nd|rd|th|d)\s*cong/i.exec(rest)?.[1];
  const session = /(\d)(?:st|nd|rd|th|d)\s*sess/i.exec(rest)?.[1];
  const year = /(?<!\d)(1[789]\d\d|2\d\d\d)(?!\d)/.exec(rest)?.[1];
  return complete(
    toChamber(m[1]!),
    num(m[2]),
    {
      congress: congress !== undefined ? num(congress) : options.congress,
      session: session !== undefined ? num(session) : options.session,
      year: year !== undefined ? Number(year) : options.year,
    },
    text,
  );
}

/**
 * {@link parseVoteId} without throwing.
 *
 * @example
 * ```ts
 * safeParseVoteId("h91-115.2018").success; // true
 * ```
 */
export function safeParseVoteId(text: string, options: ParseVoteIdOptions = {}): SafeResult<VoteId, IdentifierError> {
  return safely(() => parseVoteId(text, options));
}

/**
 * Writes a vote id:
 * - `display`: "Senate Roll Call 60 (115th Congress, 2018)";
 * - `id`: "s60-115.2018" (unitedstates/congress);
 * - `citation`: "S. Roll Call Vote No. 60, 115th Cong., 2d Sess. (2018)";
 * - `url`: the official record: the Senate's vote page, or the House Clerk's.
 *
 * @example
 * ```ts
 * const vote = { chamber: "house", congress: 115, session: 2, year: 2018, number: 91 } as const;
 * formatVoteId(vote, "id"); // "h91-115.2018"
 * formatVoteId(vote, "url"); // "https://clerk.house.gov/Votes/2018091"
 * ```
 */
export function formatVoteId(id: VoteId, style: VoteIdStyle = "display"): string {
  const house = id.chamber === "house";
  switch (style) {
    case "display":
      return `${house ? "House" : "Senate"} Roll Call ${id.number} (${ordinal(id.congress)} Congress, ${id.year})`;
    case "id":
      return `${house ? "h" : "s"}${id.number}-${id.congress}.${id.year}`;
    case "citation":
      return `${house ? "H." : "S."} Roll Call Vote No. ${id.number}, ${ordinal(id.congress, "bluebook")} Cong., ${ordinal(id.session, "bluebook")} Sess. (${id.year})`;
    case "url":
      return house
        ? `https://clerk.house.gov/Votes/${id.year}${String(id.number).padStart(3, "0")}`
        : `https://www.senate.gov/legislative/LIS/roll_call_votes/vote${id.congress}${id.session}/vote_${id.congress}_${id.session}_${String(id.number).padStart(5, "0")}.htm`;
    default:
      throw new IdentifierError(`unknown vote id style "${String(style)}"`, String(style));
  }
}

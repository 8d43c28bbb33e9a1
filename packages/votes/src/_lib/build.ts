import { type BillId, type AmendmentId, STATE_CODES, formatVoteId, safeParseAmendmentId, safeParseBillId, validate } from "@civickit/core";
import { type RollCallVote, RollCallVoteSchema, type VotePosition, type VoteTotals } from "../model.js";
import { VoteFormatError } from "./errors.js";
import { isCalendarDate } from "./dates.js";
import { publishedPassed } from "./classify.js";

/** Counts positions into totals; unknown options (Speaker candidates) go into `candidates`. */
export function countPositions(positions: readonly VotePosition[]): VoteTotals {
  const totals: VoteTotals = { yea: 0, nay: 0, present: 0, notVoting: 0 };
  for (const p of positions) addOption(totals, p.option);
  return totals;
}

export function addOption(totals: VoteTotals, option: string, n = 1): void {
  switch (option) {
    case "yea":
    case "nay":
      totals[option] += n;
      break;
    case "present":
    case "notVoting":
    case "guilty":
    case "notGuilty":
      totals[option] = (totals[option] ?? 0) + n;
      break;
    default:
      totals.candidates ??= {};
      totals.candidates[option] = (totals.candidates[option] ?? 0) + n;
  }
}

/** Totals by party, counted from the positions. */
export function countByParty(positions: readonly VotePosition[]): Record<string, VoteTotals> {
  const out: Record<string, VoteTotals> = {};
  for (const p of positions) {
    if (!p.party) continue;
    addOption((out[p.party] ??= { yea: 0, nay: 0, present: 0, notVoting: 0 }), p.option);
  }
  return out;
}

/** Reads a bill or an amendment named in a vote file ("S. 5", "H R 6679", "S.Amdt. 14"). */
export function readMeasure(text: string | undefined, congress: number): { bill?: BillId; amendment?: AmendmentId } {
  if (!text) return {};
  // Try the amendment reading only when it can succeed: a failed parse builds an error, which is not free.
  if (/am(e?n)?dt|amend|^s\.?\s*a\b|^sa\s*\d/i.test(text)) {
    const amendment = safeParseAmendmentId(text, { congress });
    if (amendment.success) return { amendment: amendment.data };
  }
  const bill = safeParseBillId(text, { congress });
  return bill.success ? { bill: bill.data } : {};
}

const ISO_TIME = /^T([01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-]\d{2}:\d{2}$/;

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** "2018-03-21" or "2018-03-21T15:22:00-04:00", and a real day. Checked by hand: this runs once per vote. */
function isIsoDate(date: string): boolean {
  if ((date.length !== 10 && date.length !== 25) || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return false;
  if (!isCalendarDate(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10))) return false;
  return date.length === 10 || ISO_TIME.test(date.slice(10));
}

/**
 * Gives the vote its id and `passed` (what its published result says), and checks what came from the source. The mappers build every field through typed code and
 * these checks, so the result fits `RollCallVoteSchema` (the tests check every corpus file against it); with
 * `validate` the full zod schema runs too.
 */
export function finishVote(vote: Omit<RollCallVote, "id" | "passed">, file: string | undefined, validateSchema = false): RollCallVote {
  const fail = (path: string, reason: string): never => {
    throw new VoteFormatError("VOTE_BAD_FIELD", reason, { where: { file, path } });
  };
  if (!isIsoDate(vote.date)) fail("date", `"${vote.date}" is not an ISO 8601 date on the calendar`);
  if (vote.session > 3) fail("session", `a session is 1, 2 or 3, not ${vote.session}`);
  if (vote.year < 1789 || vote.year > 9999) fail("year", `${vote.year} is not a year of the Congress`);
  const id = formatVoteId({ chamber: vote.chamber, congress: vote.congress, session: vote.session, year: vote.year, number: vote.number }, "id");
  const out: RollCallVote = {
    id,
    chamber: vote.chamber,
    congress: vote.congress,
    session: vote.session,
    year: vote.year,
    number: vote.number,
    date: vote.date,
    question: vote.question,
    type: vote.type,
    category: vote.category,
    requires: vote.requires,
    result: vote.result,
    passed: publishedPassed(vote.result, vote.category),
    subject: vote.subject,
    totals: vote.totals,
    positions: vote.positions,
    tieBreaker: vote.tieBreaker,
    byParty: vote.byParty,
    source: vote.source,
  };
  if (vote.resultText !== undefined) out.resultText = vote.resultText;
  if (vote.majorityParty !== undefined) out.majorityParty = vote.majorityParty;
  return validateSchema ? validate(RollCallVoteSchema, out, `vote ${id}`, file) : out;
}

/** The object without its undefined properties, so that optional fields are absent rather than undefined. */
export function prune<T extends object>(obj: T): T {
  // A copy rather than `delete`, which would leave the object in V8's slow dictionary mode.
  const out = {} as T;
  for (const key in obj) if (obj[key] !== undefined) out[key] = obj[key];
  return out;
}

/** A two-letter code that is a state or territory, or undefined. */
const STATES: ReadonlySet<string> = new Set(STATE_CODES);

export function stateCode(text: string | undefined): VotePosition["state"] {
  return text !== undefined && STATES.has(text) ? (text as VotePosition["state"]) : undefined;
}

/** What a source says about one member's vote; undefined fields are left out of the position. */
export interface PositionFields {
  bioguideId?: string | undefined;
  lisId?: string | undefined;
  name: string;
  firstName?: string | undefined;
  lastName?: string | undefined;
  party?: string | undefined;
  state?: string | undefined;
  district?: number | null | undefined;
  option: string;
  raw: string;
  pair?: Readonly<{ kind: "live"; raw: string }> | undefined;
}

/** A bioguide id ("A000370": a capital letter and six digits) or a LIS id ("S354": "S" and three digits). */
function isMemberId(text: string, lis: boolean): boolean {
  const c = text.charCodeAt(0);
  if (text.length !== (lis ? 4 : 7) || (lis ? c !== 83 : c < 65 || c > 90)) return false;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/**
 * A position from what a source says, in the schema's key order, keeping only ids of the right form, known state
 * codes and party codes; a party written in full ("Republican") becomes its code.
 */
export function makePosition(f: PositionFields): VotePosition {
  const p = {} as VotePosition;
  if (f.bioguideId !== undefined && isMemberId(f.bioguideId, false)) p.bioguideId = f.bioguideId;
  if (f.lisId !== undefined && isMemberId(f.lisId, true)) p.lisId = f.lisId;
  p.name = f.name;
  if (f.firstName !== undefined) p.firstName = f.firstName;
  if (f.lastName !== undefined) p.lastName = f.lastName;
  const party = partyCode(f.party);
  if (party !== undefined) p.party = party;
  const state = stateCode(f.state);
  if (state !== undefined) p.state = state;
  if (f.district !== undefined) p.district = f.district;
  p.option = f.option;
  p.raw = f.raw;
  if (f.pair !== undefined) p.pair = { kind: f.pair.kind, raw: f.pair.raw };
  return p;
}

const PARTY_NAMES: Record<string, string> = {
  republican: "R",
  democrat: "D",
  democratic: "D",
  independent: "I",
  "independent democrat": "ID",
  libertarian: "L",
};

/** A party code as the chambers write it ("D", "R", "I", "ID"); full names become codes, anything else is dropped. */
export function partyCode(text: string | undefined): string | undefined {
  if (text === undefined || text === "") return undefined;
  if (text.length <= 3) return text;
  return PARTY_NAMES[text.toLowerCase()];
}

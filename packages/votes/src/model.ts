import * as z from "zod";
import {
  AmendmentIdSchema,
  BillIdSchema,
  ChamberSchema,
  StateCodeSchema,
  VotePositionOptionSchema,
} from "@civickit/core";

/** What a vote decides, in the vocabulary of unitedstates/congress (which GovTrack and others share). */
export const VOTE_CATEGORIES = [
  "passage",
  "passage-suspension",
  "cloture",
  "amendment",
  "procedural",
  "recommit",
  "nomination",
  "treaty",
  "conviction",
  "impeachment",
  "quorum",
  "leadership",
  "veto-override",
  "unknown",
] as const;
export const VoteCategorySchema = z.enum(VOTE_CATEGORIES);
export type VoteCategory = z.infer<typeof VoteCategorySchema>;

/** The majority a question needs, as the chambers publish it. */
export const VoteRequirementSchema = z.enum(["1/2", "3/5", "2/3", "QUORUM"]);
export type VoteRequirement = z.infer<typeof VoteRequirementSchema>;

const count = z.number().int().min(0);

/**
 * Counts by option. `yea` counts Yea and Aye, `nay` Nay and No. Trials add `guilty` and `notGuilty`; Speaker
 * elections put each candidate's votes in `candidates`. `present` and `notVoting` are absent only where the source does
 * not give them (the Senate's session menu).
 */
export const VoteTotalsSchema = z
  .object({
    yea: count,
    nay: count,
    present: count.optional(),
    notVoting: count.optional(),
    guilty: count.optional(),
    notGuilty: count.optional(),
    candidates: z.record(z.string(), count).optional(),
  })
  .strict();
export type VoteTotals = z.infer<typeof VoteTotalsSchema>;

/** How one member voted. */
export const VotePositionSchema = z
  .object({
    bioguideId: z.string().regex(/^[A-Z]\d{6}$/).optional(),
    lisId: z.string().regex(/^S\d{3}$/).optional(),
    name: z.string().min(1),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    party: z.string().min(1).max(3).optional(),
    state: StateCodeSchema.optional(),
    district: z.number().int().min(0).nullable().optional(),
    /** "yea", "nay", "present", "notVoting", "guilty", "notGuilty", or a candidate's name in an election of the Speaker. */
    option: VotePositionOptionSchema,
    /** The vote as the source wrote it: "Aye", "Yea", "Present, Giving Live Pair", "Jeffries". */
    raw: z.string().min(1),
    /** A live pair: the member voted "present" to offset an absent colleague's vote. */
    pair: z.object({ kind: z.literal("live"), raw: z.string() }).strict().optional(),
  })
  .strict();
export type VotePosition = z.infer<typeof VotePositionSchema>;

/** What the vote was on. */
export const VoteSubjectSchema = z
  .object({
    bill: BillIdSchema.optional(),
    amendment: AmendmentIdSchema.optional(),
    nomination: z.object({ number: z.string().min(1), title: z.string().optional() }).strict().optional(),
    /** The title or description the source gives ("S. 5, As Amended", "No Immigration Benefits for Hamas Terrorists Act"). */
    title: z.string().optional(),
    /** The measure's descriptive text, where given. */
    description: z.string().optional(),
  })
  .strict();
export type VoteSubject = z.infer<typeof VoteSubjectSchema>;

export const VoteSourceFormatSchema = z.enum(["senate-xml", "senate-menu-xml", "house-xml", "congress-gov-json", "unitedstates-json", "govtrack-xml"]);
export type VoteSourceFormat = z.infer<typeof VoteSourceFormatSchema>;

/**
 * A roll-call vote of the House or the Senate, from any source. The published facts (`question`, `requires`,
 * `result`) are kept as published; `passed` is what the published result says, and `computeOutcome` decides
 * independently from the counts and the rules.
 */
export const RollCallVoteSchema = z
  .object({
    /** "s60-115.2018", the unitedstates/congress form. */
    id: z.string().regex(/^[hs]\d+-\d+\.\d{4}$/),
    chamber: ChamberSchema,
    congress: z.number().int().min(1),
    session: z.number().int().min(1).max(3),
    year: z.number().int().min(1789),
    number: z.number().int().min(1),
    /** ISO 8601 with the Eastern offset ("2018-03-21T15:22:00-04:00"); a date alone where the source gives no time. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/),
    question: z.string(),
    /** The kind of vote as published: "On Passage of the Bill", "YEA-AND-NAY", "2/3 YEA-AND-NAY", "Election of the Speaker". */
    type: z.string(),
    category: VoteCategorySchema,
    requires: VoteRequirementSchema.nullable(),
    /** The published result: "Bill Passed", "Agreed to", "Not Guilty", "Jeffries". */
    result: z.string(),
    /** The published result with its counts, where the source gives one ("Bill Passed (97-2)"). */
    resultText: z.string().optional(),
    /** What the published result says: true (carried), false (failed), null (decides nothing, or unclear). */
    passed: z.boolean().nullable(),
    subject: VoteSubjectSchema,
    totals: VoteTotalsSchema,
    positions: z.array(VotePositionSchema),
    /** The Vice President's vote breaking a Senate tie. */
    tieBreaker: z.object({ by: z.string(), option: z.enum(["yea", "nay"]), raw: z.string() }).strict().nullable(),
    /** Totals by party code ("D", "R", "I"), as published or counted from the positions. */
    byParty: z.record(z.string(), VoteTotalsSchema),
    /** The House majority party when the source says. */
    majorityParty: z.string().optional(),
    source: z.object({ format: VoteSourceFormatSchema, url: z.string().optional() }).strict(),
  })
  .strict();
export type RollCallVote = z.infer<typeof RollCallVoteSchema>;

import * as z from "zod";
import { BILL_TYPES } from "./bill-types.js";
import { AMENDMENT_TYPES } from "./amendment-id.js";
import { ValidationError } from "./errors.js";

/** A chamber of Congress. */
export const ChamberSchema = z.enum(["house", "senate"]).describe("A chamber of Congress");
export type Chamber = z.infer<typeof ChamberSchema>;

/** The eight kinds of measure ("hr", "s", "hjres", "sjres", "hconres", "sconres", "hres", "sres"); see `BILL_TYPE_INFO` for their forms. */
export const BillTypeSchema = z.enum(BILL_TYPES).describe("Bill type code, as BILLSTATUS and GovInfo write it in lower case");
export type BillTypeCode = z.infer<typeof BillTypeSchema>;

const congress = z.number().int().min(1).max(999).describe("Congress number (1st Congress: 1789–1791)");
const positive = z.number().int().min(1);

/** A bill or resolution; `congress` is absent when unknown. */
export const BillIdSchema = z.object({ congress: congress.optional(), type: BillTypeSchema, number: positive }).strict();
export type BillIdData = z.infer<typeof BillIdSchema>;

/** A public or private law. */
export const LawIdSchema = z.object({ type: z.enum(["public", "private"]), congress, number: positive }).strict();
export type LawIdData = z.infer<typeof LawIdSchema>;

/** An amendment to a bill or resolution. */
export const AmendmentIdSchema = z.object({ congress: congress.optional(), type: z.enum(AMENDMENT_TYPES), number: positive }).strict();
export type AmendmentIdData = z.infer<typeof AmendmentIdSchema>;

/** A roll-call vote. */
export const VoteIdSchema = z
  .object({
    chamber: ChamberSchema,
    congress,
    session: z.number().int().min(1).max(3),
    year: z.number().int().min(1789).max(9999),
    number: positive,
  })
  .strict();
export type VoteIdData = z.infer<typeof VoteIdSchema>;

/** Two-letter postal codes of the states, D.C. and the territories that send members to Congress. */
export const STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
  "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
  "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
  // Historical delegations (Dakota, Philippine Islands, Orleans…) appear in old records.
  "DK", "PI", "OL",
] as const;
export const StateCodeSchema = z.enum(STATE_CODES);

/**
 * A member of Congress as a source refers to them. Sources differ in what they give: BILLSTATUS and the House give a
 * Bioguide id, the Senate a LIS id; party, state and district may be missing.
 */
export const MemberRefSchema = z
  .object({
    bioguideId: z.string().regex(/^[A-Z]\d{6}$/, "a Bioguide id is a capital letter and six digits, e.g. W000812").optional(),
    lisId: z.string().regex(/^S\d{3}$/, "a Senate LIS id is S and three digits, e.g. S354").optional(),
    name: z.string().min(1).optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    party: z.string().min(1).max(3).optional().describe("Party code as published: D, R, I, ID, L…"),
    state: StateCodeSchema.optional(),
    district: z.number().int().min(0).nullable().optional().describe("House district; 0 for at-large; null for senators"),
  })
  .strict();
export type MemberRef = z.infer<typeof MemberRefSchema>;

/** A committee or subcommittee by its Congress.gov system code ("hsju00", "ssju22"). */
export const CommitteeRefSchema = z
  .object({
    systemCode: z.string().regex(/^[a-z]{4}\d{2}$/, "a committee system code is four letters and two digits, e.g. hsju00"),
    name: z.string().min(1).optional(),
    chamber: z.enum(["house", "senate", "joint"]).optional(),
  })
  .strict();
export type CommitteeRef = z.infer<typeof CommitteeRefSchema>;

/**
 * A member's vote, normalised: Yea and Aye are "yea", Nay and No are "nay". Speaker elections record a candidate's
 * name instead, which `VotePositionOptionSchema` allows.
 */
export const VoteOptionSchema = z.enum(["yea", "nay", "present", "notVoting", "guilty", "notGuilty"]);
export type VoteOption = z.infer<typeof VoteOptionSchema>;

/** A vote option, or a candidate's name in an election of the Speaker. */
export const VotePositionOptionSchema = z.union([VoteOptionSchema, z.string().min(1)]);
export type VotePositionOption = z.infer<typeof VotePositionOptionSchema>;

/** The schemas published as JSON Schema files (`@civickit/core/schemas/<Name>.json`). */
export const PUBLISHED_SCHEMAS = {
  Chamber: ChamberSchema,
  BillType: BillTypeSchema,
  BillId: BillIdSchema,
  LawId: LawIdSchema,
  AmendmentId: AmendmentIdSchema,
  VoteId: VoteIdSchema,
  MemberRef: MemberRefSchema,
  CommitteeRef: CommitteeRefSchema,
  VoteOption: VoteOptionSchema,
} as const;

/**
 * The JSON Schema (draft 2020-12) of every published schema, for users in other languages.
 *
 * @example
 * ```ts
 * jsonSchemas().BillId.required; // ["type", "number"]
 * ```
 */
export function jsonSchemas(): Record<keyof typeof PUBLISHED_SCHEMAS, Record<string, unknown>> {
  const out = {} as Record<keyof typeof PUBLISHED_SCHEMAS, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS) as [keyof typeof PUBLISHED_SCHEMAS, z.ZodType][]) {
    out[name] = {
      $id: `https://civickit.dev/schemas/core/${name}.json`,
      title: name,
      ...z.toJSONSchema(schema),
    };
  }
  return out;
}

/**
 * Checks data against a schema and returns it typed, or throws a {@link ValidationError} listing every problem with
 * its path. `what` names the data in the message ("bill hr1865-115").
 *
 * @example
 * ```ts
 * const id = validate(BillIdSchema, { congress: 115, type: "hr", number: 1865 }, "bill id");
 * ```
 */
export function validate<S extends z.ZodType>(schema: S, data: unknown, what = "data", file?: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new ValidationError(
    `${what} does not fit its schema: ${first ? `${first.path || "(root)"}: ${first.message}` : "invalid"}${more}`,
    issues,
    file === undefined ? {} : { where: { file } },
  );
}

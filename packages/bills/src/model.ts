import * as z from "zod";
import { BillTypeSchema, ChamberSchema, MemberRefSchema } from "@civickit/core/schemas";
import { BILL_STATUS_CODES } from "./action-text.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD");
const text = z.string();

/** A title of a bill: its kind as Congress.gov names it ("Official Title as Introduced", "Short Title(s) as Passed House"…). */
export const BillTitleSchema = z
  .object({
    type: text.describe("The title type as published"),
    text: text.min(1),
    chamber: ChamberSchema.nullable().describe("The chamber the title belongs to, when the source says"),
    version: text.nullable().describe("The text version the title comes from (\"Introduced in House\"), when given"),
  })
  .strict();
export type BillTitle = z.infer<typeof BillTitleSchema>;

/** The sponsor. */
export const SponsorSchema = MemberRefSchema.extend({ isByRequest: z.boolean() }).strict();
export type Sponsor = z.infer<typeof SponsorSchema>;

/** A cosponsor; those who withdrew are kept, with the date. */
export const CosponsorSchema = MemberRefSchema.extend({
  sponsoredDate: isoDate.nullable(),
  withdrawnDate: isoDate.nullable(),
  isOriginal: z.boolean(),
}).strict();
export type Cosponsor = z.infer<typeof CosponsorSchema>;

export const CommitteeActivitySchema = z.object({ name: text, date: z.string().nullable() }).strict();
export type CommitteeActivity = z.infer<typeof CommitteeActivitySchema>;

const committeeFields = {
  systemCode: text.describe('Congress.gov system code, such as "hsju00"'),
  name: text,
  chamber: z.enum(["house", "senate", "joint"]).nullable(),
  type: text.nullable().describe('"Standing", "Select", "Joint"…'),
  activities: z.array(CommitteeActivitySchema),
};

export const SubcommitteeSchema = z.object(committeeFields).strict();
export type Subcommittee = z.infer<typeof SubcommitteeSchema>;

export const BillCommitteeSchema = z.object({ ...committeeFields, subcommittees: z.array(SubcommitteeSchema) }).strict();
export type BillCommittee = z.infer<typeof BillCommitteeSchema>;

/** A roll call recorded on one of the bill's actions. */
export const RecordedVoteSchema = z
  .object({
    chamber: ChamberSchema,
    congress: z.number().int().positive(),
    session: z.number().int().positive(),
    rollNumber: z.number().int().positive(),
    date: z.string().describe("When the vote was recorded, as the source gives it (ISO 8601)"),
    url: z.string().nullable(),
  })
  .strict();
export type RecordedVote = z.infer<typeof RecordedVoteSchema>;

/** One action, as the source lists it: none dropped, none merged. */
export const BillActionSchema = z
  .object({
    date: isoDate,
    time: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/).nullable().describe("Local time in Washington, when given"),
    text: text,
    type: text.nullable(),
    code: text.nullable().describe("The action code (\"H11100\", \"E40000\"…), when given"),
    sourceSystem: z.object({ code: z.number().int().nullable(), name: text }).strict().nullable(),
    committees: z.array(z.object({ systemCode: text, name: text.nullable() }).strict()),
    recordedVotes: z.array(RecordedVoteSchema),
  })
  .strict();
export type BillAction = z.infer<typeof BillActionSchema>;

export const RelatedBillSchema = z
  .object({
    id: text.describe('"s1693-115"'),
    title: text.nullable(),
    relationships: z.array(z.object({ type: text, identifiedBy: text }).strict()),
    latestAction: z.object({ date: isoDate, text: text }).strict().nullable(),
  })
  .strict();
export type RelatedBill = z.infer<typeof RelatedBillSchema>;

export const BillAmendmentSchema = z
  .object({
    id: text.describe('"hamdt527-115"'),
    description: text.nullable(),
    purpose: text.nullable(),
    latestAction: z.object({ date: isoDate, text: text }).strict().nullable(),
  })
  .strict();
export type BillAmendment = z.infer<typeof BillAmendmentSchema>;

export const BillLawSchema = z.object({ type: z.enum(["public", "private"]), congress: z.number().int().positive(), number: z.number().int().positive() }).strict();
export type BillLaw = z.infer<typeof BillLawSchema>;

export const BillSummarySchema = z
  .object({
    version: text.nullable().describe('The version code ("00" as introduced, "49" public law…)'),
    description: text.nullable().describe('"Introduced in House", "Public Law"…'),
    date: isoDate.nullable(),
    updateDate: z.string().nullable(),
    text: text.describe("Plain text"),
    html: text.describe("The source HTML"),
  })
  .strict();
export type BillSummary = z.infer<typeof BillSummarySchema>;

export const TextVersionSchema = z.object({ type: text, date: z.string().nullable(), urls: z.array(text) }).strict();
export type TextVersion = z.infer<typeof TextVersionSchema>;

export const CboCostEstimateSchema = z.object({ date: z.string().nullable(), title: text, url: text.nullable(), description: text.nullable() }).strict();
export type CboCostEstimate = z.infer<typeof CboCostEstimateSchema>;

/** A bill or resolution, from any source. Field names follow the issue that defines the model. */
export const BillSchema = z
  .object({
    id: text.regex(/^(hr|s|hres|sres|hjres|sjres|hconres|sconres)\d+-\d+$/).describe('"hr1865-115"'),
    congress: z.number().int().positive(),
    type: BillTypeSchema,
    number: z.number().int().positive(),
    title: text,
    titles: z.array(BillTitleSchema),
    introducedDate: isoDate.nullable(),
    originChamber: ChamberSchema.nullable(),
    updateDate: z.string().nullable(),
    sponsors: z.array(SponsorSchema),
    cosponsors: z.array(CosponsorSchema),
    committees: z.array(BillCommitteeSchema),
    actions: z.array(BillActionSchema),
    recordedVotes: z.array(RecordedVoteSchema),
    relatedBills: z.array(RelatedBillSchema),
    amendments: z.array(BillAmendmentSchema),
    laws: z.array(BillLawSchema),
    subjects: z.array(text),
    policyArea: text.nullable(),
    summaries: z.array(BillSummarySchema),
    textVersions: z.array(TextVersionSchema),
    cboCostEstimates: z.array(CboCostEstimateSchema),
    committeeReports: z.array(text).describe('Citations as published: "H. Rept. 115-572,Part 1"'),
    latestAction: z.object({ date: isoDate, text: text }).strict().nullable(),
    status: z
      .object({ code: z.enum(BILL_STATUS_CODES), date: isoDate.nullable() })
      .strict()
      .describe("The status after the bill's actions, as billStatus() computes it when the bill is read"),
    source: z.object({ format: z.enum(["billstatus-xml", "congress-gov-json", "unitedstates-json"]), file: text.nullable() }).strict(),
  })
  .strict();
export type Bill = z.infer<typeof BillSchema>;

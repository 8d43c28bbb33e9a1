export { parseBillStatusXml, BillFormatError, type ParseBillOptions } from "./billstatus-xml.js";
export { billNames } from "./names.js";
export { parseCongressGovBill, parseUnitedStatesBill, type Json } from "./json-sources.js";
export { formatBill, billUrl, type BillStyle, type BillUrlTab } from "./format.js";
export { htmlToText as summaryToText, htmlToMarkdown as summaryToMarkdown } from "./_lib/html.js";
export { parseActionText, BILL_STATUS_CODES, type ActionContext, type ActionFacts, type BillStatusCode } from "./action-text.js";
export { billStatus, billTimeline, type BillStatusResult, type Milestone, type BillWithoutStatus } from "./status.js";
export {
  BillSchema,
  BillTitleSchema,
  SponsorSchema,
  CosponsorSchema,
  BillCommitteeSchema,
  SubcommitteeSchema,
  CommitteeActivitySchema,
  BillActionSchema,
  RecordedVoteSchema,
  RelatedBillSchema,
  BillAmendmentSchema,
  BillLawSchema,
  BillSummarySchema,
  TextVersionSchema,
  CboCostEstimateSchema,
  type Bill,
  type BillTitle,
  type Sponsor,
  type Cosponsor,
  type BillCommittee,
  type Subcommittee,
  type CommitteeActivity,
  type BillAction,
  type RecordedVote,
  type RelatedBill,
  type BillAmendment,
  type BillLaw,
  type BillSummary,
  type TextVersion,
  type CboCostEstimate,
} from "./model.js";

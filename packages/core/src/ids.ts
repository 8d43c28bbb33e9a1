export { BILL_TYPES, BILL_TYPE_INFO, isBillType, type BillType, type BillTypeInfo } from "./bill-types.js";
export { parseBillId, safeParseBillId, formatBillId, type BillId, type BillIdStyle } from "./bill-id.js";
export { parseLawId, safeParseLawId, formatLawId, type LawId, type LawIdStyle } from "./law-id.js";
export {
  AMENDMENT_TYPES,
  parseAmendmentId,
  safeParseAmendmentId,
  formatAmendmentId,
  type AmendmentId,
  type AmendmentIdStyle,
  type AmendmentType,
} from "./amendment-id.js";
export { parseVoteId, safeParseVoteId, formatVoteId, type VoteId, type VoteIdStyle, type ParseVoteIdOptions } from "./vote-id.js";
export { identify, formatAllStyles, type AnyId } from "./identify.js";

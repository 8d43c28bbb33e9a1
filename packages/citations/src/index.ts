export { extractCitations, type ExtractOptions } from "./extract.js";
export { parseCitation, safeParseCitation, CitationError } from "./parse.js";
export { formatCitation, citationUrl, type CitationStyle, type CitationSource } from "./format.js";
export { annotate, linkCitation, type AnnotateOptions } from "./annotate.js";
export { createNameIndex, type NameIndex, type NameEntry, type NameMatch, type ResolvedName, type SectionRule } from "./names.js";
export {
  CITATION_TYPES,
  type Citation,
  type CitationOf,
  type CitationType,
  type CitationBase,
  type UscCitation,
  type CfrCitation,
  type LawCitation,
  type StatCitation,
  type FedRegCitation,
  type CongressionalRecordCitation,
  type UsConstCitation,
  type CaseCitation,
  type BillCitation,
  type ActCitation,
  type UscLocation,
  type VoteTallyCitation,
  type CommitteeReportCitation,
  type ExecutiveOrderCitation,
} from "./model.js";

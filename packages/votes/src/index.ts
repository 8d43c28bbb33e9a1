export {
  RollCallVoteSchema,
  VotePositionSchema,
  VoteTotalsSchema,
  VoteSubjectSchema,
  VoteCategorySchema,
  VoteRequirementSchema,
  VoteSourceFormatSchema,
  VOTE_CATEGORIES,
  type RollCallVote,
  type VotePosition,
  type VoteTotals,
  type VoteSubject,
  type VoteCategory,
  type VoteRequirement,
  type VoteSourceFormat,
} from "./model.js";
export type { ParseOptions } from "./parse-options.js";
export { parseSenateVoteXml } from "./senate-xml.js";
export { parseSenateVoteMenuXml, type SenateVoteMenu } from "./senate-menu-xml.js";
export { parseHouseVoteXml } from "./house-xml.js";
export { parseCongressGovHouseVote } from "./congress-gov.js";
export { parseUnitedStatesVote } from "./unitedstates.js";
export { parseGovTrackVoteXml } from "./govtrack-xml.js";
export { parseVote, parseVotes, detectVoteFormat, type VoteFormat } from "./parse-vote.js";
export { computeOutcome, type VoteOutcome, type OutcomeRule } from "./outcome.js";
export { tally, partyDefectors, votingRecord, agreement, type VotingRecord } from "./analysis.js";
export { formatVoteResult, formatVoteTable, voteUrl } from "./format.js";
export { toPopolo, toUnitedStatesVote, type PopoloVoteEvent, type UnitedStatesVoteJson } from "./interop.js";
export { loadLegislators, withMembers, termOn, type Legislator, type LegislatorTerm, type Legislators } from "./legislators.js";
export { VoteFormatError } from "./_lib/errors.js";

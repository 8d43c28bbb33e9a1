// A bill's status and timeline, computed from its actions in order — never stored, so they cannot drift from the
// actions they come from.
import { parseActionText, type ActionFacts, type BillStatusCode } from "./action-text.js";
import type { Bill, BillAction } from "./model.js";

/** A bill before its status is set: what the status is computed from. */
export type BillWithoutStatus = Omit<Bill, "status">;

/** The bill with its `status` field computed from its actions. */
export function withStatus(bill: BillWithoutStatus): Bill {
  const s = billStatus(bill);
  return { ...bill, status: { code: s.status, date: s.date } };
}

/** The status of a bill and the action that set it. */
export interface BillStatusResult {
  status: BillStatusCode;
  /** When the status was set (the introduction date for INTRODUCED). */
  date: string | null;
  /** The action that set it; null for INTRODUCED taken from the introduction date. */
  action: BillAction | null;
}

/** One milestone of a bill's life. */
export interface Milestone {
  date: string;
  chamber: "house" | "senate" | null;
  kind: ActionFacts["kind"];
  /** The status after it, when it changed the status. */
  status: BillStatusCode | null;
  vote: { chamber: "house" | "senate"; rollNumber: number | null; yeas: number | null; nays: number | null; how: ActionFacts["how"] | null; passed: boolean } | null;
  description: string;
  action: BillAction;
}

const LOC_PREFIX = /^[A-Z][^:]{3,60}:\s*/;

/** Where an action took place: its source system, else its text, else the bill's chamber of origin. */
function chamberOf(action: BillAction, bill: BillWithoutStatus): "house" | "senate" {
  const source = action.sourceSystem?.name ?? "";
  if (/House/i.test(source)) return "house";
  if (/Senate/i.test(source)) return "senate";
  // The Library of Congress says where in its prefix: "Passed/agreed to in House:", "Resolving differences -- Senate actions:".
  const prefix = /^[^:]{0,60}\b(?:in|--) (House|Senate)\b[^:]{0,20}:/.exec(action.text);
  if (prefix) return prefix[1] === "House" ? "house" : "senate";
  if (/\(Roll no\. \d+\)|^On motion that the House/i.test(action.text)) return "house";
  if (/Record Vote (?:Number|No)\.?: \d+/.test(action.text)) return "senate";
  if (/\bin (?:the )?House\b|\bHouse\b(?! (?:Committee|amendment))|Roll no\./.test(action.text) && !/\bSenate\b/.test(action.text)) return "house";
  if (/\bSenate\b|Record Vote (?:Number|No)/.test(action.text)) return "senate";
  return bill.originChamber ?? (bill.type.startsWith("h") ? "house" : "senate");
}

/**
 * The actions once each, oldest first. BILLSTATUS lists them newest first (Congress.gov's order); the Library of
 * Congress repeats chamber actions with a "Passed/agreed to in House:" prefix.
 */
function distinctActions(bill: BillWithoutStatus): BillAction[] {
  const first = bill.actions[0];
  const last = bill.actions[bill.actions.length - 1];
  const newestFirst = bill.source.format === "billstatus-xml" || (first !== undefined && last !== undefined && first.date > last.date);
  const ordered = newestFirst ? [...bill.actions].reverse() : bill.actions;
  return dedupe(ordered);
}

function dedupe(actions: readonly BillAction[]): BillAction[] {
  const seen = new Set<string>();
  const out: BillAction[] = [];
  // Chamber-sourced actions first in the dedup key space, so the LoC copy is the one dropped.
  for (const a of actions) if (a.sourceSystem?.code !== 9) seen.add(`${a.date}|${a.text}`);
  for (const a of actions) {
    if (a.sourceSystem?.code === 9) {
      const bare = a.text.replace(LOC_PREFIX, "");
      if (seen.has(`${a.date}|${bare}`) || seen.has(`${a.date}|${a.text}`)) continue;
    }
    out.push(a);
  }
  return out;
}

// Within one day the source order is not to be trusted: a vote comes before presentment, presentment before signature,
// signature before the law number.
const DAY_ORDER: Record<ActionFacts["kind"], number> = { introduced: 0, referred: 1, reported: 2, calendar: 3, other: 4, cloture: 5, vote: 6, presented: 7, vetoed: 8, signed: 8, enacted: 9 };

function chronological(bill: BillWithoutStatus, title: string): { action: BillAction; chamber: "house" | "senate"; facts: ActionFacts }[] {
  const actions = distinctActions(bill).map((action, index) => {
    const chamber = chamberOf(action, bill);
    const facts = parseActionText(action.text, { chamber, billType: bill.type, title });
    return { action, chamber, facts, index, rank: DAY_ORDER[facts.kind] };
  });
  actions.sort((a, b) => (a.action.date < b.action.date ? -1 : a.action.date > b.action.date ? 1 : a.rank - b.rank || a.index - b.index));
  return actions;
}

/** Whether what an action means depends on the status before it (and so must be read again once that is known). */
function dependsOnPriorStatus(facts: ActionFacts): boolean {
  return facts.kind === "referred" || facts.kind === "reported" || facts.kind === "enacted" || facts.voteType === "conference";
}

function walk(bill: BillWithoutStatus, each: (action: BillAction, facts: ActionFacts, chamber: "house" | "senate", before: BillStatusCode) => void): BillStatusResult {
  let current: BillStatusResult = { status: "INTRODUCED", date: bill.introducedDate, action: null };
  const title = bill.titles.find((t) => /official title/i.test(t.type))?.text ?? bill.title;
  for (const { action, chamber, facts: read } of chronological(bill, title)) {
    const facts = dependsOnPriorStatus(read) ? parseActionText(action.text, { chamber, billType: bill.type, priorStatus: current.status, title }) : read;
    each(action, facts, chamber, current.status);
    // Introduction never takes a bill back to INTRODUCED.
    if (facts.status !== null && facts.status !== current.status && facts.status !== "INTRODUCED") {
      current = { status: facts.status, date: action.date, action };
    }
  }
  return current;
}

/**
 * The bill's current status — in the vocabulary of GovTrack and unitedstates/congress — with the date and the action
 * that set it, computed by reading the actions in order. A bill that passed only one chamber is PASS_OVER, not
 * PASSED:BILL.
 *
 * @example
 * ```ts
 * billStatus(fosta).status; // "ENACTED:SIGNED"
 * ```
 */
export function billStatus(bill: BillWithoutStatus): BillStatusResult {
  return walk(bill, () => undefined);
}

const CHAMBER_NAME = { house: "the House", senate: "the Senate" } as const;

function describe(facts: ActionFacts, chamber: "house" | "senate", bill: BillWithoutStatus): string {
  const tally = facts.yeas !== undefined && facts.nays !== undefined ? ` ${String(facts.yeas)}–${String(facts.nays)}` : facts.how === "voice" ? " by voice vote" : facts.how === "unanimous" ? " by unanimous consent" : "";
  const roll = facts.rollNumber !== undefined ? ` (${(facts.voteChamber ?? chamber) === "house" ? "roll" : "vote"} ${String(facts.rollNumber)})` : "";
  const where = CHAMBER_NAME[facts.voteChamber ?? chamber];
  switch (facts.kind) {
    case "introduced":
      return `Introduced in ${CHAMBER_NAME[chamber]}`;
    case "referred":
      return "Referred to committee";
    case "reported":
      return "Reported by committee";
    case "cloture":
      return `Cloture ${facts.passed ? "invoked" : "not invoked"} in ${where}${tally}${roll}`;
    case "vote": {
      const what =
        facts.voteType === "conference" ? "conference report" : facts.voteType === "pingpong" ? "the other chamber's amendment" : facts.voteType === "override" ? "veto override" : "";
      const verb = facts.passed ? (what ? "Agreed to" : "Passed") : what ? "Rejected" : "Failed in";
      return what ? `${verb} ${what} in ${where}${tally}${roll}` : `${verb} ${where}${tally}${roll}`;
    }
    case "presented":
      return "Presented to the President";
    case "signed":
      return "Signed by the President";
    case "vetoed":
      return facts.status === "VETOED:POCKET" ? "Pocket vetoed by the President" : "Vetoed by the President";
    case "enacted":
      return facts.law ? `Became ${facts.law.type === "public" ? "Public" : "Private"} Law ${String(facts.law.congress)}-${String(facts.law.number)}` : `Became law (${bill.id})`;
    default:
      return "";
  }
}

/**
 * The milestones of a bill in order: introduction, referral, report, each floor vote on the bill (with its roll call),
 * cloture, conference, presentment, signature or veto, and enactment — each with its date, chamber, vote and a one-line
 * description.
 *
 * @example
 * ```ts
 * billTimeline(fosta).map((m) => `${m.date} ${m.description}`);
 * // ["2017-04-03 Introduced in the House", "2017-04-03 Referred to committee", …,
 * //  "2018-02-27 Passed the House 388–25 (roll 91)", …, "2018-04-11 Became Public Law 115-164"]
 * ```
 */
export function billTimeline(bill: BillWithoutStatus): Milestone[] {
  const out: Milestone[] = [];
  const firsts = new Set<string>();
  walk(bill, (action, facts, chamber) => {
    if (facts.kind === "other" || facts.kind === "calendar") return;
    if ((facts.kind === "referred" || facts.kind === "reported" || facts.kind === "introduced") && firsts.has(facts.kind)) return;
    firsts.add(facts.kind);
    const vote =
      facts.kind === "vote" || facts.kind === "cloture"
        ? { chamber: facts.voteChamber ?? chamber, rollNumber: facts.rollNumber ?? null, yeas: facts.yeas ?? null, nays: facts.nays ?? null, how: facts.how ?? null, passed: facts.passed ?? false }
        : null;
    // A repeat of a vote already listed (the same roll call, or the same unrecorded vote on the same day) is one milestone.
    const last = out[out.length - 1];
    if (vote && last?.vote && last.date === action.date && last.vote.chamber === vote.chamber && last.vote.rollNumber === vote.rollNumber && last.kind === facts.kind) return;
    out.push({ date: action.date, chamber: facts.kind === "presented" || facts.kind === "signed" || facts.kind === "vetoed" || facts.kind === "enacted" ? null : chamber, kind: facts.kind, status: facts.status, vote, description: describe(facts, chamber, bill), action });
  });
  return out;
}

// Reading the text of a bill action: what happened (a vote, cloture, a referral, a report, enactment, a veto…), how,
// with what tally and roll call, and the bill status after it — in the status vocabulary GovTrack and
// unitedstates/congress publish, so the data interoperates. The phrasings are those of the House and Senate floor
// systems and the Library of Congress ("Passed/agreed to in House: …"); the traps are noted where they are handled.
import type { BillType } from "@civickit/core/ids";

/** The bill statuses, as GovTrack and unitedstates/congress publish them. */
export const BILL_STATUS_CODES = [
  "INTRODUCED",
  "REFERRED",
  "REPORTED",
  "PROV_KILL:SUSPENSIONFAILED",
  "PROV_KILL:CLOTUREFAILED",
  "FAIL:ORIGINATING:HOUSE",
  "FAIL:ORIGINATING:SENATE",
  "PASSED:SIMPLERES",
  "PASSED:CONSTAMEND",
  "PASS_OVER:HOUSE",
  "PASS_OVER:SENATE",
  "PASSED:CONCURRENTRES",
  "FAIL:SECOND:HOUSE",
  "FAIL:SECOND:SENATE",
  "PASS_BACK:HOUSE",
  "PASS_BACK:SENATE",
  "PROV_KILL:PINGPONGFAIL",
  "PASSED:BILL",
  "CONFERENCE:PASSED:HOUSE",
  "CONFERENCE:PASSED:SENATE",
  "ENACTED:SIGNED",
  "PROV_KILL:VETO",
  "VETOED:POCKET",
  "VETOED:OVERRIDE_FAIL_ORIGINATING:HOUSE",
  "VETOED:OVERRIDE_FAIL_ORIGINATING:SENATE",
  "VETOED:OVERRIDE_PASS_OVER:HOUSE",
  "VETOED:OVERRIDE_PASS_OVER:SENATE",
  "VETOED:OVERRIDE_FAIL_SECOND:HOUSE",
  "VETOED:OVERRIDE_FAIL_SECOND:SENATE",
  "ENACTED:VETO_OVERRIDE",
  "ENACTED:TENDAYRULE",
] as const;

export type BillStatusCode = (typeof BILL_STATUS_CODES)[number];

export interface ActionContext {
  /** The chamber where the action took place. */
  chamber: "house" | "senate";
  billType?: BillType;
  /** The status before this action (for conference reports, whose meaning depends on what the other chamber did). */
  priorStatus?: BillStatusCode;
  /** The bill's title (a joint resolution proposing a constitutional amendment passes differently). */
  title?: string;
}

/** What an action's text says, flat; keys are absent when the text does not say. */
export interface ActionFacts {
  kind: "vote" | "cloture" | "enacted" | "vetoed" | "referred" | "reported" | "calendar" | "presented" | "signed" | "introduced" | "other";
  how?: "roll" | "voice" | "unanimous";
  passed?: boolean;
  rollNumber?: number;
  yeas?: number;
  nays?: number;
  present?: number;
  voteChamber?: "house" | "senate";
  voteType?: "vote" | "vote2" | "pingpong" | "conference" | "cloture" | "override";
  requires?: "2/3";
  law?: { type: "public" | "private"; congress: number; number: number };
  /** The bill status after the action; null when the action leaves it as it was. */
  status: BillStatusCode | null;
}

const LOC_PREFIX = /^(?:Passed\/agreed to in (?:House|Senate)|Failed of passage\/not agreed to in (?:House|Senate)|Cloture (?:motion )?(?:invoked|not invoked) in Senate|Resolving differences -- (?:House|Senate) actions|Vetoed by President|Presented to President|Became (?:Public|Private) Law|Introduced in (?:House|Senate)):\s*/;

// House floor: "On passage Passed by recorded vote: 388 - 25 (Roll no. 91)."; "On motion to suspend the rules and
// pass the bill, as amended Agreed to by the Yeas and Nays: (2/3 required): 388 - 25 (Roll no. 91)."
const HOUSE_VOTE =
  /^(On passage|On motion to suspend the rules and (?:pass|agree to) the (?:bill|resolution|joint resolution|concurrent resolution)|On agreeing to the (?:resolution|conference report|concurrent resolution)|On motion to suspend the rules and agree to the conference report|On motion that the House (?:suspend the rules and )?(?:agree|concur) (?:to|in|with an amendment to) the Senate amendments?(?: to the House amendments?)?(?: to the Senate amendments?)?|On motion that the House agree with an amendment to the Senate amendments?|On passage, the objections of the President to the contrary notwithstanding|Two-thirds of the Members present having voted in the affirmative the bill is passed)(,? as amended| \(Amended\))?[,.]?\s+(Passed|Failed|Agreed to|Not Agreed to|Rejected)?\s*(?:(by voice vote|without objection)|by (?:the Yeas and Nays|Yea-Nay Vote|recorded vote)(?::?\s*\((2\/3) required\))?:?\s*(\d+)\s*-\s*(\d+)(?:,\s*(\d+)\s+Present)?[^(]*\((?:Roll no\.|Record Vote No:)\s*(\d+)\))/i;

// Senate floor: "Passed Senate without amendment by Yea-Nay Vote. 97 - 2. Record Vote Number: 60."
const SENATE_VOTE =
  /^(Passed Senate|Failed of passage in Senate|Resolution agreed to in Senate|Concurrent resolution agreed to in Senate|Joint resolution passed Senate|Received in the Senate,? (?:read twice, )?considered,? (?:read the third time,? )?and (?:passed|agreed to)|Submitted in the Senate,? considered,? and agreed to|Introduced in the Senate,? read twice,? considered,? read the third time,? and passed|Senate agreed to conference report|Senate disagreed to conference report|Senate (?:agreed to|concurred in) (?:the )?House amendments?(?: to (?:the )?Senate amendments?)?|Senate (?:agreed to|concurred in) the House amendment to the Senate amendment|Cloture (?:motion )?on the (?:motion to proceed to the )?(?:bill|measure|conference report|motion to concur)[^.]*?(not invoked|invoked) in Senate|Cloture (not invoked|invoked) in Senate|(?:Passed|Failed of passage in) Senate over veto|Senate (?:sustained|overrode) (?:the )?veto)(.*?)(?:(without objection|by Unanimous Consent|by Voice Vote)|by Yea-Nay(?: Vote)?\.\s*(\d+)\s*-\s*(\d+)\.\s*Record Vote (?:Number|No)\.?:\s*(\d+))/i;

const PASSED_WORDS = /^(?:Passed|Agreed to)$/i;

function originOf(type: BillType | undefined): "house" | "senate" | undefined {
  if (!type) return undefined;
  return type.startsWith("h") ? "house" : "senate";
}

const isSimpleRes = (t?: BillType) => t === "hres" || t === "sres";
const isConcurrent = (t?: BillType) => t === "hconres" || t === "sconres";
const isConstAmend = (t: BillType | undefined, title: string | undefined) =>
  (t === "hjres" || t === "sjres") && /^Proposing an amendment to the Constitution/i.test(title ?? "");

function upper(chamber: "house" | "senate"): "HOUSE" | "SENATE" {
  return chamber === "house" ? "HOUSE" : "SENATE";
}

/** The status after a floor vote, following the rules GovTrack and unitedstates/congress apply. */
function statusAfterVote(voteType: NonNullable<ActionFacts["voteType"]>, passed: boolean, chamber: "house" | "senate", ctx: ActionContext, suspension: boolean, amended: boolean): BillStatusCode | null {
  const t = ctx.billType;
  const C = upper(chamber);
  const finalPass = (): BillStatusCode => (isConstAmend(t, ctx.title) ? "PASSED:CONSTAMEND" : isConcurrent(t) ? "PASSED:CONCURRENTRES" : "PASSED:BILL");
  switch (voteType) {
    case "vote":
      if (passed) return isSimpleRes(t) ? "PASSED:SIMPLERES" : `PASS_OVER:${C}`;
      return suspension ? "PROV_KILL:SUSPENSIONFAILED" : `FAIL:ORIGINATING:${C}`;
    case "vote2":
      if (passed) return amended && !isConstAmend(t, ctx.title) && !isConcurrent(t) ? `PASS_BACK:${C}` : finalPass();
      return suspension ? "PROV_KILL:SUSPENSIONFAILED" : `FAIL:SECOND:${C}`;
    case "pingpong":
      // Agreeing to the other chamber's amendment with a further amendment sends the bill back.
      if (passed && amended) return `PASS_BACK:${C}`;
      return passed ? finalPass() : "PROV_KILL:PINGPONGFAIL";
    case "conference": {
      if (!passed) return "PROV_KILL:PINGPONGFAIL";
      const other = chamber === "house" ? "SENATE" : "HOUSE";
      return ctx.priorStatus === `CONFERENCE:PASSED:${other}` ? finalPass() : `CONFERENCE:PASSED:${C}`;
    }
    case "cloture":
      return passed ? null : "PROV_KILL:CLOTUREFAILED";
    case "override": {
      const origin = originOf(t) ?? chamber;
      if (passed) return origin === chamber ? `VETOED:OVERRIDE_PASS_OVER:${C}` : "ENACTED:VETO_OVERRIDE";
      return origin === chamber ? `VETOED:OVERRIDE_FAIL_ORIGINATING:${C}` : `VETOED:OVERRIDE_FAIL_SECOND:${C}`;
    }
  }
}

function voteTypeOf(motion: string, chamber: "house" | "senate", ctx: ActionContext): NonNullable<ActionFacts["voteType"]> {
  if (/objections of the President|over veto|veto/i.test(motion)) return "override";
  if (/conference report/i.test(motion)) return "conference";
  if (/cloture/i.test(motion)) return "cloture";
  if (/(?:House|Senate) amendment|concur/i.test(motion)) return "pingpong";
  const origin = originOf(ctx.billType);
  return origin === undefined || origin === chamber ? "vote" : "vote2";
}

/**
 * What the text of a bill action says. `context.chamber` is where the action took place; the bill type, the prior
 * status and the title refine the status after a vote.
 *
 * @example
 * ```ts
 * parseActionText("Passed Senate without amendment by Yea-Nay Vote. 97 - 2. Record Vote Number: 60.", { chamber: "senate", billType: "hr" });
 * // { kind: "vote", how: "roll", passed: true, yeas: 97, nays: 2, rollNumber: 60, voteChamber: "senate", voteType: "vote2", status: "PASSED:BILL" }
 * ```
 */
export function parseActionText(text: string, context: ActionContext): ActionFacts {
  let t = text.replace(LOC_PREFIX, "").trim();
  // "Upon reconsideration, cloture on the motion to proceed … invoked": the reconsidered vote is the vote.
  t = t.replace(/^Upon reconsideration,\s*(\w)/i, (_m, c: string) => c.toUpperCase());

  const law = /^Became (Public|Private) Law No:\s*(\d+)-(\d+)/i.exec(t);
  if (law) {
    const kind = (law[1] as string).toLowerCase() === "public" ? "public" : "private";
    const prior = context.priorStatus;
    // Enacted over a veto, or already marked enacted when signed: the status stands.
    const status: BillStatusCode | null = /without (?:the President's )?signature|ten days/i.test(t)
      ? "ENACTED:TENDAYRULE"
      : prior?.startsWith("ENACTED:") ? null : "ENACTED:SIGNED";
    return { kind: "enacted", law: { type: kind, congress: Number(law[2]), number: Number(law[3]) }, status };
  }
  if (/^Signed by President\.?/i.test(t)) return { kind: "signed", status: "ENACTED:SIGNED" };
  if (/^Pocket Vetoed by President/i.test(t)) return { kind: "vetoed", status: "VETOED:POCKET" };
  if (/^Vetoed by President/i.test(t)) return { kind: "vetoed", status: "PROV_KILL:VETO" };
  if (/^Presented to President/i.test(t)) return { kind: "presented", status: null };
  if (/^Introduced in (?:the )?(?:House|Senate)\b/i.test(t)) return { kind: "introduced", status: "INTRODUCED" };

  const house = HOUSE_VOTE.exec(t);
  if (house) {
    const motion = house[1] as string;
    const amended = house[2] !== undefined || /with an amendment/i.test(motion);
    const word = house[3] ?? "";
    const how = house[4] ? (/objection/i.test(house[4]) ? "unanimous" : "voice") : "roll";
    const passed = house[4] ? !/^(Failed|Not Agreed to|Rejected)$/i.test(word) : PASSED_WORDS.test(word) || /Two-thirds/i.test(motion);
    const voteType = voteTypeOf(motion, "house", { ...context, chamber: "house" });
    const suspension = /suspend the rules|Two-thirds/i.test(motion);
    const facts: ActionFacts = { kind: "vote", how, passed, voteChamber: "house", voteType, status: null };
    if (house[5]) facts.requires = "2/3";
    if (house[6] !== undefined) {
      facts.yeas = Number(house[6]);
      facts.nays = Number(house[7]);
      if (house[8] !== undefined) facts.present = Number(house[8]);
      facts.rollNumber = Number(house[9]);
    }
    facts.status = statusAfterVote(voteType, passed, "house", context, suspension, amended);
    return facts;
  }
  const senate = SENATE_VOTE.exec(t);
  if (senate) {
    const motion = senate[1] as string;
    const invoked = senate[2] ?? senate[3];
    const how = senate[5] ? (/objection|Unanimous/i.test(senate[5]) ? "unanimous" : "voice") : "roll";
    const cloture = /^Cloture/i.test(motion);
    const passed = cloture ? invoked === "invoked" : !/^(Failed|Senate disagreed|Senate sustained)/i.test(motion);
    const voteType: NonNullable<ActionFacts["voteType"]> = cloture ? "cloture" : /veto/i.test(motion + (senate[4] ?? "")) ? "override" : voteTypeOf(motion, "senate", { ...context, chamber: "senate" });
    const amended = /with (?:an )?amendment/i.test(senate[4] ?? "") && !/without amendment/i.test(senate[4] ?? "");
    const facts: ActionFacts = { kind: cloture ? "cloture" : "vote", how, passed, voteChamber: "senate", voteType, status: null };
    if (senate[6] !== undefined) {
      facts.yeas = Number(senate[6]);
      facts.nays = Number(senate[7]);
      facts.rollNumber = Number(senate[8]);
    }
    if (/2\/3|two-thirds/i.test(t) && voteType === "override") facts.requires = "2/3";
    facts.status = statusAfterVote(voteType, passed, "senate", context, false, amended);
    return facts;
  }

  // A vote on an amendment or a motion: reported with its tally, but it does not move the bill.
  const other = /(?:Agreed to|Failed|Rejected|Not Agreed to|agreed to in Senate|rejected in Senate)[^.]*?(?:by (?:the Yeas and Nays|recorded vote)(?::?\s*\((2\/3) required\))?:?\s*(\d+)\s*-\s*(\d+)[^(]*\(Roll no\.\s*(\d+)\)|by Yea-Nay(?: Vote)?\.\s*(\d+)\s*-\s*(\d+)\.\s*Record Vote (?:Number|No)\.?:\s*(\d+))/i.exec(t);
  if (other && /^(On |Motion |Amendment |Roll call votes on amendments|S\.?Amdt|SA \d)/i.test(t)) {
    const facts: ActionFacts = { kind: "other", how: "roll", passed: !/^(Failed|Rejected|Not Agreed)|(?:rejected|Failed) /i.test(other[0]), status: null };
    facts.voteChamber = other[2] !== undefined ? "house" : "senate";
    facts.yeas = Number(other[2] ?? other[5]);
    facts.nays = Number(other[3] ?? other[6]);
    facts.rollNumber = Number(other[4] ?? other[7]);
    return facts;
  }

  // "Rules Committee Resolution H. Res. 748 Reported to House. Rule provides for consideration of H.R. 1865": the rule
  // was reported, not the bill.
  if (/^Rules Committee Resolution|^Rule H\. ?Res\./i.test(t)) return { kind: "other", status: null };
  if (/^(?:Referred to|Received in the Senate and Read twice and referred|Read twice and referred)/i.test(t)) {
    return { kind: "referred", status: context.priorStatus === undefined || context.priorStatus === "INTRODUCED" ? "REFERRED" : null };
  }
  if (/^(?:Reported (?:\(Amended\) |with an amendment |without amendment |favorably )?(?:by|to)\b|Ordered to be Reported|Committee on [^.]+\. Reported by|Reported (?:\(Amended\) )?in the nature of a substitute)/i.test(t)) {
    const prior = context.priorStatus;
    const early = prior === undefined || prior === "INTRODUCED" || prior === "REFERRED";
    return { kind: "reported", status: early ? "REPORTED" : null };
  }
  if (/^Placed on (?:the )?[\w ]*Calendar/i.test(t)) return { kind: "calendar", status: null };
  return { kind: "other", status: null };
}

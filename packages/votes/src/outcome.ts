import type { RollCallVote } from "./model.js";

/** The rule a vote was decided by, in words, with where it comes from. */
export type OutcomeRule =
  | "majority"
  | "two-thirds"
  | "three-fifths-sworn"
  | "three-fifths"
  | "quorum"
  | "speaker-election"
  | "unpublished";

export interface VoteOutcome {
  /** Carried (true), failed (false), or nothing decided (null: a quorum call). */
  passed: boolean | null;
  rule: OutcomeRule;
  /** The votes needed to carry, from the counts: yeas above the nays' count for a majority, 67 of 100 voting for two thirds. */
  needed: number | null;
  /** Whether the published result says the same; null when the vote decides nothing. */
  agreesWithPublished: boolean | null;
  /** In an election of the Speaker: the elected candidate, or null when nobody had a majority. */
  winner?: string | null;
  /** Why, in one sentence. */
  explanation: string;
}

/** The Senate's full membership; vacancies lower it, and a vote file lists every sitting senator. */
const FULL_SENATE = 100;

function forAndAgainst(vote: RollCallVote): [number, number, string, string] {
  const t = vote.totals;
  if (vote.category === "conviction" || t.guilty !== undefined || t.notGuilty !== undefined) {
    return [t.guilty ?? 0, t.notGuilty ?? 0, "guilty", "not guilty"];
  }
  return [t.yea, t.nay, "yea", "nay"];
}

/**
 * Decides a vote from its counts and the rule that governs it, independently of the published result, and says
 * whether the published result agrees.
 *
 * The rules:
 * - Majority of those voting (House and Senate; Constitution art. I, § 5, cl. 1 and each chamber's practice): the yeas
 *   must outnumber the nays. A House tie fails (the Speaker votes as a member). A Senate tie fails unless the Vice
 *   President, as President of the Senate, votes to break it (art. I, § 3, cl. 4).
 * - Two thirds of those present and voting: suspension of the rules (House Rule XV, cl. 1), overriding a veto
 *   (art. I, § 7, cl. 2), conviction on impeachment (art. I, § 3, cl. 6), expulsion (art. I, § 5, cl. 2), treaties
 *   (art. II, § 2, cl. 2), proposing a constitutional amendment (art. V), and cloture on a change of the Senate's rules
 *   (Senate Rule XXII, cl. 2).
 * - Three fifths of the senators duly chosen and sworn: cloture (Senate Rule XXII, cl. 2) and other three-fifths
 *   requirements of the Senate such as budget waivers (Congressional Budget Act § 904) — 60 of 100 however many are
 *   absent; vacancies lower the number (a vote file lists every sitting senator).
 * - Three fifths of those voting: the House's three-fifths votes (House Rule XXI, cl. 5, tax rate increases, when in force).
 * - Quorum calls decide nothing: a quorum is a majority of the members (art. I, § 5, cl. 1).
 * - Election of the Speaker: a majority of the votes cast for a person (House practice; "present" is not a vote for a
 *   person).
 *
 * The published requirement (`requires`) selects the rule; the category refines it (a Senate 3/5 is of senators sworn).
 *
 * @example
 * ```ts
 * computeOutcome(vote); // { passed: true, rule: "majority", needed: 50, agreesWithPublished: true, … } for 97–2
 * ```
 */
export function computeOutcome(vote: RollCallVote): VoteOutcome {
  const published = vote.passed;

  if (vote.category === "quorum" || vote.requires === "QUORUM") {
    const present = vote.totals.present ?? 0;
    return {
      passed: null,
      rule: "quorum",
      needed: null,
      agreesWithPublished: null,
      explanation: `A quorum call decides nothing; ${present} members answered present.`,
    };
  }

  if (vote.category === "leadership") {
    const candidates = Object.entries(vote.totals.candidates ?? {}).sort((a, b) => b[1] - a[1]);
    const cast = candidates.reduce((n, [, v]) => n + v, 0);
    const needed = Math.floor(cast / 2) + 1;
    const leader = candidates[0];
    const winner = leader && leader[1] >= needed ? leader[0] : null;
    const resultNames = (name: string): boolean => vote.result.toLowerCase().includes(name.toLowerCase());
    return {
      passed: winner !== null,
      rule: "speaker-election",
      needed,
      // The Clerk publishes the name of the candidate with the most votes, elected or not.
      agreesWithPublished: leader ? resultNames(leader[0]) : null,
      winner,
      explanation: winner
        ? `${winner} has ${leader![1]} of ${cast} votes cast for a person, at least the ${needed} needed.`
        : `Nobody has a majority of the ${cast} votes cast for a person (${needed} needed); ${leader ? `${leader[0]} leads with ${leader[1]}` : "no votes"}.`,
    };
  }

  const [yes, no, yesWord, noWord] = forAndAgainst(vote);
  const voting = yes + no;
  let passed: boolean;
  let needed: number | null;
  let rule: OutcomeRule;
  let explanation: string;

  if (vote.requires === "2/3") {
    rule = "two-thirds";
    needed = Math.ceil((2 * voting) / 3);
    passed = voting > 0 && yes * 3 >= voting * 2;
    explanation = `Two thirds of the ${voting} voting is ${needed}; ${yes} voted ${yesWord}.`;
  } else if (vote.requires === "3/5" && vote.chamber === "senate") {
    rule = "three-fifths-sworn";
    const sworn = vote.positions.length > 0 ? vote.positions.length : FULL_SENATE;
    needed = Math.ceil((3 * sworn) / 5);
    passed = yes >= needed;
    explanation = `Three fifths of the ${sworn} senators duly chosen and sworn is ${needed}; ${yes} voted ${yesWord}.`;
  } else if (vote.requires === "3/5") {
    rule = "three-fifths";
    needed = Math.ceil((3 * voting) / 5);
    passed = voting > 0 && yes * 5 >= voting * 3;
    explanation = `Three fifths of the ${voting} voting is ${needed}; ${yes} voted ${yesWord}.`;
  } else if (vote.requires === null) {
    // The source publishes no requirement (the Senate's vote menu). A question that fails a simple majority fails any
    // rule; one that clears two thirds of those voting and three fifths of a full Senate carries under any rule; a tie
    // depends on a Vice President the source does not report. Anything else the counts alone do not decide.
    rule = "unpublished";
    const carriesAnyRule = yes * 3 >= voting * 2 && (vote.chamber === "house" || yes >= Math.ceil((3 * FULL_SENATE) / 5));
    const tieKnown = vote.chamber === "house" || vote.tieBreaker !== null || vote.source.format !== "senate-menu-xml";
    const decided = yes < no || carriesAnyRule || (yes === no && tieKnown);
    if (!decided) {
      return {
        passed: null,
        rule,
        needed: null,
        agreesWithPublished: null,
        explanation:
          yes === no
            ? `A ${yes}–${no} tie: the source does not say whether the Vice President broke it.`
            : `${yes}–${no} carries a simple majority, but the source does not publish whether a higher threshold applied.`,
      };
    }
    needed = null;
    passed = yes === no ? vote.tieBreaker?.option === "yea" : yes > no;
    explanation = passed
      ? `${yes}–${no} carries under any rule the chamber applies.`
      : `${yes}–${no} fails even a simple majority.`;
  } else {
    rule = "majority";
    needed = Math.floor(voting / 2) + 1;
    if (yes !== no) {
      passed = yes > no;
      explanation = `A majority of the ${voting} voting is ${needed}; ${yes} voted ${yesWord}, ${no} ${noWord}.`;
    } else if (vote.chamber === "senate" && vote.tieBreaker) {
      passed = vote.tieBreaker.option === "yea";
      explanation = `A ${yes}–${no} tie, broken by the ${vote.tieBreaker.by} voting ${vote.tieBreaker.option}.`;
    } else if (vote.chamber === "senate" && vote.source.format === "senate-menu-xml") {
      return {
        passed: null,
        rule,
        needed,
        agreesWithPublished: null,
        explanation: `A ${yes}–${no} tie: the vote menu does not say whether the Vice President broke it.`,
      };
    } else {
      passed = false;
      explanation = `A ${yes}–${no} tie fails: a majority of those voting is ${needed}.`;
    }
  }
  return { passed, rule, needed, agreesWithPublished: published === null ? null : published === passed, explanation };
}

import type { VoteCategory, VoteRequirement } from "../model.js";

/**
 * The category of a vote from its question and published type, following the vocabulary and the reading of
 * unitedstates/congress (which classifies the same questions the same way).
 */
export function categorize(chamber: "house" | "senate", question: string, type: string, requires: VoteRequirement | null): VoteCategory {
  // Questions repeat endlessly ("On the Cloture Motion"): remember the answers, by chamber and requirement.
  const bucket = (chamber === "house" ? 0 : 5) + (requires === null ? 0 : requires === "1/2" ? 1 : requires === "3/5" ? 2 : requires === "2/3" ? 3 : 4);
  const cache = (categoryCache[bucket] ??= new Map<string, VoteCategory>());
  const key = type === question ? question : `${type}\u0000${question}`;
  let category = cache.get(key);
  if (category === undefined) {
    category = categorizeUncached(chamber, `${type} ${question}`.toLowerCase(), requires);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, category);
  }
  return category;
}

const categoryCache: (Map<string, VoteCategory> | undefined)[] = [];

function categorizeUncached(chamber: "house" | "senate", q: string, requires: VoteRequirement | null): VoteCategory {
  if (requires === "QUORUM" || /\bquorum\b|call of the house|call by states/.test(q)) return "quorum";
  if (/election of the speaker|election of speaker/.test(q)) return "leadership";
  if (/guilty or not guilty|on the article of impeachment/.test(q)) return "conviction";
  if (/article [ivxlc]+ of the resolution|impeach/.test(q) && chamber === "house") return "impeachment";
  if (/cloture/.test(q)) return "cloture";
  if (/overrid(e|ing) the veto|objections of the president/.test(q)) return "veto-override";
  if (/resolution of ratification|treaty/.test(q)) return "treaty";
  if (/nomination|confirmation/.test(q)) return "nomination";
  if (/recommit/.test(q)) return "recommit";
  if (/suspend the rules/.test(q)) return "passage-suspension";
  if (/\b(amendment|amdt|admt)\b/.test(q) && !/concur|senate amendment|house amendment|conference/.test(q)) return "amendment";
  if (/on passage|on the bill|on the joint resolution|on the concurrent resolution|on the resolution\b|on agreeing to the resolution|conference report|motion to concur|on the motion to recede/.test(q)) {
    return "passage";
  }
  if (/motion|previous question|table|adjourn|journal|point of order|quorum|waive|decision of the chair|question of consideration/.test(q)) return "procedural";
  return "unknown";
}

/** The requirement a House vote type states: "2/3 YEA-AND-NAY" → "2/3", "QUORUM" → "QUORUM", otherwise a majority. */
export function requirementOfType(type: string): VoteRequirement {
  const t = type.toUpperCase();
  if (t.includes("QUORUM")) return "QUORUM";
  if (t.includes("2/3")) return "2/3";
  if (t.includes("3/5")) return "3/5";
  return "1/2";
}

/** Reads a published requirement ("1/2", "3/5", "2/3", "QUORUM"), or null. */
export function readRequirement(text: string | undefined): VoteRequirement | null {
  const t = text?.trim().toUpperCase();
  return t === "1/2" || t === "3/5" || t === "2/3" || t === "QUORUM" ? t : null;
}

/**
 * What a published result says: carried (true), failed (false), or nothing decided (null: quorum calls, Speaker
 * elections, results that name no outcome). "Veto Sustained" means the override failed; "Not Guilty" that the
 * conviction failed.
 */
export function publishedPassed(result: string, category: VoteCategory): boolean | null {
  if (category === "quorum" || category === "leadership") return null;
  let passed = passedCache.get(result);
  if (passed === undefined) {
    passed = readPassed(result.toLowerCase());
    if (passedCache.size > 10_000) passedCache.clear();
    passedCache.set(result, passed);
  }
  return passed;
}

const passedCache = new Map<string, boolean | null>();

function readPassed(r: string): boolean | null {
  if (/veto sustained/.test(r)) return false;
  if (/\bnot\b[^,]*\b(agreed|invoked|sustained|well taken|confirmed|passed|guilty|adopted|overridden)|\brejected\b|\bfailed\b|\bdefeated\b/.test(r)) return false;
  if (/guilty|agreed|passed|confirmed|invoked|sustained|overridden|well taken|adopted|ratified/.test(r)) return true;
  return null;
}

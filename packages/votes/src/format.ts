import { formatVoteId, ordinal } from "@civickit/core";
import type { RollCallVote } from "./model.js";
import { computeOutcome } from "./outcome.js";

const DASH = "\u2013";

function verb(vote: RollCallVote, passed: boolean): string {
  const measureIsLaw =
    vote.subject.bill !== undefined && ["hr", "s", "hjres", "sjres"].includes(vote.subject.bill.type) && !vote.subject.amendment;
  switch (vote.category) {
    case "cloture":
      return passed ? "Cloture invoked" : "Cloture not invoked";
    case "nomination":
      return passed ? "Confirmed" : "Rejected";
    case "conviction":
      return passed ? "Guilty" : "Not guilty";
    case "veto-override":
      return passed ? "Veto overridden" : "Veto sustained";
    case "passage":
    case "passage-suspension":
      if (measureIsLaw || /\bbill\b|^on passage$/i.test(vote.question)) return passed ? "Passed" : "Failed";
      return passed ? "Agreed to" : "Rejected";
    default:
      return passed ? "Agreed to" : "Rejected";
  }
}

/**
 * The result in a few words, decided by the outcome engine: "Passed 97–2", "Agreed to 96–0", "Cloture invoked 60–39
 * (3/5 required)", "Not guilty 48–52 (2/3 required)", "Confirmed 50–50, Vice President voting yea".
 *
 * @example
 * ```ts
 * formatVoteResult(vote); // "Passed 97–2"
 * ```
 */
export function formatVoteResult(vote: RollCallVote): string {
  const outcome = computeOutcome(vote);
  const t = vote.totals;
  if (outcome.rule === "quorum") return `Quorum call: ${t.present ?? 0} present, ${t.notVoting ?? 0} not voting`;
  if (outcome.rule === "speaker-election") {
    const ranked = Object.entries(t.candidates ?? {}).sort((a, b) => b[1] - a[1]);
    const list = ranked.map(([name, n]) => `${name} ${n}`).join(", ");
    return outcome.winner ? `${outcome.winner} elected Speaker (${list})` : `No Speaker elected (${list}; ${outcome.needed ?? 0} needed)`;
  }
  const conviction = vote.category === "conviction";
  const yes = conviction ? (t.guilty ?? 0) : t.yea;
  const no = conviction ? (t.notGuilty ?? 0) : t.nay;
  let text = `${verb(vote, outcome.passed === true)} ${yes}${DASH}${no}`;
  if (vote.tieBreaker && yes === no) text += `, ${vote.tieBreaker.by} voting ${vote.tieBreaker.option}`;
  if (vote.requires === "2/3" || vote.requires === "3/5") text += ` (${vote.requires} required)`;
  return text;
}

type CountKey = "yea" | "nay" | "guilty" | "notGuilty" | "present" | "notVoting";

const COLUMNS: [CountKey, string][] = [
  ["yea", "Yea"],
  ["nay", "Nay"],
  ["guilty", "Guilty"],
  ["notGuilty", "Not guilty"],
  ["present", "Present"],
  ["notVoting", "Not voting"],
];

/**
 * The totals by party as a table, in plain text or Markdown, with a total row.
 *
 * @example
 * ```ts
 * console.log(formatVoteTable(vote, "markdown"));
 * // | Party | Yea | Nay | Present | Not voting |
 * // | --- | ---: | ---: | ---: | ---: |
 * // | D | 47 | 1 | 0 | 0 | …
 * ```
 */
export function formatVoteTable(vote: RollCallVote, format: "text" | "markdown" = "text"): string {
  const rows = Object.entries(vote.byParty).sort((a, b) => a[0].localeCompare(b[0]));
  const trial = vote.category === "conviction";
  const columns = COLUMNS.filter(([key]) => vote.totals[key] !== undefined && !(trial && (key === "yea" || key === "nay")));
  const header = ["Party", ...columns.map(([, label]) => label)];
  const body = [...rows.map(([party, t]) => [party, ...columns.map(([key]) => String(t[key] ?? 0))]), ["Total", ...columns.map(([key]) => String(vote.totals[key] ?? 0))]];
  if (vote.totals.candidates) {
    for (const [name, n] of Object.entries(vote.totals.candidates).sort((a, b) => b[1] - a[1])) body.push([`for ${name}`, String(n), ...columns.slice(1).map(() => "")]);
  }
  if (format === "markdown") {
    return [`| ${header.join(" | ")} |`, `| --- |${columns.map(() => " ---: |").join("")}`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  }
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), ...body.map(line)].join("\n");
}

/**
 * The vote's official links: the XML record and the page a person reads (the chamber's own; Congress.gov for House
 * votes from the 118th Congress on, which it covers).
 *
 * @example
 * ```ts
 * voteUrl(vote).xml; // "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1152/vote_115_2_00060.xml"
 * ```
 */
export function voteUrl(vote: RollCallVote): { xml: string; page: string; congressGov?: string } {
  const id = { chamber: vote.chamber, congress: vote.congress, session: vote.session, year: vote.year, number: vote.number };
  const page = formatVoteId(id, "url");
  if (vote.chamber === "senate") return { xml: page.replace(/\.htm$/, ".xml"), page };
  const xml = `https://clerk.house.gov/evs/${vote.year}/roll${String(vote.number).padStart(3, "0")}.xml`;
  return vote.congress >= 118
    ? { xml, page, congressGov: `https://www.congress.gov/votes/house/${ordinal(vote.congress)}-congress/${ordinal(vote.session)}-session/${vote.number}` }
    : { xml, page };
}

import { computeOutcome, formatVoteResult, formatVoteTable, parseVotes, partyDefectors, type RollCallVote } from "@civickit/votes";
import type { CliIo } from "../io.js";
import { runBulk } from "../bulk.js";

export const VOTE_HELP = `civic vote <file|dir|-> [--format text|json|ndjson]

Reads roll-call votes in any format civickit knows: Senate and House roll-call XML, the Senate's
session vote menu, Congress.gov house-vote JSON and unitedstates/congress vote JSON. A directory
means every .xml and .json file under it. Prints each vote's question, result (checked by the
outcome engine), totals by party and members who voted against their party.

Options:
  --format F   text (default), json (one JSON array) or ndjson (one vote per line)

Each failure is reported on stderr with its file and reason; the exit code is 1 if any failed.`;

export type VoteFormatOption = "text" | "json" | "ndjson";

function textOf(vote: RollCallVote): string {
  const outcome = computeOutcome(vote);
  const check =
    outcome.agreesWithPublished === null ? "" : outcome.agreesWithPublished ? " (agrees with the published result)" : ` (the published result says "${vote.result}")`;
  const lines = [
    `${vote.id}  ${vote.date}`,
    `  ${vote.question}`,
    `  ${formatVoteResult(vote)}${check}`,
    `  ${outcome.explanation}`,
  ];
  if (Object.keys(vote.byParty).length > 0) lines.push(...formatVoteTable(vote).split("\n").map((l) => `  ${l}`));
  const defectors = partyDefectors(vote);
  if (defectors.length > 0) {
    const shown = defectors.slice(0, 12).map((p) => `${p.name}${p.party && !p.name.includes("(") ? ` (${p.party})` : ""}: ${p.option}`);
    lines.push(`  Against their party (${defectors.length}): ${shown.join("; ")}${defectors.length > 12 ? "; …" : ""}`);
  }
  return lines.join("\n");
}

export function runVote(args: string[], format: VoteFormatOption, io: CliIo, isTty: boolean): Promise<number> {
  return runBulk("vote", args, (text, path) => parseVotes(text, { file: path }), { format, textOf, noun: "votes" }, io, isTty);
}

// A newsroom's report on a roll-call vote: the result as a headline, the party breakdown, who broke with their party,
// and whether the published result follows from the counts and the rule that applies.
//
//   pnpm start                    the bundled sample (House roll 91 of 2018, abridged to the members not voting Yea)
//   pnpm start vote.xml           any Senate or House roll-call XML, Senate vote menu, Congress.gov house-vote JSON or
//                                 unitedstates/congress data.json: the format is recognised
import { readFileSync } from "node:fs";
import { exitOnCivicError, sample } from "@civickit/example-samples";
import { computeOutcome, formatVoteResult, formatVoteTable, parseVotes, partyDefectors, voteUrl } from "@civickit/votes";

exitOnCivicError();

const file = process.argv[2] ?? sample("house-roll-2018-091.xml");
for (const vote of parseVotes(readFileSync(file, "utf8"), { file })) {
  const outcome = computeOutcome(vote);
  console.log(`${vote.chamber === "house" ? "House roll call" : "Senate vote"} ${vote.number}, ${vote.congress}th Congress, ${vote.date}`);
  console.log(`  ${vote.question}`);
  console.log(`  ${formatVoteResult(vote)}   (published: “${vote.result}”)`);
  console.log(`  Rule: ${outcome.rule}. ${outcome.explanation}`);
  console.log(`  Outcome check: ${outcome.agreesWithPublished === null ? "the vote decides nothing" : outcome.agreesWithPublished ? "agrees with the published result" : "DISAGREES with the published result"}`);
  if (Object.keys(vote.byParty).length > 0) console.log(`\n${formatVoteTable(vote).replace(/^/gm, "  ")}`);
  const defectors = partyDefectors(vote);
  console.log(`\n  Against the majority of their party: ${defectors.length}`);
  for (const p of defectors) console.log(`    ${p.name.padEnd(18)} ${(p.party ?? "").padEnd(2)} ${(p.state ?? "").padEnd(3)} ${p.option}`);
  const urls = voteUrl(vote);
  console.log(`\n  ${urls.page}\n  ${urls.xml}\n`);
}

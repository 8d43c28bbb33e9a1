// The worked example: a press release about a bill that became law, read with civickit.
//
//   pnpm start                                   the bundled sample release, bills, votes and law
//   pnpm start release.txt [files…]              your own release; BILLSTATUS, roll-call and USLM files after it
//
// It prints every citation with its Bluebook form and official link; the bills the release names, found through the
// bills' own titles, with status and timeline; the votes it mentions, matched to roll calls, with an outcome check; and
// what the law changed in the U.S. Code.
import { readFileSync } from "node:fs";
import { billNames, billTimeline, formatBill, parseBillStatusXml } from "@civickit/bills";
import { citationUrl, createNameIndex, extractCitations, formatCitation } from "@civickit/citations";
import { exitOnCivicError, sample } from "@civickit/example-samples";
import { amendments, identifierToCitation, lawInfo, parseUslm } from "@civickit/statutes";
import { computeOutcome, formatVoteResult, parseVote } from "@civickit/votes";

exitOnCivicError();

const [releasePath, ...given] = process.argv.slice(2);
const files = releasePath
  ? given
  : ["BILLSTATUS-115hr1865.xml", "BILLSTATUS-115s1693.xml", "house-roll-2018-091.xml", "senate-vote-115-2-00060.xml", "PLAW-115publ164.xml"].map(sample);
const release = readFileSync(releasePath ?? sample("release.txt"), "utf8");

// Each file is read by what it is: a bill's status, a roll call, or a USLM law.
const bills = [];
const votes = [];
const laws = [];
for (const file of files) {
  const text = readFileSync(file, "utf8");
  if (text.includes("<billStatus")) bills.push(parseBillStatusXml(text, { file }));
  else if (/<(pLaw|uscDoc|bill|resolution)\b/.test(text)) laws.push(parseUslm(text, { file }));
  else votes.push(parseVote(text, { file }));
}

const heading = (title) => console.log(`\n${title}\n${"─".repeat(title.length)}`);
const lineOf = (offset) => release.slice(0, offset).split("\n").length;

// Citations. The name index knows the most-cited acts and, from the bill files, every title of these bills and of
// the bills related to them: "the Stop Enabling Sex Traffickers Act" resolves to S. 1693.
const names = createNameIndex(bills.flatMap(billNames));
const citations = extractCitations(release, { names });
heading(`Citations: ${citations.length} in ${releasePath ?? "the sample release"}`);
for (const c of citations) {
  const url = safeUrl(c);
  console.log(`  line ${String(lineOf(c.start)).padStart(2)}  ${c.type.padEnd(20)} ${JSON.stringify(c.match.replace(/\s+/g, " "))}`);
  console.log(`           → ${formatCitation(c, "bluebook")}${url ? `\n             ${url}` : ""}`);
}

// Bills: those cited by number and those named by title, each once, with what the bill files say about them.
heading("Bills named");
const keyOf = (b) => `${b.billType ?? b.type}${b.number}`;
const named = new Map();
for (const c of citations) {
  const ref = c.type === "bill" ? c : c.type === "act" ? c.bill : null;
  if (ref) named.set(keyOf(ref), [...(named.get(keyOf(ref)) ?? []), c.match.replace(/\s+/g, " ")]);
}
for (const [key, mentions] of named) {
  const bill = bills.find((b) => keyOf(b) === key);
  console.log(`  ${[...new Set(mentions)].map((m) => `“${m}”`).join(", ")}`);
  if (!bill) {
    console.log("    (no BILLSTATUS file given for this bill)");
    continue;
  }
  console.log(`    ${formatBill(bill, "display")}`);
  console.log(`    status ${bill.status.code} since ${bill.status.date}; sponsor ${bill.sponsors[0]?.name ?? "none"}`);
  for (const m of billTimeline(bill)) console.log(`      ${m.date}  ${m.description}`);
}

// Votes: each tally in the text ("388-25") matched to a roll call with those totals, and the result checked against
// the rules (a majority of those voting, two thirds, three fifths of the Senate…) rather than taken on trust.
heading("Votes mentioned");
for (const c of citations.filter((c) => c.type === "voteTally")) {
  const vote = votes.find((v) => v.totals.yea === c.yeas && v.totals.nay === c.nays);
  if (!vote) {
    console.log(`  “${c.match}” (line ${lineOf(c.start)}): no roll call given with these totals`);
    continue;
  }
  const outcome = computeOutcome(vote);
  console.log(`  “${c.match}” (line ${lineOf(c.start)}) → ${vote.chamber === "house" ? "House roll" : "Senate vote"} ${vote.number} of ${vote.year}, ${vote.date.slice(0, 10)}: ${vote.question}`);
  console.log(`    ${formatVoteResult(vote)} — ${outcome.explanation} ${outcome.agreesWithPublished ? "Agrees with" : "Disagrees with"} the published result “${vote.result}”.`);
}

// The law: where it sits in the Statutes at Large, and each U.S. Code provision it amends.
for (const doc of laws) {
  const info = lawInfo(doc);
  heading(`What Public Law ${info.congress}-${info.number} changed`);
  console.log(`  Public Law ${info.congress}-${info.number}, ${info.stat ? `${info.stat.volume} Stat. ${info.stat.page}` : "Stat. page unknown"}, enacted ${info.enacted ?? "(date unknown)"}${info.bill ? ` from ${identifierToCitation(info.bill)?.cite ?? info.bill}` : ""}`);
  if (info.shortTitle) console.log(`  “${info.shortTitle}”`);
  for (const edit of amendments(doc)) {
    const url = edit.target ? safeUrl(edit.target) : null;
    console.log(`    ${(edit.target?.cite ?? edit.targetIdentifier ?? "").padEnd(22)} ${edit.action.padEnd(18)} ${url ?? ""}`);
  }
}

function safeUrl(c) {
  try {
    return citationUrl(c);
  } catch {
    return null;
  }
}

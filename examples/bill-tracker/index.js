// A bill tracker's card for one bill: identity, status, sponsor, cosponsors by party, the timeline and the links.
//
//   pnpm start                        the bundled sample (H.R. 1865 of the 115th Congress, abridged)
//   pnpm start BILLSTATUS-118hr1.xml  any BILLSTATUS XML file, a Congress.gov API v3 bill response or a
//                                     unitedstates/congress data.json
import { readFileSync } from "node:fs";
import { billTimeline, billUrl, formatBill, parseBillStatusXml, parseCongressGovBill, parseUnitedStatesBill } from "@civickit/bills";
import { exitOnCivicError, sample } from "@civickit/example-samples";

exitOnCivicError();

const file = process.argv[2] ?? sample("BILLSTATUS-115hr1865.xml");
const text = readFileSync(file, "utf8");
// BILLSTATUS XML, a unitedstates/congress data.json (it has a "bill_id"), or a Congress.gov API response.
const json = text.trimStart().startsWith("{") ? JSON.parse(text) : null;
const bill = json === null ? parseBillStatusXml(text, { file }) : "bill_id" in json ? parseUnitedStatesBill(json) : parseCongressGovBill(json);

console.log(formatBill(bill, "display"));
console.log(`  ${formatBill(bill, "citation")}`);
console.log(`  status      ${bill.status.code} since ${bill.status.date}`);
console.log(`  introduced  ${bill.introducedDate ?? "?"} in the ${bill.originChamber === "senate" ? "Senate" : bill.originChamber === "house" ? "House" : "?"}`);
console.log(`  sponsor     ${bill.sponsors.map((s) => s.name).join("; ") || "none"}`);

// Cosponsors by party, withdrawn ones apart: a withdrawn cosponsor stays in the record but no longer supports the bill.
const active = bill.cosponsors.filter((c) => c.withdrawnDate === null);
const groups = new Map();
for (const c of active) groups.set(c.party ?? "?", [...(groups.get(c.party ?? "?") ?? []), c]);
const byParty = [...groups].sort((a, b) => b[1].length - a[1].length);
console.log(`  cosponsors  ${active.length}${byParty.length ? ` (${byParty.map(([party, list]) => `${party} ${list.length}`).join(", ")})` : ""}` +
  `${bill.cosponsors.length > active.length ? `, ${bill.cosponsors.length - active.length} withdrawn` : ""}; ` +
  `${active.filter((c) => c.isOriginal).length} original`);
for (const [party, list] of byParty) console.log(`    ${party}: ${list.map((c) => `${c.lastName ?? c.name}${c.state ? ` (${c.state})` : ""}`).join(", ")}`);

console.log("\nTimeline");
for (const m of billTimeline(bill)) console.log(`  ${m.date}  ${m.description}${m.status ? `  → ${m.status}` : ""}`);

console.log("\nLinks");
console.log(`  ${billUrl(bill)}`);
console.log(`  ${billUrl(bill, "all-actions")}`);
console.log(`  ${billUrl(bill, "text")}`);

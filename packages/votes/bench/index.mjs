// pnpm bench for @civickit/votes: every roll-call vote XML file of the corpus read into validated RollCallVotes,
// against a bare fast-xml-parser parse of the same bytes, measured in the same process.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { corpusDir, corpusFiles, corpusSkipMessage } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { parseVotes, computeOutcome } from "@civickit/votes";

const PKG = "@civickit/votes";

if (corpusDir() === null) {
  console.log(corpusSkipMessage());
} else {
  const xmlFiles = [
    ...corpusFiles("votes-senate", [".xml"]),
    ...corpusFiles("votes-house", [".xml"]),
    ...corpusFiles("unitedstates-json", [".xml"]).filter((f) => basename(f).startsWith("vote__")),
  ];
  const xml = xmlFiles.map((f) => readFileSync(f, "utf8"));
  const bytes = xml.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const votes = xml.reduce((n, t) => n + parseVotes(t).length, 0);
  const fxp = new XMLParser({ ignoreAttributes: false });
  runSuite(PKG, `vote XML: ${xmlFiles.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${votes} votes`, [
    { name: "fast-xml-parser 5 (bare parse, no model)", baseline: true, bytes, items: votes, fn: () => xml.forEach((t) => fxp.parse(t)) },
    { name: "civickit parseVotes → RollCallVote", bytes, items: votes, fn: () => xml.forEach((t) => parseVotes(t)) },
    { name: "civickit parseVotes + outcome engine", bytes, items: votes, fn: () => xml.forEach((t) => parseVotes(t).forEach(computeOutcome)) },
    { name: "civickit parseVotes, validate: true (zod)", bytes, items: votes, fn: () => xml.forEach((t) => parseVotes(t, { validate: true })) },
  ]);

  const jsonFiles = corpusFiles("unitedstates-json", [".json"]).filter((f) => basename(f).startsWith("vote__"));
  const json = jsonFiles.map((f) => readFileSync(f, "utf8"));
  const jsonBytes = json.reduce((n, t) => n + Buffer.byteLength(t), 0);
  runSuite(PKG, `vote JSON: ${jsonFiles.length} unitedstates/congress files, ${(jsonBytes / 1e6).toFixed(2)} MB`, [
    { name: "JSON.parse (bare, no model)", baseline: true, bytes: jsonBytes, items: json.length, fn: () => json.forEach((t) => JSON.parse(t)) },
    { name: "civickit parseVotes → RollCallVote", bytes: jsonBytes, items: json.length, fn: () => json.forEach((t) => parseVotes(t)) },
  ]);
}

// pnpm bench for @civickit/bills: every BILLSTATUS file of the corpus read into a Bill, against a bare
// fast-xml-parser parse of the same bytes, measured in the same process.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { corpusDir, corpusFiles, corpusSkipMessage } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { BillSchema, parseBillStatusXml } from "@civickit/bills";

const PKG = "@civickit/bills";

if (corpusDir() === null) {
  console.log(corpusSkipMessage());
} else {
  const files = corpusFiles("billstatus", [".xml"]);
  const xml = files.map((f) => readFileSync(f, "utf8"));
  const bytes = xml.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const fxp = new XMLParser({ ignoreAttributes: false });
  runSuite(PKG, `BILLSTATUS: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`, [
    { name: "fast-xml-parser 5 (bare parse, no model)", baseline: true, bytes, items: files.length, fn: () => xml.forEach((t) => fxp.parse(t)) },
    { name: "civickit parseBillStatusXml → Bill", bytes, items: files.length, fn: () => xml.forEach((t) => parseBillStatusXml(t)) },
    { name: "civickit parseBillStatusXml + BillSchema.parse (zod)", bytes, items: files.length, fn: () => xml.forEach((t) => BillSchema.parse(parseBillStatusXml(t))) },
  ]);
}

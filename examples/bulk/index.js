// A directory of BILLSTATUS files → one JSON Bill per line (NDJSON), parsed over worker threads in input order, with a
// progress bar on the terminal, the counts, and each failure with its file and place.
//
//   pnpm start                                 the bundled samples (two bills and one truncated file) to stdout
//   pnpm start ~/BILLSTATUS/118/hr bills.ndjson  a whole directory (govinfo.gov/bulkdata/BILLSTATUS) to a file
import { createWriteStream, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseBillStatusFiles } from "@civickit/bills/node";
import { sample } from "@civickit/example-samples";

const [dir, out] = process.argv.slice(2);
const files = dir
  ? readdirSync(dir).filter((f) => /\.xml$/i.test(f)).sort().map((f) => join(dir, f))
  : ["BILLSTATUS-115hr1865.xml", "BILLSTATUS-115s1693.xml", "BILLSTATUS-truncated.xml"].map(sample);
const sink = out ? createWriteStream(out) : process.stdout;
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

const started = performance.now();
const tty = process.stderr.isTTY;
let done = 0;
const failures = [];
for await (const { file, bill, error } of parseBillStatusFiles(files, { workers: Math.min(4, availableParallelism()) })) {
  done++;
  if (bill) sink.write(`${JSON.stringify(bill)}\n`);
  else failures.push({ file, error });
  if (tty) {
    const width = 30;
    const filled = Math.round((done / files.length) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${files.length}`);
  }
}
if (tty) process.stderr.write("\n");
if (out) sink.end();

const seconds = (performance.now() - started) / 1000;
console.error(`${done - failures.length} parsed, ${failures.length} failed, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s`);
for (const { file, error } of failures) console.error(`  ✗ ${file}: ${error.message}`);
process.exitCode = failures.length > 0 ? 1 : 0;

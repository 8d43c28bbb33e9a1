import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { corpusFiles } from "@civickit/devkit/corpus";
import { parseVotes } from "@civickit/votes";
const files = [...corpusFiles("votes-senate", [".xml"]), ...corpusFiles("votes-house", [".xml"]), ...corpusFiles("unitedstates-json", [".xml"]).filter((f) => basename(f).startsWith("vote__"))];
const xml = files.map((f) => readFileSync(f, "utf8"));
const bytes = xml.reduce((n, t) => n + t.length, 0);
for (let r = 0; r < 5; r++) {
  const t = performance.now(); let n = 0;
  for (let i = 0; i < 40; i++) for (const x of xml) n += parseVotes(x).length;
  const ms = (performance.now() - t) / 40; console.log((bytes / 1e6 / (ms / 1000)).toFixed(0), "MB/s");
}
const per = files.map((f, i) => { const t = performance.now(); for (let k = 0; k < 50; k++) parseVotes(xml[i]); const ms = (performance.now() - t) / 50; return [basename(f), (xml[i].length/1e3).toFixed(0)+"kB", (xml[i].length / 1e6 / (ms / 1000)).toFixed(0) + " MB/s"]; });
console.table(per);

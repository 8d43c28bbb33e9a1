// pnpm bench for @civickit/statutes: every USLM file of the corpus through parseUslm, against a bare SAX tokenization
// (saxes) and a bare fast-xml-parser parse of the same bytes; then, in a process of its own (stream.mjs),
// streamSections over a 120 MB U.S. Code title against saxes over the same chunks, with the peak memory.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { corpusDir, corpusFiles, corpusSkipMessage } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { parseUslm } from "@civickit/statutes";

const PKG = "@civickit/statutes";

if (corpusDir() === null) {
  console.log(corpusSkipMessage());
} else {
  const files = corpusFiles("uslm", [".xml"]);
  const xml = files.map((f) => readFileSync(f, "utf8"));
  const bytes = xml.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const fxp = new XMLParser({ ignoreAttributes: false });
  const sax = (text) => {
    const p = new SaxesParser();
    let n = 0;
    p.on("opentag", () => n++);
    p.write(text).close();
    return n;
  };
  runSuite(PKG, `USLM: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`, [
    { name: "saxes 6 (bare SAX tokenization)", baseline: true, bytes, items: files.length, fn: () => xml.forEach((t) => sax(t)) },
    { name: "fast-xml-parser 5 (bare parse, no model)", bytes, items: files.length, fn: () => xml.forEach((t) => fxp.parse(t)) },
    { name: "civickit parseUslm → provisions", bytes, items: files.length, fn: () => xml.forEach((t) => parseUslm(t)) },
  ]);

  // Streaming runs in a process of its own, so that its speed and peak memory are those of a program that only streams,
  // not of one still holding the corpus and the garbage of the cases above.
  execFileSync(process.execPath, ["--expose-gc", fileURLToPath(new URL("./stream.mjs", import.meta.url))], { stdio: "inherit" });
}

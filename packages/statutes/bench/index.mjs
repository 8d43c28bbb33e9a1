// pnpm bench for @civickit/statutes: every USLM file of the corpus through parseUslm, against a bare SAX tokenization
// (saxes) and a bare fast-xml-parser parse of the same bytes; then streamSections over a 120 MB U.S. Code title
// (title 1's sections repeated, fed in 64 kB chunks) against saxes over the same chunks, with the peak memory.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { corpusDir, corpusFiles, corpusSkipMessage } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { parseUslm, streamSections } from "@civickit/statutes";

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

  // A 120 MB title: the sections of title 1, repeated inside one <title>, streamed in chunks.
  const t1 = readFileSync(files.find((f) => f.includes("usc01-2013")), "utf8");
  const body = t1.slice(t1.indexOf("<main>") + 6, t1.lastIndexOf("</main>"));
  const head = t1.slice(0, t1.indexOf("<main>") + 6);
  const copies = Math.ceil(120e6 / body.length);
  async function* chunks() {
    yield head;
    for (let i = 0; i < copies; i++) for (let j = 0; j < body.length; j += 65536) yield body.slice(j, j + 65536);
    yield "</main></uscDoc>";
  }
  globalThis.gc?.();
  const saxStarted = performance.now();
  const p = new SaxesParser();
  for await (const chunk of chunks()) p.write(chunk);
  p.close();
  const saxMs = performance.now() - saxStarted;
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  let sections = 0;
  for await (const s of streamSections(chunks())) {
    sections++;
    if (sections % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    void s;
  }
  const ms = performance.now() - started;
  const mb = (copies * body.length) / 1e6;
  console.log(
    `\nstreamSections over a ${mb.toFixed(0)} MB title: ${sections} sections in ${(ms / 1000).toFixed(1)} s = ${(mb / (ms / 1000)).toFixed(0)} MB/s, ` +
      `${(saxMs / ms).toFixed(2)}x saxes over the same chunks (${(mb / (saxMs / 1000)).toFixed(0)} MB/s); peak resident memory ${(peak / 1e6).toFixed(0)} MB`,
  );
}

// streamSections over a 120 MB U.S. Code title — the sections of title 1 (2013) repeated inside one <main>, fed in 64 kB
// chunks — against saxes tokenizing the same chunks in the same process, and the process's peak resident memory.
// Run by bench/index.mjs in a process of its own; each case runs twice and the faster run counts.
import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { corpusFiles } from "@civickit/devkit/corpus";
import { streamSections } from "@civickit/statutes";

const t1 = readFileSync(corpusFiles("uslm", [".xml"]).find((f) => f.includes("usc01-2013")), "utf8");
const body = t1.slice(t1.indexOf("<main>") + 6, t1.lastIndexOf("</main>"));
const head = t1.slice(0, t1.indexOf("<main>") + 6);
const copies = Math.ceil(120e6 / body.length);
const mb = (copies * body.length) / 1e6;
async function* chunks() {
  yield head;
  for (let i = 0; i < copies; i++) for (let j = 0; j < body.length; j += 65536) yield body.slice(j, j + 65536);
  yield "</main></uscDoc>";
}

async function best(fn) {
  let ms = Infinity;
  let out;
  for (let round = 0; round < 2; round++) {
    globalThis.gc?.();
    const started = performance.now();
    out = await fn();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, out };
}

const sax = await best(async () => {
  const p = new SaxesParser();
  let n = 0;
  p.on("opentag", () => n++);
  for await (const chunk of chunks()) p.write(chunk);
  p.close();
  return n;
});
const civic = await best(async () => {
  let sections = 0;
  for await (const s of streamSections(chunks())) if (s.identifier) sections++;
  return sections;
});
const peakMb = (process.resourceUsage().maxRSS * 1024) / 1e6;
console.log(
  `\nstreamSections over a ${mb.toFixed(0)} MB title: ${civic.out} sections in ${(civic.ms / 1000).toFixed(1)} s = ${(mb / (civic.ms / 1000)).toFixed(0)} MB/s, ` +
    `${(sax.ms / civic.ms).toFixed(2)}x saxes over the same chunks (${(mb / (sax.ms / 1000)).toFixed(0)} MB/s); ` +
    `peak resident memory of the process ${peakMb.toFixed(0)} MB`,
);

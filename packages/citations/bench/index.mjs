// pnpm bench for @civickit/citations: every text of the corpus (bills, laws, the CFR, the Federal Register, an opinion)
// through extractCitations, against citation@0.9.0 (unitedstates/citation, the one JS peer) in the same process; then
// adversarial inputs at n and 2n characters to show the time grows linearly.
import { readFileSync } from "node:fs";
import Citation from "citation";
import { corpusDir, corpusFiles, corpusSkipMessage } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { extractCitations } from "@civickit/citations";

const PKG = "@civickit/citations";

if (corpusDir() === null) {
  console.log(corpusSkipMessage());
} else {
  const files = corpusFiles("text", [".txt"]);
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const found = texts.reduce((n, t) => n + extractCitations(t).length, 0);
  const peerFound = texts.reduce((n, t) => n + Citation.find(t).citations.length, 0);
  const digits = /\d+/g;
  runSuite(PKG, `corpus/text: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (civickit finds ${found} citations, the peer ${peerFound})`, [
    { name: "citation@0.9.0 Citation.find (the peer)", baseline: true, bytes, items: peerFound, fn: () => texts.forEach((t) => Citation.find(t)) },
    { name: "civickit extractCitations (every type)", bytes, items: found, fn: () => texts.forEach((t) => extractCitations(t)) },
    { name: "civickit extractCitations, types: ['usc']", bytes, fn: () => texts.forEach((t) => extractCitations(t, { types: ["usc"] })) },
    {
      name: "reference: one /\\d+/g pass, nothing else",
      bytes,
      fn: () =>
        texts.forEach((t) => {
          digits.lastIndex = 0;
          while (digits.test(t));
        }),
    },
  ]);
}

// Linear time on hostile input: each kind at n and 2n characters; the ratio of the times should be about 2.
const kinds = {
  "1111…": (n) => "1".repeat(n),
  "§ 1 § 1 …": (n) => "§ 1 ".repeat(n / 4),
  "5 U.S.C. 552 …": (n) => "5 U.S.C. 552 ".repeat(n / 13),
  "(a(a(a…": (n) => "(a".repeat(n / 2),
  "1234567 …": (n) => "1234567 ".repeat(n / 8),
  "§§ 1, 2, 3, …": (n) => "§§ " + "1, ".repeat(n / 3),
  "section 1 of the A A A …": (n) => "section 1 of the " + "A ".repeat(n / 2),
  "Act Act Act …": (n) => "Act ".repeat(n / 4),
  "1-1-1-1…": (n) => "1-".repeat(n / 2),
  "Id. Id. …": (n) => "Id. ".repeat(n / 4),
  "the Foo Act, section 1 of such Act …": (n) => "the Foo Act, section 1 of such Act ".repeat(n / 35),
};
// A reference for the densest kind: "5 U.S.C. 552 " repeated is one citation every 13 characters (76,923 in 1 MB), and
// making that many citation objects with their strings, with no reading at all, costs about what extracting them does.
const built = (text) => {
  const out = [];
  for (let at = 0; at + 12 <= text.length; at += 13) {
    out.push({ type: "usc", match: text.slice(at, at + 12), start: at, end: at + 12, id: "", cite: "", title: 5, section: text.slice(at + 9, at + 12), subsections: [], chapter: null, appendix: false, note: false, etSeq: false });
  }
  for (const c of out) {
    c.id = `usc/${String(c.title)}/${c.section}`;
    c.cite = `${String(c.title)} U.S.C. § ${c.section}`;
  }
  return out;
};
const n = 1_000_000;
console.log(`\nadversarial input (ms for n = ${n.toLocaleString("en-US")} and 2n characters, the best and the median of 5 runs):`);
console.log("| input | n best | n median | 2n best | 2n median | 2n / n (best) |\n|---|---:|---:|---:|---:|---:|");
const rows = Object.entries(kinds).map(([name, make]) => [name, make, extractCitations]);
rows.push(["reference: making the citations of \"5 U.S.C. 552 …\" in a plain loop, no reading", kinds["5 U.S.C. 552 …"], built]);
for (const [name, make, run] of rows) {
  const time = (len) => {
    const text = make(len);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run(text);
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    return [times[0], times[2]];
  };
  const [a, am] = time(n);
  const [b, bm] = time(2 * n);
  console.log(`| ${name} | ${a.toFixed(1)} | ${am.toFixed(1)} | ${b.toFixed(1)} | ${bm.toFixed(1)} | ${(b / a).toFixed(2)} |`);
}

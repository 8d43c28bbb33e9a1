// Every text of ../shared/corpus/text, read in place: the output is consistent with the text, and every plainly
// written citation of the common kinds — found here by simple patterns independent of the extractor — is found.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { expect, it } from "vitest";
import { corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { extractCitations, type Citation } from "../src/index.js";

// Patterns for the plainest spellings; each hit must be the start of a citation of that type.
const PLAIN: [Citation["type"], RegExp][] = [
  ["usc", /(?<![\d.])\b\d{1,2} U\.S\.C\. (?:§ ?)?\d/g],
  ["cfr", /(?<![\d.])\b\d{1,2} CFR (?:§ ?|part )?\d/g],
  ["fedReg", /(?<![\d.])\b\d{1,3} FR \d/g],
  ["stat", /(?<![\d.])\b\d{1,3} Stat\. \d/g],
  ["publicLaw", /\b(?:Pub\. L\.|Public Law) \d{1,3}[–-]\d/g],
];

describeCorpus("corpus/text", () => {
  const files = corpusFiles("text", [".txt"]);

  it("has the 18 texts the manifest lists", () => {
    expect(files.length).toBe(18);
  });

  it.each(files.map((f) => [basename(f), f]))("%s: consistent output, and every plain citation found", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const found = extractCitations(text);
    expect(found.length).toBeGreaterThan(0);
    let previous = -1;
    for (const c of found) {
      expect(text.slice(c.start, c.end)).toBe(c.match);
      expect(c.start).toBeGreaterThanOrEqual(previous);
      expect(c.id).not.toBe("");
      expect(c.cite).not.toBe("");
      previous = c.start;
    }
    for (const [type, pattern] of PLAIN) {
      const starts = new Set(found.filter((c) => c.type === type).map((c) => c.start));
      const missed: string[] = [];
      for (const m of text.matchAll(pattern)) {
        let at = m.index;
        if (type === "publicLaw") {
          // A law cited as "section 5 of Public Law …" starts at "section".
          if ([...starts].some((s) => s <= at && at - s < 60)) continue;
        }
        if (!starts.has(at) && !found.some((c) => c.start <= at && c.end > at)) missed.push(text.slice(at, at + 40));
        at++;
      }
      expect(missed, `${type} in ${basename(file)}`).toEqual([]);
    }
  });

  // Bills and notices often give the Code section of an act's section in parentheses right after it: "section 1902(a)
  // of the Social Security Act (42 U.S.C. 1396a(a))". Where they do, the act, the section and our mapping to the Code
  // (the name index's rule or table, or "such Act" resolved) must agree with the text's own.
  it("a named act's section maps to the Code section the text gives after it", () => {
    let agree = 0;
    const differ: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const found = extractCitations(text);
      found.forEach((c, i) => {
        const next = found[i + 1];
        if (c.type !== "act" || !c.usc || !c.section || next?.type !== "usc" || text.slice(c.end, next.start).trim() !== "(") return;
        if (c.usc.title === next.title && c.usc.section === next.section) agree++;
        else differ.push(`${basename(file)}: ${c.match} → ${String(c.usc.title)} U.S.C. ${c.usc.section}; the text: ${next.match}`);
      });
    }
    console.log(`act sections against the text's own Code section: ${String(agree)} agree, ${String(differ.length)} differ`);
    expect(agree).toBeGreaterThan(400);
    // What differs, and why: the text's misprint "1395–114a" (three times), and twice a whole act's place given after
    // one of its sections ("section 9 of the United States Housing Act of 1937 (42 U.S.C. 1437 et seq.)").
    expect(differ.length / (agree + differ.length)).toBeLessThan(0.02);
  });
});

// The accuracy set (see accuracy/corpus-sentences.ts): each real sentence must give exactly the citations listed —
// type, match, offset and fields, and nothing extra. The pass rate is printed; known misses stay in the count.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { extractCitations } from "../src/index.js";
import { CORPUS_CASES, type CorpusCase } from "./accuracy/corpus-sentences.js";

const cache = new Map<string, string[]>();
function linesOf(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(join(corpusDir() ?? "", "text", file), "utf8").split("\n");
    cache.set(file, lines);
  }
  return lines;
}

function check(c: CorpusCase): string | null {
  const text = linesOf(c.file).slice(c.line - 1, c.line + (c.lines ?? 0)).join("\n");
  const got = extractCitations(text);
  const shown = JSON.stringify(got.map((x) => [x.type, x.match]));
  if (got.length !== c.expect.length) return `expected ${String(c.expect.length)} citations, got ${shown}`;
  for (let i = 0; i < got.length; i++) {
    const want = c.expect[i];
    const have = got[i];
    if (!want || !have) return "missing";
    if (text.indexOf(want.match) !== have.start && text.slice(have.start, have.end) !== want.match) return `citation ${String(i)}: offset ${String(have.start)} for ${want.match}`;
    try {
      expect(have).toMatchObject(want);
    } catch {
      return `citation ${String(i)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`;
    }
  }
  return null;
}

describeCorpus("accuracy on real sentences of corpus/text", () => {
  it("reaches its pass rate, and every case not marked known passes", () => {
    const failures: string[] = [];
    let passed = 0;
    for (const c of CORPUS_CASES) {
      const problem = check(c);
      if (problem === null) passed++;
      else failures.push(`${c.file}:${String(c.line)}${c.known ? ` (known: ${c.known})` : ""} — ${problem}`);
    }
    const rate = passed / CORPUS_CASES.length;
    console.log(`accuracy set: ${String(passed)}/${String(CORPUS_CASES.length)} real sentences exactly right (${(rate * 100).toFixed(1)}%)${failures.length ? `\n  ${failures.join("\n  ")}` : ""}`);
    expect(failures.filter((f) => !f.includes("(known:"))).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});

import { describe } from "vitest";
import { corpusDir, corpusSkipMessage } from "./corpus.js";

let warned = false;

/** A `describe` block over real corpus files: skipped with a clear message when the corpus is absent (a failure under CI=true). */
export function describeCorpus(name, fn) {
  const dir = corpusDir();
  if (dir === null && !warned) {
    warned = true;
    console.warn(corpusSkipMessage());
  }
  describe.skipIf(dir === null)(name, fn);
}

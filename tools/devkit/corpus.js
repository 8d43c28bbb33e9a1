// The one place that finds the shared corpus. Tests and benchmarks read corpus files in place through it;
// nothing from the corpus is ever copied into the repository.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the corpus is looked for: `CIVICKIT_CORPUS`, else `../shared/corpus` beside the repository. */
export function corpusLocation() {
  const fromEnv = process.env.CIVICKIT_CORPUS;
  return fromEnv ? resolve(fromEnv) : resolve(repoRoot, "../shared/corpus");
}

/**
 * The corpus directory, or null when it is absent. Under `CI=true` an absent corpus throws: CI must never pass by
 * skipping the real-data tests.
 */
export function corpusDir() {
  const dir = corpusLocation();
  if (existsSync(dir) && statSync(dir).isDirectory()) return dir;
  if (process.env.CI === "true") {
    throw new Error(`civickit corpus not found at ${dir}: under CI=true the corpus tests are required (set CIVICKIT_CORPUS)`);
  }
  return null;
}

/** Why corpus tests are skipped, for the message printed when they are. */
export function corpusSkipMessage() {
  return `civickit corpus not found at ${corpusLocation()}: corpus tests skipped (set CIVICKIT_CORPUS to run them)`;
}

/**
 * Absolute paths of the files in one corpus folder (`billstatus`, `uslm`, `votes-senate`, …), sorted by name.
 * `extensions` filters by file ending, case-insensitively (".xml" matches ".XML").
 */
export function corpusFiles(kind, extensions) {
  const dir = corpusDir();
  if (dir === null) return [];
  const folder = join(dir, kind);
  if (!existsSync(folder)) throw new Error(`corpus folder ${folder} does not exist`);
  const wanted = extensions?.map((e) => e.toLowerCase());
  return readdirSync(folder)
    .filter((name) => !wanted || wanted.some((e) => name.toLowerCase().endsWith(e)))
    .sort()
    .map((name) => join(folder, name));
}

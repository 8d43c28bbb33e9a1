// Reads a list of identifiers (one per line), normalises each one with @civickit/core and prints it in every style,
// then shows the congress calendar at work on the dates of the FOSTA-SESTA story.
import { readFileSync } from "node:fs";
import {
  congressForDate,
  congressTerm,
  capitolToday,
  formatAllStyles,
  identify,
  isCivicError,
  ordinal,
  sessionForDate,
} from "@civickit/core";

const file = process.argv[2] ?? new URL("./sample-identifiers.txt", import.meta.url);
const lines = readFileSync(file, "utf8")
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

console.log("Identifiers, normalised\n");
let failed = 0;
for (const line of lines) {
  try {
    const any = identify(line);
    const styles = formatAllStyles(any);
    console.log(`  ${line}`);
    console.log(`    → ${any.kind.padEnd(9)} ${styles.display}   id ${styles.id}`);
    console.log(`      ${"".padEnd(9)} ${styles.citation}`);
    if (styles.url) console.log(`      ${"".padEnd(9)} ${styles.url}`);
  } catch (error) {
    if (!isCivicError(error)) throw error;
    failed++;
    console.log(`  ${line}\n    ✗ ${error.message}`);
  }
}

console.log("\nThe congress calendar\n");
const dates = [
  ["2017-04-03", "H.R. 1865 introduced"],
  ["2018-02-27", "House passes H.R. 1865 (roll 91)"],
  ["2018-03-21", "Senate passes H.R. 1865 97-2 (vote 60)"],
  ["2018-04-11", "Signed: Public Law 115-164"],
  ["2019-01-03", "A date-only January 3 belongs to the new Congress"],
  [capitolToday(), "Today in Washington"],
];
for (const [date, what] of dates) {
  const { congress, session } = sessionForDate(date);
  console.log(`  ${date}  ${ordinal(congress)} Congress, session ${session}  — ${what}`);
}
const { start, end } = congressTerm(congressForDate(capitolToday()));
console.log(`\n  The current Congress sits from ${start} to ${end}.`);
console.log(`\n${lines.length - failed} identifiers read, ${failed} not understood.`);

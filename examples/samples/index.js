// The sample inputs of the examples, by file name. They are written by hand from public facts about H.R. 1865 and
// S. 1693 of the 115th Congress (FOSTA-SESTA) and are abridged where the real files are long: each file says how.
// The real files are on congress.gov, senate.gov, clerk.house.gov and govinfo.gov; every example also takes a path.
import { fileURLToPath } from "node:url";
import { isCivicError } from "@civickit/core";

/** The absolute path of a sample file ("release.txt", "BILLSTATUS-115hr1865.xml"…). */
export const sample = (name) => fileURLToPath(new URL(`./files/${name}`, import.meta.url));

/**
 * Makes a file civickit cannot read end the program with its CivicError's one line, which says what is wrong and where,
 * and exit code 1 — not a stack trace. Other errors are bugs and keep theirs.
 */
export function exitOnCivicError() {
  process.on("uncaughtException", (error) => {
    if (!isCivicError(error)) throw error;
    console.error(`${error.code}: ${error.message}`);
    process.exit(1);
  });
}

// A citation → the text of the provision it names, with its structure, from a U.S. Code title in USLM XML.
//
//   pnpm start                                          47 U.S.C. § 230(c) in the bundled sample (§ 230, abridged)
//   pnpm start "47 U.S.C. § 230(e)(5)"                  another provision of the sample
//   pnpm start "9 U.S.C. § 2" usc09.xml [--markdown]    any provision of any title (uscode.house.gov/download)
import { readFileSync } from "node:fs";
import { citationUrl, parseCitation } from "@civickit/citations";
import { exitOnCivicError, sample } from "@civickit/example-samples";
import { getProvision, parseUslm, provisionText, usCodeReferences } from "@civickit/statutes";

exitOnCivicError();

const args = process.argv.slice(2);
const markdown = args.includes("--markdown");
const [cite = "47 U.S.C. § 230(c)", file = sample("usc47-section230.xml")] = args.filter((a) => a !== "--markdown");

const citation = parseCitation(cite); // throws a CivicError saying why when the text is not a citation
const doc = parseUslm(readFileSync(file, "utf8"), { file });
console.log(`${citation.cite}   (${doc.title ?? doc.kind}, release point ${doc.releasePoint ?? "unknown"})`);
console.log(`${citationUrl(citation)}\n`);

try {
  const provision = getProvision(doc, citation);
  console.log(provisionText(provision, { format: markdown ? "markdown" : "text" }));
  const refs = usCodeReferences(provision);
  if (refs.length) console.log(`\nIt refers to: ${refs.join(", ")}`);
  for (const note of provision.notes) console.log(`\nNote (${note.topic ?? "note"}): ${note.text}`);
} catch (error) {
  // A reference the title does not have: the error says which part is missing ("47 U.S.C. § 230 has no z").
  console.error(`Not found: ${error.message}`);
  process.exitCode = 1;
}

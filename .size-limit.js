// Size budgets of the built packages, minified and gzipped with everything they import, as a browser app bundles them
// (`pnpm size`; CI fails when one is over). The READMEs state these figures.
const quiet = (config) => ({ ...config, logLevel: "error" });
const entry = (name, path, importWhat, limit) => ({ name, path, import: importWhat, limit, gzip: true, modifyEsbuildConfig: quiet });

export default [
  entry("@civickit/core: one identifier helper (parseBillId)", "packages/core/dist/index.js", "{ parseBillId }", "5 kB"),
  entry("@civickit/core: the safe XML reader (parseXml)", "packages/core/dist/index.js", "{ parseXml }", "6 kB"),
  entry("@civickit/core: everything", "packages/core/dist/index.js", "*", "48 kB"),
  entry("@civickit/citations: extractCitations", "packages/citations/dist/index.js", "{ extractCitations }", "31 kB"),
  entry("@civickit/citations: everything", "packages/citations/dist/index.js", "*", "40 kB"),
  entry("@civickit/bills: parseBillStatusXml + billStatus", "packages/bills/dist/index.js", "{ parseBillStatusXml, billStatus }", "14 kB"),
  entry("@civickit/bills: everything", "packages/bills/dist/index.js", "*", "55 kB"),
  entry("@civickit/votes: computeOutcome", "packages/votes/dist/index.js", "{ computeOutcome }", "2 kB"),
  entry("@civickit/votes: parseVote", "packages/votes/dist/index.js", "{ parseVote }", "56 kB"),
  entry("@civickit/votes: everything", "packages/votes/dist/index.js", "*", "98 kB"),
  entry("@civickit/statutes: everything", "packages/statutes/dist/index.js", "*", "42 kB"),
];

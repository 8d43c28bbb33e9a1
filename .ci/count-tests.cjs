// Sums the vitest JSON reports of `pnpm test` (written under CI=true) into one closing line.
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
for (const f of fs.readdirSync("test-results")) {
  const r = JSON.parse(fs.readFileSync("test-results/" + f, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests || 0);
}
if (passed === 0) {
  console.error("no tests ran");
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);

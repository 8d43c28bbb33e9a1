import { mergeConfig } from "vitest/config";
import { civickitVitestConfig } from "../../vitest.shared.ts";

// The shared test setup (and, under CI, the JSON report .ci/run counts), for this package's browser test.
export default mergeConfig(civickitVitestConfig(import.meta.dirname), { test: { include: ["test/**/*.test.js"], testTimeout: 60_000 } });

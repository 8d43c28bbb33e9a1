import { defineConfig } from "vitest/config";
import { defaultServerConditions } from "vite";
import { basename } from "node:path";

/**
 * The vitest setup every package shares: tests run against `src` through the `@civickit/source` condition (no build
 * needed), and under CI each package also writes a JSON report that .ci/run sums into one closing line.
 */
export function civickitVitestConfig(packageDir: string) {
  const name = basename(packageDir);
  return defineConfig({
    ssr: { resolve: { conditions: ["@civickit/source", ...defaultServerConditions] } },
    resolve: { conditions: ["@civickit/source"] },
    test: {
      include: ["test/**/*.test.ts"],
      testTimeout: 30_000,
      reporters: process.env.CI === "true" ? ["default", ["json", { outputFile: `../../test-results/${name}.json` }]] : ["default"],
    },
  });
}

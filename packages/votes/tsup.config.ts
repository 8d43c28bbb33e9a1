import { defineConfig } from "tsup";

export default defineConfig({
  // Every module is an entry and ESM output is split into shared chunks, so that with "sideEffects": false a bundler
  // keeps only the modules an import needs (computeOutcome alone does not pull in zod or yaml).
  entry: ["src/*.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});

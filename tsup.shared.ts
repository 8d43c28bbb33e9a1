import { defineConfig } from "tsup";

/**
 * The build every library package shares: ESM and CJS with types, every listed module an entry and shared chunks, so
 * that with "sideEffects": false a bundler keeps only the modules an import needs.
 */
export function libraryConfig(entry: string[]) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    // tsup 8.5.1 + TypeScript 6: the d.ts build rejects the deprecated baseUrl tsup sets (toolchain pitfall 2).
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    treeshake: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
  });
}

import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/ids.ts", "src/calendar.ts", "src/schemas.ts", "src/errors.ts", "src/xml.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});

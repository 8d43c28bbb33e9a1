import { defineConfig, defaultClientConditions } from "vite";

// The packages are read from their TypeScript sources (the "@civickit/source" export condition), so the demo needs no
// build of them first; what it bundles is exactly what the packages ship, minus the compile step.
export default defineConfig({
  resolve: { conditions: ["@civickit/source", ...defaultClientConditions] },
  build: { target: "es2022" },
});

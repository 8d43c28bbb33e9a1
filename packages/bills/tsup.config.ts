import { defineConfig } from "tsup";
import { libraryConfig } from "../../tsup.shared.js";

const base = libraryConfig(["src/*.ts", "src/node/index.ts", "src/node/worker.ts"]);

// The Node entry finds its worker by import.meta.url; in the CommonJS build that needs tsup's shim.
export default defineConfig({ ...(base as object), shims: true });

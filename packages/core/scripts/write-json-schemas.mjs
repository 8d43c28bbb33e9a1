// Writes the JSON Schema of every published zod schema into schemas/, from the freshly built package.
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import { jsonSchemas } from "../dist/schemas.js";

const dir = new URL("../schemas/", import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const all = jsonSchemas();
for (const [name, schema] of Object.entries(all)) {
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(schema, null, 2) + "\n");
}
console.log(`wrote ${Object.keys(all).length} JSON Schema files to schemas/`);

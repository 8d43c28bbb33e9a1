// Writes the JSON Schema of the RollCallVote model into schemas/, from the freshly built package.
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import * as z from "zod";
import { RollCallVoteSchema } from "../dist/index.js";

const dir = new URL("../schemas/", import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const schema = { $id: "https://civickit.dev/schemas/votes/RollCallVote.json", title: "RollCallVote", ...z.toJSONSchema(RollCallVoteSchema) };
writeFileSync(new URL("RollCallVote.json", dir), JSON.stringify(schema, null, 2) + "\n");
console.log("wrote schemas/RollCallVote.json");

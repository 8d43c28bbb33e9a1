// Tree-shaking, proven: the outcome engine alone does not bring the parsers, zod or the YAML reader with it.
import { expect, it } from "vitest";
import { bundleSize } from "@civickit/devkit/bundle";

it("computeOutcome bundles without the parsers, zod or yaml", async () => {
  const one = await bundleSize(`export { computeOutcome } from "@civickit/votes";`, import.meta.dirname);
  expect(one.gzipBytes).toBeLessThan(2_000);
  expect(one.text).not.toMatch(/roll_call_vote|ZodObject|YAMLParseError/);
  const all = await bundleSize(`export * from "@civickit/votes";`, import.meta.dirname);
  expect(all.text).toMatch(/roll_call_vote/);
  expect(all.gzipBytes).toBeGreaterThan(one.gzipBytes * 10);
}, 30_000);

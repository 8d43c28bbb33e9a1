// Tree-shaking, proven: an app that imports one identifier helper gets that helper, not the XML reader, the calendar or
// the schemas. The budget is the README's: under 5 kB minified and gzipped (size-limit checks the built files in CI).
import { expect, it } from "vitest";
import { bundleSize } from "@civickit/devkit/bundle";

it("a one-function import bundles to that function alone", async () => {
  const one = await bundleSize(`export { parseBillId } from "@civickit/core";`, import.meta.dirname);
  const all = await bundleSize(`export * from "@civickit/core";`, import.meta.dirname);
  expect(one.gzipBytes).toBeLessThan(5_000);
  expect(one.text).not.toMatch(/XML_ENTITY|congressForDate|ZodObject/);
  // Everything is many times bigger: the one-function bundle is not small by accident.
  expect(all.gzipBytes).toBeGreaterThan(one.gzipBytes * 5);
}, 30_000);

// Size, proven: all of @civickit/citations — the extractor, 14 citation types, the reporters and the table of acts —
// stays under the README's 40 kB minified and gzipped, and formatting alone leaves the extractor out.
import { expect, it } from "vitest";
import { bundleSize } from "@civickit/devkit/bundle";

it("the whole package is under 40 kB gzipped; formatCitation alone is a fraction of it", async () => {
  const all = await bundleSize(`export * from "@civickit/citations";`, import.meta.dirname);
  expect(all.gzipBytes).toBeLessThan(40_000);
  const format = await bundleSize(`export { formatCitation } from "@civickit/citations";`, import.meta.dirname);
  expect(format.gzipBytes).toBeLessThan(all.gzipBytes / 2);
}, 30_000);

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { beforeAll, expect, it } from "vitest";
import { corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { parseBillStatusFiles, type BulkResult } from "../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "civickit-bulk-"));
let workerUrl: URL;

beforeAll(async () => {
  // The package ships a built worker; from source, build one the same way for the test.
  const outfile = join(dir, "worker.mjs");
  await build({ entryPoints: [join(import.meta.dirname, "../src/node/worker.ts")], bundle: true, platform: "node", format: "esm", conditions: ["@civickit/source"], outfile, logLevel: "silent" });
  workerUrl = pathToFileURL(outfile);
});

async function collect(it: AsyncIterable<BulkResult>): Promise<BulkResult[]> {
  const out: BulkResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describeCorpus("parseBillStatusFiles", () => {
  const broken = join(dir, "broken.xml");
  writeFileSync(broken, "<billStatus><bill><congress>115</congress>");
  const files = () => [...corpusFiles("billstatus", [".xml"]), broken, join(dir, "missing.xml")];

  it("in this thread: every input ends as a Bill or an error, in order", async () => {
    const results = await collect(parseBillStatusFiles(files()));
    expect(results.map((r) => r.file)).toEqual(files());
    expect(results.filter((r) => r.bill).length).toBe(files().length - 2);
    expect(results.at(-2)?.error?.code).toBe("XML_TRUNCATED");
    expect(results.at(-1)?.error?.code).toBe("READ_FAILED");
  });

  it("over two worker threads: the same results", async () => {
    const here = await collect(parseBillStatusFiles(files()));
    const there = await collect(parseBillStatusFiles(files(), { workers: 2, workerUrl }));
    expect(there.map((r) => [r.file, r.bill?.id ?? null, r.error?.code ?? null])).toEqual(here.map((r) => [r.file, r.bill?.id ?? null, r.error?.code ?? null]));
    // An error from a worker reads as one from this thread: the same message, with its place said once.
    expect(there.map((r) => r.error?.message ?? null)).toEqual(here.map((r) => r.error?.message ?? null));
    expect(there[0]?.bill).toEqual(here[0]?.bill);
  });

  it("takes an async iterable", async () => {
    async function* some() {
      await Promise.resolve();
      yield (files()[0] as string);
      yield (files()[1] as string);
    }
    expect((await collect(parseBillStatusFiles(some()))).length).toBe(2);
  });
});

import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { civic } from "./helpers.js";

describeCorpus("civic bill", () => {
  const fosta = join(corpusDir() ?? "", "billstatus", "uscongress-cache__BILLSTATUS-115hr1865.xml");

  it("text: the bill, its status and milestones", async () => {
    const r = await civic(["bill", fosta]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("H.R. 1865 (115th Congress): Allow States and Victims to Fight Online Sex Trafficking Act of 2017");
    expect(r.out).toContain("status ENACTED:SIGNED since 2018-04-11");
    expect(r.out).toContain("2018-02-27  Passed the House 388–25 (roll 91)");
  });

  it("a directory as NDJSON, with failures reported and exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "civic-bill-"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "bad.xml"), "<billStatus><bill>");
    writeFileSync(join(dir, "note.txt"), "skipped");
    writeFileSync(join(dir, "a.xml"), `<billStatus><bill><congress>115</congress><type>S</type><number>7</number><title>T</title></bill></billStatus>`);
    const r = await civic(["bill", dir, "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["s7-115"]);
    expect(r.err).toMatch(/bad\.xml/);
    expect(r.err).toContain("1 parsed, 1 failed");
  });
});

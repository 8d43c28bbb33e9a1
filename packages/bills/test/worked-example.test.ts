// The worked example of issue 3 (@civickit/citations), which needs this package's billNames: the 2018 Senate press
// release about SESTA read with a name index made from the H.R. 1865 BILLSTATUS file. Both files are read in place.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { createNameIndex, extractCitations, type CitationOf } from "@civickit/citations";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { billNames, parseBillStatusXml } from "../src/index.js";

describeCorpus("the worked example: the SESTA press release", () => {
  const corpus = corpusDir() ?? "";
  const releasePath = join(corpus, "..", "seed", "press-release-2018-sesta.txt");

  it("billNames gives the bill's own names and its related bills' names", () => {
    const bill = parseBillStatusXml(readFileSync(join(corpus, "billstatus", "uscongress-cache__BILLSTATUS-115hr1865.xml"), "utf8"));
    const names = billNames(bill);
    expect(names).toContainEqual({ name: "Allow States and Victims to Fight Online Sex Trafficking Act of 2017", bill: "hr1865-115" });
    expect(names).toContainEqual({ name: "Stop Enabling Sex Traffickers Act of 2017", bill: "s1693-115" });
    expect(names.every((n) => !/^(To |Providing )/.test(n.name))).toBe(true);
  });

  it.skipIf(!existsSync(releasePath))("finds the statute, the act, the bill and the tally", () => {
    const bill = parseBillStatusXml(readFileSync(join(corpus, "billstatus", "uscongress-cache__BILLSTATUS-115hr1865.xml"), "utf8"));
    const names = createNameIndex(billNames(bill));
    const found = extractCitations(readFileSync(releasePath, "utf8"), { names });
    const acts = found.filter((c): c is CitationOf<"act"> => c.type === "act");
    // The release writes some spaces as no-break spaces; the match keeps them, as it must.
    const plain = (s: string) => s.replace(/\s+/g, " ");

    const section230 = acts.find((c) => plain(c.match) === "Section 230 of the Communications Decency Act");
    expect(section230?.usc).toMatchObject({ title: 47, section: "230" });
    expect(section230?.publicLaw).toEqual({ congress: 104, number: 104 });

    const cda = acts.find((c) => c.match === "CDA");
    expect(cda?.publicLaw).toEqual({ congress: 104, number: 104 });
    expect(cda?.name).toBe("Communications Decency Act of 1996");

    const sesta = acts.find((c) => plain(c.match) === "Stop Enabling Sex Traffickers Act");
    expect(sesta?.bill).toEqual({ congress: 115, billType: "s", number: 1693 });

    expect(found.find((c) => c.type === "voteTally")).toMatchObject({ match: "96-0", yeas: 96, nays: 0 });
  });
});

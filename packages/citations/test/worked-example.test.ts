// The worked example of issue 3: the 2018 Senate press release about SESTA, read with a name index made from the
// H.R. 1865 BILLSTATUS file. `billNames` belongs to @civickit/bills, which depends on this package; until it lands,
// `namesFromBillStatus` below reads the same names (the bill's short titles and its related bills' titles) with the
// XML layer of @civickit/core. Both files are read in place.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { childElement, childElements, childText, parseXml, type XmlElement } from "@civickit/core/xml";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { createNameIndex, extractCitations, type CitationOf, type NameEntry } from "../src/index.js";

function namesFromBillStatus(xml: string): NameEntry[] {
  const bill = childElement(parseXml(xml), "bill") as XmlElement;
  const congress = Number(childText(bill, "congress"));
  const type = (childText(bill, "billType") ?? childText(bill, "type") ?? "").toLowerCase();
  const number = Number(childText(bill, "billNumber") ?? childText(bill, "number"));
  const entries: NameEntry[] = [];
  for (const item of childElements(childElement(bill, "titles") ?? bill, "item")) {
    const title = childText(item, "title");
    if (title && /short title/i.test(childText(item, "titleType") ?? "")) entries.push({ name: title, bill: `${type}${String(number)}-${String(congress)}` });
  }
  for (const item of childElements(childElement(bill, "relatedBills") ?? bill, "item")) {
    const title = childText(item, "latestTitle");
    if (title && !/^(To |Providing |A bill|A resolution)/.test(title)) {
      entries.push({ name: title, bill: `${(childText(item, "type") ?? "").toLowerCase()}${childText(item, "number") ?? ""}-${childText(item, "congress") ?? ""}` });
    }
  }
  return entries;
}

describeCorpus("the worked example: the SESTA press release", () => {
  const corpus = corpusDir() ?? "";
  const releasePath = join(corpus, "..", "seed", "press-release-2018-sesta.txt");

  it.skipIf(!existsSync(releasePath))("finds the statute, the act, the bill and the tally", () => {
    const names = createNameIndex(namesFromBillStatus(readFileSync(join(corpus, "billstatus", "uscongress-cache__BILLSTATUS-115hr1865.xml"), "utf8")));
    const found = extractCitations(readFileSync(releasePath, "utf8"), { names });
    const acts = found.filter((c): c is CitationOf<"act"> => c.type === "act");

    // The release writes some spaces as no-break spaces; the match keeps them, as it must.
    const section230 = acts.find((c) => c.match.replace(/\s+/g, " ") === "Section 230 of the Communications Decency Act");
    expect(section230?.usc).toMatchObject({ title: 47, section: "230" });
    expect(section230?.publicLaw).toEqual({ congress: 104, number: 104 });

    const cda = acts.find((c) => c.match === "CDA");
    expect(cda?.publicLaw).toEqual({ congress: 104, number: 104 });
    expect(cda?.name).toBe("Communications Decency Act of 1996");

    const sesta = acts.find((c) => c.match.replace(/\s+/g, " ") === "Stop Enabling Sex Traffickers Act");
    expect(sesta?.bill).toEqual({ congress: 115, billType: "s", number: 1693 });

    const tally = found.find((c) => c.type === "voteTally");
    expect(tally).toMatchObject({ match: "96-0", yeas: 96, nays: 0 });
  });
});

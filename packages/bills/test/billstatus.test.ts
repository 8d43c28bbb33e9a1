import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isCivicError } from "@civickit/core/errors";
import { childElement, childElements, parseXml } from "@civickit/core/xml";
import { corpusDir, corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { BillSchema, parseBillStatusXml, type Bill } from "../src/index.js";

const read = (name: string): Bill => parseBillStatusXml(readFileSync(join(corpusDir() ?? "", "billstatus", name), "utf8"), { file: name });

describeCorpus("every BILLSTATUS file of the corpus", () => {
  const files = corpusFiles("billstatus", [".xml"]);

  it("finds them", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files.map((f) => [basename(f), f]))("%s parses into a valid Bill", (name, file) => {
    const xml = readFileSync(file, "utf8");
    const bill = parseBillStatusXml(xml, { file: name });
    expect(BillSchema.safeParse(bill).error).toBeUndefined();
    // The file name says which bill it is.
    const m = /BILLSTATUS-(\d+)([a-z]+)(\d+)\.xml$/.exec(name);
    expect(m, name).not.toBeNull();
    if (m) expect(bill.id).toBe(`${m[2] ?? ""}${m[3] ?? ""}-${m[1] ?? ""}`);
    // No action is lost: as many as the bill's <actions> list has items, counted on a tree built by core's parseXml.
    const tree = childElement(parseXml(xml), "bill");
    const lists = tree ? childElements(tree, "actions") : [];
    const items = lists.flatMap((l) => [...childElements(l, "item"), ...childElements(l, "actions").flatMap((inner) => childElements(inner, "item"))]);
    expect(bill.actions.length).toBe(items.length);
    expect(bill.actions.length).toBeGreaterThan(0);
    expect(bill.title.length).toBeGreaterThan(0);
  });
});

describeCorpus("H.R. 1865 (115th), FOSTA, end to end", () => {
  it("reads the facts of the file", () => {
    const bill = read("uscongress-cache__BILLSTATUS-115hr1865.xml");
    expect(bill).toMatchObject({ id: "hr1865-115", congress: 115, type: "hr", number: 1865, introducedDate: "2017-04-03", originChamber: "house" });
    expect(bill.title).toBe("Allow States and Victims to Fight Online Sex Trafficking Act of 2017");
    expect(bill.sponsors).toHaveLength(1);
    expect(bill.sponsors[0]).toMatchObject({ bioguideId: "W000812", party: "R", state: "MO", district: 2, isByRequest: false });
    expect(bill.laws).toEqual([{ type: "public", congress: 115, number: 164 }]);
    expect(bill.latestAction?.text).toMatch(/Became Public Law No: 115-164/);
    const rolls = bill.recordedVotes.map((v) => `${v.chamber} ${String(v.rollNumber)}`);
    expect(rolls).toEqual(expect.arrayContaining(["house 91", "senate 57", "senate 60"]));
    expect(new Set(rolls).size).toBe(rolls.length);
    expect(bill.relatedBills.find((b) => b.id === "s1693-115")?.title).toBe("Stop Enabling Sex Traffickers Act of 2017");
    expect(bill.committeeReports).toEqual(["H. Rept. 115-572"]);
    expect(bill.summaries[0]?.text).toMatch(/^Allow States and Victims to Fight Online Sex Trafficking Act of 2017\n\nThis bill amends the Communications Act of 1934/);
    expect(bill.policyArea).toBe("Crime and Law Enforcement");
    expect(bill.subjects.length).toBeGreaterThan(5);
  });
});

describeCorpus("the same bill in two layouts gives the same model", () => {
  const pairs = corpusFiles("billstatus", [".xml"])
    .map((f) => basename(f))
    .filter((f) => f.startsWith("formatChange-current__"))
    .map((f) => [f, f.replace("formatChange-current__", "formatChange-future__")] as const);

  it.each(pairs)("%s / %s", (a, b) => {
    const x = read(a);
    const y = read(b);
    const facts = (bill: Bill) => ({
      id: bill.id,
      introducedDate: bill.introducedDate,
      originChamber: bill.originChamber,
      title: bill.title,
      sponsors: bill.sponsors.map((s) => [s.bioguideId, s.party, s.state, s.district]),
      cosponsors: bill.cosponsors.map((c) => [c.bioguideId, c.sponsoredDate, c.withdrawnDate, c.isOriginal]),
      committees: bill.committees.map((c) => [c.systemCode, c.chamber, c.activities.length]),
      laws: bill.laws,
      policyArea: bill.policyArea,
      subjects: [...bill.subjects].sort(),
      relatedBills: bill.relatedBills.map((r) => r.id).sort(),
      titles: bill.titles.map((t) => t.text).sort(),
      actionDates: bill.actions.map((act) => act.date).sort(),
    });
    // The newer file is a later snapshot: what both hold must agree; the newer may hold more.
    const fx = facts(x);
    const fy = facts(y);
    expect(fy.id).toBe(fx.id);
    expect(fy.introducedDate).toBe(fx.introducedDate);
    expect(fy.originChamber).toBe(fx.originChamber);
    expect(fy.sponsors).toEqual(fx.sponsors);
    for (const c of fx.cosponsors) expect(fy.cosponsors).toContainEqual(c);
    for (const c of fx.committees.map((k) => k[0])) expect(fy.committees.map((k) => k[0])).toContain(c);
    for (const d of fx.actionDates) expect(fy.actionDates).toContain(d);
    for (const s of fx.subjects) expect(fy.subjects).toContain(s);
    expect(fy.policyArea).toBe(fx.policyArea);
  });
});

describe("bad and hostile input ends in a CivicError naming where", () => {
  const bill = (inner: string) => `<?xml version="1.0"?><billStatus><bill>${inner}</bill></billStatus>`;
  it.each([
    ["not XML", "hello", "XML_SYNTAX"],
    ["no element at all", "<?xml version='1.0'?>", "XML_SYNTAX"],
    ["wrong root", "<rollcall-vote/>", "BILL_WRONG_FORMAT"],
    ["truncated", bill("<congress>115</congress><type>HR</type>").slice(0, 60), "XML_TRUNCATED"],
    ["no congress", bill("<type>HR</type><number>1</number>"), "BILL_MISSING_FIELD"],
    ["no type", bill("<congress>115</congress><number>1</number>"), "BILL_MISSING_FIELD"],
    ["bad type", bill("<congress>115</congress><type>XX</type><number>1</number>"), "BILL_BAD_FIELD"],
    ["no number", bill("<congress>115</congress><type>S</type>"), "BILL_MISSING_FIELD"],
    ["an action without a date", bill("<congress>115</congress><type>S</type><number>1</number><actions><item><text>Introduced</text></item></actions>"), "BILL_BAD_FIELD"],
    ["entities", `<!DOCTYPE b [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><billStatus><bill><congress>&b;</congress></bill></billStatus>`, "XML_ENTITY"],
    ["absurd nesting", `<billStatus><bill>${"<x>".repeat(2000)}`, "XML_DEPTH"],
  ])("%s", (_name, xml, code) => {
    try {
      parseBillStatusXml(xml, { file: "bad.xml" });
      expect.unreachable();
    } catch (error) {
      expect(isCivicError(error)).toBe(true);
      if (isCivicError(error)) {
        expect(error.code).toBe(code);
        expect(error.where?.file).toBe("bad.xml");
      }
    }
  });

  it("__proto__ names pollute nothing", () => {
    const b = parseBillStatusXml(`<billStatus><bill><congress>115</congress><type>HR</type><number>1</number><__proto__><polluted>yes</polluted></__proto__><title>T</title><sponsors><item><__proto__>x</__proto__><fullName>A</fullName></item></sponsors></bill></billStatus>`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(b.sponsors[0]?.name).toBe("A");
    expect(BillSchema.safeParse(b).success).toBe(true);
  });

  it("unknown new elements are skipped", () => {
    const b = parseBillStatusXml(`<billStatus><version>9.0</version><bill><congress>119</congress><type>S</type><number>5</number><title>T</title><futureThing><deep>1</deep></futureThing><actions><item><actionDate>2025-01-03</actionDate><text>Introduced</text><newField>x</newField></item></actions></bill></billStatus>`);
    expect(b.actions).toHaveLength(1);
    expect(b.id).toBe("s5-119");
  });
});

describeCorpus("key facts of a sample of files, read from the files by hand", () => {
  it.each([
    // file, id, introduced, sponsor, laws, status, [date, milestone] that must be in the timeline
    ["amendment-votes__BILLSTATUS-114hr5278.xml", "hr5278-114", "2016-05-18", "D000614", [], "PASS_OVER:HOUSE", ["2016-06-09", "Passed the House 297–127 (roll 288)"]],
    ["legacy__BILLSTATUS-114s1300.xml", "s1300-114", "2015-05-12", "F000062", [{ type: "public", congress: 114, number: 70 }], "ENACTED:SIGNED", ["2015-10-06", "Passed the House by voice vote"]],
    ["formatChange-future__BILLSTATUS-117s1260.xml", "s1260-117", "2021-04-20", "S000148", [], "PASS_OVER:SENATE", ["2021-06-08", "Passed the Senate 68–32 (vote 226)"]],
    ["legacy__BILLSTATUS-114hr22.xml", "hr22-114", "2015-01-06", undefined, [{ type: "public", congress: 114, number: 94 }], "ENACTED:SIGNED", ["2015-12-03", "Agreed to conference report in the Senate 83–16 (vote 331)"]],
  ] as const)("%s", async (file, id, introduced, sponsor, laws, status, milestone) => {
    const { billTimeline } = await import("../src/index.js");
    const bill = read(file);
    expect(bill.id).toBe(id);
    expect(bill.introducedDate).toBe(introduced);
    if (sponsor) expect(bill.sponsors[0]?.bioguideId).toBe(sponsor);
    expect(bill.laws).toEqual(laws);
    expect(bill.status.code).toBe(status);
    expect(billTimeline(bill).map((m) => [m.date, m.description])).toContainEqual(milestone);
  });
});

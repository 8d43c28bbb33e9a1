// The action texts the issue names, and the traps; sentences as the House and Senate floor systems write them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { billStatus, billTimeline, parseActionText, parseBillStatusXml } from "../src/index.js";

const house = { chamber: "house" as const, billType: "hr" as const };
const senateOnHr = { chamber: "senate" as const, billType: "hr" as const };

describe("parseActionText", () => {
  it("a Senate roll call on a House bill", () => {
    expect(parseActionText("Passed Senate without amendment by Yea-Nay Vote. 97 - 2. Record Vote Number: 60.", senateOnHr)).toEqual({
      kind: "vote", how: "roll", passed: true, voteChamber: "senate", voteType: "vote2", yeas: 97, nays: 2, rollNumber: 60, status: "PASSED:BILL",
    });
  });

  it("a House suspension vote, 2/3 required, as amended", () => {
    const f = parseActionText("On motion to suspend the rules and pass the bill, as amended Agreed to by the Yeas and Nays: (2/3 required): 388 - 25 (Roll no. 91).", house);
    expect(f).toMatchObject({ kind: "vote", how: "roll", passed: true, requires: "2/3", yeas: 388, nays: 25, rollNumber: 91, voteType: "vote", status: "PASS_OVER:HOUSE" });
  });

  it("a failed House vote with Present", () => {
    expect(parseActionText("On passage Failed by the Yeas and Nays: 143 - 245, 1 Present (Roll No. 12).", house)).toMatchObject({ passed: false, yeas: 143, nays: 245, present: 1, rollNumber: 12, status: "FAIL:ORIGINATING:HOUSE" });
    expect(parseActionText("On motion to suspend the rules and pass the bill Failed by the Yeas and Nays: (2/3 required): 250 - 170 (Roll no. 5).", house).status).toBe("PROV_KILL:SUSPENSIONFAILED");
  });

  it("voice votes and unanimous consent", () => {
    expect(parseActionText("On passage Passed by voice vote.", house)).toMatchObject({ how: "voice", passed: true, status: "PASS_OVER:HOUSE" });
    expect(parseActionText("Passed Senate without amendment by Unanimous Consent.", senateOnHr)).toMatchObject({ how: "unanimous", passed: true, status: "PASSED:BILL" });
    expect(parseActionText("Submitted in the Senate, considered, and agreed to without amendment and with a preamble by Unanimous Consent.", { chamber: "senate", billType: "sres" })).toMatchObject({ how: "unanimous", status: "PASSED:SIMPLERES" });
  });

  it("cloture: a failed vote can have more yeas than nays; a motion presented is not a vote", () => {
    expect(parseActionText("Cloture on the motion to proceed to the measure not invoked in Senate by Yea-Nay Vote. 52 - 45. Record Vote Number: 12.", senateOnHr)).toMatchObject({
      kind: "cloture", passed: false, yeas: 52, nays: 45, rollNumber: 12, voteType: "cloture", status: "PROV_KILL:CLOTUREFAILED",
    });
    expect(parseActionText("Cloture motion on the motion to proceed to the measure presented in Senate.", senateOnHr)).toEqual({ kind: "other", status: null });
    expect(parseActionText("Upon reconsideration, cloture on the motion to proceed to the measure invoked in Senate by Yea-Nay Vote. 62 - 36. Record Vote Number: 251.", senateOnHr)).toMatchObject({ kind: "cloture", passed: true, status: null });
  });

  it("ping-pong and conference", () => {
    expect(parseActionText("On motion that the House agree to the Senate amendment Agreed to by the Yeas and Nays: 300 - 100 (Roll no. 40).", { chamber: "house", billType: "hr" })).toMatchObject({ voteType: "pingpong", status: "PASSED:BILL" });
    expect(parseActionText("Senate agreed to conference report by Yea-Nay Vote. 83 - 16. Record Vote Number: 331.", { chamber: "senate", billType: "hr", priorStatus: "CONFERENCE:PASSED:HOUSE" })).toMatchObject({ voteType: "conference", status: "PASSED:BILL" });
    expect(parseActionText("On agreeing to the conference report Agreed to by the Yeas and Nays: 359 - 65 (Roll no. 673).", { chamber: "house", billType: "hr", priorStatus: "PASS_BACK:SENATE" })).toMatchObject({ status: "CONFERENCE:PASSED:HOUSE" });
  });

  it("vetoes, pocket vetoes and overrides", () => {
    expect(parseActionText("Vetoed by President.", house)).toEqual({ kind: "vetoed", status: "PROV_KILL:VETO" });
    expect(parseActionText("Pocket Vetoed by President.", house)).toEqual({ kind: "vetoed", status: "VETOED:POCKET" });
    expect(parseActionText("On passage, the objections of the President to the contrary notwithstanding Passed by the Yeas and Nays: (2/3 required): 300 - 120 (Roll no. 500).", house)).toMatchObject({ voteType: "override", status: "VETOED:OVERRIDE_PASS_OVER:HOUSE" });
    expect(parseActionText("Passed Senate over veto by Yea-Nay Vote. 97 - 1. Record Vote Number: 150.", senateOnHr)).toMatchObject({ voteType: "override", status: "ENACTED:VETO_OVERRIDE" });
  });

  it("enactment", () => {
    expect(parseActionText("Became Public Law No: 115-164.", house)).toEqual({ kind: "enacted", law: { type: "public", congress: 115, number: 164 }, status: "ENACTED:SIGNED" });
    expect(parseActionText("Became Public Law No: 115-164.", { ...house, priorStatus: "ENACTED:SIGNED" }).status).toBeNull();
    expect(parseActionText("Signed by President.", house)).toEqual({ kind: "signed", status: "ENACTED:SIGNED" });
    expect(parseActionText("Presented to President.", house)).toEqual({ kind: "presented", status: null });
  });

  it("referrals, reports and calendars; a rule reported is not the bill reported", () => {
    expect(parseActionText("Referred to the House Committee on the Judiciary.", house)).toEqual({ kind: "referred", status: "REFERRED" });
    expect(parseActionText("Ordered to be Reported (Amended) by Voice Vote.", { ...house, priorStatus: "REFERRED" })).toEqual({ kind: "reported", status: "REPORTED" });
    expect(parseActionText("Reported (Amended) by the Committee on Judiciary. H. Rept. 115-572, Part I.", { ...house, priorStatus: "REFERRED" }).kind).toBe("reported");
    expect(parseActionText("Rules Committee Resolution H. Res. 748 Reported to House. Rule provides for consideration of H.R. 1865.", house)).toEqual({ kind: "other", status: null });
    expect(parseActionText("Placed on the Union Calendar, Calendar No. 447.", house)).toEqual({ kind: "calendar", status: null });
    expect(parseActionText("Rule H. Res. 748 passed House.", house)).toEqual({ kind: "other", status: null });
  });

  it("a text citing an earlier vote or a committee tally is not a floor roll call", () => {
    expect(parseActionText("Motion to reconsider the vote by which cloture was not invoked (Record Vote No. 473) entered in Senate.", senateOnHr).kind).toBe("other");
    expect(parseActionText("Committee Consideration and Mark-up Session Held. Ordered to be Reported by the Yeas and Nays: 22 - 12.", { ...house, priorStatus: "REFERRED" })).toEqual({ kind: "other", status: null });
  });

  it("an amendment vote gives its tally but does not move the bill", () => {
    expect(parseActionText("On agreeing to the Walters, Mimi amendment (A002) Agreed to by recorded vote: 308 - 107 (Roll no. 90).", house)).toMatchObject({ kind: "other", passed: true, yeas: 308, nays: 107, rollNumber: 90, status: null });
  });
});

describeCorpus("status and timeline on corpus bills", () => {
  const read = (name: string) => parseBillStatusXml(readFileSync(join(corpusDir() ?? "", "billstatus", name), "utf8"));

  it("H.R. 1865 (115th): enacted, signed; its milestones in order", () => {
    const bill = read("uscongress-cache__BILLSTATUS-115hr1865.xml");
    expect(billStatus(bill)).toMatchObject({ status: "ENACTED:SIGNED", date: "2018-04-11" });
    const timeline = billTimeline(bill);
    expect(timeline.map((m) => [m.date, m.description])).toEqual([
      ["2017-04-03", "Introduced in the House"],
      ["2017-04-03", "Referred to committee"],
      ["2017-12-12", "Reported by committee"],
      ["2018-02-27", "Passed the House 388–25 (roll 91)"],
      ["2018-03-19", "Cloture invoked in the Senate 94–2 (vote 57)"],
      ["2018-03-21", "Passed the Senate 97–2 (vote 60)"],
      ["2018-04-03", "Presented to the President"],
      ["2018-04-11", "Signed by the President"],
      ["2018-04-11", "Became Public Law 115-164"],
    ]);
  });

  it("H.R. 22 (114th): through conference to law", () => {
    const bill = read("legacy__BILLSTATUS-114hr22.xml");
    expect(billStatus(bill).status).toBe("ENACTED:SIGNED");
    expect(billTimeline(bill).map((m) => m.status).filter(Boolean)).toEqual(["INTRODUCED", "REFERRED", "PASS_OVER:HOUSE", "PROV_KILL:CLOTUREFAILED", "PASS_BACK:SENATE", "CONFERENCE:PASSED:HOUSE", "PASSED:BILL", "ENACTED:SIGNED"]);
  });

  it("a bill that passed only the House is not PASSED:BILL; a simple resolution agreed to is PASSED:SIMPLERES", () => {
    expect(billStatus(read("formatChange-future__BILLSTATUS-117hr1.xml")).status).toBe("PASS_OVER:HOUSE");
    expect(billStatus(read("uscongress-cache__BILLSTATUS-115sres1.xml")).status).toBe("PASSED:SIMPLERES");
  });

  it("every corpus bill has a status and a timeline that starts with its introduction", () => {
    for (const file of corpusFiles("billstatus", [".xml"])) {
      const bill = parseBillStatusXml(readFileSync(file, "utf8"));
      const status = billStatus(bill);
      expect(status.status, file).toMatch(/^[A-Z_:]+$/);
      const timeline = billTimeline(bill);
      for (let i = 1; i < timeline.length; i++) expect((timeline[i]?.date ?? "") >= (timeline[i - 1]?.date ?? ""), file).toBe(true);
      // A law in the file means the status is enacted.
      if (bill.laws.length > 0) expect(status.status, file).toMatch(/^ENACTED:/);
    }
  });
});

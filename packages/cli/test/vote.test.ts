import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { civic } from "./helpers.js";

// A small unitedstates/congress vote written for this test.
const vote = (n: number) =>
  JSON.stringify({
    vote_id: `s${n}-115.2018`,
    chamber: "s",
    congress: 115,
    session: "2018",
    number: n,
    date: "2018-03-21T15:22:00-04:00",
    category: "passage",
    type: "On Passage of the Bill",
    question: "On Passage of the Bill H.R. 1865",
    requires: "1/2",
    result: "Bill Passed",
    votes: {
      Yea: [
        { display_name: "Alpha (R-TN)", id: "S289", party: "R", state: "TN" },
        { display_name: "Beta (D-WI)", id: "S354", party: "D", state: "WI" },
        { display_name: "Delta (D-OR)", id: "S247", party: "D", state: "OR" },
      ],
      Nay: [{ display_name: "Gamma (R-KY)", id: "S348", party: "R", state: "KY" }, { display_name: "Epsilon (R-AZ)", id: "S197", party: "R", state: "AZ" }],
    },
  });

describe("civic vote", () => {
  const dir = mkdtempSync(join(tmpdir(), "civic-vote-"));
  mkdirSync(join(dir, "nested"));
  writeFileSync(join(dir, "a.json"), vote(1));
  writeFileSync(join(dir, "nested", "b.json"), vote(2));
  writeFileSync(join(dir, "notes.txt"), "skipped: not .xml or .json");
  writeFileSync(join(dir, "broken.xml"), "<roll_call_vote><congress>115");

  it("prints the question, the checked result, the party table and the defectors", async () => {
    const r = await civic(["vote", join(dir, "a.json")]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("s1-115.2018");
    expect(r.out).toContain("Passed 3\u20132 (agrees with the published result)");
    expect(r.out).toMatch(/D\s+2\s+0/);
    expect(r.out).toContain("Against their party (1): Alpha (R-TN): yea");
  });

  it("reads a directory: one NDJSON line per vote, each failure with its file, a summary, exit 1", async () => {
    const r = await civic(["vote", dir, "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["s1-115.2018", "s2-115.2018"]);
    expect(r.err).toContain("broken.xml");
    expect(r.err).toMatch(/XML|ends inside/);
    expect(r.err).toContain("2 parsed, 1 failed (2 votes)");
    expect(r.err).not.toContain("notes.txt");
  });

  it("reads standard input and writes JSON", async () => {
    const r = await civic(["vote", "-", "--format", "json"], vote(3));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { id: string }[])[0]!.id).toBe("s3-115.2018");
  });

  it("usage mistakes exit 2", async () => {
    expect((await civic(["vote", join(dir, "missing.xml")])).code).toBe(2);
    expect((await civic(["vote", join(dir, "a.json"), "--format", "csv"])).code).toBe(2);
  });
});

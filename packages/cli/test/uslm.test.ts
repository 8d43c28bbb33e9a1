import { join } from "node:path";
import { expect, it } from "vitest";
import { corpusDir } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { civic } from "./helpers.js";

describeCorpus("civic uslm", () => {
  const t1 = join(corpusDir() ?? "", "uslm", "usc__usc01-2013-113-31.xml");
  const law = join(corpusDir() ?? "", "uslm", "law__114publ190-uslm.xml");

  it("a provision by citation, as text, Markdown or JSON", async () => {
    const r = await civic(["uslm", t1, "--cite", "1 U.S.C. § 112b"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("§ 112b. United States international agreements; transmission to Congress");
    expect((await civic(["uslm", t1, "--cite", "1 U.S.C. § 112b", "--format", "markdown"])).out).toMatch(/^§ 112b\. \*\*United States/);
    expect(JSON.parse((await civic(["uslm", t1, "--cite", "/us/usc/t1/s1", "--format", "json"])).out)).toMatchObject({ identifier: "/us/usc/t1/s1", level: "section" });
  });

  it("sections, amendments, a summary; a missing provision is bad input", async () => {
    expect((await civic(["uslm", t1, "--sections"])).out.split("\n")[0]).toBe("/us/usc/t1/s1\t1\tWords denoting number, gender, and so forth");
    expect((await civic(["uslm", law, "--amendments"])).out.split("\n")[0]).toMatch(/^49 U\.S\.C\. § 48103\(a\)\tstrike-and-insert\t“fiscal years 2012 through 2015” → “fiscal years 2012 through 2017\.”/);
    expect((await civic(["uslm", law])).out).toMatch(/^kind {8}pLaw/);
    const missing = await civic(["uslm", t1, "--cite", "1 U.S.C. § 999"]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/has no|no 1 U\.S\.C\./);
    expect((await civic(["uslm"])).code).toBe(2);
  });
});

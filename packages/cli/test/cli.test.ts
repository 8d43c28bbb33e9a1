import { describe, expect, it } from "vitest";
import { civic } from "./helpers.js";
import pkg from "../package.json" with { type: "json" };

describe("civic", () => {
  it("--version and --help", async () => {
    expect(await civic(["--version"])).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
    const help = await civic(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("civic <command>");
    expect((await civic(["id", "--help"])).out).toContain("civic id <text>");
  });

  it("usage mistakes exit 2 with one line on stderr", async () => {
    for (const args of [[], ["nope"], ["id", "--format", "xml", "H.R. 1"], ["id", "--bogus"], ["id", "--congress", "x", "S. 1"], ["id"]]) {
      const r = await civic(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/^civic: /);
      expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it("civic id prints every style as text", async () => {
    const r = await civic(["id", "H.R.", "1865,", "115th", "Cong."]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("display   H.R. 1865");
    expect(r.out).toContain("citation  H.R. 1865, 115th Cong.");
    expect(r.out).toContain("url       https://www.congress.gov/bill/115th-congress/house-bill/1865");
  });

  it("civic id --format json", async () => {
    const r = await civic(["id", "Public Law 115–164", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      input: "Public Law 115–164",
      kind: "law",
      id: { type: "public", congress: 115, number: 164 },
      styles: {
        display: "Public Law 115-164",
        id: "pl115-164",
        citation: "Pub. L. No. 115-164",
        url: "https://www.govinfo.gov/app/details/PLAW-115publ164",
        uslm: "/us/pl/115/164",
      },
    });
    const withCongress = await civic(["id", "S. 1693", "--congress", "115", "--format", "json"]);
    expect(JSON.parse(withCongress.out).styles.id).toBe("s1693-115");
  });

  it("bad input exits 1 with the reason on one line", async () => {
    const r = await civic(["id", "H.X. 12"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^civic id: not a bill, law, amendment or roll-call vote identifier: "H.X. 12"/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("reads one identifier per line from stdin, reporting each failure", async () => {
    const r = await civic(["id", "-", "--format", "json"], "s60-115.2018\nnot an id\nh91-115.2018\n");
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n").map((l) => (JSON.parse(l) as { styles: { id: string } }).styles.id)).toEqual(["s60-115.2018", "h91-115.2018"]);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});

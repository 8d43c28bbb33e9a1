// Broken and hostile input: nothing throws but a CivicError for a wrong argument, nothing hangs, and what comes out
// is always consistent with the text. Linear time is shown by `pnpm bench`; here the inputs just have to finish.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CivicError } from "@civickit/core/errors";
import { annotate, extractCitations, formatCitation, parseCitation, type Citation } from "../src/index.js";

function consistent(text: string, cs: Citation[]): void {
  for (const c of cs) {
    expect(text.slice(c.start, c.end)).toBe(c.match);
    expect(c.id.length).toBeGreaterThan(0);
    expect(c.cite.length).toBeGreaterThan(0);
  }
  for (let i = 1; i < cs.length; i++) expect((cs[i] as Citation).start).toBeGreaterThanOrEqual((cs[i - 1] as Citation).start);
}

const PIECES = [
  "47", "U.S.C.", "§", "§§", "230", "(c)", "(1)", "section", "of title", "18", "C.F.R.", "part", "60.1", "Pub. L.", "115-164", "Stat.",
  "Fed. Reg.", "Cong. Rec.", "S1849", "U.S. Const.", "art.", "amend.", "XIV", "F. Supp. 3d", "v.", "H.R.", "S.", "Res.", "Id.", "id.", "Ibid.", "ibid.",
  "at", "the", "Act", "Communications Decency Act", "(CDA)", "CDA", "such Act", "vote", "96-0", "to", "and", ",", ";", ".", "(", ")",
  "–", "-", "\n", " ", "Executive Order", "No.", "Rep.", "title", "chapter", "United States Code", "et seq.", "note", "App.",
];

describe("hostile input", () => {
  it("rejects what is not a string with a CivicError", () => {
    expect(() => extractCitations(null as unknown as string)).toThrow(CivicError);
    expect(() => extractCitations("x", { types: ["nope" as never] })).toThrow(/unknown citation type/);
  });

  it.each([
    ["digits", "1".repeat(200_000)],
    ["section signs", "§ 1 ".repeat(50_000)],
    ["repeated cites", "5 U.S.C. 552 ".repeat(15_000)],
    ["open parentheses", "(a".repeat(100_000)],
    ["numbers", "1234567 ".repeat(25_000)],
    ["a list without end", "§§ " + "1, ".repeat(60_000)],
    ["Ids", "18 U.S.C. 1 " + "Id. ".repeat(50_000)],
    ["capital words", "section 1 of the " + "A ".repeat(100_000)],
    ["acts", "Act ".repeat(50_000)],
    ["dashes", "1-".repeat(100_000)],
    ["nested designators", "5 U.S.C. 552" + "(a)".repeat(50_000)],
    ["no break at all", "x".repeat(300_000)],
    ["lone surrogates", "\ud800 47 U.S.C. 230 \udfff".repeat(1000)],
  ])("%s: finishes with consistent results", (_name, text) => {
    consistent(text, extractCitations(text));
  });

  it("fuzz: random mixes of citation pieces never throw and always give consistent results", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(" ", "", "  ", "\u00a0"), { minLength: 40, maxLength: 40 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? " ")).join("");
        const cs = extractCitations(text);
        consistent(text, cs);
        annotate(text, (c) => c.cite);
        annotate(text, (c) => c.cite, { html: true });
      }),
      { numRuns: 3000 },
    );
  });

  it("fuzz: arbitrary strings never throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        consistent(text, extractCitations(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: the Bluebook form of a citation parses back to the same citation", () => {
    const title = fc.integer({ min: 1, max: 54 });
    const section = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom("", "a", "A", "b-1")).map(([n, s]) => `${String(n)}${s}`);
    const subs = fc.array(fc.constantFrom("a", "b", "1", "2", "A", "iv"), { maxLength: 3 });
    fc.assert(
      fc.property(title, section, subs, (t, s, sub) => {
        const c = parseCitation(`${String(t)} U.S.C. § ${s}${sub.map((x) => `(${x})`).join("")}`);
        const again = parseCitation(formatCitation(c, "bluebook"));
        expect(again.id).toBe(c.id);
      }),
      { numRuns: 500 },
    );
  });
});

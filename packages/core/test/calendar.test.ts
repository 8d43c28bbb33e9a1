import { describe, expect, it } from "vitest";
import {
  CivicError,
  capitolToday,
  congressForDate,
  congressTerm,
  congressYears,
  ordinal,
  sessionForDate,
  sessionOfYear,
  yearOfSession,
} from "../src/index.js";

// These tests run under TZ=UTC and again under a non-UTC TZ in CI: no answer may depend on the machine's zone.
describe("ordinal", () => {
  it.each([
    [1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [22, "22nd"],
    [101, "101st"], [102, "102nd"], [111, "111th"], [112, "112th"], [113, "113th"], [115, "115th"], [121, "121st"], [0, "0th"],
  ])("ordinal(%i) = %s", (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });
  it("writes the Bluebook's 2d and 3d", () => {
    expect(ordinal(102, "bluebook")).toBe("102d");
    expect(ordinal(103, "bluebook")).toBe("103d");
    expect(ordinal(112, "bluebook")).toBe("112th");
    expect(ordinal(115, "bluebook")).toBe("115th");
  });
  it("refuses what is not a whole number", () => {
    expect(() => ordinal(1.5)).toThrow(CivicError);
    expect(() => ordinal(-1)).toThrow(CivicError);
  });
});

describe("congressForDate", () => {
  it.each([
    ["1789-03-04", 1],
    ["1791-03-03", 1],
    ["1791-03-04", 2],
    ["1861-07-04", 37],
    ["1933-03-03", 72],
    ["1933-03-04", 73],
    ["1935-01-02", 73], // the 73rd ended on January 3, 1935 (20th Amendment)
    ["1935-01-03", 74],
    ["2017-01-03", 115],
    ["2018-03-21", 115],
    ["2018-12-31", 115],
    ["2019-01-02", 115],
    ["2019-01-03", 116], // a date-only January 3 belongs to the new Congress
    ["2025-01-03", 119],
    ["2026-11-29", 119],
    ["2027-01-03", 120],
  ])("%s is in the %ith Congress", (date, congress) => {
    expect(congressForDate(date)).toBe(congress);
  });

  it("reads instants in Washington time, with the new term at noon on January 3", () => {
    expect(congressForDate("2019-01-03T11:59:00-05:00")).toBe(115);
    expect(congressForDate("2019-01-03T12:00:00-05:00")).toBe(116);
    expect(congressForDate("2019-01-03T16:59:00Z")).toBe(115);
    expect(congressForDate(new Date("2019-01-03T17:00:00Z"))).toBe(116);
    // 04:00 UTC on January 3 is still January 2 in Washington.
    expect(congressForDate(new Date("2019-01-03T04:00:00Z"))).toBe(115);
    expect(congressForDate(Date.UTC(2018, 2, 21, 19, 22))).toBe(115);
  });

  it("reads a date-time without a zone as Eastern wall time", () => {
    expect(congressForDate("2019-01-03T09:00:00")).toBe(115);
    expect(congressForDate("2019-01-03T12:30")).toBe(116);
  });

  it.each(["1789-03-03", "1700-01-01", "not a date", "2018-02-30", "2018-13-01", "", "2018-03-21T25:00"])("rejects %j", (date) => {
    expect(() => congressForDate(date)).toThrow(CivicError);
  });
  it("rejects an invalid Date", () => {
    expect(() => congressForDate(new Date("nope"))).toThrow(/not a date/);
  });
});

describe("congressYears and congressTerm", () => {
  it("gives the two years a Congress is named for", () => {
    expect(congressYears(1)).toEqual([1789, 1790]);
    expect(congressYears(115)).toEqual([2017, 2018]);
    expect(congressYears(119)).toEqual([2025, 2026]);
  });
  it("gives the term's first and last days", () => {
    expect(congressTerm(1)).toEqual({ congress: 1, start: "1789-03-04", end: "1791-03-04" });
    expect(congressTerm(73)).toEqual({ congress: 73, start: "1933-03-04", end: "1935-01-03" });
    expect(congressTerm(115)).toEqual({ congress: 115, start: "2017-01-03", end: "2019-01-03" });
  });
  it("agrees with congressForDate at every term boundary", () => {
    for (let n = 1; n <= 130; n++) {
      const { start, end } = congressTerm(n);
      expect(congressForDate(start)).toBe(n);
      const last = new Date(Date.parse(`${end}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(congressForDate(last)).toBe(n);
    }
  });
  it("refuses Congress 0", () => {
    expect(() => congressYears(0)).toThrow(CivicError);
  });
});

describe("sessions", () => {
  it("numbers sessions by year from the 74th Congress", () => {
    expect(sessionForDate("2017-06-01")).toEqual({ congress: 115, session: 1 });
    expect(sessionForDate("2018-03-21")).toEqual({ congress: 115, session: 2 });
    expect(sessionForDate("2019-01-02")).toEqual({ congress: 115, session: 2 });
    expect(sessionForDate("2019-01-03")).toEqual({ congress: 116, session: 1 });
  });
  it("converts between sessions and years", () => {
    expect(yearOfSession(115, 1)).toBe(2017);
    expect(yearOfSession(115, 2)).toBe(2018);
    expect(sessionOfYear(115, 2018)).toBe(2);
    expect(sessionOfYear(115, 2019)).toBeNull();
    expect(() => yearOfSession(115, 4)).toThrow(CivicError);
  });
  it("capitolToday is the date in Washington", () => {
    expect(capitolToday(new Date("2019-01-03T03:00:00Z"))).toBe("2019-01-02");
    expect(capitolToday(new Date("2019-01-03T06:00:00Z"))).toBe("2019-01-03");
  });
});

import { TZDate } from "@date-fns/tz";
import { CivicError } from "./errors.js";

/** The time zone the Congress keeps its clocks in, and the zone civickit reads the sources' bare local times in. */
export const CAPITOL_TIME_ZONE = "America/New_York";

/** The first Congress whose term began on January 3 (20th Amendment, § 1); terms before began on March 4. */
const FIRST_JANUARY_CONGRESS = 74;

/**
 * The English ordinal of a number: "1st", "2nd", "3rd", "11th", "112th", "121st". With `"bluebook"` style the
 * second and third are "2d" and "3d" ("102d Cong."), as The Bluebook and the Government Publishing Office write them.
 *
 * @example
 * ```ts
 * ordinal(115); // "115th"
 * ordinal(102, "bluebook"); // "102d"
 * ```
 */
export function ordinal(n: number, style: "standard" | "bluebook" = "standard"): string {
  if (!Number.isInteger(n) || n < 0) throw new CivicError("INVALID_ARGUMENT", `ordinal() takes a whole number, not ${String(n)}`);
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return style === "bluebook" ? `${n}d` : `${n}nd`;
    case 3:
      return style === "bluebook" ? `${n}d` : `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** A date as the calendar in Washington shows it; `hour` is null for a date given without a time. */
interface CapitolDay {
  year: number;
  month: number;
  day: number;
  hour: number | null;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function invalidDate(input: unknown): CivicError {
  return new CivicError("INVALID_DATE", `not a date: ${JSON.stringify(String(input))} (use YYYY-MM-DD, an ISO 8601 date-time or a Date)`, {
    input: String(input),
  });
}

function fromInstant(ms: number, input: unknown): CapitolDay {
  if (!Number.isFinite(ms)) throw invalidDate(input);
  const d = new TZDate(ms, CAPITOL_TIME_ZONE);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours() };
}

/**
 * Reads a date the way the sources mean it: "2018-03-21" is that day in Washington, whatever the machine's zone;
 * "2018-03-21T15:22:00" (no zone) is Eastern wall time, as the roll-call files write it; a zoned date-time or a Date
 * is an instant, seen from Washington.
 */
function toCapitolDay(date: Date | string | number): CapitolDay {
  if (date instanceof Date) return fromInstant(date.getTime(), date);
  if (typeof date === "number") return fromInstant(date, date);
  if (typeof date !== "string") throw invalidDate(date);
  const m = DATE_RE.exec(date.trim());
  if (!m) throw invalidDate(date);
  const [, y, mo, d, hh, mm, , zone] = m;
  const day: CapitolDay = { year: Number(y), month: Number(mo), day: Number(d), hour: hh === undefined ? null : Number(hh) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month)) throw invalidDate(date);
  if (day.hour !== null && (day.hour > 23 || Number(mm) > 59)) throw invalidDate(date);
  if (zone !== undefined) return fromInstant(Date.parse(date.trim().replace(" ", "T")), date);
  return day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function startYearOf(congress: number): number {
  return 1789 + 2 * (congress - 1);
}

function assertCongress(congress: number): void {
  if (!Number.isInteger(congress) || congress < 1) {
    throw new CivicError("INVALID_ARGUMENT", `a Congress is numbered from 1, not ${String(congress)}`);
  }
}

/**
 * The Congress sitting on a date. The 1st Congress began on 1789-03-04 and terms began on March 4 of odd years until
 * the 73rd; from the 74th (1935) they begin at noon on January 3 of odd years (20th Amendment). A date without a time
 * that falls on January 3 belongs to the new Congress; a date-time before noon Eastern on that day, to the old one.
 *
 * @throws {CivicError} `INVALID_DATE` for something that is not a date, or a date before 1789-03-04.
 * @example
 * ```ts
 * congressForDate("2018-03-21"); // 115
 * congressForDate("2019-01-03"); // 116
 * congressForDate("2019-01-03T09:00:00-05:00"); // 115 (before noon)
 * ```
 */
export function congressForDate(date: Date | string | number): number {
  const { year, month, day, hour } = toCapitolDay(date);
  const base = year % 2 === 1 ? year : year - 1;
  const modern = base >= startYearOf(FIRST_JANUARY_CONGRESS);
  const [startMonth, startDay] = modern ? [1, 3] : [3, 4];
  const beforeStart =
    month < startMonth || (month === startMonth && (day < startDay || (day === startDay && modern && hour !== null && hour < 12)));
  const congress = (base - 1789) / 2 + 1 - (beforeStart ? 1 : 0);
  if (congress < 1) {
    throw new CivicError("INVALID_DATE", `${String(date)} is before the 1st Congress (1789-03-04)`, { input: String(date) });
  }
  return congress;
}

/**
 * The two calendar years a Congress is named for: the 115th is "2017–2018".
 *
 * @example
 * ```ts
 * congressYears(115); // [2017, 2018]
 * ```
 */
export function congressYears(congress: number): [number, number] {
  assertCongress(congress);
  const start = startYearOf(congress);
  return [start, start + 1];
}

/**
 * The first and last days of a Congress's term (the end is the day the next one begins).
 *
 * @example
 * ```ts
 * congressTerm(115); // { congress: 115, start: "2017-01-03", end: "2019-01-03" }
 * congressTerm(73); // { congress: 73, start: "1933-03-04", end: "1935-01-03" }
 * ```
 */
export function congressTerm(congress: number): { congress: number; start: string; end: string } {
  assertCongress(congress);
  const termStart = (n: number): string =>
    n >= FIRST_JANUARY_CONGRESS ? `${startYearOf(n)}-01-03` : `${startYearOf(n)}-03-04`;
  return { congress, start: termStart(congress), end: termStart(congress + 1) };
}

/**
 * The Congress and session sitting on a date. From the 74th Congress on, the first session is the term's first
 * calendar year and the second session the second (until the next term begins on January 3). Before 1935 sessions
 * did not follow calendar years; for those dates the session is counted by year and may differ from the historical one.
 *
 * @example
 * ```ts
 * sessionForDate("2018-03-21"); // { congress: 115, session: 2 }
 * sessionForDate("2019-01-02"); // { congress: 115, session: 2 }
 * ```
 */
export function sessionForDate(date: Date | string | number): { congress: number; session: number } {
  const day = toCapitolDay(date);
  const congress = congressForDate(date);
  const session = Math.min(day.year - startYearOf(congress) + 1, 2);
  return { congress, session };
}

/**
 * The calendar year a session of a Congress met in (from the 74th Congress on; sessions 1 and 2).
 *
 * @example
 * ```ts
 * yearOfSession(115, 2); // 2018
 * ```
 */
export function yearOfSession(congress: number, session: number): number {
  assertCongress(congress);
  if (!Number.isInteger(session) || session < 1 || session > 3) {
    throw new CivicError("INVALID_ARGUMENT", `a session is 1, 2 or 3, not ${String(session)}`);
  }
  return startYearOf(congress) + session - 1;
}

/**
 * The session of a Congress that met in a calendar year, or null when that Congress did not sit in that year.
 *
 * @example
 * ```ts
 * sessionOfYear(115, 2018); // 2
 * sessionOfYear(115, 2020); // null
 * ```
 */
export function sessionOfYear(congress: number, year: number): number | null {
  assertCongress(congress);
  const session = year - startYearOf(congress) + 1;
  return session === 1 || session === 2 ? session : null;
}

/**
 * Today's date in Washington as YYYY-MM-DD, the date that decides which Congress is "current".
 *
 * @example
 * ```ts
 * congressForDate(capitolToday());
 * ```
 */
export function capitolToday(now: Date = new Date()): string {
  const d = new TZDate(now.getTime(), CAPITOL_TIME_ZONE);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

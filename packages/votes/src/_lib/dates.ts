import { TZDate } from "@date-fns/tz";
import { CAPITOL_TIME_ZONE } from "@civickit/core";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a year, month and day name a real day ("February 30" does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "2018-03-21T15:22:00-04:00": a wall-clock time in Washington with the offset in force on that day. */
// The offset in force is the same all day except in the small hours of a daylight-saving change: one lookup per day
// (and per small hour) instead of one per vote.
const offsets = new Map<number, number>();

function offsetMinutes(year: number, month: number, day: number, hour: number, minute: number): number {
  const key = ((year * 13 + month) * 32 + day) * 5 + (hour < 4 ? hour : 4);
  let offset = offsets.get(key);
  if (offset === undefined || hour < 4) {
    offset = -new TZDate(year, month - 1, day, hour, minute, 0, CAPITOL_TIME_ZONE).getTimezoneOffset();
    if (hour >= 4) {
      if (offsets.size > 5000) offsets.clear();
      offsets.set(key, offset);
    }
  }
  return offset;
}

export function easternIso(year: number, month: number, day: number, hour: number, minute: number): string {
  const offset = offsetMinutes(year, month, day, hour, minute);
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

/** The Senate's "March 21, 2018, 03:22 PM" (Eastern time). */
export function parseSenateDate(text: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4}),?\s+(\d{1,2}):(\d{2})\s*([AP]M)$/i.exec(text.trim());
  if (!m) return null;
  const month = monthNumber(m[1]!);
  if (month === null || !isCalendarDate(Number(m[3]), month, Number(m[2]))) return null;
  let hour = Number(m[4]) % 12;
  if (m[6]!.toUpperCase() === "PM") hour += 12;
  return easternIso(Number(m[3]), month, Number(m[2]), hour, Number(m[5]));
}

/** The House Clerk's "27-Feb-2018" with a 24-hour "17:59" (Eastern time); the date alone when there is no time. */
export function parseHouseDate(date: string, time: string | undefined): string | null {
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(date.trim());
  if (!m) return null;
  const month = monthNumber(m[2]!);
  if (month === null || !isCalendarDate(Number(m[3]), month, Number(m[1]))) return null;
  const t = time === undefined ? null : /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!t) return `${m[3]!}-${pad(month)}-${pad(Number(m[1]))}`;
  return easternIso(Number(m[3]), month, Number(m[1]), Number(t[1]), Number(t[2]));
}

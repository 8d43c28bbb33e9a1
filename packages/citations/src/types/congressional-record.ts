// The Congressional Record: "164 Cong. Rec. S1849 (daily ed. Mar. 21, 2018)", "164 Cong. Rec. H1234", "155 Cong. Rec. 1234 (2009)".
import type { CongressionalRecordCitation, Draft } from "../model.js";
import { execAt, isoDateFromWords, withThousands } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

// "Cong. Rec." or, in the small capitals of law reviews set as capitals, "CONG. REC.", or without periods ("164 Cong Rec
// S1849"); a bound edition's page may have a thousands comma ("145 Cong. Rec. 12,345").
const CONG_REC = /(\d{1,3})[ \n\u00a0\u2009\u202f](?:Cong\.[ \n\u00a0\u2009\u202f]?Rec\.|CONG\.[ \n\u00a0\u2009\u202f]?REC\.|Cong[ \n\u00a0\u2009\u202f]Rec(?=[ \n\u00a0\u2009\u202f][HSED]?\d))[ \n\u00a0\u2009\u202f]?([HSED])?[ \n\u00a0\u2009\u202f]?(\d{1,3},\d{3}|\d{1,6})(?![\d])/y;
const DATE = /[ \n\u00a0\u2009\u202f]?\((daily[ \n\u00a0\u2009\u202f]ed\.[ \n\u00a0\u2009\u202f]?)?(?:([A-Z][a-z]{2,8})\.?[ \n\u00a0\u2009\u202f](\d{1,2}),[ \n\u00a0\u2009\u202f])?(\d{4})\)/y;

const PINS = /(?:(?:[-–]|,[ \n\u00a0\u2009\u202f]?)[HSED]?\d{1,6}){1,6}(?=[ \n\u00a0\u2009\u202f]?\()/y;

export function parseCongressionalRecordAt(scan: Scan, at: number): number {
  const m = execAt(CONG_REC, scan.text, at);
  if (!m) return -1;
  const end = at + m[0].length;
  // Pages after the first ("S1849-50", "S1849, S1851") come before the date: step over them to read it.
  const pins = execAt(PINS, scan.text, end);
  const d = execAt(DATE, scan.text, pins ? end + pins[0].length : end);
  const date = d?.[2] !== undefined ? isoDateFromWords(d[2], d[3] as string, d[4] as string) : null;
  scan.found.push({
    type: "congressionalRecord",
    match: m[0],
    start: at,
    end,
    id: "",
    cite: "",
    volume: Number(m[1]),
    page: (m[2] ?? "") + (m[3] as string).replace(",", ""),
    edition: m[2] !== undefined || d?.[1] !== undefined ? "daily" : "bound",
    date,
  } satisfies Draft<CongressionalRecordCitation>);
  return end;
}

const MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

export const congressionalRecordId = (c: CongressionalRecordCitation): string => `cong-rec/${String(c.volume)}/${c.page}`;

export function congressionalRecordBluebook(c: CongressionalRecordCitation): string {
  // Bound pages of five digits and more take a thousands comma: "145 Cong. Rec. 12,345".
  const head = `${String(c.volume)} Cong. Rec. ${/^\d{5,}$/.test(c.page) ? withThousands(Number(c.page)) : c.page}`;
  if (!c.date) return head;
  const [y, m, d] = c.date.split("-");
  return c.edition === "daily" ? `${head} (daily ed. ${MONTHS[Number(m) - 1] ?? ""} ${String(Number(d))}, ${y ?? ""})` : `${head} (${y ?? ""})`;
}

export function congressionalRecordUrl(c: CongressionalRecordCitation): string {
  if (c.date && c.edition === "daily") return `https://www.govinfo.gov/app/details/CREC-${c.date}`;
  return `https://www.govinfo.gov/app/collection/crec`;
}

// Committee reports: "H.R. Rep. No. 115-572, pt. 1", "S. Rept. 115-199", "H. Rept. 115-583", "Senate Report 115-199",
// conference reports ("H.R. Conf. Rep. No. 104-458").
import type { CommitteeReportCitation, Draft } from "../model.js";
import { execAt } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const REPORT_BACK = /\b(H\.?[ \n\u00a0\u2009\u202f]?R\.|H\.|S\.|House|Senate)[ \n\u00a0\u2009\u202f]?(?:Conf(?:\.|erence)[ \n\u00a0\u2009\u202f]?)?(?:Rep(?:t|ort)?\.?)(?:[ \n\u00a0\u2009\u202f]?No\.?)?[ \n\u00a0\u2009\u202f]?$/;
const NUMBER = /(\d{2,3})[ \n\u00a0\u2009\u202f]?[-–][ \n\u00a0\u2009\u202f]?(\d{1,4})(?![\d])(?:,?[ \n\u00a0\u2009\u202f](?:pt\.|part|Part)[ \n\u00a0\u2009\u202f]?(\d{1,2})(?![\d]))?/y;

export function parseCommitteeReportAt(scan: Scan, at: number): number {
  const { text } = scan;
  const from = Math.max(0, at - 24);
  const m = REPORT_BACK.exec(text.slice(from, at));
  if (!m) return -1;
  const n = execAt(NUMBER, text, at);
  if (!n) return -1;
  const start = from + m.index;
  const end = at + n[0].length;
  scan.found.push({
    type: "committeeReport",
    match: text.slice(start, end),
    start,
    end,
    id: "",
    cite: "",
    chamber: (m[1] as string).startsWith("S") ? "senate" : "house",
    congress: Number(n[1]),
    number: Number(n[2]),
    part: n[3] !== undefined ? Number(n[3]) : null,
  } satisfies Draft<CommitteeReportCitation>);
  return end;
}

export const committeeReportId = (c: CommitteeReportCitation): string =>
  `report/${c.chamber}/${String(c.congress)}/${String(c.number)}${c.part === null ? "" : `/part-${String(c.part)}`}`;
export const committeeReportBluebook = (c: CommitteeReportCitation): string =>
  `${c.chamber === "house" ? "H.R." : "S."} Rep. No. ${String(c.congress)}-${String(c.number)}${c.part === null ? "" : `, pt. ${String(c.part)}`}`;
export const committeeReportUrl = (c: CommitteeReportCitation): string =>
  `https://www.congress.gov/congressional-report/${String(c.congress)}th-congress/${c.chamber}-report/${String(c.number)}${c.part === null ? "" : `/${String(c.part)}`}`;

// Bills and resolutions: "H.R. 1865", "S. 1693", "H. Res. 755", "S.J.Res. 14", "H.R. 1865 (115th Congress)", "Senate
// Bill 1693".
import { BILL_TYPE_INFO, formatBillId, type BillType } from "@civickit/core/ids";
import type { BillCitation, Draft } from "../model.js";
import { LEADING_WORDS, bluebookOrdinal, execAt } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

// Also as identifiers and capitals write them: "HJRES 59", "S.CON.RES. 3".
const BILL_BACK =
  /(?:^|[^A-Za-z.])(H\.?[ \n\u00a0\u2009\u202f]?R\.?|H\.?[ \n\u00a0\u2009\u202f]?(?:J\.?|Con\.?|CON\.?)?[ \n\u00a0\u2009\u202f]?(?:Res|RES)\.?|S\.?[ \n\u00a0\u2009\u202f]?(?:J\.?|Con\.?|CON\.?)?[ \n\u00a0\u2009\u202f]?(?:Res|RES)\.?|S\.)[ \n\u00a0\u2009\u202f]?$/;
// (Not a surveyor's bearing either: "S. 42 degrees 20 minutes E.", "S. 42° E.")
const NUMBER = /(\d{1,5})(?![\d\-–°]|[ \n\u00a0\u2009\u202f]?(?:U\.|Stat\.|F\.|C\.F|degrees?\b))/y;
// ", 115th Cong. (2018)", " (115th Congress)", " in the 115th Congress", and as Congress.gov titles its pages, " - 115th
// Congress (2017-2018)"; GovTrack's "(115th)".
const CONGRESS_AFTER =
  /(?:,[ \n\u00a0\u2009\u202f]|[ \n\u00a0\u2009\u202f]\(|[ \n\u00a0\u2009\u202f][-–—][ \n\u00a0\u2009\u202f]|[ \n\u00a0\u2009\u202f](?:(?:of|in)[ \n\u00a0\u2009\u202f])?(?:the[ \n\u00a0\u2009\u202f])?)(\d{2,3})(?:st|nd|rd|th|d)(?:[ \n\u00a0\u2009\u202f]Cong(?:ress|\.)|(?=\)))(?:\)?,?[ \n\u00a0\u2009\u202f]?\((\d{4})\))?/y;
const LIST_BETWEEN = /^(?:,[ \n\u00a0\u2009\u202f]?(?:and[ \n\u00a0\u2009\u202f]|or[ \n\u00a0\u2009\u202f])?|[ \n\u00a0\u2009\u202f](?:and|or)[ \n\u00a0\u2009\u202f])$/;
const TYPES: Record<string, BillType> = { hr: "hr", s: "s", hres: "hres", sres: "sres", hjres: "hjres", sjres: "sjres", hconres: "hconres", sconres: "sconres" };

/** A bill whose number starts at `at`, its type written before it. */
export function parseBillAt(scan: Scan, at: number): number {
  const { text } = scan;
  const from = Math.max(0, at - 16);
  const before = text.slice(from, at);
  const m = BILL_BACK.exec(before);
  if (!m) return -1;
  const prefix = m[1] as string;
  const start = from + m.index + m[0].length - prefix.length - (/\s$/.test(m[0]) ? 1 : 0);
  // "U.S. 218" and "U. S. 218" are the United States Reports, not Senate bills.
  if (/U\.[ \n\u00a0\u2009\u202f]?$/.test(text.slice(Math.max(0, start - 3), start))) return -1;
  const type = TYPES[prefix.replace(/[.\s\u00a0]/g, "").toLowerCase()];
  return type ? pushBill(scan, type, start, at) : -1;
}

// "Senate Bill 1693", "House Joint Resolution 59", "House Resolution No. 988": written out, as news and older laws write
// them. A capitalised word before names another legislature ("California Senate Bill 1047"), unless it starts a sentence.
const WRITTEN_BACK =
  /(?:^|[^A-Za-z])(?:([A-Z][a-z]+)[ \n\u00a0])?(House|Senate)[ \n\u00a0]+(?:(Joint|Concurrent)[ \n\u00a0]+)?(Bill|Resolution)(?:[ \n\u00a0]+No\.?)?[ \n\u00a0]*$/;
const WRITTEN: Record<string, BillType> = {
  HouseBill: "hr", SenateBill: "s", HouseResolution: "hres", SenateResolution: "sres", HouseJointResolution: "hjres",
  SenateJointResolution: "sjres", HouseConcurrentResolution: "hconres", SenateConcurrentResolution: "sconres",
};

/** A bill written out ("Senate Bill 1693"), its number at `at`. */
export function parseWrittenBillAt(scan: Scan, at: number): number {
  const { text } = scan;
  const from = Math.max(0, at - 48);
  const m = WRITTEN_BACK.exec(text.slice(from, at));
  if (!m || (m[1] !== undefined && !LEADING_WORDS.has(m[1]))) return -1;
  const type = WRITTEN[`${m[2] as string}${m[3] ?? ""}${m[4] as string}`];
  if (!type) return -1;
  return pushBill(scan, type, from + m.index + m[0].indexOf(m[2] as string, m[1] === undefined ? 0 : m[1].length), at);
}

/** The bill of `type` written at `start`, its number at `at`, with the Congress that follows it. */
function pushBill(scan: Scan, type: BillType, start: number, at: number): number {
  const { text } = scan;
  const n = execAt(NUMBER, text, at);
  if (!n) return -1;
  const end = at + n[0].length;
  const c = execAt(CONGRESS_AFTER, text, end);
  const congress = c ? Number(c[1]) : null;
  const draft: Draft<BillCitation> = {
    type: "bill",
    match: text.slice(start, end),
    start,
    end,
    id: "",
    cite: "",
    billType: type,
    number: Number(n[1]),
    congress: congress !== null && congress >= 1 && congress <= 200 ? congress : null,
  };
  if (c?.[2]) draft.year = Number(c[2]);
  // "H.R. 1865 and S. 1693 in the 115th Congress": the Congress stated after a list is every bill's in it.
  if (draft.congress !== null) {
    let next: Draft<BillCitation> = draft;
    for (let k = scan.found.length - 1; k >= 0; k--) {
      const prev = scan.found[k];
      if (prev?.type !== "bill" || prev.congress !== null || !LIST_BETWEEN.test(text.slice(prev.end, next.start))) break;
      prev.congress = draft.congress;
      next = prev;
    }
  }
  scan.found.push(draft);
  return end;
}

export function billId(c: BillCitation): string {
  return c.congress === null ? `bill/${c.billType}${String(c.number)}` : `bill/${String(c.congress)}/${c.billType}/${String(c.number)}`;
}

export function billBluebook(c: BillCitation): string {
  const head = `${BILL_TYPE_INFO[c.billType].bluebook} ${String(c.number)}`;
  if (c.congress === null) return head;
  return `${head}, ${bluebookOrdinal(c.congress)} Cong.${c.year ? ` (${String(c.year)})` : ""}`;
}

export const billShort = (c: BillCitation): string => `${BILL_TYPE_INFO[c.billType].display} ${String(c.number)}`;

export function billUrl(c: BillCitation): string {
  if (c.congress === null) return `https://www.congress.gov/search?q=${encodeURIComponent(JSON.stringify({ search: billShort(c) }))}`;
  return formatBillId({ congress: c.congress, type: c.billType, number: c.number }, "url");
}

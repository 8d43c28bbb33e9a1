import { formatBillId } from "@civickit/core/ids";
import type { Bill } from "./model.js";
import { billTimeline, type BillWithoutStatus } from "./status.js";

/** The styles {@link formatBill} writes. */
export type BillStyle = "display" | "citation" | "summary";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function longDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${MONTHS[Number(m) - 1] ?? ""} ${String(Number(d))}, ${y ?? ""}`;
}

function ordinalCongress(n: number): string {
  const two = n % 100;
  if (two >= 11 && two <= 13) return `${String(n)}th`;
  return String(n) + (["th", "st", "nd", "rd"][n % 10] ?? "th");
}

function sponsorLine(bill: BillWithoutStatus): string {
  const s = bill.sponsors[0];
  if (!s) return "";
  const title = bill.originChamber === "senate" ? "Sen." : "Rep.";
  const name = s.firstName && s.lastName ? `${s.firstName} ${s.lastName}` : (s.name ?? "");
  const where = [s.party, s.state, bill.originChamber === "house" && s.district !== undefined && s.district !== null ? String(s.district) : undefined].filter(Boolean).join("-");
  return ` by ${title} ${name}${where ? ` (${where})` : ""}`;
}

/**
 * A bill as one line (`display`: "H.R. 1865 (115th Congress): Allow States and Victims to Fight Online Sex
 * Trafficking Act of 2017"), as a Bluebook citation (`citation`: "H.R. 1865, 115th Cong. (2018)", the year of its
 * latest action) or as a paragraph of plain text (`summary`: who introduced it, what happened on the floor, where it
 * stands).
 *
 * @example
 * ```ts
 * formatBill(fosta, "citation"); // "H.R. 1865, 115th Cong. (2018)"
 * ```
 */
export function formatBill(bill: BillWithoutStatus, style: BillStyle = "display"): string {
  const id = { congress: bill.congress, type: bill.type, number: bill.number };
  const name = formatBillId(id, "display");
  switch (style) {
    case "display":
      return `${name} (${ordinalCongress(bill.congress)} Congress)${bill.title ? `: ${bill.title}` : ""}`;
    case "citation": {
      const year = Number((bill.latestAction?.date ?? bill.introducedDate ?? "").slice(0, 4));
      return formatBillId(id, "citation", year ? { year } : {});
    }
    case "summary": {
      const parts: string[] = [];
      const intro = bill.introducedDate ? ` on ${longDate(bill.introducedDate)}` : "";
      const chamber = bill.originChamber === "senate" ? "Senate" : "House";
      const cosponsors = bill.cosponsors.filter((c) => c.withdrawnDate === null).length;
      parts.push(
        `${name} (${ordinalCongress(bill.congress)} Congress)${bill.title ? `, the ${bill.title},` : ""} was introduced in the ${chamber}${intro}${sponsorLine(bill)}${cosponsors ? ` with ${String(cosponsors)} cosponsor${cosponsors === 1 ? "" : "s"}` : ""}.`,
      );
      const events = billTimeline(bill).filter((m) => m.kind === "vote" || m.kind === "cloture" || m.kind === "signed" || m.kind === "vetoed" || m.kind === "enacted");
      for (const m of events) parts.push(`${m.description} on ${longDate(m.date)}.`);
      if (bill.latestAction && !events.some((m) => m.action.date === bill.latestAction?.date)) parts.push(`Latest action (${longDate(bill.latestAction.date)}): ${bill.latestAction.text}`);
      return parts.join(" ");
    }
  }
}

/** Where a bill's pages are: a Congress.gov tab ("text", "all-actions", "cosponsors", …), or `"govinfo"` for its BILLSTATUS file. */
export type BillUrlTab = "text" | "all-actions" | "cosponsors" | "committees" | "related-bills" | "subjects" | "amendments" | "govinfo";

/**
 * The bill's page on Congress.gov (a tab of it), or its BILLSTATUS file on GovInfo.
 *
 * @example
 * ```ts
 * billUrl(fosta);            // "https://www.congress.gov/bill/115th-congress/house-bill/1865"
 * billUrl(fosta, "govinfo"); // "https://www.govinfo.gov/bulkdata/BILLSTATUS/115/hr/BILLSTATUS-115hr1865.xml"
 * ```
 */
export function billUrl(bill: Pick<Bill, "congress" | "type" | "number">, tab?: BillUrlTab): string {
  if (tab === "govinfo") return `https://www.govinfo.gov/bulkdata/BILLSTATUS/${String(bill.congress)}/${bill.type}/BILLSTATUS-${String(bill.congress)}${bill.type}${String(bill.number)}.xml`;
  return formatBillId({ congress: bill.congress, type: bill.type, number: bill.number }, "url", tab ? { tab } : {});
}

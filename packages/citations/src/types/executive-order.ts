// Executive orders: "Executive Order 13692", "Exec. Order No. 13,692", "E.O. 13692", "EO 13692", "Executive Orders
// 12866, 13563, and 13175", "Executive Order (E.O.) 13771".
import type { Draft, ExecutiveOrderCitation } from "../model.js";
import { execAt, NUMBER_LIST_SEP, numberFrom, testAt, withThousands } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

// (Federal Register notices define the initials on the way: "Executive Order (E.O.) 13771".)
const EO_BACK =
  /(?:\bExecutive[ \n\u00a0\u2009\u202f]+Orders?(?:[ \n\u00a0\u2009\u202f]\((?:E\.O\.|EO)\))?|\bExec\.[ \n\u00a0\u2009\u202f]?Orders?|\bE\.[ \n\u00a0\u2009\u202f]?O\.s?|\bEOs?)(?:[ \n\u00a0\u2009\u202f]?Nos?\.?)?[ \n\u00a0\u2009\u202f]?$/;
// The words before the number speak of several: "Executive Orders", "E.O.s", "EOs", "Order Nos.".
const PLURAL = /Orders|O\.s|EOs|Nos/;
const NUMBER = /(\d{1,2},\d{3}|\d{3,5})(?![\d-–])/y;

const CITATION_AHEAD = /[ \n\u00a0\u2009\u202f]?[A-Z§]/y;

function push(scan: Scan, start: number, end: number, digits: string): void {
  scan.found.push({ type: "executiveOrder", match: scan.text.slice(start, end), start, end, id: "", cite: "", number: numberFrom(digits) } satisfies Draft<ExecutiveOrderCitation>);
}

/** "Executive Order 13692", or each order of "Executive Orders 12866 and 13563" (later ones span their number only). */
export function parseExecutiveOrderAt(scan: Scan, at: number): number {
  const { text } = scan;
  const from = Math.max(0, at - 28);
  const m = EO_BACK.exec(text.slice(from, at));
  if (!m) return -1;
  const n = execAt(NUMBER, text, at);
  if (!n) return -1;
  const start = from + m.index;
  let end = at + n[0].length;
  push(scan, start, end, n[1] as string);
  if (PLURAL.test(m[0])) {
    for (let guard = 0; guard < 100; guard++) {
      const sep = execAt(NUMBER_LIST_SEP, text, end);
      const next = sep ? execAt(NUMBER, text, end + sep[0].length) : null;
      // A number that starts the next citation ("… and 13563, 200 F.3d 1") is not an order.
      if (!sep || !next || testAt(CITATION_AHEAD, text, end + sep[0].length + next[0].length) >= 0) break;
      const itemStart = end + sep[0].length;
      end = itemStart + next[0].length;
      push(scan, itemStart, end, next[1] as string);
    }
  }
  return end;
}

export const executiveOrderId = (c: ExecutiveOrderCitation): string => `eo/${String(c.number)}`;
export const executiveOrderBluebook = (c: ExecutiveOrderCitation): string => `Exec. Order No. ${c.number >= 10000 ? withThousands(c.number) : String(c.number)}`;
export const executiveOrderUrl = (c: ExecutiveOrderCitation): string => `https://www.federalregister.gov/executive-order/${String(c.number)}`;

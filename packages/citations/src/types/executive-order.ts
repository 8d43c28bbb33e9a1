// Executive orders: "Executive Order 13692", "Exec. Order No. 13,692", "E.O. 13692", "EO 13692".
import type { Draft, ExecutiveOrderCitation } from "../model.js";
import { execAt, numberFrom, withThousands } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const EO_BACK = /(?:\bExecutive[ \n\u00a0\u2009\u202f]+Order|\bExec\.[ \n\u00a0\u2009\u202f]?Order|\bE\.[ \n\u00a0\u2009\u202f]?O\.|\bEO)(?:[ \n\u00a0\u2009\u202f]?No\.?)?[ \n\u00a0\u2009\u202f]?$/;
const NUMBER = /(\d{1,2},\d{3}|\d{3,5})(?![\d-–])/y;

export function parseExecutiveOrderAt(scan: Scan, at: number): number {
  const { text } = scan;
  const from = Math.max(0, at - 28);
  const m = EO_BACK.exec(text.slice(from, at));
  if (!m) return -1;
  const n = execAt(NUMBER, text, at);
  if (!n) return -1;
  const start = from + m.index;
  const end = at + n[0].length;
  scan.found.push({ type: "executiveOrder", match: text.slice(start, end), start, end, id: "", cite: "", number: numberFrom(n[1] as string) } satisfies Draft<ExecutiveOrderCitation>);
  return end;
}

export const executiveOrderId = (c: ExecutiveOrderCitation): string => `eo/${String(c.number)}`;
export const executiveOrderBluebook = (c: ExecutiveOrderCitation): string => `Exec. Order No. ${c.number >= 10000 ? withThousands(c.number) : String(c.number)}`;
export const executiveOrderUrl = (c: ExecutiveOrderCitation): string => `https://www.federalregister.gov/executive-order/${String(c.number)}`;

// The Federal Register: "83 Fed. Reg. 12,345", "83 FR 12345", "83 F.R. 12345", "83 Fed Reg 12345".
import type { Draft, FedRegCitation } from "../model.js";
import { execAt, numberFrom, withThousands } from "../_lib/text.js";
import type { Scan } from "../_lib/scan.js";

const FED_REG = /(\d{1,3})[ \n\u00a0\u2009\u202f](?:Fed\.?[ \n\u00a0\u2009\u202f]?Reg\.?|FR|F\.R\.)[ \n\u00a0\u2009\u202f]?(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d])/y;

export function parseFedRegAt(scan: Scan, at: number): number {
  const m = execAt(FED_REG, scan.text, at);
  if (!m) return -1;
  const end = at + m[0].length;
  scan.found.push({ type: "fedReg", match: m[0], start: at, end, id: "", cite: "", volume: Number(m[1]), page: numberFrom(m[2] as string) } satisfies Draft<FedRegCitation>);
  return end;
}

export const fedRegId = (c: FedRegCitation): string => `fr/${String(c.volume)}/${String(c.page)}`;
export const fedRegBluebook = (c: FedRegCitation): string =>
  `${String(c.volume)} Fed. Reg. ${c.page >= 10000 ? withThousands(c.page) : String(c.page)}`;
export const fedRegUrl = (c: FedRegCitation, source: string | undefined): string =>
  source === "govinfo"
    ? `https://www.govinfo.gov/link/fr/${String(c.volume)}/${String(c.page)}?link-type=html`
    : `https://www.federalregister.gov/citation/${String(c.volume)}-FR-${String(c.page)}`;

/** The eight kinds of measure, by the codes BILLSTATUS, GovInfo and Congress.gov use (lower case). */
export const BILL_TYPES = ["hr", "s", "hjres", "sjres", "hconres", "sconres", "hres", "sres"] as const;

export type BillType = (typeof BILL_TYPES)[number];

/** How each kind of measure is written. */
export interface BillTypeInfo {
  /** The code: "hr", "sjres". */
  code: BillType;
  /** The chamber the measure originates in. */
  chamber: "house" | "senate";
  /** Congress.gov's display form: "H.R.", "S.J.Res.". */
  display: string;
  /** The Bluebook abbreviation: "H.R.", "S.J. Res.", "H.R. Con. Res.". */
  bluebook: string;
  /** The name in words: "House Bill", "Senate Joint Resolution". */
  name: string;
  /** The Congress.gov URL segment: "house-bill", "senate-joint-resolution". */
  slug: string;
  /** Whether the measure can become law when enacted (bills and joint resolutions). */
  canBecomeLaw: boolean;
}

/**
 * Every bill type with its display, Bluebook and URL forms.
 *
 * @example
 * ```ts
 * BILL_TYPE_INFO.hjres.display; // "H.J.Res."
 * BILL_TYPE_INFO.hjres.bluebook; // "H.R.J. Res."
 * ```
 */
export const BILL_TYPE_INFO: Readonly<Record<BillType, BillTypeInfo>> = {
  hr: { code: "hr", chamber: "house", display: "H.R.", bluebook: "H.R.", name: "House Bill", slug: "house-bill", canBecomeLaw: true },
  s: { code: "s", chamber: "senate", display: "S.", bluebook: "S.", name: "Senate Bill", slug: "senate-bill", canBecomeLaw: true },
  hjres: {
    code: "hjres",
    chamber: "house",
    display: "H.J.Res.",
    bluebook: "H.R.J. Res.",
    name: "House Joint Resolution",
    slug: "house-joint-resolution",
    canBecomeLaw: true,
  },
  sjres: {
    code: "sjres",
    chamber: "senate",
    display: "S.J.Res.",
    bluebook: "S.J. Res.",
    name: "Senate Joint Resolution",
    slug: "senate-joint-resolution",
    canBecomeLaw: true,
  },
  hconres: {
    code: "hconres",
    chamber: "house",
    display: "H.Con.Res.",
    bluebook: "H.R. Con. Res.",
    name: "House Concurrent Resolution",
    slug: "house-concurrent-resolution",
    canBecomeLaw: false,
  },
  sconres: {
    code: "sconres",
    chamber: "senate",
    display: "S.Con.Res.",
    bluebook: "S. Con. Res.",
    name: "Senate Concurrent Resolution",
    slug: "senate-concurrent-resolution",
    canBecomeLaw: false,
  },
  hres: {
    code: "hres",
    chamber: "house",
    display: "H.Res.",
    bluebook: "H.R. Res.",
    name: "House Resolution",
    slug: "house-resolution",
    canBecomeLaw: false,
  },
  sres: {
    code: "sres",
    chamber: "senate",
    display: "S.Res.",
    bluebook: "S. Res.",
    name: "Senate Resolution",
    slug: "senate-resolution",
    canBecomeLaw: false,
  },
};

/** Is this string one of the eight bill type codes? */
export function isBillType(value: string): value is BillType {
  return Object.prototype.hasOwnProperty.call(BILL_TYPE_INFO, value);
}

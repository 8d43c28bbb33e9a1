// GPO BILLSTATUS XML → Bill, in one pass of the safe pull reader of @civickit/core: no tree is built, each section is
// read by a small function that walks its children. Every layout in the corpus is read by the same code, because the
// differences are wrappers and names: the 2015-era files whose <bill> children come in any order, the pre-2022 layout
// (billType, billNumber, billCommittees, billSummaries, billSubjects, counters) and the 3.0.0 layout (type, number,
// item lists). Elements this reader does not know are skipped, never fatal.
import { CivicError } from "@civickit/core/errors";
import { isBillType, type BillType } from "@civickit/core/ids";
import { XmlReader, XmlToken } from "@civickit/core/xml";
import type {
  Bill,
  BillAction,
  BillAmendment,
  BillCommittee,
  BillLaw,
  BillSummary,
  BillTitle,
  CboCostEstimate,
  CommitteeActivity,
  Cosponsor,
  RecordedVote,
  RelatedBill,
  Sponsor,
  Subcommittee,
  TextVersion,
} from "./model.js";
import { htmlToText } from "./_lib/html.js";
import { toMember } from "./_lib/member.js";
import { withStatus } from "./status.js";

/** A BILLSTATUS file civickit cannot read: not BILLSTATUS, or missing what identifies the bill. */
export class BillFormatError extends CivicError {
  override name = "BillFormatError";
}

/** Options of {@link parseBillStatusXml}. */
export interface ParseBillOptions {
  /** The file name, for error messages. */
  file?: string;
}

type Leaves = Record<string, string>;

/** The leaf texts of the element the reader is on (its direct children that hold text), nested elements handed to `onChild`. */
function readLeaves(r: XmlReader, onChild?: (name: string) => boolean): Leaves {
  const out: Leaves = Object.create(null) as Leaves;
  const depth = r.depth;
  for (let name = r.nextLeaf(depth); name !== null; name = r.nextLeaf(depth)) {
    // A leaf is read whole; anything else is the caller's (onChild) or, when it has elements inside, skipped.
    const leaf = r.leafText;
    if (leaf !== undefined) {
      if (out[name] === undefined) out[name] = leaf.trim();
      continue;
    }
    if (onChild?.(name)) continue;
    const value = readTextOrSkip(r);
    if (value !== null && out[name] === undefined) out[name] = value;
  }
  return out;
}

/** The text of a leaf element; null (and the element skipped) when it has child elements. */
function readTextOrSkip(r: XmlReader): string | null {
  const depth = r.depth;
  let out = "";
  for (;;) {
    const t = r.next();
    if (t === XmlToken.Text) out += r.text;
    else if (t === XmlToken.StartTag) {
      // A nested element: not a leaf. Read to the end of the element we started in.
      for (;;) {
        const u = r.next();
        if (u === XmlToken.EndTag && r.depth < depth) return null;
        if (u === XmlToken.End || u === XmlToken.NeedMore) throw r.error("XML_TRUNCATED", "the file ends inside an element");
      }
    } else if (t === XmlToken.EndTag) return out.trim();
    else throw r.error("XML_TRUNCATED", "the file ends inside an element");
  }
}

/** Calls `each` for every record of a list: <item>s, or the named records, under any of the known wrappers. */
function readList(r: XmlReader, records: ReadonlySet<string>, wrappers: ReadonlySet<string>, each: () => void): void {
  const depth = r.depth;
  for (let name = r.nextChild(depth); name !== null; name = r.nextChild(depth)) {
    if (records.has(name)) each();
    else if (wrappers.has(name)) readList(r, records, wrappers, each);
    else r.skipElement();
  }
}

/** Reads every record of a list with `read` and keeps what it returns (null for a record with nothing to keep). */
function collect<T>(r: XmlReader, records: ReadonlySet<string>, wrappers: ReadonlySet<string>, into: T[], read: () => T | null | undefined): void {
  readList(r, records, wrappers, () => {
    const x = read();
    if (x) into.push(x);
  });
}

// The records of each list and the wrappers they come in, by layout: <item>s (3.0.0) or named records (older files).
const ITEM = new Set(["item"]);
const RECORDED_VOTES = new Set(["recordedVote", "item"]);
const AMENDMENT = new Set(["amendment", "item"]);
const SUMMARY = new Set(["summary", "item"]);
const COMMITTEE_REPORT = new Set(["committeeReport", "item"]);
const ACTIONS = new Set(["actions"]);
const AMENDMENTS = new Set(["amendments"]);
const BILL_COMMITTEES = new Set(["billCommittees"]);
const BILL_SUMMARIES = new Set(["billSummaries"]);
const NONE = new Set<string>();

const CHAMBERS: Record<string, "house" | "senate"> = { house: "house", senate: "senate", "house of representatives": "house" };
function chamberOf(value: string | undefined): "house" | "senate" | null {
  return value ? (CHAMBERS[value.toLowerCase()] ?? null) : null;
}

function dateOnly(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return m ? m[0] : null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

function positive(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

function bool(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|y|yes)$/i.test(value);
}

function readSponsor(r: XmlReader): Sponsor {
  const l = readLeaves(r, (name) => (name === "identifiers" ? (r.skipElement(), true) : false));
  return { ...toMember(l), isByRequest: bool(l.isByRequest) || (l.byRequestType !== undefined && l.byRequestType !== "") };
}

function readCosponsor(r: XmlReader): Cosponsor {
  const l = readLeaves(r, (name) => (name === "identifiers" ? (r.skipElement(), true) : false));
  return { ...toMember(l), sponsoredDate: dateOnly(l.sponsorshipDate), withdrawnDate: dateOnly(l.sponsorshipWithdrawnDate), isOriginal: bool(l.isOriginalCosponsor) };
}

function readActivities(r: XmlReader): CommitteeActivity[] {
  const out: CommitteeActivity[] = [];
  readList(r, ITEM, NONE, () => {
    const l = readLeaves(r);
    if (l.name) out.push({ name: l.name, date: nonEmpty(l.date) });
  });
  return out;
}

function committeeChamber(value: string | undefined): "house" | "senate" | "joint" | null {
  if (!value) return null;
  const v = value.toLowerCase();
  return v === "joint" ? "joint" : chamberOf(v);
}

function readSubcommittee(r: XmlReader): Subcommittee | null {
  let activities: CommitteeActivity[] = [];
  const l = readLeaves(r, (name) => (name === "activities" ? ((activities = readActivities(r)), true) : false));
  if (!l.systemCode) return null;
  return { systemCode: l.systemCode, name: l.name ?? "", chamber: committeeChamber(l.chamber), type: nonEmpty(l.type), activities };
}

function readCommittee(r: XmlReader): BillCommittee | null {
  let activities: CommitteeActivity[] = [];
  const subcommittees: Subcommittee[] = [];
  const l = readLeaves(r, (name) => {
    if (name === "activities") activities = readActivities(r);
    else if (name === "subcommittees") {
      collect(r, ITEM, NONE, subcommittees, () => readSubcommittee(r));
    } else return false;
    return true;
  });
  if (!l.systemCode) return null;
  return { systemCode: l.systemCode, name: l.name ?? "", chamber: committeeChamber(l.chamber), type: nonEmpty(l.type), activities, subcommittees };
}

function readRecordedVote(r: XmlReader): RecordedVote | null {
  const l = readLeaves(r);
  const chamber = chamberOf(l.chamber);
  const congress = positive(l.congress);
  const session = positive(l.sessionNumber);
  const rollNumber = positive(l.rollNumber);
  if (!chamber || !congress || !session || !rollNumber) return null;
  return { chamber, congress, session, rollNumber, date: l.date ?? "", url: nonEmpty(l.url) };
}

function readAction(r: XmlReader): BillAction | null {
  let sourceSystem: BillAction["sourceSystem"] = null;
  const committees: BillAction["committees"] = [];
  const recordedVotes: RecordedVote[] = [];
  const l = readLeaves(r, (name) => {
    if (name === "sourceSystem") {
      const s = readLeaves(r);
      sourceSystem = { code: s.code !== undefined && /^\d+$/.test(s.code) ? Number(s.code) : null, name: s.name ?? "" };
    } else if (name === "committees") {
      readList(r, ITEM, NONE, () => {
        const c = readLeaves(r);
        if (c.systemCode) committees.push({ systemCode: c.systemCode, name: nonEmpty(c.name) });
      });
    } else if (name === "recordedVotes") {
      collect(r, RECORDED_VOTES, NONE, recordedVotes, () => readRecordedVote(r));
    } else if (name === "links") r.skipElement();
    else return false;
    return true;
  });
  const date = dateOnly(l.actionDate);
  if (!date) return null;
  const time = l.actionTime && /^\d{2}:\d{2}(:\d{2})?$/.test(l.actionTime) ? l.actionTime : null;
  return { date, time, text: l.text ?? "", type: nonEmpty(l.type), code: nonEmpty(l.actionCode), sourceSystem, committees, recordedVotes };
}

function billIdOf(type: string | undefined, number: string | undefined, congress: string | undefined): string | null {
  const t = type?.toLowerCase();
  const n = positive(number);
  const c = positive(congress);
  return t && isBillType(t) && n && c ? `${t}${String(n)}-${String(c)}` : null;
}

function readLatestAction(r: XmlReader): { date: string; text: string } | null {
  const l = readLeaves(r, (name) => (name === "links" ? (r.skipElement(), true) : false));
  const date = dateOnly(l.actionDate);
  return date ? { date, text: l.text ?? "" } : null;
}

function readRelatedBill(r: XmlReader): RelatedBill | null {
  const relationships: RelatedBill["relationships"] = [];
  let latestAction: RelatedBill["latestAction"] = null;
  const l = readLeaves(r, (name) => {
    if (name === "relationshipDetails") {
      readList(r, ITEM, NONE, () => {
        const d = readLeaves(r);
        if (d.type) relationships.push({ type: d.type, identifiedBy: d.identifiedBy ?? "" });
      });
    } else if (name === "latestAction") latestAction = readLatestAction(r);
    else return false;
    return true;
  });
  const id = billIdOf(l.type, l.number, l.congress);
  if (!id) return null;
  return { id, title: nonEmpty(l.title ?? l.latestTitle), relationships, latestAction };
}

function readAmendment(r: XmlReader): BillAmendment | null {
  let latestAction: BillAmendment["latestAction"] = null;
  const l = readLeaves(r, (name) => {
    if (name === "latestAction") latestAction = readLatestAction(r);
    else if (/^(links|actions|amendedBill|sponsors|cosponsors|amendments|amendmentsToAmendment|textVersions|notes)$/.test(name)) r.skipElement();
    else return false;
    return true;
  });
  const type = l.type?.toLowerCase();
  const n = positive(l.number);
  const c = positive(l.congress);
  if (!type || !n || !c) return null;
  return { id: `${type}${String(n)}-${String(c)}`, description: nonEmpty(l.description), purpose: nonEmpty(l.purpose), latestAction };
}

function readLaw(r: XmlReader): BillLaw | null {
  const l = readLeaves(r);
  const m = /^(\d+)-(\d+)$/.exec(l.number ?? "");
  if (!m) return null;
  return { type: /private/i.test(l.type ?? "") ? "private" : "public", congress: Number(m[1]), number: Number(m[2]) };
}

function readSummary(r: XmlReader): BillSummary | null {
  const l = readLeaves(r);
  if (l.text === undefined) return null;
  return {
    version: nonEmpty(l.versionCode),
    description: nonEmpty(l.actionDesc ?? l.name),
    date: dateOnly(l.actionDate),
    updateDate: nonEmpty(l.updateDate ?? l.lastSummaryUpdateDate),
    text: htmlToText(l.text),
    html: l.text,
  };
}

function readTitle(r: XmlReader): BillTitle | null {
  const l = readLeaves(r);
  if (!l.title || !l.titleType) return null;
  return { type: l.titleType, text: l.title, chamber: chamberOf(l.chamberName), version: nonEmpty(l.billTextVersionName) };
}

function readTextVersion(r: XmlReader): TextVersion | null {
  const urls: string[] = [];
  const l = readLeaves(r, (name) => {
    if (name !== "formats") return false;
    readList(r, ITEM, NONE, () => {
      const f = readLeaves(r);
      if (f.url) urls.push(f.url);
    });
    return true;
  });
  if (!l.type) return null;
  return { type: l.type, date: nonEmpty(l.date), urls };
}

function readCbo(r: XmlReader): CboCostEstimate | null {
  const l = readLeaves(r);
  if (!l.title) return null;
  return { date: nonEmpty(l.pubDate), title: l.title, url: nonEmpty(l.url), description: nonEmpty(l.description) };
}

function missing(what: string, file: string | undefined): BillFormatError {
  return new BillFormatError("BILL_MISSING_FIELD", `the BILLSTATUS file has no ${what}`, { where: { file, path: "/billStatus/bill" } });
}

/**
 * Read a GPO BILLSTATUS XML file — any of its layouts — into a {@link Bill}.
 *
 * @example
 * ```ts
 * const bill = parseBillStatusXml(readFileSync("BILLSTATUS-115hr1865.xml", "utf8"));
 * bill.id;                       // "hr1865-115"
 * bill.sponsors[0]?.bioguideId;  // "W000812"
 * bill.laws;                     // [{ type: "public", congress: 115, number: 164 }]
 * ```
 * @throws {XmlError} for XML that is not well formed, with line, column and path.
 * @throws {BillFormatError} BILL_WRONG_FORMAT when the root is not <billStatus>, BILL_MISSING_FIELD when the bill has no
 *   congress, type or number.
 */
export function parseBillStatusXml(xml: string, options: ParseBillOptions = {}): Bill {
  const { file } = options;
  const r = new XmlReader(xml, { file });
  let t = r.next();
  while (t !== XmlToken.StartTag && t !== XmlToken.End) t = r.next();
  if (t !== XmlToken.StartTag) throw new BillFormatError("BILL_WRONG_FORMAT", "the file holds no XML element", { where: { file } });
  if (r.name !== "billStatus") {
    throw new BillFormatError("BILL_WRONG_FORMAT", `expected <billStatus> as the root element, found <${r.name}>`, { where: { file, path: `/${r.name}` } });
  }
  let bill: Bill | null = null;
  const depth = r.depth;
  for (let name = r.nextChild(depth); name !== null; name = r.nextChild(depth)) {
    if (name === "bill" && bill === null) bill = readBill(r, file);
    else r.skipElement();
  }
  if (!bill) throw missing("<bill> element", file);
  return bill;
}

function readBill(r: XmlReader, file: string | undefined): Bill {
  const leaves: Leaves = Object.create(null) as Leaves;
  const sponsors: Sponsor[] = [];
  const cosponsors: Cosponsor[] = [];
  const committees: BillCommittee[] = [];
  const actions: BillAction[] = [];
  const relatedBills: RelatedBill[] = [];
  const amendments: BillAmendment[] = [];
  const laws: BillLaw[] = [];
  const subjects: string[] = [];
  let policyArea: string | null = null;
  const summaries: BillSummary[] = [];
  const titles: BillTitle[] = [];
  const textVersions: TextVersion[] = [];
  const cboCostEstimates: CboCostEstimate[] = [];
  const committeeReports: string[] = [];
  let latestAction: Bill["latestAction"] = null;
  const billVotes: RecordedVote[] = [];

  const depth = r.depth;
  for (let name = r.nextChild(depth); name !== null; name = r.nextChild(depth)) {
    switch (name) {
      case "sponsors":
        readList(r, ITEM, NONE, () => sponsors.push(readSponsor(r)));
        break;
      case "cosponsors":
        readList(r, ITEM, NONE, () => cosponsors.push(readCosponsor(r)));
        break;
      case "committees":
        collect(r, ITEM, BILL_COMMITTEES, committees, () => readCommittee(r));
        break;
      case "actions":
        readList(r, ITEM, ACTIONS, () => {
          const path = r.path();
          const a = readAction(r);
          // Every action is kept; one without a date cannot be placed, and is an error rather than a silent loss.
          if (!a) throw new BillFormatError("BILL_BAD_FIELD", `action ${String(actions.length + 1)} has no valid <actionDate>`, { where: { file, path } });
          actions.push(a);
        });
        break;
      case "relatedBills":
        collect(r, ITEM, NONE, relatedBills, () => readRelatedBill(r));
        break;
      case "amendments":
        collect(r, AMENDMENT, AMENDMENTS, amendments, () => readAmendment(r));
        break;
      case "laws":
        collect(r, ITEM, NONE, laws, () => readLaw(r));
        break;
      case "subjects":
        readSubjects(r, subjects, (p) => (policyArea ??= p));
        break;
      case "policyArea": {
        const p = readLeaves(r).name;
        if (p) policyArea = p;
        break;
      }
      case "summaries":
        collect(r, SUMMARY, BILL_SUMMARIES, summaries, () => readSummary(r));
        break;
      case "titles":
        collect(r, ITEM, NONE, titles, () => readTitle(r));
        break;
      case "textVersions":
        collect(r, ITEM, NONE, textVersions, () => readTextVersion(r));
        break;
      case "cboCostEstimates":
        collect(r, ITEM, NONE, cboCostEstimates, () => readCbo(r));
        break;
      case "committeeReports":
        collect(r, COMMITTEE_REPORT, NONE, committeeReports, () => readLeaves(r).citation);
        break;
      case "latestAction":
        latestAction = readLatestAction(r);
        break;
      case "recordedVotes":
        // The pre-2022 layout lists the bill's roll calls here, not on its actions.
        collect(r, RECORDED_VOTES, NONE, billVotes, () => readRecordedVote(r));
        break;
      default: {
        // Leaves of the bill (congress, type, number, dates, title…); anything else nested is skipped.
        const value = readTextOrSkip(r);
        if (value !== null && leaves[name] === undefined) leaves[name] = value;
      }
    }
  }

  const congress = positive(leaves.congress);
  if (!congress) throw missing("<congress>", file);
  const typeText = (leaves.type ?? leaves.billType)?.toLowerCase();
  if (!typeText) throw missing("<type> or <billType>", file);
  if (!isBillType(typeText)) {
    throw new BillFormatError("BILL_BAD_FIELD", `"${typeText}" is not a bill type`, { where: { file, path: "/billStatus/bill/type" } });
  }
  const type: BillType = typeText;
  const number = positive(leaves.number ?? leaves.billNumber);
  if (!number) throw missing("<number> or <billNumber>", file);

  // Every roll call on the bill's own actions, once (an action may repeat what another records).
  const recordedVotes: RecordedVote[] = [];
  const seen = new Set<string>();
  for (const list of [...actions.map((a) => a.recordedVotes), billVotes]) {
    for (const v of list) {
      const key = `${v.chamber}/${String(v.congress)}/${String(v.session)}/${String(v.rollNumber)}`;
      if (!seen.has(key)) {
        seen.add(key);
        recordedVotes.push(v);
      }
    }
  }

  return withStatus({
    id: `${type}${String(number)}-${String(congress)}`,
    congress,
    type,
    number,
    title: leaves.title ?? titles[0]?.text ?? "",
    titles,
    introducedDate: dateOnly(leaves.introducedDate),
    originChamber: chamberOf(leaves.originChamber),
    updateDate: nonEmpty(leaves.updateDate),
    sponsors,
    cosponsors,
    committees,
    actions,
    recordedVotes,
    relatedBills,
    amendments,
    laws,
    subjects,
    policyArea,
    summaries,
    textVersions,
    cboCostEstimates,
    committeeReports,
    latestAction,
    source: { format: "billstatus-xml", file: file ?? null },
  });
}

/** <subjects>: legislativeSubjects/item/name and policyArea/name, under a billSubjects wrapper in the older layout. */
function readSubjects(r: XmlReader, subjects: string[], policy: (name: string) => void): void {
  const depth = r.depth;
  for (let name = r.nextChild(depth); name !== null; name = r.nextChild(depth)) {
    if (name === "billSubjects") readSubjects(r, subjects, policy);
    else if (name === "legislativeSubjects") {
      collect(r, ITEM, NONE, subjects, () => readLeaves(r).name);
    } else if (name === "policyArea") {
      const p = readLeaves(r).name;
      if (p) policy(p);
    } else r.skipElement();
  }
}

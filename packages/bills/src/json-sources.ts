// The Congress.gov API v3 (a bill and its sub-endpoints, merged) and unitedstates/congress `data.json` → Bill.
import { isBillType, type BillType } from "@civickit/core/ids";
import { BillFormatError } from "./billstatus-xml.js";
import type { Bill, BillAction, BillCommittee, BillTitle, Cosponsor, RecordedVote, Sponsor, Subcommittee } from "./model.js";
import type { MemberRef } from "@civickit/core/schemas";
import { htmlToText } from "./_lib/html.js";
import { toMember } from "./_lib/member.js";
import { withStatus } from "./status.js";

/** A JSON object, as `JSON.parse` gives it. */
export type Json = Record<string, unknown>;

const obj = (v: unknown): Json | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined);
const num = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
};
const dateOnly = (v: unknown): string | null => {
  const s = str(v);
  const m = s ? /^\d{4}-\d{2}-\d{2}/.exec(s) : null;
  return m ? m[0] : null;
};
const chamberOf = (v: unknown): "house" | "senate" | null => {
  const s = str(v)?.toLowerCase();
  return s === "house" || s === "house of representatives" || s === "h" ? "house" : s === "senate" || s === "s" ? "senate" : null;
};
const committeeChamber = (v: unknown): "house" | "senate" | "joint" | null => (str(v)?.toLowerCase() === "joint" ? "joint" : chamberOf(v));

/** The member fields of a Congress.gov or unitedstates/congress object (camelCase or snake_case names). */
function memberOf(o: Json): MemberRef {
  const district = typeof o.district === "number" ? o.district : str(o.district);
  return toMember({ bioguideId: str(o.bioguideId ?? o.bioguide_id), fullName: str(o.fullName ?? o.name), firstName: str(o.firstName), lastName: str(o.lastName), party: str(o.party), state: str(o.state), ...(district === undefined ? {} : { district }) });
}

function sponsorOf(o: Json): Sponsor {
  return { ...memberOf(o), isByRequest: o.isByRequest === true || (typeof o.byRequestType === "string" && o.byRequestType !== "") || o.by_request === true };
}

function recordedVote(o: Json): RecordedVote | null {
  const chamber = chamberOf(o.chamber);
  const congress = num(o.congress);
  const session = num(o.sessionNumber);
  const rollNumber = num(o.rollNumber);
  if (!chamber || !congress || !session || !rollNumber) return null;
  return { chamber, congress, session, rollNumber, date: str(o.date) ?? "", url: str(o.url) ?? null };
}

function activities(v: unknown): BillCommittee["activities"] {
  return arr(v).flatMap((a) => {
    const o = obj(a);
    const name = o ? str(o.name) : undefined;
    return o && name ? [{ name, date: str(o.date) ?? null }] : [];
  });
}

function committee(o: Json): BillCommittee | null {
  const systemCode = str(o.systemCode);
  if (!systemCode) return null;
  const subcommittees: Subcommittee[] = arr(o.subcommittees).flatMap((s) => {
    const x = obj(s);
    const code = x ? str(x.systemCode) : undefined;
    return x && code ? [{ systemCode: code, name: str(x.name) ?? "", chamber: committeeChamber(x.chamber ?? o.chamber), type: str(x.type) ?? null, activities: activities(x.activities) }] : [];
  });
  return { systemCode, name: str(o.name) ?? "", chamber: committeeChamber(o.chamber), type: str(o.type) ?? null, activities: activities(o.activities), subcommittees };
}

/** The list a response holds under `key`, from one response or several pages of it. */
function pages(responses: Json[], key: string): unknown[] {
  return responses.flatMap((r) => (Array.isArray(r[key]) ? (r[key] as unknown[]) : []));
}

function finish(partial: Omit<Bill, "recordedVotes" | "status">): Bill {
  const recordedVotes: RecordedVote[] = [];
  const seen = new Set<string>();
  for (const a of partial.actions) {
    for (const v of a.recordedVotes) {
      const key = `${v.chamber}/${String(v.congress)}/${String(v.session)}/${String(v.rollNumber)}`;
      if (!seen.has(key)) {
        seen.add(key);
        recordedVotes.push(v);
      }
    }
  }
  return withStatus({ ...partial, recordedVotes });
}

/**
 * Merge the Congress.gov API v3 responses of one bill — `/bill/{congress}/{type}/{number}` and any of its
 * sub-endpoints (actions, cosponsors, committees, subjects, summaries, titles, text, relatedbills, amendments), each as
 * parsed JSON or a JSON string, pages of a list allowed — into a {@link Bill}. What a response was is told by its keys.
 *
 * @example
 * ```ts
 * const bill = parseCongressGovBill([billJson, actionsJson, committeesJson, titlesJson]);
 * ```
 * @throws {BillFormatError} BILL_WRONG_FORMAT when no response holds a bill; BILL_MISSING_FIELD for a bill without its
 *   congress, type or number.
 */
export function parseCongressGovBill(responses: readonly (Json | string)[] | Json | string): Bill {
  const list = (Array.isArray(responses) ? responses : [responses]).map((r) => {
    const parsed: unknown = typeof r === "string" ? JSON.parse(r) : r;
    const o = obj(parsed);
    if (!o) throw new BillFormatError("BILL_WRONG_FORMAT", "a Congress.gov response is a JSON object");
    return o;
  });
  const bill = list.map((r) => obj(r.bill)).find((b) => b !== undefined);
  if (!bill) throw new BillFormatError("BILL_WRONG_FORMAT", "none of the responses holds a bill (the /bill/{congress}/{type}/{number} response)");
  const congress = num(bill.congress);
  const typeText = str(bill.type)?.toLowerCase();
  const number = num(bill.number);
  if (!congress) throw new BillFormatError("BILL_MISSING_FIELD", "the bill has no congress", { where: { path: "bill.congress" } });
  if (!typeText || !isBillType(typeText)) throw new BillFormatError("BILL_MISSING_FIELD", `the bill has no valid type (${String(typeText)})`, { where: { path: "bill.type" } });
  if (!number) throw new BillFormatError("BILL_MISSING_FIELD", "the bill has no number", { where: { path: "bill.number" } });
  const type: BillType = typeText;

  const actions: BillAction[] = pages(list, "actions").flatMap((a) => {
    const o = obj(a);
    const date = o ? dateOnly(o.actionDate) : null;
    if (!o || !date) return [];
    const source = obj(o.sourceSystem);
    const time = str(o.actionTime);
    return [
      {
        date,
        time: time && /^\d{2}:\d{2}(:\d{2})?$/.test(time) ? time : null,
        text: str(o.text) ?? "",
        type: str(o.type) ?? null,
        code: str(o.actionCode) ?? null,
        sourceSystem: source ? { code: typeof source.code === "number" ? source.code : null, name: str(source.name) ?? "" } : null,
        committees: arr(o.committees).flatMap((c) => {
          const x = obj(c);
          const code = x ? str(x.systemCode) : undefined;
          return x && code ? [{ systemCode: code, name: str(x.name) ?? null }] : [];
        }),
        recordedVotes: arr(o.recordedVotes).flatMap((v) => {
          const x = obj(v);
          const rv = x ? recordedVote(x) : null;
          return rv ? [rv] : [];
        }),
      },
    ];
  });
  const titles: BillTitle[] = [...pages(list, "titles"), ...arr(bill.titles)].flatMap((t) => {
    const o = obj(t);
    const text = o ? str(o.title) : undefined;
    const kind = o ? str(o.titleType) : undefined;
    return o && text && kind ? [{ type: kind, text, chamber: chamberOf(o.chamberName), version: str(o.billTextVersionName) ?? null }] : [];
  });
  const subjectsResponse = list.map((r) => obj(r.subjects)).find((s) => s !== undefined && Array.isArray(s.legislativeSubjects));
  const latest = obj(bill.latestAction);
  const latestDate = latest ? dateOnly(latest.actionDate) : null;

  return finish({
    id: `${type}${String(number)}-${String(congress)}`,
    congress,
    type,
    number,
    title: str(bill.title) ?? titles[0]?.text ?? "",
    titles,
    introducedDate: dateOnly(bill.introducedDate),
    originChamber: chamberOf(bill.originChamber),
    updateDate: str(bill.updateDate) ?? null,
    sponsors: arr(bill.sponsors).flatMap((s) => (obj(s) ? [sponsorOf(obj(s) as Json)] : [])),
    cosponsors: pages(list, "cosponsors").flatMap((c): Cosponsor[] => {
      const o = obj(c);
      if (!o) return [];
      return [{ ...memberOf(o), sponsoredDate: dateOnly(o.sponsorshipDate), withdrawnDate: dateOnly(o.sponsorshipWithdrawnDate), isOriginal: o.isOriginalCosponsor === true }];
    }),
    committees: pages(list, "committees").flatMap((c) => {
      const x = obj(c);
      const k = x ? committee(x) : null;
      return k ? [k] : [];
    }),
    actions,
    relatedBills: pages(list, "relatedBills").flatMap((b) => {
      const o = obj(b);
      const t = o ? str(o.type)?.toLowerCase() : undefined;
      const n = o ? num(o.number) : null;
      const c = o ? num(o.congress) : null;
      if (!o || !t || !isBillType(t) || !n || !c) return [];
      const la = obj(o.latestAction);
      const laDate = la ? dateOnly(la.actionDate) : null;
      return [
        {
          id: `${t}${String(n)}-${String(c)}`,
          title: str(o.title) ?? null,
          relationships: arr(o.relationshipDetails).flatMap((d) => {
            const x = obj(d);
            const kind = x ? str(x.type) : undefined;
            return x && kind ? [{ type: kind, identifiedBy: str(x.identifiedBy) ?? "" }] : [];
          }),
          latestAction: la && laDate ? { date: laDate, text: str(la.text) ?? "" } : null,
        },
      ];
    }),
    amendments: pages(list, "amendments").flatMap((a) => {
      const o = obj(a);
      const t = o ? str(o.type)?.toLowerCase() : undefined;
      const n = o ? num(o.number) : null;
      const c = o ? num(o.congress) : null;
      if (!o || !t || !n || !c) return [];
      const la = obj(o.latestAction);
      const laDate = la ? dateOnly(la.actionDate) : null;
      return [{ id: `${t}${String(n)}-${String(c)}`, description: str(o.description) ?? null, purpose: str(o.purpose) ?? null, latestAction: la && laDate ? { date: laDate, text: str(la.text) ?? "" } : null }];
    }),
    laws: arr(bill.laws).flatMap((l) => {
      const o = obj(l);
      const m = o ? /^(\d+)-(\d+)$/.exec(str(o.number) ?? "") : null;
      return o && m ? [{ type: /private/i.test(str(o.type) ?? "") ? ("private" as const) : ("public" as const), congress: Number(m[1]), number: Number(m[2]) }] : [];
    }),
    subjects: subjectsResponse ? arr(subjectsResponse.legislativeSubjects).flatMap((s) => (obj(s) && str((obj(s) as Json).name) ? [str((obj(s) as Json).name) as string] : [])) : [],
    policyArea: str(obj(bill.policyArea)?.name) ?? str(obj(subjectsResponse?.policyArea)?.name) ?? null,
    summaries: pages(list, "summaries").flatMap((s) => {
      const o = obj(s);
      const html = o ? str(o.text) : undefined;
      if (!o || html === undefined) return [];
      return [{ version: str(o.versionCode) ?? null, description: str(o.actionDesc) ?? null, date: dateOnly(o.actionDate), updateDate: str(o.updateDate) ?? null, text: htmlToText(html), html }];
    }),
    textVersions: pages(list, "textVersions").flatMap((v) => {
      const o = obj(v);
      const kind = o ? str(o.type) : undefined;
      return o && kind ? [{ type: kind, date: str(o.date) ?? null, urls: arr(o.formats).flatMap((f) => (obj(f) && str((obj(f) as Json).url) ? [str((obj(f) as Json).url) as string] : [])) }] : [];
    }),
    cboCostEstimates: arr(bill.cboCostEstimates).flatMap((c) => {
      const o = obj(c);
      const title = o ? str(o.title) : undefined;
      return o && title ? [{ date: str(o.pubDate) ?? null, title, url: str(o.url) ?? null, description: str(o.description) ?? null }] : [];
    }),
    committeeReports: arr(bill.committeeReports).flatMap((c) => (obj(c) && str((obj(c) as Json).citation) ? [str((obj(c) as Json).citation) as string] : [])),
    latestAction: latest && latestDate ? { date: latestDate, text: str(latest.text) ?? "" } : null,
    source: { format: "congress-gov-json", file: null },
  });
}

/**
 * Read a unitedstates/congress bill `data.json` into a {@link Bill}.
 *
 * @example
 * ```ts
 * parseUnitedStatesBill(readFileSync("data.json", "utf8")).id; // "sres1-115"
 * ```
 * @throws {BillFormatError} for a file that is not such a bill.
 */
export function parseUnitedStatesBill(json: Json | string): Bill {
  const parsed: unknown = typeof json === "string" ? JSON.parse(json) : json;
  const o = obj(parsed);
  if (!o || typeof o.bill_id !== "string") throw new BillFormatError("BILL_WRONG_FORMAT", "not a unitedstates/congress bill data.json (no bill_id)");
  const m = /^([a-z]+)(\d+)-(\d+)$/.exec(o.bill_id);
  const typeText = m?.[1];
  if (!m || !typeText || !isBillType(typeText)) throw new BillFormatError("BILL_BAD_FIELD", `"${o.bill_id}" is not a bill id`, { where: { path: "bill_id" } });
  const type: BillType = typeText;
  const number = Number(m[2]);
  const congress = Number(m[3]);
  const titles: BillTitle[] = arr(o.titles).flatMap((t) => {
    const x = obj(t);
    const text = x ? str(x.title) : undefined;
    if (!x || !text) return [];
    const as = str(x.as);
    const kind = `${str(x.type) ?? "title"}${as ? ` as ${as}` : ""}`;
    return [{ type: kind, text, chamber: null, version: str(x.as) ?? null }];
  });
  const actions: BillAction[] = arr(o.actions).flatMap((a) => {
    const x = obj(a);
    const date = x ? dateOnly(x.acted_at) : null;
    if (!x || !date) return [];
    const at = str(x.acted_at) ?? "";
    const time = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(at)?.[1] ?? null;
    return [{ date, time, text: str(x.text) ?? "", type: str(x.type) ?? null, code: str(x.action_code) ?? null, sourceSystem: null, committees: arr(x.committees).flatMap((c) => (str(c) ? [{ systemCode: str(c) as string, name: null }] : [])), recordedVotes: [] }];
  });
  const sponsor = obj(o.sponsor);
  const summary = obj(o.summary);
  const enacted = obj(o.enacted_as);
  return finish({
    id: `${type}${String(number)}-${String(congress)}`,
    congress,
    type,
    number,
    title: str(o.short_title) ?? str(o.popular_title) ?? str(o.official_title) ?? "",
    titles,
    introducedDate: dateOnly(o.introduced_at),
    originChamber: type.startsWith("h") ? "house" : "senate",
    updateDate: str(o.updated_at) ?? null,
    sponsors: sponsor ? [sponsorOf(sponsor)] : [],
    cosponsors: arr(o.cosponsors).flatMap((c): Cosponsor[] => {
      const x = obj(c);
      if (!x) return [];
      return [{ ...memberOf(x), sponsoredDate: dateOnly(x.sponsored_at), withdrawnDate: dateOnly(x.withdrawn_at), isOriginal: x.original_cosponsor === true }];
    }),
    committees: arr(o.committees).flatMap((c) => {
      const x = obj(c);
      const code = x ? str(x.committee_id) : undefined;
      if (!x || !code) return [];
      return [{ systemCode: code.toLowerCase(), name: str(x.committee) ?? "", chamber: null, type: null, activities: arr(x.activity).flatMap((a) => (str(a) ? [{ name: str(a) as string, date: null }] : [])), subcommittees: [] }];
    }),
    actions,
    relatedBills: arr(o.related_bills).flatMap((b) => {
      const x = obj(b);
      const id = x ? str(x.bill_id) : undefined;
      return x && id ? [{ id, title: null, relationships: [{ type: str(x.reason) ?? "related", identifiedBy: str(x.identified_by) ?? "" }], latestAction: null }] : [];
    }),
    amendments: arr(o.amendments).flatMap((a) => {
      const x = obj(a);
      const id = x ? str(x.amendment_id) : undefined;
      return x && id ? [{ id, description: null, purpose: null, latestAction: null }] : [];
    }),
    laws: enacted && num(enacted.congress) && num(enacted.number) ? [{ type: str(enacted.law_type) === "private" ? "private" : "public", congress: num(enacted.congress) as number, number: num(enacted.number) as number }] : [],
    subjects: arr(o.subjects).flatMap((s) => (str(s) ? [str(s) as string] : [])),
    policyArea: str(o.subjects_top_term) ?? null,
    summaries: summary && str(summary.text) !== undefined ? [{ version: null, description: str(summary.as) ?? null, date: dateOnly(summary.date), updateDate: null, text: (str(summary.text) ?? "").trim(), html: str(summary.text) ?? "" }] : [],
    textVersions: [],
    cboCostEstimates: [],
    committeeReports: arr(o.committee_reports).flatMap((c) => (str(c) ? [str(c) as string] : [])),
    latestAction: actions.length ? { date: (actions[actions.length - 1] as BillAction).date, text: (actions[actions.length - 1] as BillAction).text } : null,
    source: { format: "unitedstates-json", file: null },
  });
}

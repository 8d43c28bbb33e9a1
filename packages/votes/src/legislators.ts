import { parse as parseYaml } from "yaml";
import { CivicError } from "@civickit/core";
import type { RollCallVote, VotePosition } from "./model.js";
import { asObject, str } from "./_lib/json.js";
import { prune, stateCode } from "./_lib/build.js";

/** A term in the House or the Senate, as congress-legislators records it. */
export interface LegislatorTerm {
  type: "rep" | "sen";
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
}

/** A member of Congress with every id the congress-legislators crosswalk knows. */
export interface Legislator {
  ids: {
    bioguide: string;
    lis?: string;
    thomas?: string;
    govtrack?: number;
    icpsr?: number;
    opensecrets?: string;
    votesmart?: number;
    fec?: string[];
    cspan?: number;
    wikipedia?: string;
    wikidata?: string;
    ballotpedia?: string;
  };
  name: { first?: string; last?: string; middle?: string; suffix?: string; nickname?: string; officialFull?: string };
  terms: LegislatorTerm[];
}

/** Legislators with look-ups by every id. */
export interface Legislators {
  all: Legislator[];
  byBioguide: ReadonlyMap<string, Legislator>;
  byLis: ReadonlyMap<string, Legislator>;
  byThomas: ReadonlyMap<string, Legislator>;
  byGovtrack: ReadonlyMap<number, Legislator>;
  byIcpsr: ReadonlyMap<number, Legislator>;
  byFec: ReadonlyMap<string, Legislator>;
}

const PARTY_CODES: Record<string, string> = { Democrat: "D", Republican: "R", Independent: "I", Libertarian: "L" };

function num(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads congress-legislators data (`legislators-current.yaml`, `legislators-historical.yaml`, or the same as JSON,
 * text or parsed) into a crosswalk of ids — bioguide, lis, thomas, govtrack, icpsr, fec… — with each member's terms.
 *
 * @throws {CivicError} `LEGISLATORS_FORMAT` when the data is not a list of legislators.
 * @example
 * ```ts
 * const legislators = loadLegislators(readFileSync("legislators-current.yaml", "utf8"));
 * legislators.byLis.get("S354")?.ids.bioguide; // "B001230" (Tammy Baldwin)
 * ```
 */
export function loadLegislators(yamlOrJson: string | unknown[], options: { file?: string } = {}): Legislators {
  let data: unknown = yamlOrJson;
  if (typeof yamlOrJson === "string") {
    try {
      // JSON is YAML; the schema is the plain "core" one, with no custom tags.
      data = parseYaml(yamlOrJson, { schema: "core", maxAliasCount: 100 }) as unknown;
    } catch (error) {
      throw new CivicError("LEGISLATORS_FORMAT", `not YAML or JSON: ${error instanceof Error ? error.message : String(error)}`, { where: { file: options.file }, cause: error });
    }
  }
  if (!Array.isArray(data)) throw new CivicError("LEGISLATORS_FORMAT", "expected a list of legislators", { where: { file: options.file } });
  const all: Legislator[] = [];
  for (const [i, entry] of data.entries()) {
    const e = asObject(entry);
    const ids = asObject(e?.id);
    const bioguide = str(ids?.bioguide);
    if (!e || !ids || !bioguide) throw new CivicError("LEGISLATORS_FORMAT", "a legislator without a bioguide id", { where: { file: options.file, path: `[${i}].id.bioguide` } });
    const name = asObject(e.name) ?? {};
    const terms: LegislatorTerm[] = (Array.isArray(e.terms) ? e.terms : []).flatMap((t: unknown) => {
      const term = asObject(t);
      const type = str(term?.type);
      if (!term || (type !== "rep" && type !== "sen")) return [];
      return [prune({ type, start: str(term.start) ?? "", end: str(term.end) ?? "", state: str(term.state) ?? "", district: num(term.district), party: str(term.party) })];
    });
    all.push({
      ids: prune({
        bioguide,
        lis: str(ids.lis),
        thomas: str(ids.thomas),
        govtrack: num(ids.govtrack),
        icpsr: num(ids.icpsr),
        opensecrets: str(ids.opensecrets),
        votesmart: num(ids.votesmart),
        fec: Array.isArray(ids.fec) ? ids.fec.map(String) : undefined,
        cspan: num(ids.cspan),
        wikipedia: str(ids.wikipedia),
        wikidata: str(ids.wikidata),
        ballotpedia: str(ids.ballotpedia),
      }),
      name: prune({
        first: str(name.first),
        last: str(name.last),
        middle: str(name.middle),
        suffix: str(name.suffix),
        nickname: str(name.nickname),
        officialFull: str(name.official_full),
      }),
      terms,
    });
  }
  const index = <K>(key: (l: Legislator) => K | K[] | undefined): Map<K, Legislator> => {
    const map = new Map<K, Legislator>();
    for (const l of all) {
      const k = key(l);
      for (const one of Array.isArray(k) ? k : k === undefined ? [] : [k]) map.set(one, l);
    }
    return map;
  };
  return {
    all,
    byBioguide: index((l) => l.ids.bioguide),
    byLis: index((l) => l.ids.lis),
    byThomas: index((l) => l.ids.thomas),
    byGovtrack: index((l) => l.ids.govtrack),
    byIcpsr: index((l) => l.ids.icpsr),
    byFec: index((l) => l.ids.fec),
  };
}

/** The term a legislator served on a date (YYYY-MM-DD), if any. */
export function termOn(legislator: Legislator, date: string): LegislatorTerm | undefined {
  const day = date.slice(0, 10);
  return legislator.terms.find((t) => t.start <= day && day <= t.end);
}

/**
 * Fills in what a vote's source leaves out: the Bioguide id of senators (Senate files give only LIS ids), and party,
 * state and district from the member's term on the vote's date. Returns a new vote; positions of unknown members are
 * kept as they are.
 *
 * @example
 * ```ts
 * withMembers(senateVote, legislators).positions[0].bioguideId; // "B001230"
 * ```
 */
export function withMembers(vote: RollCallVote, legislators: Legislators): RollCallVote {
  const positions = vote.positions.map((p): VotePosition => {
    const l = (p.bioguideId ? legislators.byBioguide.get(p.bioguideId) : undefined) ?? (p.lisId ? legislators.byLis.get(p.lisId) : undefined);
    if (!l) return p;
    const term = termOn(l, vote.date);
    return prune({
      ...p,
      bioguideId: p.bioguideId ?? l.ids.bioguide,
      lisId: p.lisId ?? l.ids.lis,
      firstName: p.firstName ?? l.name.first,
      lastName: p.lastName ?? l.name.last,
      party: p.party ?? (term?.party ? (PARTY_CODES[term.party] ?? term.party.slice(0, 1)) : undefined),
      state: p.state ?? stateCode(term?.state),
      district: p.district ?? (term ? (term.type === "rep" ? (term.district ?? null) : null) : undefined),
    });
  });
  return { ...vote, positions };
}

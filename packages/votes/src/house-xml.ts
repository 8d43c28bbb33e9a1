import { type XmlReader, yearOfSession } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import { categorize, requirementOfType } from "./_lib/classify.js";
import { countByParty, countPositions, finishVote, makePosition, prune, readMeasure } from "./_lib/build.js";
import { parseHouseDate } from "./_lib/dates.js";
import { VoteFormatError, missing, positiveIntOrThrow, wrongRoot } from "./_lib/errors.js";
import { readOption } from "./_lib/options.js";
import { childText, field, flattenXml } from "./_lib/xml-records.js";
import type { RollCallVote, VotePosition, VoteTotals } from "./model.js";

const REPEAT = new Set(["totals-by-party"]);
const ATTRIBUTES = new Map([["action-time", ["time-etz"]]]);
const PARTY_CODES: Record<string, string> = { Republican: "R", Democratic: "D", Independent: "I" };

/**
 * Reads a House Clerk roll-call vote file (`clerk.house.gov/evs/{year}/roll{NNN}.xml`, root `<rollcall-vote>`) of
 * any era: Yea/Nay and Aye/No votes, quorum calls, elections of the Speaker with candidates' names, files with and
 * without party attributes. The DOCTYPE the Clerk's files carry is skipped, never read.
 *
 * @throws {CivicError} `XML_*` for broken XML, `VOTE_*` for XML that is not a complete House vote.
 * @example
 * ```ts
 * const vote = parseHouseVoteXml(xml, { file: "roll091.xml" });
 * vote.id; // "h91-115.2018"
 * ```
 */
export function parseHouseVoteXml(xml: string, options: ParseOptions = {}): RollCallVote {
  const file = options.file;
  const rows: { id?: string; name?: string; sortField?: string; party?: string; state?: string; raw?: string; index: number }[] = [];
  const handlers = new Map([
    [
      "recorded-vote",
      (reader: XmlReader, index: number): void => {
        const row: (typeof rows)[number] = { index };
        const depth = reader.depth;
        for (let name = reader.nextLeaf(depth); name !== null; name = reader.nextLeaf(depth)) {
          if (name === "legislator") {
            row.id = reader.attribute("name-id");
            row.sortField = reader.attribute("sort-field");
            row.party = reader.attribute("party");
            row.state = reader.attribute("state");
            const unaccented = reader.attribute("unaccented-name");
            row.name = childText(reader).trim() || unaccented;
          } else if (name === "vote") row.raw = childText(reader).trim();
          else if (reader.leafText === undefined) reader.skipElement();
        }
        rows.push(row);
      },
    ],
  ]);
  const { root, fields, records } = flattenXml(xml, file, REPEAT, ATTRIBUTES, handlers);
  if (root !== "rollcall-vote") throw wrongRoot(root, "rollcall-vote", file);
  const meta = (p: string): string | undefined => field(fields, `vote-metadata/${p}`);
  const at = (p: string): string => `/rollcall-vote/vote-metadata/${p}`;
  const congress = positiveIntOrThrow(meta("congress"), "congress", at("congress"), file);
  const session = positiveIntOrThrow(meta("session")?.replace(/\D+$/, ""), "session", at("session"), file);
  const number = positiveIntOrThrow(meta("rollcall-num"), "roll-call number", at("rollcall-num"), file);
  const dateText = meta("action-date") ?? (() => { throw missing("action date", at("action-date"), file); })();
  const date = parseHouseDate(dateText, meta("action-time@time-etz"));
  if (date === null) throw new VoteFormatError("VOTE_BAD_FIELD", `unreadable action date "${dateText}"`, { where: { file, path: at("action-date") } });
  const type = meta("vote-type") ?? "";
  const question = meta("vote-question") ?? "";
  const requires = requirementOfType(type);
  const category = categorize("house", question, type, requires);
  const result = meta("vote-result") ?? "";

  const positions: VotePosition[] = rows.map((row) => {
    const path = (): string => `/rollcall-vote/vote-data/recorded-vote[${row.index + 1}]/vote`;
    const raw = row.raw;
    if (!raw) throw missing("vote", path(), file);
    const read = readOption(raw);
    if (!read && category !== "leadership") throw new VoteFormatError("VOTE_BAD_FIELD", `unknown vote "${raw}"`, { where: { file, path: path() } });
    return makePosition({
      bioguideId: row.id,
      name: row.name ?? row.id ?? "(unnamed)",
      lastName: row.sortField,
      party: row.party,
      state: row.state,
      option: read?.option ?? raw,
      raw,
      pair: read?.pair,
    });
  });

  const published = (f: (p: string) => string | undefined): VoteTotals | null => {
    if (f("yea-total") === undefined) return null;
    const n = (p: string): number => Number(f(p) ?? 0);
    return { yea: n("yea-total"), nay: n("nay-total"), present: n("present-total"), notVoting: n("not-voting-total") };
  };
  // In an election of the Speaker the votes are for candidates, not yeas and nays: count them by name.
  const totals =
    category === "leadership" ? countPositions(positions) : (published((p) => meta(`vote-totals/totals-by-vote/${p}`)) ?? countPositions(positions));
  const byParty: Record<string, VoteTotals> = {};
  for (const row of records.get("totals-by-party") ?? []) {
    const party = field(row, "party");
    const totalsOfParty = published((p) => field(row, p));
    if (party && totalsOfParty) byParty[PARTY_CODES[party] ?? party] = totalsOfParty;
  }

  return finishVote(
    {
      chamber: "house",
      congress,
      session,
      year: yearOfSession(congress, session),
      number,
      date,
      question,
      type,
      category,
      requires,
      result,
      // amendment-num is the amendment's number under the rule ("Amendment No. 6"), not its H.Amdt. number.
      subject: prune({ ...readMeasure(meta("legis-num"), congress), title: meta("vote-desc") }),
      totals,
      positions,
      tieBreaker: null,
      byParty: Object.keys(byParty).length > 0 && category !== "leadership" ? byParty : countByParty(positions),
      majorityParty: meta("majority"),
      source: { format: "house-xml", url: `https://clerk.house.gov/evs/${yearOfSession(congress, session)}/roll${String(number).padStart(3, "0")}.xml` },
    },
    file,
    options.validate,
  );
}

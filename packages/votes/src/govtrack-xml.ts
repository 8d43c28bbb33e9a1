import { type BillId, safeParseVoteId, type XmlReader } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import { VOTE_CATEGORIES, type RollCallVote, type VoteCategory, type VotePosition } from "./model.js";
import { categorize, readRequirement } from "./_lib/classify.js";
import { countByParty, countPositions, finishVote, makePosition } from "./_lib/build.js";
import { VoteFormatError, missing, positiveIntOrThrow, wrongRoot } from "./_lib/errors.js";
import { readOption } from "./_lib/options.js";
import { field, flattenXml } from "./_lib/xml-records.js";

/** GovTrack's bill type codes, which differ from BILLSTATUS's ("hr" is a House resolution there). */
const GOVTRACK_BILL_TYPES: Record<string, BillId["type"]> = { h: "hr", s: "s", hr: "hres", sr: "sres", hj: "hjres", sj: "sjres", hc: "hconres", sc: "sconres" };
const KEYS: Record<string, string> = { "+": "yea", "-": "nay", P: "present", "0": "notVoting" };

/**
 * Reads the legacy GovTrack vote XML that unitedstates/congress also writes (root `<roll where session year roll
 * datetime …>`, voters as `<voter id vote value state/>`). Voters carry ids but no names: a position's `name` is its id.
 *
 * @example
 * ```ts
 * parseGovTrackVoteXml(xml).id; // "s60-115.2018"
 * ```
 */
export function parseGovTrackVoteXml(xml: string, options: ParseOptions = {}): RollCallVote {
  const file = options.file;
  const positions: VotePosition[] = [];
  let tieBreaker: RollCallVote["tieBreaker"] = null;
  const handlers = new Map([
    [
      "voter",
      (reader: XmlReader, index: number): void => {
        const id = reader.attribute("id");
        const value = reader.attribute("value") ?? "";
        // The spelled-out value is enough; the one-character key is read only when the value is missing or unknown.
        let read = readOption(value);
        const key = read ? value : (reader.attribute("vote") ?? "");
        if (!read && KEYS[key]) read = readOption(KEYS[key] === "notVoting" ? "Not Voting" : KEYS[key]);
        const path = (): string => `/roll/voter[${index + 1}]`;
        if (!read) throw new VoteFormatError("VOTE_BAD_FIELD", `unknown vote "${value || key}"`, { where: { file, path: path() } });
        // The Vice President breaking a tie is a voter without a member id ("0") marked VP="1".
        if (id === undefined || id === "0" || id === "VP" ? reader.attribute("VP") === "1" || id === "VP" : false) {
          if (read.option !== "yea" && read.option !== "nay") throw new VoteFormatError("VOTE_BAD_FIELD", "the Vice President's vote is not yea or nay", { where: { file, path: path() } });
          tieBreaker = { by: "Vice President", option: read.option, raw: value || key };
        } else {
          if (!id) throw missing("voter id", path(), file);
          positions.push(makePosition({ bioguideId: id, lisId: id, name: id, state: reader.attribute("state"), option: read.option, raw: value || key, pair: read.pair }));
        }
        if (!reader.selfClosing) reader.skipElement();
        else reader.next();
      },
    ],
  ]);
  const rootAttributes = new Map([["roll", ["where", "session", "year", "roll", "datetime"]], ["bill", ["type", "number", "session"]]]);
  const { root, fields } = flattenXml(xml, file, new Set(), rootAttributes, handlers);
  if (root !== "roll") throw wrongRoot(root, "roll", file);
  const where = field(fields, "@where");
  const chamber = where === "house" ? "house" : where === "senate" ? "senate" : null;
  if (!chamber) throw new VoteFormatError("VOTE_BAD_FIELD", `where="${where ?? ""}" is not house or senate`, { where: { file, path: "/roll/@where" } });
  const congress = positiveIntOrThrow(field(fields, "@session"), "session (Congress)", "/roll/@session", file);
  const number = positiveIntOrThrow(field(fields, "@roll"), "roll", "/roll/@roll", file);
  const id = safeParseVoteId(`${chamber === "house" ? "h" : "s"}${number}-${congress}.${field(fields, "@year") ?? ""}`);
  if (!id.success) throw new VoteFormatError("VOTE_BAD_FIELD", id.error.reason, { where: { file, path: "/roll/@year" } });
  const date = field(fields, "@datetime") ?? (() => { throw missing("datetime", "/roll/@datetime", file); })();
  const question = field(fields, "question") ?? "";
  const type = field(fields, "type") ?? question;
  const requires = readRequirement(field(fields, "required"));
  const published = field(fields, "category");
  const category: VoteCategory = (VOTE_CATEGORIES as readonly string[]).includes(published ?? "") ? (published as VoteCategory) : categorize(chamber, question, type, requires);
  const result = field(fields, "result") ?? "";
  const billType = GOVTRACK_BILL_TYPES[field(fields, "bill@type") ?? ""];
  const billNumber = Number(field(fields, "bill@number"));
  const bill: BillId | undefined = billType && billNumber > 0 ? { congress: Number(field(fields, "bill@session") ?? congress), type: billType, number: billNumber } : undefined;
  return finishVote(
    {
      chamber,
      congress,
      session: id.data.session,
      year: id.data.year,
      number,
      date,
      question,
      type,
      category,
      requires,
      result,
      subject: bill ? { bill } : {},
      totals: countPositions(positions),
      positions,
      tieBreaker,
      byParty: countByParty(positions),
      source: { format: "govtrack-xml" },
    },
    file,
    options.validate,
  );
}

import { type XmlReader, yearOfSession } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import { categorize, readRequirement } from "./_lib/classify.js";
import { countByParty, finishVote, makePosition, prune, readMeasure } from "./_lib/build.js";
import { parseSenateDate } from "./_lib/dates.js";
import { VoteFormatError, missing, positiveIntOrThrow, wrongRoot } from "./_lib/errors.js";
import { readOption } from "./_lib/options.js";
import { childText, field, flattenXml } from "./_lib/xml-records.js";
import type { RollCallVote, VotePosition, VoteTotals } from "./model.js";

const NO_RECORDS = new Set<string>();

interface Member {
  full?: string;
  firstName?: string;
  lastName?: string;
  party?: string;
  state?: string;
  voteCast?: string;
  lisId?: string;
}

/** One <member>: its leaves into a plain record (empty leaves left out). */
function readMember(reader: XmlReader): Member {
  const m: Member = {};
  const depth = reader.depth;
  for (let name = reader.nextLeaf(depth); name !== null; name = reader.nextLeaf(depth)) {
    const text = childText(reader).trim();
    if (text === "") continue;
    switch (name) {
      case "member_full":
        m.full = text;
        break;
      case "first_name":
        m.firstName = text;
        break;
      case "last_name":
        m.lastName = text;
        break;
      case "party":
        m.party = text;
        break;
      case "state":
        m.state = text;
        break;
      case "vote_cast":
        m.voteCast = text;
        break;
      case "lis_member_id":
        m.lisId = text;
        break;
    }
  }
  return m;
}
const NO_ATTRIBUTES = new Map<string, string[]>();

/**
 * Reads a Senate roll-call vote file (LIS `vote_{congress}_{session}_{number}.xml`, root `<roll_call_vote>`).
 *
 * @throws {CivicError} `XML_*` for broken XML, `VOTE_*` for XML that is not a complete Senate vote; the error names the
 * file (`options.file`) and the XML path.
 * @example
 * ```ts
 * const vote = parseSenateVoteXml(xml, { file: "vote_115_2_00060.xml" });
 * vote.id; // "s60-115.2018"
 * vote.totals; // { yea: 97, nay: 2, present: 0, notVoting: 1 }
 * ```
 */
export function parseSenateVoteXml(xml: string, options: ParseOptions = {}): RollCallVote {
  const file = options.file;
  const members: Member[] = [];
  const handlers = new Map([["member", (reader: XmlReader): void => void members.push(readMember(reader))]]);
  const { root, fields } = flattenXml(xml, file, NO_RECORDS, NO_ATTRIBUTES, handlers);
  if (root !== "roll_call_vote") throw wrongRoot(root, "roll_call_vote", file);
  const at = (p: string): string => `/roll_call_vote/${p}`;
  const congress = positiveIntOrThrow(field(fields, "congress"), "congress", at("congress"), file);
  const session = positiveIntOrThrow(field(fields, "session"), "session", at("session"), file);
  const number = positiveIntOrThrow(field(fields, "vote_number"), "vote number", at("vote_number"), file);
  const dateText = field(fields, "vote_date") ?? (() => { throw missing("vote date", at("vote_date"), file); })();
  const date = parseSenateDate(dateText);
  if (date === null) throw new VoteFormatError("VOTE_BAD_FIELD", `unreadable vote date "${dateText}"`, { where: { file, path: at("vote_date") } });
  const year = Number(field(fields, "congress_year") ?? yearOfSession(congress, session));
  const question = field(fields, "vote_question_text") ?? field(fields, "question") ?? "";
  const type = field(fields, "question") ?? question;
  const requires = readRequirement(field(fields, "majority_requirement"));
  const category = categorize("senate", question, type, requires);
  const result = field(fields, "vote_result") ?? field(fields, "vote_result_text") ?? "";

  const positions: VotePosition[] = members.map((m, i) => {
    const raw = m.voteCast;
    const path = (): string => at(`members/member[${i + 1}]/vote_cast`);
    if (!raw) throw missing("vote_cast", path(), file);
    const read = readOption(raw);
    if (!read) throw new VoteFormatError("VOTE_BAD_FIELD", `unknown vote "${raw}"`, { where: { file, path: path() } });
    return makePosition({
      lisId: m.lisId,
      name: m.full ?? [m.firstName, m.lastName].filter(Boolean).join(" "),
      firstName: m.firstName,
      lastName: m.lastName,
      party: m.party,
      state: m.state,
      district: null,
      option: read.option,
      raw,
      pair: read.pair,
    });
  });

  const n = (p: string): number => Number(field(fields, p) ?? 0);
  const totals: VoteTotals =
    category === "conviction"
      ? { yea: 0, nay: 0, guilty: n("count/yeas"), notGuilty: n("count/nays"), present: n("count/present"), notVoting: n("count/absent") }
      : { yea: n("count/yeas"), nay: n("count/nays"), present: n("count/present"), notVoting: n("count/absent") };

  const tieVote = field(fields, "tie_breaker/tie_breaker_vote");
  const tieOption = tieVote ? readOption(tieVote)?.option : undefined;
  const measure = readMeasure(field(fields, "amendment/amendment_number") ?? field(fields, "document/document_name"), congress);
  const issue = field(fields, "document/document_type") === "PN" ? field(fields, "document/document_number") : undefined;

  const documentTitle = field(fields, "document/document_title");
  return finishVote(
    {
      chamber: "senate",
      congress,
      session,
      year,
      number,
      date,
      question,
      type,
      category,
      requires,
      result,
      resultText: field(fields, "vote_result_text"),
      subject: prune({
        ...measure,
        nomination: issue ? prune({ number: issue, title: documentTitle }) : undefined,
        title: field(fields, "vote_title"),
        description: field(fields, "vote_document_text"),
      }),
      totals,
      positions,
      tieBreaker:
        tieOption === "yea" || tieOption === "nay"
          ? { by: field(fields, "tie_breaker/by_whom") ?? "Vice President", option: tieOption, raw: tieVote! }
          : null,
      byParty: countByParty(positions),
      source: {
        format: "senate-xml",
        url: `https://www.senate.gov/legislative/LIS/roll_call_votes/vote${congress}${session}/vote_${congress}_${session}_${String(number).padStart(5, "0")}.xml`,
      },
    },
    file,
    options.validate,
  );
}

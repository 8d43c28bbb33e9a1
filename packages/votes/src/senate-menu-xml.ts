import { type XmlReader, yearOfSession } from "@civickit/core";
import type { ParseOptions } from "./parse-options.js";
import { categorize } from "./_lib/classify.js";
import { finishVote, readMeasure } from "./_lib/build.js";
import { monthNumber } from "./_lib/dates.js";
import { VoteFormatError, positiveIntOrThrow, wrongRoot } from "./_lib/errors.js";
import { childText, field, flattenXml, nextChild } from "./_lib/xml-records.js";
import type { RollCallVote, VoteCategory, VoteRequirement } from "./model.js";

const NO_RECORDS = new Set<string>();
const NO_ATTRIBUTES = new Map<string, string[]>();

interface MenuRow {
  number?: string;
  date?: string;
  issue?: string;
  question?: string;
  result?: string;
  title?: string;
  yeas?: string;
  nays?: string;
  enBloc: boolean;
}

/** One <vote> of the menu; for votes en bloc, the first matter's issue, question and result. */
function readRow(reader: XmlReader): MenuRow {
  const row: MenuRow = { enBloc: false };
  const depth = reader.depth;
  for (let name = reader.nextLeaf(depth); name !== null; name = reader.nextLeaf(depth)) {
    switch (name) {
      case "vote_number":
        row.number = childText(reader).trim();
        break;
      case "vote_date":
        row.date = childText(reader).trim();
        break;
      case "issue":
        row.issue = childText(reader).trim() || undefined;
        break;
      case "question":
        row.question = childText(reader);
        break;
      case "result":
        row.result = childText(reader).trim();
        break;
      case "title":
        row.title = childText(reader).trim();
        break;
      case "vote_tally":
        // (An empty <vote_tally></vote_tally> was read whole, as a leaf: nothing inside to read.)
        if (reader.leafText !== undefined) break;
        for (let count = reader.nextLeaf(depth + 1); count !== null; count = reader.nextLeaf(depth + 1)) {
          const text = childText(reader).trim();
          if (count === "yeas") row.yeas = text;
          else if (count === "nays") row.nays = text;
        }
        break;
      case "en_bloc":
        row.enBloc = true;
        if (reader.leafText !== undefined) break;
        // <en_bloc><matter><issue/><question/><result/></matter>…</en_bloc>: the first matter speaks for the vote.
        for (let matter = nextChild(reader, depth + 1); matter !== null; matter = nextChild(reader, depth + 1)) {
          for (let part = nextChild(reader, depth + 2); part !== null; part = nextChild(reader, depth + 2)) {
            const text = reader.readElementText().trim();
            if (part === "issue") row.issue ??= text;
            else if (part === "question") row.question ??= text;
            else if (part === "result") row.result ??= text;
          }
        }
        break;
      default:
        if (reader.leafText === undefined) reader.skipElement();
    }
  }
  return row;
}

/** A Senate session's vote menu: every roll call of the session, with its tally but without members' votes. */
export interface SenateVoteMenu {
  congress: number;
  session: number;
  year: number;
  votes: RollCallVote[];
}

/**
 * Reads the Senate's vote menu for a session (`vote_menu_{congress}_{session}.xml`, root `<vote_summary>`): one
 * `RollCallVote` per row, with yeas and nays, the question, the published result and the measure, no positions. A
 * vote on several matters en bloc takes its question and result from the first matter. The menu publishes no majority
 * requirement and no tie-breaker: `requires` is inferred where the Senate's rules settle it and is null elsewhere,
 * where the outcome engine decides only what the counts alone decide.
 *
 * @example
 * ```ts
 * const menu = parseSenateVoteMenuXml(xml);
 * menu.votes.find((v) => v.number === 7)?.totals; // { yea: 64, nay: 35 }
 * ```
 */
export function parseSenateVoteMenuXml(xml: string, options: ParseOptions = {}): SenateVoteMenu {
  const file = options.file;
  const rows: MenuRow[] = [];
  const handlers = new Map([["vote", (reader: XmlReader): void => void rows.push(readRow(reader))]]);
  const { root, fields } = flattenXml(xml, file, NO_RECORDS, NO_ATTRIBUTES, handlers);
  if (root !== "vote_summary") throw wrongRoot(root, "vote_summary", file);
  const congress = positiveIntOrThrow(field(fields, "congress"), "congress", "/vote_summary/congress", file);
  const session = positiveIntOrThrow(field(fields, "session"), "session", "/vote_summary/session", file);
  const year = Number(field(fields, "congress_year") ?? yearOfSession(congress, session));
  const source = { format: "senate-menu-xml" as const, url: `https://www.senate.gov/legislative/LIS/roll_call_lists/vote_menu_${congress}_${session}.xml` };
  const measures = new Map<string, ReturnType<typeof readMeasure>>();
  const measureOf = (issue: string): ReturnType<typeof readMeasure> => {
    let measure = measures.get(issue);
    if (!measure) measures.set(issue, (measure = readMeasure(issue, congress)));
    return measure;
  };
  const votes = rows.map((row, i) => {
    const path = (leaf: string): string => `/vote_summary/votes/vote[${i + 1}]/${leaf}`;
    const number = positiveIntOrThrow(row.number, "vote number", path, file, "vote_number");
    const day = dayAndMonth(row.date ?? "");
    if (day === null) {
      throw new VoteFormatError("VOTE_BAD_FIELD", `unreadable vote date "${row.date ?? ""}"`, { where: { file, path: path("vote_date") } });
    }
    const question = tidy(row.question ?? "");
    const result = row.result ?? "";
    const issue = row.issue;
    const title = row.title ?? "";
    // Without a question, the title's head says what the vote is on ("Scott (FL) Amdt. No. 3535; To require …").
    const what = question || (title.split(";")[0] ?? "");
    const category = categorize("senate", what, what, null);
    const requires = inferSenateRequirement(category, title, issue, row.enBloc, measureOf);
    const nomination = issue?.startsWith("PN") ? { number: issue.slice(2) } : undefined;
    return finishVote(
      {
        chamber: "senate",
        congress,
        session,
        year,
        number,
        date: `${year}-${day}`,
        question,
        type: question,
        category,
        requires,
        result,
          subject: menuSubject(nomination, issue && !nomination ? measureOf(issue) : undefined, title),
        totals: { yea: Number(row.yeas ?? 0), nay: Number(row.nays ?? 0) },
        positions: [],
        tieBreaker: null,
        byParty: {},
        source,
      },
      file,
      options.validate,
    );
  });
  return { congress, session, year, votes };
}

/** The menu's "18-Dec" as "12-18", or null. */
function dayAndMonth(text: string): string | null {
  const dash = text.indexOf("-");
  if (dash < 1 || dash > 2 || text.length !== dash + 4) return null;
  for (let i = 0; i < dash; i++) if (!isDigitCode(text.charCodeAt(i))) return null;
  const month = monthNumber(text.slice(dash + 1));
  if (month === null) return null;
  return `${month < 10 ? "0" : ""}${month}-${dash === 1 ? "0" : ""}${text.slice(0, dash)}`;
}

/** A question as one line: the menu writes "On the Cloture Motion" with a line break and indentation after it. */
function tidy(raw: string): string {
  const text = raw.trim();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32)) return text.replace(/\s+/g, " ");
  }
  return text;
}

/** Measures whose cloture needs three fifths of the Senate (Rule XXII). */
const CLOTURE_3_5 = new Set(["hr", "s", "hjres", "sjres"]);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The menu publishes no requirement. Where the Senate's rules settle it, infer it: a nomination needs a majority
 * (advice and consent, art. II, § 2), as do cloture on a single nomination (precedents of 2013 and 2017) and procedural
 * motions; cloture on a bill or joint resolution needs three fifths of senators sworn (Rule XXII); veto overrides,
 * treaties and convictions two thirds (art. I, § 7; art. II, § 2; art. I, § 3). Passage, amendments, motions to waive
 * (majority or three fifths, by the provision waived) and cloture on anything else can have thresholds the menu does
 * not show: their requirement stays unknown (null).
 */
function inferSenateRequirement(
  category: VoteCategory,
  title: string,
  issue: string | undefined,
  enBloc: boolean,
  measureOf: (issue: string) => ReturnType<typeof readMeasure>,
): VoteRequirement | null {
  if (category === "procedural" && /\bmotion to waive\b/i.test(title)) return null;
  switch (category) {
    case "cloture": {
      if (issue?.startsWith("PN")) return enBloc ? null : "1/2";
      const bill = issue ? measureOf(issue).bill : undefined;
      return bill && CLOTURE_3_5.has(bill.type) ? "3/5" : null;
    }
    case "nomination":
    case "procedural":
    case "recommit":
      return "1/2";
    case "veto-override":
    case "treaty":
    case "conviction":
      return "2/3";
    default:
      return null;
  }
}

function menuSubject(nomination: { number: string } | undefined, measure: ReturnType<typeof readMeasure> | undefined, title: string): RollCallVote["subject"] {
  const subject: RollCallVote["subject"] = {};
  if (!nomination && measure?.bill) subject.bill = measure.bill;
  if (!nomination && measure?.amendment) subject.amendment = measure.amendment;
  if (nomination) subject.nomination = nomination;
  if (title) subject.title = title;
  return subject;
}

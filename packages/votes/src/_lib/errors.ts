import { CivicError } from "@civickit/core";

/** A vote source that is XML or JSON but not a vote file civickit can read, or one missing what a vote needs. */
export class VoteFormatError extends CivicError {
  override name = "VoteFormatError";
}

export function missing(what: string, path: string, file: string | undefined): VoteFormatError {
  return new VoteFormatError("VOTE_MISSING_FIELD", `the vote file has no ${what}`, { where: { file, path } });
}

export function wrongRoot(found: string, expected: string, file: string | undefined): VoteFormatError {
  return new VoteFormatError("VOTE_WRONG_FORMAT", `expected <${expected}> as the root element, found <${found}>`, { where: { file, path: `/${found}` } });
}

/** A positive whole number written in digits ("00659" is 659), or an error at `path` (a string, or made on demand). */
export function positiveIntOrThrow(text: string | undefined, what: string, path: string | ((leaf: string) => string), file: string | undefined, leaf = ""): number {
  const n = text !== undefined && DIGITS.test(text) ? Number(text) : NaN;
  if (!(n >= 1)) {
    const where = { file, path: typeof path === "string" ? path : path(leaf) };
    if (text === undefined) throw missing(what, where.path, file);
    throw new VoteFormatError("VOTE_BAD_FIELD", `${what} must be a positive whole number, not "${text}"`, { where });
  }
  return n;
}

const DIGITS = /^\d{1,9}$/;

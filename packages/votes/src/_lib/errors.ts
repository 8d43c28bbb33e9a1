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

export function positiveIntOrThrow(text: string | undefined, what: string, path: string, file: string | undefined): number {
  const n = text === undefined ? NaN : Number(text.replace(/^0+(?=\d)/, ""));
  if (!Number.isInteger(n) || n < 1) {
    if (text === undefined) throw missing(what, path, file);
    throw new VoteFormatError("VOTE_BAD_FIELD", `${what} must be a positive whole number, not "${text}"`, { where: { file, path } });
  }
  return n;
}

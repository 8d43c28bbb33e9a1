import type { VoteOption } from "@civickit/core";

const OPTIONS = new Map<string, VoteOption>([
  ["yea", "yea"],
  ["aye", "yea"],
  ["yes", "yea"],
  ["+", "yea"],
  ["nay", "nay"],
  ["no", "nay"],
  ["-", "nay"],
  ["present", "present"],
  ["p", "present"],
  ["not voting", "notVoting"],
  ["0", "notVoting"],
  ["guilty", "guilty"],
  ["not guilty", "notGuilty"],
]);

/**
 * Normalises a vote as published ("Aye", "Nay", "Not Voting", "Present, Giving Live Pair", "Guilty") to an option,
 * or null when it is none of them (a candidate's name in an election of the Speaker).
 */
export function readOption(raw: string): ReadOption | null {
  let read = cache.get(raw);
  if (read === undefined) {
    const text = raw.trim().toLowerCase();
    const option = OPTIONS.get(text);
    if (option) read = { option };
    else if (text.startsWith("present") && text.includes("pair")) read = { option: "present", pair: { kind: "live", raw: raw.trim() } };
    else read = null;
    if (cache.size > 1000) cache.clear();
    cache.set(raw, read);
  }
  return read;
}

type ReadOption = Readonly<{ option: VoteOption; pair?: Readonly<{ kind: "live"; raw: string }> }>;

// Every file repeats the same few spellings: read each once.
const cache = new Map<string, ReadOption | null>();

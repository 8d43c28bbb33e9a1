import { extractCitations, type Citation, type CitationOf, type CitationType, type ExtractOptions } from "../src/index.js";

/** The citations in `text` as [type, match, start] plus the fields asked for, for compact expectations. */
export function found(text: string, options?: ExtractOptions): Citation[] {
  return extractCitations(text, options);
}

/** The one citation of `type` in `text`; fails the test when there is not exactly one. */
export function only<T extends CitationType>(text: string, type: T, options?: ExtractOptions): CitationOf<T> {
  const all = extractCitations(text, options).filter((c) => c.type === type);
  if (all.length !== 1) throw new Error(`expected one ${type} citation in "${text}", found ${String(all.length)}: ${JSON.stringify(all.map((c) => c.match))}`);
  return all[0] as CitationOf<T>;
}

/** [type, match] of every citation, in order. */
export function matches(text: string, options?: ExtractOptions): [string, string][] {
  return extractCitations(text, options).map((c) => [c.type, c.match]);
}

/** [match, id] of every citation, in order: which citation each short form stands for. */
export function matchIds(text: string, options?: ExtractOptions): [string, string][] {
  return extractCitations(text, options).map((c) => [c.match, c.id]);
}

/** Options every vote parser takes. */
export interface ParseOptions {
  /** The file or source name, put into every error. */
  file?: string;
  /**
   * Also check the result against the zod schema (`RollCallVoteSchema`). The parsers check every value they take from
   * the source either way; this is a second, slower check (about half the parse time on the corpus).
   */
  validate?: boolean;
}

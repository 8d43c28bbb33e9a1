import type { Draft } from "../model.js";
import type { NameIndex, ResolvedName } from "../names.js";

/** A short form waiting for the citation it refers to: resolved once every full citation is known. */
export interface PendingShortForm {
  type: "shortForm";
  kind: "id" | "section" | "such";
  match: string;
  start: number;
  end: number;
  /** For "id. § 5", "§ 1595(d)", "section 230 of such Act": the section and subsections named. */
  section: string | null;
  subsections: string[];
  /** A pin cite after "Id. at". */
  pinCite: string | null;
  /** "of such title": the title of the U.S. Code named last (a "such" form that refers to a title, not an act). */
  ofTitle?: boolean;
  /** "of such Code": a code named before (the Internal Revenue Code), not an act. */
  code?: boolean;
  /** "chapter 5 of such title": `section` holds the chapter. */
  chapter?: boolean;
  /** The two halves of a range ("§§ 60.3–60.5", "Id. §§ 1594–1595"), both ends as written. */
  range?: "start" | "end";
  rangeOf?: [string, string];
}

/** The state of one extraction: the text, what was found so far, and the name index in use. */
export interface Scan {
  readonly text: string;
  readonly found: (Draft | PendingShortForm)[];
  readonly names: NameIndex;
  /** Acronyms the text has defined so far ("(CDA)"), with what they stand for; `mentions`: whether the acronym alone is
   * a citation (not for acts the index does not know). */
  readonly acronyms: Map<string, { resolved: ResolvedName; at: number; mentions: boolean }>;
  /** Whether short forms are read. */
  readonly resolve: boolean;
  /** How many of `found` are short forms, and how many U.S. Code or CFR citations: a short form with nothing before
   * it to refer to is not worth reading. */
  shortForms: number;
  codes: number;
}

/** Add a short form. */
export function pushShortForm(scan: Scan, form: PendingShortForm): number {
  scan.found.push(form);
  scan.shortForms++;
  return form.end;
}

/** Whether a find is a short form still to be resolved. */
export function isPending(x: Draft | PendingShortForm): x is PendingShortForm {
  return x.type === "shortForm";
}

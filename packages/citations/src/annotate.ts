import { extractCitations, type ExtractOptions } from "./extract.js";
import { citationUrl } from "./format.js";
import type { Citation } from "./model.js";

/** Options of {@link annotate}. */
export interface AnnotateOptions extends ExtractOptions {
  /**
   * Treat the text as HTML: only text between tags is read, tags and their attributes are left alone, and nothing
   * inside `<a>`, `<script>`, `<style>` or `<code>` is touched.
   */
  html?: boolean;
}

const SKIP = /^<(a|script|style|code|textarea)\b/i;

function annotatePlain(text: string, render: (c: Citation) => string, options: ExtractOptions): string {
  let out = "";
  let at = 0;
  for (const c of extractCitations(text, options)) {
    if (c.start < at) continue; // the second half of a range: already rendered
    out += text.slice(at, c.start) + render(c);
    at = c.end;
  }
  return out + text.slice(at);
}

/**
 * The text with each citation replaced by `render(c)`. With `{ html: true }` the text is HTML and tags are left alone.
 *
 * @example
 * ```ts
 * annotate("See 47 U.S.C. 230.", (c) => `[${c.match}](${citationUrl(c) ?? ""})`);
 * // "See [47 U.S.C. 230](https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&num=0&edition=prelim)."
 * ```
 */
export function annotate(text: string, render: (c: Citation) => string, options: AnnotateOptions = {}): string {
  const { html, ...extract } = options;
  if (!html) return annotatePlain(text, render, extract);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const chunkEnd = lt < 0 ? text.length : lt;
    if (chunkEnd > i) out += annotatePlain(text.slice(i, chunkEnd), render, extract);
    if (lt < 0) break;
    const gt = text.indexOf(">", lt);
    if (gt < 0) {
      out += text.slice(lt);
      break;
    }
    const tag = text.slice(lt, gt + 1);
    const skip = SKIP.exec(tag);
    if (skip && !tag.endsWith("/>")) {
      const close = text.toLowerCase().indexOf(`</${(skip[1] as string).toLowerCase()}`, gt);
      const closeEnd = close < 0 ? text.length : text.indexOf(">", close) + 1 || text.length;
      out += text.slice(lt, closeEnd);
      i = closeEnd;
    } else {
      out += tag;
      i = gt + 1;
    }
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Ready-made renderers for {@link annotate}: an HTML link (`<a class="citation" href=… title=…>`) or a Markdown link
 * to the citation's official source; the text as it was when there is nothing to link to.
 *
 * @example
 * ```ts
 * annotate(text, linkCitation("html"), { html: true });
 * ```
 */
export function linkCitation(format: "html" | "markdown"): (c: Citation) => string {
  if (format === "markdown") {
    return (c) => {
      const url = citationUrl(c);
      return url ? `[${c.match.replace(/([[\]])/g, "\\$1")}](${url.replace(/\)/g, "%29")} "${c.cite.replace(/"/g, "'")}")` : c.match;
    };
  }
  return (c) => {
    const url = citationUrl(c);
    const attrs = `class="citation" data-type="${c.type}" data-id="${escapeHtml(c.id)}" title="${escapeHtml(c.cite)}"`;
    return url ? `<a ${attrs} href="${escapeHtml(url)}">${escapeHtml(c.match)}</a>` : `<span ${attrs}>${escapeHtml(c.match)}</span>`;
  };
}

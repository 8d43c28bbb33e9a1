import { readFileSync } from "node:fs";
import { annotate, citationUrl, extractCitations, linkCitation, type Citation } from "@civickit/citations";
import { EXIT_OK, type CliIo, UsageError } from "../io.js";

export const CITE_HELP = `civic cite [FILE|-] [--format text|json|html]

Finds every federal legal citation in a text — the U.S. Code, the CFR, public laws, the Statutes at Large,
the Federal Register, the Congressional Record, the Constitution, cases, bills, named acts, vote tallies,
committee reports, executive orders — and prints each with its Bluebook form and official link.
Reads FILE, or standard input when FILE is "-" or absent.

Options:
  --format F   text (default: one citation per line), json (an array of citations) or html (a list of links)`;

export const ANNOTATE_HELP = `civic annotate FILE [--format html|markdown]

Prints the text of FILE (or "-" for standard input) with every citation linked to its official source.
An .html or .htm file is read as HTML: its tags and existing links are left alone.

Options:
  --format F   html (default) or markdown`;

async function readText(args: string[], io: CliIo, command: string): Promise<{ text: string; name: string }> {
  if (args.length > 1) throw new UsageError(`civic ${command} takes one file, not ${String(args.length)}`);
  const file = args[0];
  if (file === undefined || file === "-") {
    const stdin = await io.readStdin();
    if (stdin === null) throw new UsageError(`civic ${command} needs a file or text on standard input (see civic ${command} --help)`);
    return { text: stdin, name: "-" };
  }
  try {
    return { text: readFileSync(file, "utf8"), name: file };
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function textLine(c: Citation): string {
  const url = citationUrl(c);
  return `${String(c.start).padStart(7)}  ${c.type.padEnd(19)} ${c.match.replace(/\s+/g, " ")}  →  ${c.cite}${url ? `  ${url}` : ""}`;
}

export async function runCite(args: string[], format: "text" | "json" | "html", io: CliIo): Promise<number> {
  const { text } = await readText(args, io, "cite");
  const found = extractCitations(text);
  if (format === "json") io.stdout(JSON.stringify(found, null, 2) + "\n");
  else if (format === "html") {
    const items = found.map((c) => `  <li>${linkCitation("html")(c)} — ${escapeHtml(c.cite)}</li>`);
    io.stdout(`<ul class="citations">\n${items.join("\n")}\n</ul>\n`);
  } else if (found.length) io.stdout(found.map(textLine).join("\n") + "\n");
  io.stderr(`${String(found.length)} citation${found.length === 1 ? "" : "s"}\n`);
  return EXIT_OK;
}

export async function runAnnotate(args: string[], format: "html" | "markdown", io: CliIo): Promise<number> {
  const { text, name } = await readText(args, io, "annotate");
  if (format === "markdown") {
    io.stdout(annotate(text, linkCitation("markdown")));
    return EXIT_OK;
  }
  if (/\.html?$/i.test(name)) {
    io.stdout(annotate(text, linkCitation("html"), { html: true }));
    return EXIT_OK;
  }
  // Plain text as HTML: the text between citations escaped, each citation a link.
  const link = linkCitation("html");
  let body = "";
  let at = 0;
  for (const c of extractCitations(text)) {
    if (c.start < at) continue; // the second half of a range
    body += escapeHtml(text.slice(at, c.start)) + link(c);
    at = c.end;
  }
  body += escapeHtml(text.slice(at));
  io.stdout(`<pre class="civic-annotated">${body}</pre>\n`);
  return EXIT_OK;
}

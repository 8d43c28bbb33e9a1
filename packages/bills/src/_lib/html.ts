const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", sect: "§", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

/** Summary HTML (paragraphs, lists, bold) as plain text: one blank line between blocks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\s*(?:br)\s*\/?>/gi, "\n")
    .replace(/<\s*li[^>]*>/gi, "\n- ")
    .replace(/<\s*\/\s*li\s*>/gi, "")
    .replace(/<\s*\/\s*(?:p|div|ul|ol|h\d|pre|table|tr)\s*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Summary HTML as Markdown: paragraphs, bold and italics, lists and links kept. */
export function htmlToMarkdown(html: string): string {
  return htmlToText(
    html
      .replace(/<\s*(?:b|strong)\s*>([\s\S]*?)<\s*\/\s*(?:b|strong)\s*>/gi, (_m, t: string) => (t.trim() ? `**${t.trim()}**` : ""))
      .replace(/<\s*(?:i|em)\s*>([\s\S]*?)<\s*\/\s*(?:i|em)\s*>/gi, (_m, t: string) => (t.trim() ? `_${t.trim()}_` : ""))
      .replace(/<\s*a\s[^>]*href=["']([^"']+)["'][^>]*>([\s\S]*?)<\s*\/\s*a\s*>/gi, (_m, href: string, t: string) => `[${t.trim()}](${href})`),
  );
}
